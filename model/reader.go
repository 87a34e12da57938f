package model

import (
	"dossier/model/internal/dates"
	"dossier/model/internal/quantities"
	"dossier/model/internal/token"
)

// storyReader reads what Parse needs from each sentence of a story — its
// date, its seizures, its counts — tokenizing the sentence once for all
// three. It holds the date context and reused buffers: one per Parse, fed
// every non-byline sentence in article order.
type storyReader struct {
	dates *dates.Resolver
	qf    *quantities.Finder
	// ts is the current sentence's tokens. It lives here, not on read's
	// stack, because the finders take its address: a local escaped to
	// the heap once per sentence.
	ts token.Text
}

func newStoryReader(doc Document, lex *Lexicon) *storyReader {
	return &storyReader{dates: dates.NewResolver(doc, lex), qf: quantities.NewFinder(lex)}
}

// read returns the date, seizures and counts of sentence s: what
// dates.resolve, findSeizures and findCounts return for it.
func (sr *storyReader) read(s Sentence) (Date, []Seizure, []Count) {
	buf := sr.ts.Toks[:0]
	if need := len(s.Text)/6 + 8; cap(buf) < need {
		// About as many tokens as news sentences have (one per six
		// bytes; wtokenize grows the buffer for more), at least double,
		// so a story whose sentences grow a little at a time does not
		// reallocate at each, and at least a long sentence's worth: the
		// headline comes first and is short.
		buf = make([]token.Token, 0, max(need, 2*cap(buf), 64))
	}
	sr.ts = token.Read(s.Text, buf)
	date := sr.dates.ResolveTokens(s, &sr.ts)
	if s.Text == "" {
		return date, nil, nil
	}
	szs, cts := sr.qf.FindTokens(s, &sr.ts, true, true)
	return date, szs, cts
}
