package app

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
	"dossier/ui"
)

// storiesOf is Config.Stories over documents already read.
func storiesOf(docs []model.Document) func(*model.Lexicon, func(done, total int, st *model.Story)) error {
	return func(lex *model.Lexicon, each func(done, total int, st *model.Story)) error {
		casefile.ParseStories(docs, lex, func(i int, st *model.Story) { each(i+1, len(docs), st) })
		return nil
	}
}

// TestReadCaseSendsTheFirstArticleThenTheWhole: the first build holds one
// article; the last one on the feed holds them all and says so.
func TestReadCaseSendsTheFirstArticleThenTheWhole(t *testing.T) {
	_, docs, err := data.DemoCase()
	if err != nil {
		t.Fatal(err)
	}
	first := make(chan *ui.CaseMsg, 1)
	feed := make(chan ui.CaseMsg, 1)
	type result struct {
		sent bool
		err  error
	}
	done := make(chan result, 1)
	go func() {
		built := make(chan struct{})
		close(built)
		sent, err := readCase(Config{Stories: storiesOf(docs), Lexicon: data.Lexicon}, first, feed, built, nil)
		close(feed)
		done <- result{sent, err}
	}()
	if p := <-first; p == nil || p.Case == nil {
		t.Fatal("no first build")
	}
	var last ui.CaseMsg
	for msg := range feed {
		last = msg
	}
	if r := <-done; r.err != nil || !r.sent {
		t.Fatalf("readCase: sent %v, %v", r.sent, r.err)
	}
	if last.Case == nil || last.Read != len(docs) || last.Total != len(docs) {
		t.Fatalf("the last build reads %d of %d, want %d", last.Read, last.Total, len(docs))
	}
	tm, _ := last.Case.New(ui.Options{}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if frame := tm.View().Content; !strings.Contains(frame, "Case · "+strconv.Itoa(len(docs))+" articles") || strings.Contains(frame, "reading") {
		t.Errorf("the last build does not open as the whole case:\n%s", frame)
	}
}

// TestCaseFirstFrameDoesNotWaitForTheSecondArticle: the app of a case
// draws its first article, with the progress line, while the second is
// still being read, which here never ends until the frame is drawn. A
// case that waited for every article before its first frame would never
// draw it.
func TestCaseFirstFrameDoesNotWaitForTheSecondArticle(t *testing.T) {
	_, docs, err := data.DemoCase()
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	stories := func(lex *model.Lexicon, each func(done, total int, st *model.Story)) error {
		each(1, 2, model.Parse(docs[0], lex))
		<-release // the second article is still being read
		each(2, 2, model.Parse(docs[1], lex))
		return nil
	}
	m, failed, stop := startCase(Config{Stories: stories, Lexicon: data.Lexicon})
	defer stop()
	defer close(release)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	got := make(chan tea.Msg, 1)
	go func() { got <- m.Init()() }()
	select {
	case msg := <-got:
		m, _ = m.Update(msg)
	case <-time.After(time.Minute): // a deadlock guard, not a measurement
		t.Fatal("no first build while the second article is read")
	}
	frame := m.View().Content
	for _, want := range []string{"Timeline", "Case · 1 article · reading 1 of 2…"} {
		if !strings.Contains(frame, want) {
			t.Errorf("the first frame lacks %q:\n%s", want, frame)
		}
	}
	if err := failed(); err != nil {
		t.Fatal(err)
	}
}

// TestCaseThatReadsNothingQuitsAndSaysWhy: when no article of the case
// could be read, the pending app quits, and the reason is there for the
// caller once it has.
func TestCaseThatReadsNothingQuitsAndSaysWhy(t *testing.T) {
	bad := errors.New("no article could be read")
	stories := func(lex *model.Lexicon, each func(done, total int, st *model.Story)) error {
		each(1, 1, nil)
		return bad
	}
	for name, c := range map[string]Config{
		"no article":    {Stories: stories, Lexicon: data.Lexicon},
		"no word lists": {Stories: stories, Lexicon: func() (*model.Lexicon, error) { return nil, bad }},
	} {
		t.Run(name, func(t *testing.T) {
			m, failed, stop := startCase(c)
			defer stop()
			m, cmd := m.Update(m.Init()())
			if cmd == nil {
				t.Fatal("the app does not quit")
			}
			if _, ok := cmd().(tea.QuitMsg); !ok {
				t.Fatal("the app does not quit")
			}
			if err := failed(); !errors.Is(err, bad) {
				t.Fatalf("after the quit: %v, want %v", err, bad)
			}
		})
	}
}

// TestRunCaseRefusesANonTerminal: a case, like a story, is refused on a
// non-terminal output, before anything is read.
func TestRunCaseRefusesANonTerminal(t *testing.T) {
	read := false
	stories := func(*model.Lexicon, func(done, total int, st *model.Story)) error {
		read = true
		return nil
	}
	err := Run(Config{Stories: stories, Lexicon: data.Lexicon, Out: &bytes.Buffer{}})
	if !errors.Is(err, errNotTerminal) {
		t.Fatalf("Run on a buffer: %v, want %v", err, errNotTerminal)
	}
	if read {
		t.Error("the case was read for a screen it could not have")
	}
}
