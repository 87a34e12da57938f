package quantities

import (
	"slices"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// FindSeizures returns the items seized in sentence s, with quantities
// where the text gives them. Spans are body offsets. Country is left nil:
// Parse fills it from the sentence's entities and context. For a whole
// story, a Finder does the same work once per sentence with reused
// buffers.
func FindSeizures(s story.Sentence, lex *lexicon.Lexicon) []story.Seizure {
	f := Finder{lx: newQlex(lex)}
	szs, _ := f.find(s, true, false)
	return slices.DeleteFunc(szs, func(z story.Seizure) bool { return z.LookBack })
}

// FindCounts returns the counted happenings and resources in sentence s
// (arrests, searches, officers, messages, phones...), without the numbers
// of things that Quantities also returns (Count.Thing). Country is left
// nil.
func FindCounts(s story.Sentence, lex *lexicon.Lexicon) []story.Count {
	f := Finder{lx: newQlex(lex)}
	_, cts := f.find(s, false, true)
	return slices.DeleteFunc(cts, func(c story.Count) bool { return c.Thing })
}

// Finder finds seizures and counts sentence after sentence over the
// lexicon's shared index with reused buffers: build one per Parse and call
// Quantities or FindTokens for each sentence. It is what FindSeizures and
// FindCounts do for one sentence.
type Finder struct {
	lx     qlex
	toks   []token.Token
	qs     []quantity
	scopes scopeMap
}

// NewFinder is a Finder over lex.
func NewFinder(lex *lexicon.Lexicon) *Finder {
	return &Finder{lx: newQlex(lex)}
}

// Quantities returns the seizures and counts of sentence s (see
// FindSeizures and FindCounts), the counts with the numbers of things
// marked Thing.
func (f *Finder) Quantities(s story.Sentence) ([]story.Seizure, []story.Count) {
	szs, cts := f.find(s, true, true)
	return slices.DeleteFunc(szs, func(z story.Seizure) bool { return z.LookBack }), cts
}

func (f *Finder) find(s story.Sentence, wantSeizures, wantCounts bool) ([]story.Seizure, []story.Count) {
	if s.Text == "" {
		return nil, nil
	}
	if cap(f.toks) == 0 {
		f.toks = make([]token.Token, 0, len(s.Text)/5+4)
	}
	ts := token.Read(s.Text, f.toks[:0])
	f.toks = ts.Toks[:0]
	return f.FindTokens(s, &ts, wantSeizures, wantCounts)
}

// FindTokens is what Quantities finds, on a sentence already cut into
// reading tokens, and the seizures that may look back (Seizure.LookBack),
// which only the whole story can keep or drop.
func (f *Finder) FindTokens(s story.Sentence, t *token.Text, wantSeizures, wantCounts bool) ([]story.Seizure, []story.Count) {
	ts := tokens{t, &f.lx.idx.Words}
	lx := &f.lx
	ts.seizeScopes(lx, &f.scopes)
	scopes := &f.scopes
	if !scopes.any && !wantCounts {
		return nil, nil
	}
	qs := ts.quantities(lx, f.qs[:0])
	f.qs = qs[:0]
	var szs []story.Seizure
	if wantSeizures && scopes.any {
		szs = ts.seizures(s, lx, scopes, qs)
	}
	var cts []story.Count
	if wantCounts && len(qs) > 0 {
		cts = ts.counts(s, lx, scopes, qs)
	}
	return szs, cts
}
