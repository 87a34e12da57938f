package ui

import (
	"dossier/model"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// checkSize fails unless the frame is exactly h lines of at most w cells.
func checkSize(t *testing.T, m Model, w, h int, what string) {
	t.Helper()
	content := m.View().Content
	lines := strings.Split(content, "\n")
	if len(lines) != h {
		t.Fatalf("%s at %dx%d: %d lines, want %d", what, w, h, len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%s at %dx%d: line %d is %d cells wide:\n%q", what, w, h, i, lw, ansi.Strip(l))
		}
	}
}

// states are the key sequences that reach every view, focus and overlay.
var sizeStates = []struct {
	name string
	keys []string
}{
	{"timeline", nil},
	{"filters", []string{"1"}},
	{"detail", []string{"3"}},
	{"filters-toggled", []string{"1", "space", "j", "j", "space"}},
	{"filters-search", []string{"1", "/", "n", "e"}},
	{"timeline-search", []string{"2", "/", "s", "k", "y"}},
	{"no-events", []string{"1", "space", "j", "space", "j", "j", "j", "j", "j", "space"}},
	{"article", []string{"a"}},
	{"article-search", []string{"a", "/", "p", "o", "l", "enter", "n"}},
	{"entities", []string{"e", "j", "j"}},
	{"entities-search", []string{"e", "/", "c", "o"}},
	{"stats", []string{"s", "j"}},
	{"help", []string{"?"}},
	{"mouse-off", []string{"m"}},
}

// TestViewSizeProperty: at every size from 1x1 to 300x100 (sampled), in
// every view, focus and theme, View() is exactly the window height and no
// line is wider than the window.
// The real story goes through every theme; the fixture, which has other
// shapes of data, through the dark one.
func TestViewSizeProperty(t *testing.T) {
	all := []Options{{Theme: "dark"}, {Theme: "light"}, {NoColor: true}}
	sizeProperty(t, realStory(t), all)
	sizeProperty(t, fixtureStory(t), all[:1])
}

func sizeProperty(t *testing.T, st *model.Story, themes []Options) {
	sizes := [][2]int{{1, 1}, {1, 100}, {300, 1}, {39, 11}, {40, 12}, {79, 24}, {80, 24}, {80, 18},
		{80, 19}, {119, 40}, {120, 40}, {120, 12}, {140, 40}, {300, 100}, {41, 13}, {60, 15}}
	r := rand.New(rand.NewPCG(1, 2))
	n := 24
	if testing.Short() {
		n = 4
	}
	for range n {
		sizes = append(sizes, [2]int{1 + r.IntN(300), 1 + r.IntN(100)})
	}
	for _, opts := range themes {
		for _, s := range sizeStates {
			// Reach the state at one size, then resize through all of them:
			// resizing keeps the state, and every size must still fit.
			m := New(st, opts)
			m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
			m = press(m, s.keys...)
			for _, sz := range sizes {
				m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				checkSize(t, m, sz[0], sz[1], s.name)
			}
			// And reach it at a small size directly.
			m = New(st, opts)
			m = update(m, tea.WindowSizeMsg{Width: 45, Height: 14})
			m = press(m, s.keys...)
			checkSize(t, m, 45, 14, s.name+"@small")
		}
	}
}
