package model

// The country of a seizure or a count: where its sentence and clause say
// it happened, from the entity hits around it.

import (
	"slices"
	"sort"

	"dossier/model/internal/entities"
)

// quantityCountry is where a sentence's seizures and counts happened: its
// one country (named, or through a place), else the one country of its
// agencies, else, when it names no agency, the context.
func quantityCountry(hits []entities.Hit, context string) string {
	var named, agencies []string
	for _, h := range hits {
		if h.Country == "" {
			continue
		}
		if h.Origin {
			continue
		}
		if h.Kind == KindAgency {
			if !slices.Contains(agencies, h.Country) {
				agencies = append(agencies, h.Country)
			}
		} else if !slices.Contains(named, h.Country) {
			named = append(named, h.Country)
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
		if h.Kind == KindAgency {
			return ""
		}
	}
	return context
}

// countryRefs gives the quantities of a story one pointer per country
// (Seizure.Country, Count.Country): a story of ten thousand counts in a
// few countries keeps a few strings, not ten thousand.
type countryRefs map[string]*string

// ref points to first, else fallback; nil when both are "".
func (r countryRefs) ref(first, fallback string) *string {
	if first == "" {
		first = fallback
	}
	if first == "" {
		return nil
	}
	p, ok := r[first]
	if !ok {
		p = &first
		r[first] = p
	}
	return p
}

// clauseCountry is the country a quantity at body [start,end) has from its
// own clause: the first place or country after it where the action took
// place ("14 people in Spain, while ... six more in Tangier"), else the
// nearest agency, place or country before it ("Belgian police made 48
// arrests"). Origins and destinations ("from Morocco", "to Spain") are not
// where it happened. "" when the clause has none. hits are in text order;
// breaks are the sentence's clause breaks (commas, semicolons) in order,
// so each lookup costs a logarithm, not a scan, on giant sentences.
func clauseCountry(hits []entities.Hit, breaks []int, start, end int) string {
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
	first := sort.Search(len(hits), func(i int) bool { return hits[i].Start >= end })
	for i, n := first, 0; i < len(hits) && hits[i].Start < hi && n < 64; i, n = i+1, n+1 {
		h := hits[i]
		if h.Country != "" && h.Kind != KindAgency && !h.Origin {
			return h.Country
		}
	}
	for i, n := first-1, 0; i >= 0 && hits[i].Start > lo && n < 64; i, n = i-1, n+1 {
		h := hits[i]
		if h.End <= start && h.Country != "" && !h.Origin {
			return h.Country
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

// nonEventSeizures keeps, of the seizures of a sentence that reports no
// happening (a quote, a denial, a state: "This is one of the largest
// seizures of methamphetamine at our border"), those with a quantity: a
// measured haul in background ("Customs seized 1.5 tonnes last year") is
// still one, a bare item named in passing is not.
func nonEventSeizures(zs []Seizure) []Seizure {
	out := zs[:0]
	for _, z := range zs {
		if z.Quantity != nil || z.Unit != nil {
			out = append(out, z)
		}
	}
	return out
}
