package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dossier/data"
	"dossier/model"
)

// realStory is the embedded seed article through the real parser and word
// lists: what `go run .` shows.
func realStory(tb testing.TB) *model.Story {
	tb.Helper()
	doc, err := data.Default()
	if err != nil {
		tb.Fatal(err)
	}
	lex, err := data.Lexicon()
	if err != nil {
		tb.Fatal(err)
	}
	return model.Parse(doc, lex)
}

// TestRealStoryBrowses is the newcomer's first minute on the real story:
// the first frame shows both countries and the timeline; Netherlands
// lowers "N of M"; an event's source sentence is one key away.
func TestRealStoryBrowses(t *testing.T) {
	m := update(New(realStory(t), Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
	out := plain(m)
	for _, want := range []string{"Belgium", "Netherlands", "Timeline", "Sky ECC", "? help"} {
		if !strings.Contains(out, want) {
			t.Fatalf("first frame lacks %q:\n%s", want, out)
		}
	}
	n, of := shownOf(t, m)
	if n != of || n == "0" {
		t.Fatalf("first frame: Timeline %s of %s", n, of)
	}
	// The countries are listed by their events: find the Netherlands
	// among the first two.
	m = press(m, "1")
	if r, _ := m.filters.current(); r.fv.Value != "Netherlands" {
		m = press(m, "j")
	}
	if r, _ := m.filters.current(); r.fv.Value != "Netherlands" {
		t.Fatalf("neither of the first two countries is the Netherlands: %q", r.fv.Value)
	}
	m = press(m, "space")
	if n2, _ := shownOf(t, m); atoi(n2) >= atoi(n) || atoi(n2) == 0 {
		t.Fatalf("Netherlands: Timeline %s of %s (was %s)", n2, of, n)
	}
	m = press(m, "2", "enter")
	ev := m.story.Events[m.timeline.current()]
	s, ok := m.ix.sentenceOf(m.story, ev.Sentence)
	if !ok {
		t.Fatalf("event %d: no sentence %d", ev.ID, ev.Sentence)
	}
	if first := strings.Fields(s.Text)[0]; !strings.Contains(plain(m), "│ "+first) {
		t.Fatalf("detail lacks the source sentence %q:\n%s", s.Text, plain(m))
	}
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func TestSnapshot(t *testing.T) {
	st := realStory(t)
	for _, v := range []string{"timeline", "article", "entities", "stats"} {
		out := Snapshot(st, Options{View: v, NoColor: true}, 120, 40)
		if regexp.MustCompile(`\x1b\[[0-9;]*(38|48);[25];`).MatchString(out) {
			t.Fatalf("%s: colour in a no-colour snapshot", v)
		}
		lines := strings.Split(out, "\n")
		if len(lines) != 40 {
			t.Fatalf("%s: %d lines", v, len(lines))
		}
		want := map[string]string{"timeline": "Timeline", "article": "Article", "entities": "Entities", "stats": "Stats"}[v]
		if !strings.Contains(lines[2], want) {
			t.Fatalf("%s snapshot title line: %q", v, lines[2])
		}
	}
}
