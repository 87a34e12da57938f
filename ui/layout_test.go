package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestLayoutBreakpoints(t *testing.T) {
	cases := []struct {
		w, h int
		want layoutMode
	}{
		{1, 1, modeTooSmall}, {39, 40, modeTooSmall}, {200, 11, modeTooSmall},
		{40, 12, modeNarrow}, {79, 40, modeNarrow},
		{80, 24, modeMedium}, {119, 40, modeMedium},
		{80, 18, modeNarrow}, // too short for a detail pane below
		{120, 12, modeWide}, {120, 40, modeWide}, {300, 100, modeWide},
	}
	for _, c := range cases {
		if got := layout(c.w, c.h).Mode; got != c.want {
			t.Errorf("layout(%d, %d) = %v, want %v", c.w, c.h, got, c.want)
		}
	}
}

func TestLayoutTilesTheScreen(t *testing.T) {
	for w := minWidth; w <= 300; w += 7 {
		for h := minHeight; h <= 100; h += 5 {
			l := layout(w, h)
			if l != layout(w, h) {
				t.Fatalf("layout(%d, %d) is not idempotent", w, h)
			}
			if l.Header.H+l.Body.H+l.Footer.H != h || l.Body.W != w {
				t.Fatalf("%dx%d: header %d + body %d + footer %d", w, h, l.Header.H, l.Body.H, l.Footer.H)
			}
			panes := []rect{l.Filters, l.Timeline, l.Detail}
			for i, r := range panes {
				if r.W < 20 || r.H < 3 || r.X < 0 || r.Y < l.Body.Y || r.X+r.W > w || r.Y+r.H > l.Body.Y+l.Body.H {
					t.Fatalf("%dx%d %v: pane %d %+v outside the body %+v or too small", w, h, l.Mode, i, r, l.Body)
				}
			}
			// Covered cells: every body cell exactly once (narrow: the
			// tab bar plus the one shared pane rect).
			area := l.Tabs.W * l.Tabs.H
			switch l.Mode {
			case modeNarrow:
				area += l.Timeline.W * l.Timeline.H
			default:
				for _, r := range panes {
					area += r.W * r.H
				}
				for i := range panes {
					for j := i + 1; j < len(panes); j++ {
						if overlap(panes[i], panes[j]) {
							t.Fatalf("%dx%d: panes %d and %d overlap", w, h, i, j)
						}
					}
				}
			}
			if area != l.Body.W*l.Body.H {
				t.Fatalf("%dx%d %v: panes cover %d cells of %d", w, h, l.Mode, area, l.Body.W*l.Body.H)
			}
		}
	}
}

func overlap(a, b rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

func TestLayoutWideColumns(t *testing.T) {
	l := layout(140, 40)
	if l.Filters.W != 30 || l.Detail.W != 46 || l.Timeline.W != 64 {
		t.Fatalf("140 wide: filters %d timeline %d detail %d", l.Filters.W, l.Timeline.W, l.Detail.W)
	}
	// The timeline gets the growth on very wide terminals.
	if l := layout(300, 100); l.Filters.W != 36 || l.Detail.W != 80 || l.Timeline.W != 184 {
		t.Fatalf("300 wide: filters %d timeline %d detail %d", l.Filters.W, l.Timeline.W, l.Detail.W)
	}
}

// The filters pane widens to show the seed's longest agency name whole
// where the window has room, and the timeline keeps the rest.
func TestFiltersShowLongNamesWhole(t *testing.T) {
	const name = "Belgian federal prosecutors"
	for _, sz := range [][2]int{{140, 40}, {160, 48}, {200, 60}} {
		m := New(realStory(t), Options{})
		m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		screen := plain(m)
		if !strings.Contains(screen, "[ ] "+name) {
			t.Errorf("%dx%d: the filters cut %q:\n%s", sz[0], sz[1], name, screen)
		}
		if m.lay.Timeline.W < m.lay.Filters.W {
			t.Errorf("%dx%d: the timeline (%d) is narrower than the filters (%d)", sz[0], sz[1], m.lay.Timeline.W, m.lay.Filters.W)
		}
	}
	// A story of short names keeps the pane at its share of the window.
	if l := layoutFor(140, 40, footerHeight, 20); l.Filters.W != 30 {
		t.Errorf("short names: filters %d, want 30", l.Filters.W)
	}
	// A name the cap cannot show whole leaves the timeline its room.
	if l := layoutFor(120, 40, footerHeight, 36); l.Filters.W != 26 {
		t.Errorf("a name too long for 120 columns: filters %d, want 26", l.Filters.W)
	}
}
