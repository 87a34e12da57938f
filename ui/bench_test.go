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
		m.themeGen++ // invalidate the drawn caches
		m.refresh()
	}
}

// BenchmarkMoveDown140x40 is a j press through Update and View.
func BenchmarkMoveDown140x40(b *testing.B) {
	m := benchModel(b, 140, 40, Options{Theme: "dark"})
	keys := []tea.KeyPressMsg{keyMsg("j"), keyMsg("k")}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		nm, _ := m.Update(keys[i%2])
		m = nm.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkToggleFilter is a space on a filter value through Update and
// View: facet counts, filtering and the redraw.
func BenchmarkToggleFilter(b *testing.B) {
	m := benchModel(b, 140, 40, Options{Theme: "dark"})
	m = press(m, "1")
	space := keyMsg("space")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		nm, _ := m.Update(space)
		m = nm.(Model)
		_ = m.View()
	}
}

// BenchmarkResize is a window size change through Update and View.
func BenchmarkResize(b *testing.B) {
	m := benchModel(b, 140, 40, Options{Theme: "dark"})
	sizes := []tea.WindowSizeMsg{{Width: 140, Height: 40}, {Width: 120, Height: 35}}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		nm, _ := m.Update(sizes[i%2])
		m = nm.(Model)
		_ = m.View()
		i++
	}
}

// BenchmarkNew is building a session's model (SSH: once per connection).
func BenchmarkNew(b *testing.B) {
	st := realStory(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = New(st, Options{Theme: "dark"})
	}
}
