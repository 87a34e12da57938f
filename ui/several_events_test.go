package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dossier/data"
	"dossier/model"
)

// twoHappenings is a story whose first sentence reports two seizures on
// two dates.
func twoHappenings(tb testing.TB) *model.Story {
	tb.Helper()
	lex, err := data.Lexicon()
	if err != nil {
		tb.Fatal(err)
	}
	body := "Customs seized 2 tonnes of cocaine in May 2022 and a further 800 kg of heroin in January 2023.\n\n" +
		"Police arrested three men in Antwerp on Friday."
	st := model.Parse(model.Document{Body: body, Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}, lex)
	var first int
	for _, e := range st.Events {
		if e.Sentence == 1 {
			first++
		}
	}
	if first != 2 {
		tb.Fatalf("sentence 1 has %d events, want 2: %+v", first, st.Events)
	}
	return st
}

// Every event of a sentence of several is on the timeline, and what
// leads from the sentence to an event leads to its first.
func TestSentenceOfSeveralEvents(t *testing.T) {
	st := twoHappenings(t)
	m := update(New(st, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
	if got := len(m.timeline.items); got != len(st.Events) || got != 3 {
		t.Fatalf("timeline holds %d events, want 3", got)
	}
	evs := m.ix.eventsOfSentence(0)
	if len(evs) != 2 {
		t.Fatalf("sentence 1 indexes %d events, want 2", len(evs))
	}
	if got := m.shownEventOf(0); got != int(evs[0]) {
		t.Errorf("enter on sentence 1 goes to event %d, want its first, %d", got, evs[0])
	}
	// The detail pane of each says which of the two it is.
	for k, ev := range evs {
		lines := strings.Join(m.detailLines(int(ev), 80).lines, "\n")
		want := "event " + itoa(k+1) + " of 2 in it"
		if !strings.Contains(lines, want) {
			t.Errorf("detail of event %d lacks %q:\n%s", ev, want, lines)
		}
	}
	// The article's margin counts the sentence's events.
	m = update(m, keyMsg("a"))
	view := ansi.Strip(m.View().Content)
	found := false
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, "2Customs seized") {
			found = true
		}
	}
	if !found {
		t.Errorf("the article does not mark sentence 1 with its 2 events:\n%s", view)
	}
	// A figure goes to the event that seized it.
	sd := m.statsFigures()
	heroin := false
	for _, f := range sd.rows() {
		if f.sentence != 1 || f.event < 0 {
			continue
		}
		e := st.Events[f.event]
		if !strings.Contains(strings.ToLower(f.label+f.text), "heroin") {
			continue
		}
		heroin = true
		if len(e.Items) != 1 || e.Items[0] != "heroin" {
			t.Errorf("the heroin figure goes to event %q (items %v), want the heroin seizure", e.Summary, e.Items)
		}
	}
	if !heroin {
		t.Error("the stats have no heroin figure of sentence 1")
	}
}
