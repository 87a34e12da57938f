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

// read returns what the story reader finds in sentence s: what
// dates.resolve, findSeizures and findCounts return for it, the
// sentence's own date expressions when it has several, and where its own
// date is written with the context date it displaced.
func (sr *storyReader) read(s Sentence) reading {
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
	rd := reading{date: sr.dates.ResolveTokens(s, &sr.ts)}
	rd.spans = sr.dates.Spans(nil)
	rd.before, rd.hasBefore = sr.dates.Before()
	rd.namesHappening = sr.dates.NamesHappening()
	if s.Text == "" {
		return rd
	}
	rd.seizures, rd.counts = sr.qf.FindTokens(s, &sr.ts, true, true)
	return rd
}

// reading is what the story reader found in one sentence.
type reading struct {
	date     Date
	seizures []Seizure
	counts   []Count
	spans    []dates.Span
	// before is where the sentence's own date is written, dated by the
	// context it displaced; hasBefore when it has an own date.
	before    dates.Span
	hasBefore bool
	// namesHappening: the date is that of a happening the sentence
	// names, not tells ("since his return on July 16").
	namesHappening bool
}

// sequential reads each sentence when the parse asks for it.
func (sr *storyReader) sequential(sents []Sentence) func() reading {
	i := 0
	return func() reading {
		for sents[i].Byline {
			i++
		}
		s := sents[i]
		i++
		return sr.read(s)
	}
}

// readBatch is how many readings the reader hands over at a time: one
// channel operation per sentence would cost more than some sentences.
const readBatch = 64

// ahead reads the sentences on another goroutine, in order, a few batches
// ahead of the parse. Batches go back to the reader once taken, so the
// readings of a long text never pile up. The goroutine ends after the
// last sentence, and Parse takes every reading, so it never leaks.
func (sr *storyReader) ahead(sents []Sentence) func() reading {
	const depth = 4
	full := make(chan []reading, depth)
	free := make(chan []reading, depth+2)
	go func() {
		batch := make([]reading, 0, readBatch)
		for _, s := range sents {
			if s.Byline {
				continue
			}
			batch = append(batch, sr.read(s))
			if len(batch) == readBatch {
				full <- batch
				select {
				case batch = <-free:
				default:
					batch = make([]reading, 0, readBatch)
				}
			}
		}
		if len(batch) > 0 {
			full <- batch
		}
		close(full)
	}()
	var cur []reading
	k := 0
	return func() reading {
		if k == len(cur) {
			if cur != nil {
				free <- cur[:0]
			}
			cur, k = <-full, 0
		}
		r := cur[k]
		cur[k] = reading{}
		k++
		return r
	}
}
