package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// The goldens show the embedded seed story through the real parser, so a
// parser change shows up here as a diff to look at (and accept with
// -update); the behaviour tests use the hand-built fixture instead.

// TestGoldenFrames runs the real program under teatest at fixed sizes and a
// fixed colour profile, browses a little, quits, and compares the final
// frame (not the raw byte stream, which coalesces frames differently from
// run to run). go test ./ui/ -update regenerates testdata/.
func TestGoldenFrames(t *testing.T) {
	cases := []struct {
		name string
		w, h int
		keys []string
	}{
		// Belgium and cocaine, then the second event.
		{"80x24", 80, 24, []string{"1", "space", "j", "j", "j", "j", "j", "j", "space", "2", "j"}},
		{"140x40", 140, 40, []string{"1", "space", "j", "j", "j", "j", "j", "j", "space", "2", "j"}},
		{"140x40_no_match", 140, 40, []string{"1", "space", "j", "j", "j", "space"}},
		{"140x40_article", 140, 40, []string{"j", "j", "a"}},
		{"too_small", 30, 10, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tm := teatest.NewTestModel(t, New(realStory(t), Options{Theme: "dark"}),
				teatest.WithInitialTermSize(c.w, c.h),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				return bytes.Contains(b, []byte("dossier")) || bytes.Contains(b, []byte("small"))
			}, teatest.WithDuration(5*time.Second))
			for _, k := range c.keys {
				tm.Send(keyMsg(k))
			}
			tm.Send(keyMsg("q"))
			fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
			golden.RequireEqual(t, fm.View().Content)
		})
	}
}

// TestGoldenViews keeps a plain-text golden of every view at 120x40, the
// easiest to read in a diff.
func TestGoldenViews(t *testing.T) {
	cases := []struct {
		name string
		opts Options
		keys []string
	}{
		{"timeline", Options{}, nil},
		{"filtered", Options{}, []string{"1", "j", "space", "2", "G"}},
		{"detail_focus", Options{}, []string{"j", "j", "enter"}},
		{"article", Options{}, []string{"j", "a"}},
		{"article_search", Options{}, []string{"a", "/", "s", "k", "y", "enter", "n"}},
		{"entities", Options{}, []string{"e", "j", "j", "j"}},
		{"stats", Options{}, []string{"s"}},
		{"help", Options{}, []string{"?"}},
		{"narrow_60x20", Options{}, []string{"resize:60x20", "1"}},
		{"medium_100x30", Options{}, []string{"resize:100x30"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := update(New(realStory(t), c.opts), tea.WindowSizeMsg{Width: 120, Height: 40})
			for _, k := range c.keys {
				var w, h int
				if n, _ := fmtSscanf(k, &w, &h); n == 2 {
					m = update(m, tea.WindowSizeMsg{Width: w, Height: h})
					continue
				}
				m = press(m, k)
			}
			golden.RequireEqual(t, ansi.Strip(m.View().Content))
		})
	}
}

// TestGoldenNoColor keeps the escapes of the no-colour theme: only bold,
// underline and reverse may appear.
func TestGoldenNoColor(t *testing.T) {
	m := update(New(realStory(t), Options{NoColor: true}), tea.WindowSizeMsg{Width: 120, Height: 40})
	m = press(m, "1", "space", "j")
	golden.RequireEqual(t, m.View().Content)
}
