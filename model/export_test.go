package model

import (
	"slices"

	"dossier/model/internal/entities"
)

// ParseWorkers is Parse with a fixed number of workers, so tests can hold
// the parallel parse to the sequential one.
var ParseWorkers = parse

// Reader reads sentences the way Parse does, for the external tests.
type Reader struct{ sr *storyReader }

// NewReader is the story reader of doc.
func NewReader(doc Document, lex *Lexicon) Reader { return Reader{newStoryReader(doc, lex)} }

// Read returns the date, seizures and counts of sentence s: the counts
// the story keeps, without the numbers of things that only part its
// happenings.
func (r Reader) Read(s Sentence) (Date, []Seizure, []Count) {
	rd := r.sr.read(s)
	return rd.date, rd.seizures, slices.DeleteFunc(rd.counts, func(n Count) bool { return n.Thing })
}

// ClauseCountry is clauseCountry over the clause breaks of s.
func ClauseCountry(hits []entities.Hit, s Sentence, start, end int) string {
	return clauseCountry(hits, clauseBreaks(nil, s), start, end)
}
