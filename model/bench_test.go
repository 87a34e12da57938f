package model_test

import (
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

// benchmarkParseSize parses the seed's story repeated to size bytes. The
// byline is kept once, at the end: repeated, its "___" would turn every
// later copy into byline and measure nothing.
func benchmarkParseSize(b *testing.B, size int) {
	lex := mustLexicon(b)
	doc := mustSeed(b)
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
	model.Parse(model.Document{Body: story}, lex)
	b.SetBytes(int64(len(doc.Body)))
	b.ReportAllocs()
	for b.Loop() {
		model.Parse(doc, lex)
	}
}
