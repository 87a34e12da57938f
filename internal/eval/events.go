package eval

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"dossier/model"
)

// events matches output events to gold events sentence by sentence, then
// scores the facets and dates of the matched pairs.
func (s *scorer) events() {
	list := s.res.List(Events)
	gold := map[int][]int{}
	for j, g := range s.g.Events {
		sid := s.sentence(g.Quote)
		if sid == 0 {
			list.FN++
			s.res.add(Events, "miss", s.quoteRef(g.Quote))
			continue
		}
		gold[sid] = append(gold[sid], j)
	}
	optional := map[int]bool{}
	for _, r := range s.g.Optional.Events {
		for _, sid := range s.sentences(r.text()) {
			optional[sid] = true
		}
	}
	out := map[int][]int{}
	for i, e := range s.st.Events {
		out[e.Sentence] = append(out[e.Sentence], i)
	}
	var sids []int
	for sid := range gold {
		sids = append(sids, sid)
	}
	for sid := range out {
		if _, ok := gold[sid]; !ok {
			sids = append(sids, sid)
		}
	}
	sort.Ints(sids)

	matched := 0
	for _, sid := range sids {
		gs, outs := gold[sid], out[sid]
		sort.SliceStable(gs, func(a, b int) bool { return goldOrder(s.g.Events[gs[a]]) < goldOrder(s.g.Events[gs[b]]) })
		sort.SliceStable(outs, func(a, b int) bool { return outOrder(s.st.Events[outs[a]]) < outOrder(s.st.Events[outs[b]]) })
		pairs := align(len(gs), len(outs), func(a, b int) int {
			g, o := &s.g.Events[gs[a]], &s.st.Events[outs[b]]
			w := min(s.overlap(g, o), 9)
			if dateRight(*g, o.Date) {
				w += 10
			}
			return w
		})
		gDone := make([]bool, len(gs))
		oDone := make([]bool, len(outs))
		for _, p := range pairs {
			gDone[p[0]], oDone[p[1]] = true, true
			list.TP++
			matched++
			s.scorePair(sid, &s.g.Events[gs[p[0]]], &s.st.Events[outs[p[1]]])
		}
		for a, done := range gDone {
			if !done {
				list.FN++
				s.res.add(Events, "miss", s.quoteRef(s.g.Events[gs[a]].Quote))
			}
		}
		for b, done := range oDone {
			if !done && !optional[sid] {
				list.FP++
				s.res.add(Events, "false", fmt.Sprintf("s%d %q", sid, clip(s.st.Events[outs[b]].Summary, 60)))
			}
		}
	}
	if len(s.g.Events) > 0 && matched == 0 {
		s.res.List(EventFacets).Void = true
		s.res.Dates.Void = true
	}
}

// scorePair scores one matched event's date and facets.
func (s *scorer) scorePair(sid int, g *Event, o *model.Event) {
	s.res.Dates.Total++
	if dateRight(*g, o.Date) {
		s.res.Dates.Hit++
	} else {
		s.res.add(Dates, "wrong", fmt.Sprintf("s%d got %s, want %s", sid, showDate(o.Date), showGold(*g)))
	}
	facets := s.res.List(EventFacets)
	for _, k := range eventKinds {
		want, got := s.facetSets(g, o, k)
		var miss, extra []string
		for id, v := range want {
			if _, ok := got[id]; ok {
				facets.TP++
			} else {
				facets.FN++
				miss = append(miss, v)
			}
		}
		for id, v := range got {
			if _, ok := want[id]; !ok {
				facets.FP++
				extra = append(extra, v)
			}
		}
		slices.Sort(miss)
		slices.Sort(extra)
		if len(miss) > 0 {
			s.res.add(EventFacets, "miss", fmt.Sprintf("s%d %s: %s", sid, k, strings.Join(miss, ", ")))
		}
		if len(extra) > 0 {
			s.res.add(EventFacets, "false", fmt.Sprintf("s%d %s: %s", sid, k, strings.Join(extra, ", ")))
		}
	}
}

// eventKinds are the facets an event carries.
var eventKinds = [...]model.Kind{model.KindCountry, model.KindPlace, model.KindAgency, model.KindNetwork, model.KindItem}

// facetSets are a gold and an output event's scored values of kind k, by
// identity (see facetOut), each with the name it was written as.
func (s *scorer) facetSets(g *Event, o *model.Event, k model.Kind) (want, got map[string]string) {
	want, got = map[string]string{}, map[string]string{}
	for _, v := range goldValues(g, k) {
		if id := s.facetGold(k, v); id != "" {
			want[id] = v
		}
	}
	for _, v := range o.Values(k) {
		if id := s.facetOut(k, v); id != "" {
			got[id] = v
		}
	}
	return want, got
}

// overlap counts the facet values a gold and an output event share.
func (s *scorer) overlap(g *Event, o *model.Event) int {
	n := 0
	for _, k := range eventKinds {
		want, got := s.facetSets(g, o, k)
		for id := range want {
			if _, ok := got[id]; ok {
				n++
			}
		}
	}
	return n
}

func goldValues(g *Event, k model.Kind) []string {
	switch k {
	case model.KindCountry:
		return g.Countries
	case model.KindPlace:
		return g.Places
	case model.KindAgency:
		return g.Agencies
	case model.KindNetwork:
		return g.Networks
	}
	return g.Items
}

// goldOrder and outOrder sort the events of one sentence by date, undated
// ones last.
func goldOrder(g Event) string {
	if g.Date == nil {
		return "~"
	}
	return strings.TrimPrefix(*g.Date, "..")
}

func outOrder(e model.Event) string {
	if e.Date.Start == nil {
		return "~"
	}
	return *e.Date.Start
}

// align pairs a sentence's gold events (a) with its output events (b), both
// in date order, keeping that order: as many pairs as possible and, among
// those, the most weight (a right date, then shared facet values, so of two
// gold events of one day the output pairs with the one it describes).
// Weights stay under 1000 per pair.
func align(na, nb int, weight func(a, b int) int) [][2]int {
	const pair = 1000
	w := make([][]int, na+1)
	for i := range w {
		w[i] = make([]int, nb+1)
	}
	gain := func(a, b int) int { return pair + weight(a, b) }
	for a := 1; a <= na; a++ {
		for b := 1; b <= nb; b++ {
			w[a][b] = max(w[a-1][b], w[a][b-1], w[a-1][b-1]+gain(a-1, b-1))
		}
	}
	var out [][2]int
	for a, b := na, nb; a > 0 && b > 0; {
		switch {
		case w[a][b] == w[a-1][b-1]+gain(a-1, b-1):
			out = append(out, [2]int{a - 1, b - 1})
			a, b = a-1, b-1
		case w[a][b] == w[a-1][b]:
			a--
		default:
			b--
		}
	}
	slices.Reverse(out)
	return out
}
