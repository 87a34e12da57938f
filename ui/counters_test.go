package ui

import (
	"strings"
	"testing"

	"dossier/model"
)

// Position notes count values, not the section headings between them, and
// counted nouns agree with their number.
func TestCountersCountValuesAndPluralsAgree(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	values := 0
	for _, k := range model.Kinds {
		values += len(m.filters.table.facets[k])
	}
	m = press(m, "1")
	if want := " 1/" + itoa(values) + " "; !strings.Contains(plain(m), want) {
		t.Errorf("filters note: want %q among %d values:\n%s", want, values, plain(m))
	}
	m = press(m, "G")
	if want := " " + itoa(values) + "/" + itoa(values) + " "; !strings.Contains(plain(m), want) {
		t.Errorf("filters note on the last value: want %q:\n%s", want, plain(m))
	}
	m = press(m, "e")
	if want := " 1/" + itoa(len(m.story.Entities)) + " "; !strings.Contains(plain(m), want) {
		t.Errorf("entities note: want %q among %d entities:\n%s", want, len(m.story.Entities), plain(m))
	}
	// Rotterdam is mentioned once.
	m = press(m, "/")
	m = typeText(m, "rotterdam")
	m = press(m, "enter")
	if out := plain(m); !strings.Contains(out, "Rotterdam · 1 mention ") {
		t.Errorf("mentions title: want \"1 mention\":\n%s", out)
	}
	if got, want := plural(1, "event"), "1 event"; got != want {
		t.Errorf("plural(1) = %q", got)
	}
	if got, want := plural(16, "event"), "16 events"; got != want {
		t.Errorf("plural(16) = %q", got)
	}
}
