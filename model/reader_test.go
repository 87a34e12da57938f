package model_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"dossier/model"
	"dossier/model/internal/dates"
	"dossier/model/internal/modeltest"
	"dossier/model/internal/quantities"
)

// The story reader must give exactly what the three separate calls give.
func TestStoryReaderMatchesSeparateCalls(t *testing.T) {
	lex := testQuantityLexicon()
	bodies := []string{seedBody}
	for _, tt := range modeltest.QuantityCases() {
		bodies = append(bodies, tt.Sentence)
	}
	for _, body := range bodies {
		doc := model.Document{Body: body, Published: seedPublished}
		sr := model.NewReader(doc, lex)
		r := dates.NewResolver(doc, lex)
		for _, s := range storySentences(body) {
			d1, sz1, ct1 := sr.Read(s)
			// The reader also hands Parse the seizures that may look
			// back ("the drugs"), which a sentence alone does not keep.
			sz1 = slices.DeleteFunc(sz1, func(z model.Seizure) bool { return z.LookBack })
			want, _ := json.Marshal([]any{r.Resolve(s), quantities.FindSeizures(s, lex), quantities.FindCounts(s, lex)})
			got, _ := json.Marshal([]any{d1, sz1, ct1})
			if string(got) != string(want) {
				t.Errorf("%q:\n got  %s\n want %s", s.Text, got, want)
			}
		}
	}
}

// BenchmarkReadSeed reads the seed's dates, seizures and counts the way
// Parse should: one story reader, one tokenization per sentence.
func BenchmarkReadSeed(b *testing.B) {
	lex := testQuantityLexicon()
	doc := model.Document{Body: seedBody, Published: seedPublished}
	ss := storySentences(seedBody)
	b.ReportAllocs()
	for b.Loop() {
		sr := model.NewReader(doc, lex)
		for _, s := range ss {
			sr.Read(s)
		}
	}
}

// BenchmarkRead1MiB reads 1 MiB of the seed story repeated.
func BenchmarkRead1MiB(b *testing.B) {
	lex := testQuantityLexicon()
	story := seedBody[:strings.Index(seedBody, "\n___")] + "\n"
	body := strings.Repeat(story, (1<<20)/len(story)+1)
	ss := splitTestSentences(body)
	doc := model.Document{Body: body, Published: seedPublished}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		sr := model.NewReader(doc, lex)
		for _, s := range ss {
			sr.Read(s)
		}
	}
}
