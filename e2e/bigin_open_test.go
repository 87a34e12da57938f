package e2e

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dossier/data"
	"dossier/internal/bigin"
	"dossier/model"
	"dossier/ui"
)

// bigKeys walks every view of a big story: down a line and to the end of
// the timeline, the detail pane, the article (a page, its end, a search),
// the entities, the stats, back.
var bigKeys = []string{"j", "j", "G", "g", "3", "j", "2", "a", "pgdown", "G", "/", "p", "o", "l", "enter", "n",
	"esc", "e", "j", "G", "s", "j", "G", "t", "1", "space", "x"}

// keyPress is the message a terminal sends for one of bigKeys.
func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "G":
		return tea.KeyPressMsg{Code: 'g', Mod: tea.ModShift, Text: "G"}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// openBig is what `dossier FILE` does with a big input short of the
// terminal: read, parse, build the app and size it to 120x40.
func openBig(tb testing.TB, in bigin.Input) (*model.Story, tea.Model) {
	tb.Helper()
	doc, err := data.Read(bytes.NewReader(in.Text))
	if err != nil {
		tb.Fatal(err)
	}
	st := model.Parse(doc, in.Lex)
	var m tea.Model = ui.New(st, ui.Options{Theme: "dark"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return st, m
}

// frameOK checks the size property of one frame at 120x40.
func frameOK(tb testing.TB, m tea.Model, what string) {
	tb.Helper()
	lines := strings.Split(m.View().Content, "\n")
	if len(lines) != 40 {
		tb.Fatalf("%s: %d lines, want 40", what, len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > 120 {
			tb.Fatalf("%s: line %d is %d cells wide", what, i, w)
		}
	}
}

// TestBigInputsOpen opens each big input (the 60 MiB one only without
// -short) the way the app does, walks every view with keys, and checks
// every frame fits 120x40 and that the story and the app together hold
// under 20 times the input once built (heldBound). It logs the time to open and the
// slowest frame (Update and View of one key) without asserting on them:
// the benchmarks below and BenchmarkView* measure speed.
//
//	go test ./e2e -run TestBigInputsOpen -v
func TestBigInputsOpen(t *testing.T) {
	ins, err := bigin.All(testing.Short() || !bigin.WantHuge())
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		t.Run(in.Name, func(t *testing.T) {
			// The word lists and their index are the app's, not the
			// input's: it loads them whatever it opens, while the
			// terminal starts. Index them before the baseline.
			model.Parse(model.Document{}, in.Lex)
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			st, m := openBig(t, in)
			frameOK(t, m, "first frame")
			open := time.Since(start)
			var slowest, slowestWork time.Duration
			slowKey := ""
			for _, k := range bigKeys {
				t0 := time.Now()
				var cmd tea.Cmd
				m, cmd = m.Update(keyPress(k))
				v := m.View()
				if d := time.Since(t0); d > slowest {
					slowest, slowKey = d, k
				}
				_ = v
				frameOK(t, m, "after "+k)
				// Work the app runs off the update loop (wrapping and
				// searching a long article) is not a frame; the frame that
				// takes its result is.
				var frame, work time.Duration
				m, frame, work = settle(t, m, cmd)
				if frame > slowest {
					slowest, slowKey = frame, k+" (result)"
				}
				slowestWork = max(slowestWork, work)
				frameOK(t, m, "after the work of "+k)
			}
			runtime.GC()
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			n := uint64(len(in.Text))
			held := after.HeapInuse - min(after.HeapInuse, before.HeapInuse)
			t.Logf("%s: %.1f MiB opened in %v; slowest frame %v (key %q); slowest work off the loop %v; heap held +%.1f MiB (%.1fx); allocated %.0f MiB in all",
				in.Name, float64(n)/(1<<20), open.Round(time.Millisecond), slowest.Round(10*time.Microsecond), slowKey, slowestWork.Round(time.Millisecond),
				float64(held)/(1<<20), float64(held)/float64(n), float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
			if bound := heldBound(in.Name); held > bound*n {
				t.Errorf("story and app hold %d bytes, over %dx the %d-byte input", held, bound, n)
			}
			runtime.KeepAlive(st)
			runtime.KeepAlive(m)
		})
	}
}

// settle runs the commands an update returned, as the Bubble Tea runtime
// would, and feeds their messages back. It returns the slowest frame that
// took a message and the slowest command. Rounds are bounded: the walk's
// commands are the article's work, which sends one message each.
func settle(tb testing.TB, m tea.Model, cmd tea.Cmd) (tea.Model, time.Duration, time.Duration) {
	tb.Helper()
	var slowFrame, slowWork time.Duration
	pending := []tea.Cmd{cmd}
	for round := 0; len(pending) > 0; round++ {
		if round == 8 {
			tb.Fatalf("commands still coming after %d rounds", round)
		}
		var next []tea.Cmd
		for _, c := range pending {
			if c == nil {
				continue
			}
			t0 := time.Now()
			msg := c()
			slowWork = max(slowWork, time.Since(t0))
			if batch, ok := msg.(tea.BatchMsg); ok {
				next = append(next, batch...)
				continue
			}
			t0 = time.Now()
			var more tea.Cmd
			m, more = m.Update(msg)
			_ = m.View()
			slowFrame = max(slowFrame, time.Since(t0))
			next = append(next, more)
		}
		pending = next
	}
	return m, slowFrame, slowWork
}

// heldBound is how many times its size an input may cost once opened.
// The story and the app keep a few hundred bytes per sentence and per
// event before any text (a Sentence is 56 bytes, an Event 232, a Mention
// 40, an index span 12), so the tightest inputs are the 9-byte sentences
// ("Police. ") and the one-event place lines: they hold 18x and 18.6x
// once opened (see the tests' logs).
func heldBound(string) uint64 { return 20 }

// viewCases are the frames benchView times: keys to reach a view, then
// the keys one frame each cycles through (each changes what is drawn).
var viewCases = []struct {
	name        string
	setup, keys []string
}{
	{"timeline-move", nil, []string{"j", "k"}},
	{"timeline-ends", nil, []string{"G", "g"}},
	{"detail-scroll", []string{"3"}, []string{"j", "k"}},
	{"article-scroll", []string{"a"}, []string{"pgdown", "pgup"}},
	{"article-search-key", []string{"a", "/"}, []string{"p", "backspace"}},
	{"article-next-match", []string{"a", "/", "p", "o", "l", "enter"}, []string{"n", "N"}},
	{"entities-move", []string{"e"}, []string{"j", "k"}},
	{"filters-move", []string{"1"}, []string{"j", "k"}},
	{"stats-scroll", []string{"s"}, []string{"j", "k"}},
}

// benchView times one frame on a big story, a key press through Update
// and the View after it, in each view (sub-benchmarks by viewCases).
func benchView(b *testing.B, name string) {
	in, err := bigin.Named(name)
	if err != nil {
		b.Fatal(err)
	}
	_, base := openBig(b, in)
	for _, vc := range viewCases {
		b.Run(vc.name, func(b *testing.B) {
			m := base
			for _, k := range vc.setup {
				m, _ = m.Update(keyPress(k))
			}
			m.View()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				m, _ = m.Update(keyPress(vc.keys[i%len(vc.keys)]))
				_ = m.View()
				i++
			}
		})
	}
}

func BenchmarkViewBigWord(b *testing.B)   { benchView(b, "BigWord") }
func BenchmarkViewOneLine(b *testing.B)   { benchView(b, "OneLine") }
func BenchmarkViewSentences(b *testing.B) { benchView(b, "Sentences") }
func BenchmarkViewPlaces(b *testing.B)    { benchView(b, "Places") }

// BenchmarkViewHuge is a frame of the 60 MiB story: -benchtime 4x.
func BenchmarkViewHuge(b *testing.B) { benchView(b, "Huge") }

// benchOpen times opening a big input: Read, Parse, ui.New, first frame.
func benchOpen(b *testing.B, name string) {
	in, err := bigin.Named(name)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in.Text)))
	b.ReportAllocs()
	for b.Loop() {
		_, m := openBig(b, in)
		_ = m.View()
	}
}

func BenchmarkOpenBigWord(b *testing.B)   { benchOpen(b, "BigWord") }
func BenchmarkOpenOneLine(b *testing.B)   { benchOpen(b, "OneLine") }
func BenchmarkOpenSentences(b *testing.B) { benchOpen(b, "Sentences") }
func BenchmarkOpenPlaces(b *testing.B)    { benchOpen(b, "Places") }

// BenchmarkOpenHuge opens the 60 MiB story: run it with -benchtime 1x.
func BenchmarkOpenHuge(b *testing.B) { benchOpen(b, "Huge") }
