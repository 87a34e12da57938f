package app

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dossier/data"
	"dossier/model"
	"dossier/ui"
)

// seedStory is the embedded story, parsed as the app parses it.
func seedStory(t *testing.T) *model.Story {
	t.Helper()
	doc, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	return model.Parse(doc, lex)
}

// TestPendingReplaysEarlyMessages: the window size that arrives before the
// story must reach the app, so its first frame has the terminal's size.
func TestPendingReplaysEarlyMessages(t *testing.T) {
	st := seedStory(t)
	ready := make(chan *model.Story, 1)
	var m tea.Model = newPending(ready, func(st *model.Story) tea.Model { return ui.New(st, ui.Options{}) })
	init := m.Init()

	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if got := m.View().Content; got != "" {
		t.Fatalf("before the story, the frame is %q, want empty", got)
	}
	ready <- st
	msg := init() // the command blocks until the story is there
	if _, ok := msg.(storyMsg); !ok {
		t.Fatalf("init returned %T, want storyMsg", msg)
	}
	m, _ = m.Update(msg)
	frame := m.View().Content
	lines := strings.Split(frame, "\n")
	if len(lines) != 30 {
		t.Errorf("first frame has %d lines, want the early window's 30", len(lines))
	}
	if !strings.Contains(frame, "Timeline") {
		t.Errorf("first frame lacks the timeline:\n%s", frame)
	}
	// Later messages go straight to the app.
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if n := len(strings.Split(m.View().Content, "\n")); n != 24 {
		t.Errorf("after a resize the frame has %d lines, want 24", n)
	}
}

func TestPendingQuitsBeforeTheStory(t *testing.T) {
	m := newPending(make(chan *model.Story), nil)
	for _, k := range []tea.KeyPressMsg{{Code: 'q', Text: "q"}, {Code: 'c', Mod: tea.ModCtrl}} {
		if _, cmd := m.Update(k); cmd == nil {
			t.Errorf("%s before the story: no command, want quit", k)
		} else if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s before the story did not quit", k)
		}
	}
	if _, cmd := m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"}); cmd != nil {
		t.Error("j before the story returned a command")
	}
}

// A parse that failed arrives as a nil story: the app quits cleanly and the
// caller reports the error after the terminal is restored.
func TestPendingQuitsOnAFailedParse(t *testing.T) {
	m := newPending(nil, func(*model.Story) tea.Model { t.Fatal("built an app from a nil story"); return nil })
	if _, cmd := m.Update(storyMsg{nil}); cmd == nil {
		t.Fatal("no command after a failed parse, want quit")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("a failed parse did not quit")
	}
}

// TestPendingSaysWhatItReads: while a long article is parsed the screen
// says so, centred, with the file's name shown as text; a news article
// parses too fast to need it.
func TestPendingSaysWhatItReads(t *testing.T) {
	if got := loadingNote("story.txt", 3000); got != "" {
		t.Errorf("a 3 KB article gets the note %q, want none", got)
	}
	note := loadingNote("/tmp/x/big\x1b]0;pwn\x07.txt", 60<<20)
	if note != "Reading big?]0;pwn?.txt (60.0 MiB)…" {
		t.Fatalf("note %q", note)
	}
	if got := loadingNote("-", 2<<20); got != "Reading standard input (2.0 MiB)…" {
		t.Errorf("stdin note %q", got)
	}
	m := newPending(make(chan *model.Story), nil)
	m.note = note
	if got := m.View().Content; got != "" {
		t.Errorf("before the window size the frame is %q, want empty", got)
	}
	nm, _ := m.Update(tea.WindowSizeMsg{Width: 60, Height: 11})
	lines := strings.Split(nm.View().Content, "\n")
	if len(lines) != 6 || strings.TrimSpace(lines[5]) != note {
		t.Fatalf("frame %q: want the note on line 6 of 11", lines)
	}
	if lead := len(lines[5]) - len(strings.TrimLeft(lines[5], " ")); lead != (60-35)/2 {
		t.Errorf("note indented by %d, want %d (centred)", lead, (60-35)/2)
	}
	nm, _ = nm.Update(tea.WindowSizeMsg{Width: 10, Height: 3})
	if got := nm.View().Content; ansi.StringWidth(strings.TrimLeft(got, "\n")) > 10 {
		t.Errorf("at 10 columns the note is %q", got)
	}
}
