package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestHeaderSaysWhenTheDateIsUnknown: a story without a publication date
// says so where the date would be, so a reader knows why its relative
// dates stay undated; a dated story shows its day.
func TestHeaderSaysWhenTheDateIsUnknown(t *testing.T) {
	for _, w := range []int{80, 120} {
		st := fixtureStory(t)
		dated := update(New(st, Options{}), tea.WindowSizeMsg{Width: w, Height: 30})
		if h := ansi.Strip(dated.headerLine(w)); !strings.HasSuffix(h, "AP · Brussels · Tue 9 Mar 2021 ") || strings.Contains(h, "date unknown") {
			t.Errorf("%d columns, dated: %q", w, h)
		}
		st.Doc.Published = time.Time{}
		undated := update(New(st, Options{}), tea.WindowSizeMsg{Width: w, Height: 30})
		if h := ansi.Strip(undated.headerLine(w)); !strings.HasSuffix(h, "AP · Brussels · date unknown ") {
			t.Errorf("%d columns, undated: %q", w, h)
		}
	}
}
