package model_test

import (
	"runtime"
	"strings"
	"testing"

	"dossier/model"
)

// BenchmarkParseSeed parses the embedded AP story.
func BenchmarkParseSeed(b *testing.B) {
	lex := mustLexicon(b)
	doc := mustSeed(b)
	model.Parse(doc, lex) // build the lexicon index outside the loop
	b.SetBytes(int64(len(doc.Body)))
	b.ReportAllocs()
	for b.Loop() {
		model.Parse(doc, lex)
	}
}

func BenchmarkParse1MiB(b *testing.B)  { benchmarkParseSize(b, 1<<20) }
func BenchmarkParse10MiB(b *testing.B) { benchmarkParseSize(b, 10<<20) }

// benchmarkParseSize parses the seed's story repeated to size bytes.
func benchmarkParseSize(b *testing.B, size int) {
	lex := mustLexicon(b)
	doc := repeatedSeed(b, size)
	model.Parse(model.Document{Body: "Police seized cocaine."}, lex)
	b.SetBytes(int64(len(doc.Body)))
	b.ReportAllocs()
	for b.Loop() {
		model.Parse(doc, lex)
	}
}

// repeatedSeed is the seed with its story repeated to size bytes. The
// byline is kept once, at the end: repeated, its "___" would turn every
// later copy into byline and measure nothing.
func repeatedSeed(tb testing.TB, size int) model.Document {
	doc := mustSeed(tb)
	story, byline := doc.Body, ""
	if i := strings.Index(doc.Body, "\n___"); i >= 0 {
		story, byline = doc.Body[:i], doc.Body[i:]
	}
	var sb strings.Builder
	sb.Grow(size + len(story) + len(byline))
	for sb.Len() < size {
		sb.WriteString(story)
		sb.WriteString("\n\n")
	}
	sb.WriteString(byline)
	doc.Body = sb.String()
	return doc
}

// TestParseMemory holds the size property: one parse of 1 MiB
// allocates under 20 times the input, all told (a byte count, not a time).
func TestParseMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 1 MiB")
	}
	lex := mustLexicon(t)
	doc := repeatedSeed(t, 1<<20)
	model.Parse(model.Document{Body: "Police seized cocaine."}, lex) // the lexicon index is built once, not per parse
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	st := model.Parse(doc, lex)
	runtime.ReadMemStats(&after)
	if len(st.Events) == 0 {
		t.Fatal("no events parsed")
	}
	if got, limit := after.TotalAlloc-before.TotalAlloc, 20*uint64(len(doc.Body)); got >= limit {
		t.Errorf("parsing %d bytes allocated %d bytes (%.1fx), want under 20x", len(doc.Body), got, float64(got)/float64(len(doc.Body)))
	}
}
