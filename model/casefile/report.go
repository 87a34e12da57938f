package casefile

import (
	"slices"
	"strings"

	"dossier/model"
)

// report is one event of one article as the merge reads it.
type report struct {
	art, ev, sent int32
	kinds         kindSet
	date          span
	// figs are the numbers of the event's sentence, counts then seizures,
	// in text order within each.
	figs []figure
	// The event's facet values (the story's slices, never changed) and
	// the countries of its agencies.
	countries, agencies, places, networks, items []string
	agencyCountries                              []string
	// intlAgency marks an event that names a body of no one country
	// ("Europol").
	intlAgency bool
	words      []uint64
	whole      uint64
}

// storyReports reads the events of a story in sentence order; the merge
// sets their article.
func (vo *vocab) storyReports(st *model.Story, dst []report) []report {
	n := len(st.Sentences) + 1
	inRange := func(s int) bool { return s >= 1 && s < n }
	// The figures and names of each sentence, grouped by sentence: one
	// slice each, cut per sentence.
	var figs bySentence[figure]
	figs.start(n)
	for i := range st.Counts {
		if _, ok := vo.countFigure(&st.Counts[i]); ok && inRange(st.Counts[i].Sentence) {
			figs.count(st.Counts[i].Sentence)
		}
	}
	seized := make([]bool, n)
	for i := range st.Seizures {
		if z := &st.Seizures[i]; inRange(z.Sentence) {
			seized[z.Sentence] = true
			if _, ok := vo.seizureFigure(z); ok {
				figs.count(z.Sentence)
			}
		}
	}
	figs.layout()
	for i := range st.Counts {
		if f, ok := vo.countFigure(&st.Counts[i]); ok && inRange(st.Counts[i].Sentence) {
			figs.put(st.Counts[i].Sentence, f)
		}
	}
	for i := range st.Seizures {
		if f, ok := vo.seizureFigure(&st.Seizures[i]); ok && inRange(st.Seizures[i].Sentence) {
			figs.put(st.Seizures[i].Sentence, f)
		}
	}
	var names bySentence[[2]int]
	names.start(n)
	agencyCountry := map[string]string{}
	for i := range st.Entities {
		e := &st.Entities[i]
		if e.Kind == model.KindAgency {
			agencyCountry[e.Name] = e.Country
		}
		for _, m := range e.Mentions {
			if inRange(m.Sentence) {
				names.count(m.Sentence)
			}
		}
	}
	names.layout()
	for i := range st.Entities {
		for _, m := range st.Entities[i].Mentions {
			if inRange(m.Sentence) {
				names.put(m.Sentence, [2]int{m.Start, m.End})
			}
		}
	}
	order := make([]int32, len(st.Events))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return st.Events[a].Sentence - st.Events[b].Sentence })
	var cur, prev []byte
	var skip [][2]int
	// The reports' wordings share one array, sized for about one word in
	// six bytes; should it fill up, the next wordings start another.
	room := 0
	for i := range st.Events {
		if s := st.Events[i].Sentence; inRange(s) {
			room += len(st.Sentences[s-1].Text) / 6
		}
	}
	arena := make([]uint64, 0, room)
	var scratch []uint64
	// A sentence may report several happenings: each of its events then
	// reads its own clause, the summary, not the whole sentence.
	several := map[int]int{}
	for i := range st.Events {
		several[st.Events[i].Sentence]++
	}
	for k, n := range several {
		if n < 2 {
			delete(several, k)
		}
	}
	base := len(dst)
	var own []kindSet // by report from base: the kinds its words report
	for oi, i := range order {
		e := &st.Events[i]
		r := report{
			ev: i, sent: int32(e.Sentence),
			date:      dateSpan(e.Date),
			figs:      figs.of(e.Sentence),
			countries: e.Countries, agencies: e.Agencies, places: e.Places, networks: e.Networks, items: e.Items,
		}
		multi := several[e.Sentence] > 0
		if multi {
			first := oi == 0 || st.Events[order[oi-1]].Sentence != e.Sentence
			r.figs = clauseFigures(r.figs, st.Events, order, oi, first)
		}
		for _, a := range e.Agencies {
			c := agencyCountry[a]
			if c == "" {
				r.intlAgency = true
			} else if !slices.Contains(r.agencyCountries, c) {
				r.agencyCountries = append(r.agencyCountries, c)
			}
		}
		text, skip := "", skip[:0]
		if multi {
			text = e.Summary
			if d := e.Date.Text; d != "" {
				if j := strings.Index(text, d); j >= 0 {
					skip = append(skip, [2]int{j, j + len(d)})
				}
			}
		} else if e.Sentence >= 1 && e.Sentence <= len(st.Sentences) {
			s := &st.Sentences[e.Sentence-1]
			text = s.Text
			for _, n := range names.of(e.Sentence) {
				skip = append(skip, [2]int{n[0] - s.Start, n[1] - s.Start})
			}
			if d := e.Date.Text; d != "" {
				if j := strings.Index(text, d); j >= 0 {
					skip = append(skip, [2]int{j, j + len(d)})
				}
			}
		}
		r.kinds, r.whole, scratch, cur, prev = vo.sentenceWords(text, skip, cur, prev, scratch)
		if len(arena)+len(scratch) > cap(arena) {
			arena = make([]uint64, 0, max(room, len(scratch)))
		}
		at := len(arena)
		arena = append(arena, scratch...)
		r.words = arena[at:len(arena):len(arena)]
		own = append(own, r.kinds)
		if inRange(e.Sentence) && seized[e.Sentence] && (!multi || len(e.Items) > 0) {
			r.kinds |= kindSeizure
		}
		dst = append(dst, r)
	}
	for j := base; j < len(dst); j++ {
		r := &dst[j]
		if several[int(r.sent)] > 0 {
			r.figs = ownCounts(r.figs, dst[base:], own, j-base)
		}
		for k := range r.figs {
			r.kinds |= r.figs[k].kind
		}
	}
	return dst
}

// ownCounts drops from the figures of reps[j], one clause of a sentence
// that reports several happenings, the counts of a happening another
// clause of the sentence reports and this one does not: in "Three men
// were arrested in Liverpool on Monday and charged with importing Class
// A drugs" the three men are the arrest's figure, and the charge, which
// repeats them as its subject, does not count them again. own is each
// report's kinds as its words give them; the reports of one sentence are
// next to each other.
func ownCounts(figs []figure, reps []report, own []kindSet, j int) []figure {
	others := kindSet(0)
	for i := j - 1; i >= 0 && reps[i].sent == reps[j].sent; i-- {
		others |= own[i]
	}
	for i := j + 1; i < len(reps) && reps[i].sent == reps[j].sent; i++ {
		others |= own[i]
	}
	out := figs[:0]
	for _, f := range figs {
		if f.kind == 0 || f.kind&own[j] != 0 || f.kind&others == 0 {
			out = append(out, f)
		}
	}
	return out
}

// largest is the report's largest figure of key k: a sentence that gives
// a total and its parts ("270 arrests, 130 of them in the United States")
// reports the total.
func (r *report) largest(k string) *figure {
	var best *figure
	for i := range r.figs {
		if f := &r.figs[i]; f.key == k && (best == nil || f.value > best.value) {
			best = f
		}
	}
	return best
}

// bySentence groups values by sentence in one slice: count each value's
// sentence, lay out, put the values in the same order, then cut.
type bySentence[T any] struct {
	off  []int32 // sentence s's values are all[off[s]:off[s+1]]
	next []int32
	all  []T
}

func (g *bySentence[T]) start(n int) { g.off = make([]int32, n+1) }

func (g *bySentence[T]) count(s int) { g.off[s+1]++ }

func (g *bySentence[T]) layout() {
	for i := 1; i < len(g.off); i++ {
		g.off[i] += g.off[i-1]
	}
	g.next = slices.Clone(g.off)
	g.all = make([]T, g.off[len(g.off)-1])
}

func (g *bySentence[T]) put(s int, v T) {
	g.all[g.next[s]] = v
	g.next[s]++
}

// of is sentence s's values, nil for none; they share one array, so
// they are read, never appended to.
func (g *bySentence[T]) of(s int) []T {
	if s < 0 || s+1 >= len(g.off) || g.off[s] == g.off[s+1] {
		return nil
	}
	return g.all[g.off[s]:g.off[s+1]:g.off[s+1]]
}

// clauseFigures is, of the figures of a sentence of several events, those
// of the event at order[oi]: those its summary writes, and, for the first
// event of the sentence, those no event's summary writes.
func clauseFigures(figs []figure, evs []model.Event, order []int32, oi int, first bool) []figure {
	e := &evs[order[oi]]
	var out []figure
	for _, f := range figs {
		switch {
		case strings.Contains(e.Summary, f.text):
			out = append(out, f)
		case first && !writtenBy(f.text, evs, order, oi, e.Sentence):
			out = append(out, f)
		}
	}
	return out
}

// writtenBy reports whether an event of the sentence, from order[oi] on,
// writes the text in its summary.
func writtenBy(text string, evs []model.Event, order []int32, oi, sentence int) bool {
	for _, i := range order[oi:] {
		if evs[i].Sentence != sentence {
			break
		}
		if strings.Contains(evs[i].Summary, text) {
			return true
		}
	}
	return false
}
