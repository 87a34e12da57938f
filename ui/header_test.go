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

// TestHeaderKeepsTheDate: when source, dateline and date do not all fit
// beside the title, the dateline goes first, then the source; the date
// stays while the title keeps 20 columns.
func TestHeaderKeepsTheDate(t *testing.T) {
	st := fixtureStory(t)
	st.Doc.Title = "Dutch customs seize 8 tonnes of cocaine hidden in banana crates at Rotterdam"
	st.Doc.Source = "Harbour Wire"
	st.Doc.Dateline = "ROTTERDAM, Netherlands"
	for _, tt := range []struct {
		w    int
		want string
	}{
		{120, "Harbour Wire · Rotterdam, Netherlands · Tue 9 Mar 2021 "},
		{80, "Harbour Wire · Tue 9 Mar 2021 "},
		{50, "Tue 9 Mar 2021 "},
	} {
		m := update(New(st, Options{}), tea.WindowSizeMsg{Width: tt.w, Height: 30})
		h := ansi.Strip(m.headerLine(tt.w))
		if !strings.HasSuffix(h, "…  "+tt.want) && !strings.HasSuffix(h, "… "+tt.want) || !strings.Contains(h, "Dutch customs") {
			t.Errorf("%d columns: %q, want it to end with %q", tt.w, h, tt.want)
		}
	}
	m := update(New(st, Options{}), tea.WindowSizeMsg{Width: 30, Height: 30})
	if h := ansi.Strip(m.headerLine(30)); strings.Contains(h, "2021") {
		t.Errorf("30 columns: %q, want the title alone", h)
	}
}

func TestTitleCaseDatelines(t *testing.T) {
	for in, want := range map[string]string{
		"BRUSSELS":               "Brussels",
		"ROTTERDAM, Netherlands": "Rotterdam, Netherlands",
		"FORT LAUDERDALE, Fla.":  "Fort Lauderdale, Fla.",
		"WASHINGTON, D.C.":       "Washington, D.C.",
		"The Hague":              "The Hague",
		"ST. JOHN'S":             "St. John's",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}
