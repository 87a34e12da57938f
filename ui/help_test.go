package ui

import (
	"strings"
	"testing"
)

// helpKey is a key the help's "In each pane" lines name, and how to see
// that it does what they say.
type helpKey struct {
	name, says  string   // the help's words for the key
	setup, keys []string // reach the pane, then the key
	want        string   // what the screen shows after
	wantBefore  bool     // want is absent before the key
	// moved, instead of want: the screen's line holding this mark is
	// another after the key (a cursor that moves).
	moved string
}

// TestHelpSaysWhatKeysDo presses, in its pane, each key the help's "In
// each pane" lines name and checks the screen changes as the help says.
func TestHelpSaysWhatKeysDo(t *testing.T) {
	opts := Options{Theme: "dark"}
	checkHelpKeys(t, func() Model { return sized(t, 140, 40, opts) }, []helpKey{
		{"entities tab", "tab to the mentions and back", []string{"e"}, []string{"tab"}, "┏ Belgium", true, ""},
		{"stats down", "↑↓/jk choose a figure", []string{"s"}, []string{"j"}, "· 2/", true, ""},
		{"event next", "[/] previous/next event", []string{"3"}, []string{"]"}, "Event 2 of ", true, ""},
		{"article enter", "enter the event of the match, or of the ▶ sentence", []string{"a"}, []string{"enter"}, "┏ Event", true, ""},
		{"filters toggle", "space toggle a value", []string{"1"}, []string{"space"}, "[x]", true, ""},
		{"anywhere clear", "x clear the filters", []string{"1", "space"}, []string{"x"}, "No filters", true, ""},
	})
}

// TestCaseHelpSaysWhatKeysDo is the same for a case, whose help names
// its own keys in each pane.
func TestCaseHelpSaysWhatKeysDo(t *testing.T) {
	checkHelpKeys(t, func() Model { m, _ := caseModel(t, 140, 40); return m }, []helpKey{
		{"filters toggle", "space toggle a value (Sources: an article or outlet)", []string{"1"}, []string{"space"}, "[x]", true, ""},
		{"timeline open", "enter open the entry", nil, []string{"enter"}, "┏ Entry", true, ""},
		{"timeline search", "/ search the entries and their sentences", nil, []string{"/", "p", "l", "e", "a", "enter"}, "entries /plea", true, ""},
		{"timeline copy", "y copy the entry with every source's sentence", nil, []string{"y"}, "entry copied", true, ""},
		{"entry scroll", "↑↓/jk scroll", []string{"enter"}, []string{"j"}, " 2–", true, ""},
		{"entry next", "[/] previous/next entry", []string{"enter"}, []string{"]"}, "┏ Entry 2 of ", true, ""},
		{"entry previous", "[/] previous/next entry", []string{"enter", "]"}, []string{"["}, "┏ Entry 1 of ", true, ""},
		{"entry back", "esc back to the timeline", []string{"enter"}, []string{"esc"}, "┏ Timeline", true, ""},
		{"article next", "tab/shift+tab next/previous article", []string{"a"}, []string{"tab"}, " · article 2 of ", true, ""},
		{"article previous", "tab/shift+tab next/previous article", []string{"a"}, []string{"shift+tab"}, " · article 3 of ", true, ""},
		{"article step", "[/] previous/next sentence with an event", []string{"a"}, []string{"]"}, "", false, "▶"},
		{"article step back", "[/] previous/next sentence with an event", []string{"a", "]"}, []string{"["}, "", false, "▶"},
		{"article enter", "enter the entry of the ▶ sentence", []string{"a"}, []string{"enter"}, "┏ Entry", true, ""},
		{"entities enter", "enter filter the case by the entity", []string{"e"}, []string{"enter"}, "[x]", true, ""},
		{"stats down", "↑↓/jk choose a figure", []string{"s"}, []string{"j"}, "", false, "▸"},
		{"stats enter", "enter the entry it comes from", []string{"s"}, []string{"enter"}, "┏ Entry", true, ""},
		{"sources down", "↑↓/jk choose a disagreement", []string{"S"}, []string{"j"}, "", false, "▸"},
		{"sources enter", "enter its entry", []string{"S"}, []string{"enter"}, "┏ Entry", true, ""},
		{"anywhere clear", "x clear the filters", []string{"1", "space"}, []string{"x"}, "No filters", true, ""},
	})
}

func checkHelpKeys(t *testing.T, fresh func() Model, table []helpKey) {
	t.Helper()
	help := plain(press(fresh(), "?"))
	for _, c := range table {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(help, c.says) {
				t.Fatalf("the help does not say %q:\n%s", c.says, help)
			}
			m := press(fresh(), c.setup...)
			before := plain(m)
			if c.wantBefore && strings.Contains(before, c.want) {
				t.Fatalf("%q is on screen before the key:\n%s", c.want, before)
			}
			after := plain(press(m, c.keys...))
			if c.moved != "" {
				wasAt, was := firstLineWith(before, c.moved)
				isAt, is := firstLineWith(after, c.moved)
				if wasAt < 0 || isAt < 0 || wasAt == isAt && was == is {
					t.Errorf("after %v the line with %s did not move: line %d %q, then line %d %q:\n%s", c.keys, c.moved, wasAt, was, isAt, is, after)
				}
				return
			}
			if !strings.Contains(after, c.want) {
				t.Errorf("after %v the screen lacks %q:\n%s", c.keys, c.want, after)
			}
		})
	}
}

// firstLineWith is the first line of out holding s and its number, -1
// when none does.
func firstLineWith(out, s string) (int, string) {
	for i, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return i, l
		}
	}
	return -1, ""
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
