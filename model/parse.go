package model

import "slices"

// Parse builds the case file for doc. It is pure and deterministic: the
// same document and lexicon give the same story, and nothing is read but
// its arguments. A nil lexicon parses with empty word lists.
func Parse(doc Document, lex *Lexicon) *Story {
	if lex == nil {
		lex = &Lexicon{}
	}
	ix := lex.index()
	sents, dateline := splitSentences(doc.Body, ix)
	if doc.Dateline == "" {
		doc.Dateline = dateline
	}
	st := &Story{Doc: doc, Sentences: sents, Seizures: []Seizure{}, Counts: []Count{}, Events: []Event{}}
	ents := newEntityPass(lex, ix, doc.Dateline)
	dates := newDateResolver(doc, lex)
	var hits []entHit
	for _, s := range sents {
		if s.Byline {
			continue
		}
		hits = ents.sentence(hits[:0], s)
		trigger, cue := ents.tt.predicates(ix)
		seizures := findSeizures(s, lex)
		counts := findCounts(s, lex)
		date := dates.resolve(s)
		if len(seizures) > 0 || len(counts) > 0 {
			c := quantityCountry(hits, ents.contextCountry())
			for i := range seizures {
				if seizures[i].Country == nil && c != "" {
					seizures[i].Country = &c
				}
			}
			for i := range counts {
				if counts[i].Country == nil && c != "" {
					counts[i].Country = &c
				}
			}
			st.Seizures = append(st.Seizures, seizures...)
			st.Counts = append(st.Counts, counts...)
		}
		if trigger && !cue {
			e := buildEvent(s, hits, seizures, date, ix)
			// A seized item the matcher did not see still gets its entry
			// in the index, so every facet value is an entity.
			for _, it := range e.Items {
				ents.entity(KindItem, it)
			}
			st.Events = append(st.Events, e)
		}
	}
	orderEvents(st.Events)
	st.Entities = ents.entities()
	return st
}

// quantityCountry is where a sentence's seizures and counts happened: its
// one country (named, or through a place), else the one country of its
// agencies, else the context.
func quantityCountry(hits []entHit, context string) string {
	var named, agencies []string
	for _, h := range hits {
		if h.country == "" {
			continue
		}
		if h.kind == KindAgency {
			if !slices.Contains(agencies, h.country) {
				agencies = append(agencies, h.country)
			}
		} else if !slices.Contains(named, h.country) {
			named = append(named, h.country)
		}
	}
	switch {
	case len(named) == 1:
		return named[0]
	case len(agencies) == 1:
		return agencies[0]
	}
	return context
}
