package ui

import (
	"strings"
	"testing"
)

// TestHelpSaysWhatKeysDo presses, in its pane, each key the help's "In
// each pane" lines name and checks the screen changes as the help says.
func TestHelpSaysWhatKeysDo(t *testing.T) {
	opts := Options{Theme: "dark"}
	help := plain(press(sized(t, 140, 40, opts), "?"))
	for _, c := range []struct {
		name, says  string   // the help's words for the key
		setup, keys []string // reach the pane, then the key
		want        string   // what the screen shows after
		wantBefore  bool     // want is absent before the key
	}{
		{"entities tab", "tab to the mentions and back", []string{"e"}, []string{"tab"}, "┏ Belgium", true},
		{"stats down", "↑↓/jk choose a figure", []string{"s"}, []string{"j"}, "· 2/", true},
		{"event next", "[/] previous/next event", []string{"3"}, []string{"]"}, "Event 2 of ", true},
		{"article enter", "enter the event of the match, or of the ▶ sentence", []string{"a"}, []string{"enter"}, "┏ Event", true},
		{"filters toggle", "space toggle a value", []string{"1"}, []string{"space"}, "[x]", true},
		{"anywhere clear", "x clear the filters", []string{"1", "space"}, []string{"x"}, "No filters", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(help, c.says) {
				t.Fatalf("the help does not say %q:\n%s", c.says, help)
			}
			m := press(sized(t, 140, 40, opts), c.setup...)
			if before := plain(m); c.wantBefore && strings.Contains(before, c.want) {
				t.Fatalf("%q is on screen before the key:\n%s", c.want, before)
			}
			if after := plain(press(m, c.keys...)); !strings.Contains(after, c.want) {
				t.Errorf("after %v the screen lacks %q:\n%s", c.keys, c.want, after)
			}
		})
	}
}

// TestHelpLegendFirst: the legend is what the help shows first, on the
// smallest screen, so what the marks mean is one key from the first frame.
func TestHelpLegendFirst(t *testing.T) {
	lines := strings.Split(plain(press(sized(t, 80, 24, Options{Theme: "dark"}), "?")), "\n")
	top := strings.Join(lines[:8], "\n")
	for _, want := range []string{"Legend", "▸ cursor", "[x] active filter"} {
		if !strings.Contains(top, want) {
			t.Errorf("the help's first lines at 80x24 lack %q:\n%s", want, top)
		}
	}
}
