package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// benchModel is the real seed story at w×h, as `go run .` shows it.
func benchModel(b *testing.B, w, h int, opts Options) Model {
	return update(New(realStory(b), opts), tea.WindowSizeMsg{Width: w, Height: h})
}

func benchView(b *testing.B, w, h int) {
	m := benchModel(b, w, h, Options{Theme: "dark"})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkView140x40 is what Bubble Tea pays per frame at 140x40.
func BenchmarkView140x40(b *testing.B) { benchView(b, 140, 40) }

// BenchmarkView250x70 is the same on a big terminal.
func BenchmarkView250x70(b *testing.B) { benchView(b, 250, 70) }

// BenchmarkRender140x40 is the full redraw an Update does after a change
// (every pane, no cache hits but the story index).
func BenchmarkRender140x40(b *testing.B) {
	m := benchModel(b, 140, 40, Options{Theme: "dark"})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.memos = &memos{} // forget every drawing
		m.settle()
	}
}

// benchUpdate sends msgs in turn through Update, then View, per op.
func benchUpdate(b *testing.B, m Model, msgs ...tea.Msg) {
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		nm, _ := m.Update(msgs[i%len(msgs)])
		m = nm.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkMoveDown140x40 is a j (then k) press through Update and View.
func BenchmarkMoveDown140x40(b *testing.B) {
	benchUpdate(b, benchModel(b, 140, 40, Options{Theme: "dark"}), keyMsg("j"), keyMsg("k"))
}

// BenchmarkToggleFilter is a space on a filter value through Update and
// View: facet counts, filtering and the redraw.
func BenchmarkToggleFilter(b *testing.B) {
	benchUpdate(b, press(benchModel(b, 140, 40, Options{Theme: "dark"}), "1"), keyMsg("space"))
}

// BenchmarkResize is a window size change through Update and View.
func BenchmarkResize(b *testing.B) {
	benchUpdate(b, benchModel(b, 140, 40, Options{Theme: "dark"}),
		tea.WindowSizeMsg{Width: 140, Height: 40}, tea.WindowSizeMsg{Width: 120, Height: 35})
}

// BenchmarkNew is building a model with the story's index (the local app,
// once); BenchmarkPreparedNew a model of a prepared story (SSH: once per
// connection, the index shared).
func BenchmarkNew(b *testing.B) {
	st := realStory(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = New(st, Options{Theme: "dark"})
	}
}

func BenchmarkPreparedNew(b *testing.B) {
	prep := Prepare(realStory(b))
	b.ReportAllocs()
	for b.Loop() {
		_ = prep.New(Options{Theme: "dark"})
	}
}
