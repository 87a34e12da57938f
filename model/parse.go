package model

import (
	"slices"
	"sort"
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
	// Events are large: size the slice once rather than let appends copy
	// it over and over on long texts.
	st := &Story{Doc: doc, Sentences: sents, Seizures: []Seizure{}, Counts: []Count{}, Events: make([]Event, 0, len(sents))}
	ents := newEntityPass(lex, ix, doc.Dateline)
	// One reader per story: a sentence is tokenized once for its date,
	// seizures and counts, over the lexicon's shared quantity index.
	reader := &storyReader{dates: newDateResolver(doc, lex), qf: &quantityFinder{lx: ix.qlx}}
	var hits []entHit
	var breaks []int
	for _, s := range sents {
		if s.Byline {
			continue
		}
		hits = ents.sentence(hits[:0], s)
		trigger, cue := ents.tt.predicates(ix)
		date, seizures, counts := reader.read(s)
		if s.ID == title {
			// The headline repeats the story's lede: its entities count,
			// its quantities and happening would count twice.
			continue
		}
		if len(seizures) > 0 || len(counts) > 0 {
			c := quantityCountry(hits, ents.quantityContext())
			breaks = clauseBreaks(breaks[:0], s)
			for i := range seizures {
				z := &seizures[i]
				if z.Country == nil {
					z.Country = countryPtr(clauseCountry(hits, breaks, z.Start, z.End), c)
				}
			}
			for i := range counts {
				n := &counts[i]
				if n.Country == nil {
					n.Country = countryPtr(clauseCountry(hits, breaks, n.Start, n.End), c)
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
	if cap(st.Events) > 2*len(st.Events) {
		// Most sentences are no event: keep the events, not a slot for
		// every sentence (100,000 short sentences reserved 22 MB).
		st.Events = slices.Clone(st.Events)
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
// where it happened. "" when the clause has none. hits are in text order;
// breaks are the sentence's clause breaks (commas, semicolons) in order,
// so each lookup costs a logarithm, not a scan, on giant sentences.
func clauseCountry(hits []entHit, breaks []int, start, end int) string {
	// The clause: from the last break before the quantity to the first
	// break after it.
	b := sort.SearchInts(breaks, start)
	lo, hi := -1, int(^uint(0)>>1)
	if b > 0 {
		lo = breaks[b-1]
	}
	if a := sort.SearchInts(breaks, end); a < len(breaks) {
		hi = breaks[a]
	}
	first := sort.Search(len(hits), func(i int) bool { return hits[i].start >= end })
	for i, n := first, 0; i < len(hits) && hits[i].start < hi && n < 64; i, n = i+1, n+1 {
		h := hits[i]
		if h.country != "" && h.kind != KindAgency && !h.origin {
			return h.country
		}
	}
	for i, n := first-1, 0; i >= 0 && hits[i].start > lo && n < 64; i, n = i-1, n+1 {
		h := hits[i]
		if h.end <= start && h.country != "" && !h.origin {
			return h.country
		}
	}
	return ""
}

// clauseBreaks returns the body offsets of the commas and semicolons of s.
func clauseBreaks(dst []int, s Sentence) []int {
	for i := 0; i < len(s.Text); i++ {
		if c := s.Text[i]; c == ',' || c == ';' {
			dst = append(dst, s.Start+i)
		}
	}
	return dst
}
