package model

// storyReader reads what Parse needs from each sentence of a story — its
// date, its seizures, its counts — tokenizing the sentence once for all
// three. It holds the date context and reused buffers: one per Parse, fed
// every non-byline sentence in article order.
type storyReader struct {
	dates *dateResolver
	qf    *quantityFinder
	toks  []wtok
}

func newStoryReader(doc Document, lex *Lexicon) *storyReader {
	return &storyReader{dates: newDateResolver(doc, lex), qf: newQuantityFinder(lex)}
}

// read returns the date, seizures and counts of sentence s: what
// dates.resolve, findSeizures and findCounts return for it.
func (sr *storyReader) read(s Sentence) (Date, []Seizure, []Count) {
	if cap(sr.toks) < len(s.Text)/4 {
		sr.toks = make([]wtok, 0, len(s.Text)/4+8)
	}
	ts := wtokenize(s.Text, sr.toks[:0])
	sr.toks = ts.t[:0]
	date := sr.dates.resolveTokens(s, &ts)
	if s.Text == "" {
		return date, nil, nil
	}
	szs, cts := sr.qf.findTokens(s, &ts, true, true)
	return date, szs, cts
}
