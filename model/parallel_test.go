package model_test

import (
	"reflect"
	"strings"
	"testing"

	"dossier/model"
)

// TestParallelParseIsSequentialParse holds the parallel parse (reader and
// summaries on their own goroutines) to the one-core parse,
// on a long text mixing every article in the repository so batches end
// mid-article and events outnumber the summary workers' shares.
func TestParallelParseIsSequentialParse(t *testing.T) {
	lex := mustLexicon(t)
	seed := mustSeed(t)
	docs := repoArticles(t)
	// A headline and a byline line first: the reader skips byline
	// sentences, and must skip the same ones as the entity pass.
	var sb strings.Builder
	sb.WriteString("Police break drug ring in Antwerp\n\nBy Jane Doe and John Roe\n\n")
	for sb.Len() < 400<<10 {
		sb.WriteString(story(seed, lex))
		for _, doc := range docs {
			sb.WriteString(story(doc, lex))
		}
	}
	doc := seed
	doc.Body = sb.String()

	one := model.ParseWorkers(doc, lex, 1)
	if !one.Sentences[1].Byline {
		t.Fatalf("sentence 2 %q is not a byline: the test no longer mixes bylines in", one.Sentences[1].Text)
	}
	if len(one.Events) < 1000 {
		t.Fatalf("only %d events: the text is too small to exercise the workers", len(one.Events))
	}
	for _, workers := range []int{2, 3, 8} {
		got := model.ParseWorkers(doc, lex, workers)
		if !reflect.DeepEqual(got, one) {
			for i := range one.Events {
				if i >= len(got.Events) || !reflect.DeepEqual(got.Events[i], one.Events[i]) {
					t.Fatalf("workers=%d: event %d differs:\n got %+v\nwant %+v", workers, i, got.Events[min(i, len(got.Events)-1)], one.Events[i])
				}
			}
			t.Fatalf("workers=%d: story differs from the one-core parse", workers)
		}
	}
	if got := model.Parse(doc, lex); !reflect.DeepEqual(got, one) {
		t.Fatal("Parse differs from the one-core parse")
	}
}

// story is an article's body up to its byline (a "___" line, a credit
// line): after it every later sentence would be byline.
func story(doc model.Document, lex *model.Lexicon) string {
	body := doc.Body
	for _, s := range model.ParseWorkers(doc, lex, 1).Sentences {
		if s.Byline {
			// and the "___" line before it, if any
			body = strings.TrimRight(body[:s.Start], "_ \n")
			break
		}
	}
	return body + "\n\n"
}
