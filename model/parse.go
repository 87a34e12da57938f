package model

import (
	"slices"
	"strings"
)

// Parse builds the case file for doc. It is pure and deterministic: the
// same document and lexicon give the same story, and nothing is read but
// its arguments. A nil lexicon parses with empty word lists.
func Parse(doc Document, lex *Lexicon) *Story {
	if lex == nil {
		lex = &Lexicon{}
	}
	ix := lex.index()
	sents, dateline, title := splitSentences(doc.Body, ix)
	if doc.Dateline == "" {
		doc.Dateline = dateline
	}
	if doc.Title == "" && title > 0 {
		doc.Title = sents[title-1].Text
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
		date := dates.resolve(s)
		if s.ID == title {
			// The headline repeats the story's lede: its entities count,
			// its quantities and happening would count twice.
			continue
		}
		seizures := findSeizures(s, lex)
		counts := findCounts(s, lex)
		if len(seizures) > 0 || len(counts) > 0 {
			c := quantityCountry(hits, ents.contextCountry())
			for i := range seizures {
				z := &seizures[i]
				if z.Country == nil {
					z.Country = countryPtr(clauseCountry(s, hits, z.Start, z.End), c)
				}
			}
			for i := range counts {
				n := &counts[i]
				if n.Country == nil {
					n.Country = countryPtr(clauseCountry(s, hits, n.Start, n.End), c)
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
// agencies, else, when it names no agency, the context.
func quantityCountry(hits []entHit, context string) string {
	var named, agencies []string
	for _, h := range hits {
		if h.country == "" {
			continue
		}
		if h.origin {
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
	// An international body alone ("Europol said 800 suspects were
	// detained") places nothing in the story's country.
	for _, h := range hits {
		if h.kind == KindAgency {
			return ""
		}
	}
	return context
}

func countryPtr(first, fallback string) *string {
	if first == "" {
		first = fallback
	}
	if first == "" {
		return nil
	}
	return &first
}

// clauseCountry is the country a quantity at body [start,end) has from its
// own clause: the first place or country after it where the action took
// place ("14 people in Spain, while ... six more in Tangier"), else the
// nearest agency, place or country before it ("Belgian police made 48
// arrests"). Origins and destinations ("from Morocco", "to Spain") are not
// where it happened. "" when the clause has none.
func clauseCountry(s Sentence, hits []entHit, start, end int) string {
	sameClause := func(a, b int) bool {
		a, b = a-s.Start, b-s.Start
		if a < 0 || b > len(s.Text) || a > b {
			return false
		}
		return !strings.ContainsAny(s.Text[a:b], ",;")
	}
	for _, h := range hits {
		if h.start < end || h.country == "" || h.kind == KindAgency || !sameClause(end, h.start) {
			continue
		}
		if h.origin {
			continue
		}
		return h.country
	}
	for i := len(hits) - 1; i >= 0; i-- {
		h := hits[i]
		if h.end > start || h.country == "" || !sameClause(h.end, start) {
			continue
		}
		if h.origin {
			continue
		}
		return h.country
	}
	return ""
}
