package app

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dossier/data"
	"dossier/model"
	"dossier/ui"
)

// TestReadCaseSendsTheFirstArticleThenTheWhole: the first build holds one
// article; the last one on the feed holds them all and says so.
func TestReadCaseSendsTheFirstArticleThenTheWhole(t *testing.T) {
	_, docs, err := data.DemoCase()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	first := make(chan *ui.PreparedCase, 1)
	feed := make(chan ui.CaseMsg, 1)
	done := make(chan error, 1)
	go func() { done <- readCase(docs, lex, first, feed) }()
	if p := <-first; p == nil {
		t.Fatal("no first build")
	}
	var last ui.CaseMsg
	for msg := range feed {
		last = msg
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if last.Case == nil || last.Read != len(docs) || last.Total != len(docs) {
		t.Fatalf("the last build reads %d of %d, want %d", last.Read, last.Total, len(docs))
	}
	tm, _ := last.Case.New(ui.Options{}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if frame := tm.View().Content; !strings.Contains(frame, "Case · "+strconv.Itoa(len(docs))+" articles") || strings.Contains(frame, "reading") {
		t.Errorf("the last build does not open as the whole case:\n%s", frame)
	}
}

// TestRunCaseRefusesANonTerminal: a case, like a story, is refused on a
// non-terminal output, after its first article is read.
func TestRunCaseRefusesANonTerminal(t *testing.T) {
	_, docs, err := data.DemoCase()
	if err != nil {
		t.Fatal(err)
	}
	err = Run(Config{Docs: docs, Lexicon: data.Lexicon, Out: &bytes.Buffer{}})
	if !errors.Is(err, errNotTerminal) {
		t.Fatalf("Run on a buffer: %v, want %v", err, errNotTerminal)
	}
	bad := errors.New("no word lists")
	err = Run(Config{Docs: docs, Lexicon: func() (*model.Lexicon, error) { return nil, bad }, Out: &bytes.Buffer{}})
	if !errors.Is(err, bad) {
		t.Fatalf("Run without word lists: %v, want %v", err, bad)
	}
}
