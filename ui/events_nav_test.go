package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// ] and [ step through the events from the Event pane, which keeps the
// keys.
func TestDetailStepsBetweenEvents(t *testing.T) {
	m := sized(t, 140, 40, Options{})
	m = press(m, "enter")
	first := m.timeline.current()
	m = press(m, "]")
	if m.focus != paneDetail || m.timeline.pos() != 1 {
		t.Fatalf("]: focus %d pos %d", m.focus, m.timeline.pos())
	}
	if !strings.Contains(plain(m), "Event 2 of 17") {
		t.Fatalf("] did not show the second event:\n%s", plain(m))
	}
	m = press(m, "[")
	if m.focus != paneDetail || m.timeline.current() != first {
		t.Fatalf("[: focus %d event %d, want %d", m.focus, m.timeline.current(), first)
	}
	m = press(m, "[")
	if m.timeline.current() != first {
		t.Fatal("[ on the first event moved")
	}
}

// In the article, enter goes to the event of the sentence holding the
// current match; ] and [ move the selection through the sentences with
// events in reading order; a click selects the sentence's event.
func TestArticleGoesToTheEventOfASentence(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(m, "a", "/")
	m = typeText(m, "28 firearms")
	m = press(m, "enter")
	if !m.keys.GoEvent.Enabled() {
		t.Fatal("enter is not live on a match with an event")
	}
	m = press(m, "enter")
	ev := m.timeline.current()
	if m.view != viewTimeline || m.focus != paneDetail || m.story.Events[ev].Sentence != 13 {
		t.Fatalf("enter on the match: view %d focus %d event %d (sentence %d), want sentence 13's",
			m.view, m.focus, ev, m.story.Events[ev].Sentence)
	}
	// Reading order: after sentence 13 the next sentence with an event is 14.
	m = press(m, "a", "]")
	if s := m.story.Events[m.timeline.current()].Sentence; s != 14 {
		t.Fatalf("] in the article: sentence %d, want 14", s)
	}
	m = press(m, "[", "[")
	if s := m.story.Events[m.timeline.current()].Sentence; s != 12 {
		t.Fatalf("[[ in the article: sentence %d, want 12", s)
	}
	// enter after ] goes to the selected sentence's event, not the match.
	m = press(m, "enter")
	if s := m.story.Events[m.timeline.current()].Sentence; m.view != viewTimeline || s != 12 {
		t.Fatalf("enter after [: view %d sentence %d", m.view, s)
	}
	// A click on the first line of the article selects sentence 1's event.
	m = press(m, "a", "g")
	l := m.lay.Main
	m = update(m, tea.MouseClickMsg{X: l.X + 1 + articleMargin + 3, Y: l.Y + 1, Button: tea.MouseLeft})
	if s := m.story.Events[m.timeline.current()].Sentence; s != 1 {
		t.Fatalf("click on the first line: sentence %d", s)
	}
}

// y copies the selected event with OSC 52: its summary, date, sentence
// and source.
func TestCopyPutsTheEventOnTheClipboard(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m, cmd := send(m, keyMsg("y"))
	if cmd == nil {
		t.Fatal("y gave no command")
	}
	msg := cmd()
	if _, ok := msg.(tea.BatchMsg); ok {
		t.Fatalf("y gave a batch: %T", msg)
	}
	text := eventText(&m, m.timeline.current())
	if tea.SetClipboard(text)() != msg {
		t.Fatalf("y did not set the clipboard to the event: %#v", msg)
	}
	for _, want := range []string{m.summary(m.timeline.current()), "Mar 2019–Mar 2021", "“Belgian prosecutors said", "Source: AP, Belgian police make 48 arrests"} {
		if !strings.Contains(text, want) {
			t.Errorf("the copied event lacks %q:\n%s", want, text)
		}
	}
	if !strings.Contains(plain(m), "copied") {
		t.Errorf("no word that it was copied:\n%s", plain(m))
	}
}

// / in the Event pane searches the timeline beside it.
func TestSearchFromTheEventPane(t *testing.T) {
	m := sized(t, 140, 40, Options{})
	m = press(m, "enter")
	if !m.keys.Search.Enabled() {
		t.Fatal("/ is not live in the Event pane")
	}
	m = press(m, "/")
	if !m.searchOn || m.focus != paneTimeline {
		t.Fatalf("/ in the Event pane: searching %v focus %d", m.searchOn, m.focus)
	}
	m = typeText(m, "rotterdam")
	if n, _ := shownOf(t, m); n != "1" {
		t.Fatalf("/rotterdam from the Event pane: Timeline %s", n)
	}
}

// tab gives the keys to the mentions pane, which scrolls and says which of
// its lines are in view.
func TestMentionsPaneTakesTheKeys(t *testing.T) {
	m := sized(t, 120, 24, Options{})
	m = press(m, "e", "/")
	m = typeText(m, "cocaine")
	m = press(m, "enter")
	if !m.keys.NextPane.Enabled() {
		t.Fatal("tab is not live in the entities view")
	}
	m = press(m, "tab")
	if !m.entities.sideFocus {
		t.Fatal("tab did not focus the mentions")
	}
	if !strings.Contains(plain(m), "1–"+itoa(m.entities.side.height)+" of "+itoa(m.entities.side.total)) {
		t.Fatalf("no range note on the mentions:\n%s", plain(m))
	}
	cur := m.entities.cur
	m = press(m, "j", "j")
	if m.entities.side.top != 2 || m.entities.cur != cur {
		t.Fatalf("j in the mentions: top %d, list cursor %d (was %d)", m.entities.side.top, m.entities.cur, cur)
	}
	m = press(m, "esc")
	if m.entities.sideFocus || m.view != viewEntities {
		t.Fatalf("esc in the mentions: side %v view %d", m.entities.sideFocus, m.view)
	}
	m = press(m, "tab", "tab")
	if m.entities.sideFocus {
		t.Fatal("tab twice did not come back to the list")
	}
}

// In a case's Entry pane, ] and [ step through the entries the timeline
// shows, the pane keeping the focus and each entry starting at its top.
func TestCaseEntryStepsBetweenEntries(t *testing.T) {
	m, c := caseModel(t, 140, 40)
	m = press(m, "enter")
	if m.focus != paneDetail || m.cs.current() != m.cs.shown[0] {
		t.Fatalf("enter: focus %d entry %d", m.focus, m.cs.current())
	}
	m = press(m, "j")
	if m.cs.detail.top != 1 {
		t.Fatalf("j in the Entry pane: top %d, want 1", m.cs.detail.top)
	}
	m = press(m, "]")
	second := m.cs.shown[1]
	if m.focus != paneDetail || m.cs.current() != second {
		t.Fatalf("]: focus %d entry %d, want the Entry pane on entry %d", m.focus, m.cs.current(), second)
	}
	out := plain(m)
	if want := "┏ Entry 2 of " + itoa(len(c.Entries)); !strings.Contains(out, want) {
		t.Fatalf("] did not show the second entry (no %q):\n%s", want, out)
	}
	if m.cs.detail.top != 0 {
		t.Errorf("the next entry starts %d lines down, want its top", m.cs.detail.top)
	}
	m = press(m, "[")
	if m.focus != paneDetail || m.cs.current() != m.cs.shown[0] {
		t.Fatalf("[: focus %d entry %d, want entry %d", m.focus, m.cs.current(), m.cs.shown[0])
	}
	m = press(m, "[")
	if m.cs.current() != m.cs.shown[0] {
		t.Fatal("[ on the first entry moved")
	}
	// Under a filter the keys step through what it leaves.
	m = press(m, "1", "space", "3")
	if len(m.cs.shown) < 2 || len(m.cs.shown) == len(c.Entries) {
		t.Fatalf("the source filter leaves %d of %d entries", len(m.cs.shown), len(c.Entries))
	}
	m = press(m, "]")
	if m.focus != paneDetail || m.cs.current() != m.cs.shown[1] {
		t.Fatalf("] under a filter: focus %d entry %d, want shown entry %d", m.focus, m.cs.current(), m.cs.shown[1])
	}
	if want := "┏ Entry 2 of " + itoa(len(m.cs.shown)); !strings.Contains(plain(m), want) {
		t.Errorf("] under a filter: no %q:\n%s", want, plain(m))
	}
}
