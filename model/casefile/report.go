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

// storyReports reads the events of article art in sentence order.
func storyReports(art int, st *model.Story, dst []report) []report {
	figs := map[int][]figure{}
	for i := range st.Counts {
		if f, ok := countFigure(&st.Counts[i]); ok {
			figs[st.Counts[i].Sentence] = append(figs[st.Counts[i].Sentence], f)
		}
	}
	seized := map[int]bool{}
	for i := range st.Seizures {
		seized[st.Seizures[i].Sentence] = true
		if f, ok := seizureFigure(&st.Seizures[i]); ok {
			figs[st.Seizures[i].Sentence] = append(figs[st.Seizures[i].Sentence], f)
		}
	}
	agencyCountry := map[string]string{}
	for i := range st.Entities {
		if e := &st.Entities[i]; e.Kind == model.KindAgency {
			agencyCountry[e.Name] = e.Country
		}
	}
	// The names in each sentence, as byte ranges of the body.
	names := map[int][][2]int{}
	for i := range st.Entities {
		for _, m := range st.Entities[i].Mentions {
			names[m.Sentence] = append(names[m.Sentence], [2]int{m.Start, m.End})
		}
	}
	order := make([]int32, len(st.Events))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return st.Events[a].Sentence - st.Events[b].Sentence })
	var cur, prev []byte
	var skip [][2]int
	for _, i := range order {
		e := &st.Events[i]
		r := report{
			art: int32(art), ev: i, sent: int32(e.Sentence),
			date:      dateSpan(e.Date),
			figs:      figs[e.Sentence],
			countries: e.Countries, agencies: e.Agencies, places: e.Places, networks: e.Networks, items: e.Items,
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
		if e.Sentence >= 1 && e.Sentence <= len(st.Sentences) {
			s := &st.Sentences[e.Sentence-1]
			text = s.Text
			for _, n := range names[e.Sentence] {
				skip = append(skip, [2]int{n[0] - s.Start, n[1] - s.Start})
			}
			if d := e.Date.Text; d != "" {
				if j := strings.Index(text, d); j >= 0 {
					skip = append(skip, [2]int{j, j + len(d)})
				}
			}
		}
		var words []uint64
		r.kinds, r.whole, words, cur, prev = sentenceWords(text, skip, cur, prev, nil)
		r.words = slices.Clip(words)
		for k := range r.figs {
			r.kinds |= countKind(r.figs[k].key)
		}
		if seized[e.Sentence] {
			r.kinds |= kindSeizure
		}
		dst = append(dst, r)
	}
	return dst
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
