package entities

import (
	"cmp"
	"slices"
	"strings"

	"dossier/model/internal/story"
)

// One body under several names: "Belgian prosecutors" and "Belgian federal
// prosecutors" in one story are one body, named by its longest name.

// MergeNames folds each agency whose words are all words of a longer
// agency of the same country, ending the same way, into that agency, and
// returns the names it folded and the name each now goes by. Agencies of
// different countries stay apart ("Belgian prosecutors", "Dutch
// prosecutors").
func (p *Pass) MergeNames() map[string]string {
	var into map[string]string
	// Only agencies with a country can merge: list them once, with their
	// words, so a story of many entities costs a pass over its agencies.
	type named struct {
		i     int
		words []string
	}
	var ags []named
	for i := range p.ents {
		if a := &p.ents[i]; a.Kind == story.KindAgency && a.Country != "" {
			ags = append(ags, named{i, strings.Fields(a.Name)})
		}
	}
	for _, a := range ags {
		best := -1
		for _, b := range ags {
			if b.i == a.i || p.ents[b.i].Country != p.ents[a.i].Country || !wordsWithin(a.words, b.words) {
				continue
			}
			if best < 0 || len(p.ents[b.i].Name) > len(p.ents[best].Name) {
				best = b.i
			}
		}
		if best < 0 {
			continue
		}
		if into == nil {
			into = map[string]string{}
		}
		into[p.ents[a.i].Name] = p.ents[best].Name
	}
	if into == nil {
		return nil
	}
	kept := p.ents[:0]
	var folded []story.Entity
	for _, e := range p.ents {
		if e.Kind == story.KindAgency && into[e.Name] != "" {
			folded = append(folded, e)
			continue
		}
		kept = append(kept, e)
	}
	p.ents = kept
	p.byKey = make(map[entKey]int, len(p.ents))
	for i, e := range p.ents {
		p.byKey[entKey{e.Kind, e.Name}] = i
	}
	for _, f := range folded {
		e := p.Entity(story.KindAgency, into[f.Name])
		e.Mentions = append(e.Mentions, f.Mentions...)
		slices.SortStableFunc(e.Mentions, func(x, y story.Mention) int {
			return cmp.Or(cmp.Compare(x.Sentence, y.Sentence), cmp.Compare(x.Start, y.Start))
		})
	}
	return into
}

// wordsWithin reports a name whose words all stand, in order, in a longer
// name that ends with the same word: "Belgian prosecutors" in "Belgian
// federal prosecutors".
func wordsWithin(s, l []string) bool {
	if len(s) == 0 || len(s) >= len(l) || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	k := 0
	for _, w := range l {
		if k < len(s) && w == s[k] {
			k++
		}
	}
	return k == len(s)
}
