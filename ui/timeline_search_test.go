package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dossier/model"
)

// oneEventStory is a story of one sentence and one event on it, built by
// hand.
func oneEventStory(text, summary string) *model.Story {
	day := "2021-03-09"
	return &model.Story{
		Doc:       model.Document{Title: "t", Body: text},
		Sentences: []model.Sentence{{ID: 1, Paragraph: 1, Start: 0, End: len(text), Text: text}},
		Events: []model.Event{{ID: 1, Sentence: 1, Summary: summary,
			Date: model.Date{Start: &day, End: &day, Precision: model.PrecisionDay, Basis: model.BasisExplicit}}},
	}
}

// The timeline search marks its matches in the rows and in the event's
// sentence, in the match style, on the cursor's row too.
func TestTimelineSearchMarksMatches(t *testing.T) {
	m := sized(t, 140, 40, Options{})
	m = press(m, "/")
	m = typeText(m, "rotterdam")
	m = press(m, "enter")
	if n, _ := shownOf(t, m); n != "1" {
		t.Fatalf("/rotterdam: Timeline %s", n)
	}
	frame := m.View().Content
	marked := m.styles.Match.Render("Rotterdam")
	if got := strings.Count(frame, marked); got < 2 {
		t.Fatalf("Rotterdam is marked %d times, want in the row and in the sentence:\n%q", got, frame)
	}
}

// A match that is only in the event's sentence, past what the Event pane
// shows, is scrolled into view.
func TestTimelineSearchBringsTheMatchIntoView(t *testing.T) {
	text := strings.Repeat("Police searched the harbour and questioned the crews of every ship. ", 8) + "They found a zebra."
	m := update(New(oneEventStory(text, "Police searched the harbour"), Options{}), tea.WindowSizeMsg{Width: 80, Height: 24})
	detail := func(m Model) string { return ansi.Strip(strings.Join(m.detailBox(m.lay.Detail), "\n")) }
	if strings.Contains(detail(m), "zebra") {
		t.Fatal("setup: the match is in view before the search")
	}
	m = press(m, "/")
	m = typeText(m, "zebra")
	if n, _ := shownOf(t, m); n != "1" {
		t.Fatalf("/zebra: Timeline %s", n)
	}
	if !strings.Contains(detail(m), "zebra") {
		t.Fatalf("the match is not in view:\n%s", detail(m))
	}
}

// enter on an entity filters by it and lands on its first event, even
// when the event selected before has it too.
func TestEntityEnterLandsOnItsFirstEvent(t *testing.T) {
	m := sized(t, 140, 40, Options{})
	m = press(m, "/")
	m = typeText(m, "server is disconnected")
	m = press(m, "enter", "esc")
	before := m.timeline.current()
	if before < 0 || !strings.Contains(m.summary(before), "server") {
		t.Fatalf("setup: selected %d", before)
	}
	m = press(m, "e", "/")
	m = typeText(m, "sky ecc")
	m = press(m, "enter", "enter")
	if m.view != viewTimeline || !m.sel.Has(model.KindNetwork, "Sky ECC") {
		t.Fatalf("enter on Sky ECC: view %d sel %v", m.view, m.sel)
	}
	if m.timeline.pos() != 0 || m.timeline.current() == before {
		t.Fatalf("landed on %d at %d, want the first Sky ECC event", m.timeline.current(), m.timeline.pos())
	}
}
