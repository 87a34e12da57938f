package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dossier/model"
)

// The timeline's rows are worked out, not laid out: every row, and the row
// of every item, must be what laying them out gives (the "Undated" heading
// before the first undated event), for any set of shown events.
func TestTimelineRowsMatchTheLayout(t *testing.T) {
	day := "2021-03-09"
	st := &model.Story{}
	for i := range 8 {
		e := model.Event{ID: i + 1, Sentence: i + 1, Date: model.Date{Precision: model.PrecisionUnknown}}
		if i < 5 {
			e.Date = model.Date{Start: &day, End: &day, Precision: model.PrecisionDay}
		}
		st.Events = append(st.Events, e)
	}
	for _, items := range [][]int{nil, {0, 1, 2}, {5, 6, 7}, {0, 4, 5, 7}, {0, 1, 2, 3, 4, 5, 6, 7}, {6}} {
		var want []timelineRow // the layout, as drawn
		headed := false
		for i, ev := range items {
			if !headed && undated(st.Events[ev]) {
				want = append(want, timelineRow{event: -1})
				headed = true
			}
			want = append(want, timelineRow{event: ev, itemPos: i})
		}
		var p timelinePane
		p.setItems(st, newStoryIndex(st), items, -1)
		if p.rowCount() != len(want) {
			t.Fatalf("items %v: %d rows, want %d", items, p.rowCount(), len(want))
		}
		for r, w := range want {
			if got := p.row(r); got != w {
				t.Errorf("items %v: row %d = %+v, want %+v", items, r, got, w)
			}
			if w.event >= 0 && p.rowOf(w.itemPos) != r {
				t.Errorf("items %v: rowOf(%d) = %d, want %d", items, w.itemPos, p.rowOf(w.itemPos), r)
			}
		}
	}
}

// Every summary shows whole, wrapped to its column, at the sizes a reader
// uses: nothing is cut, and where a summary wraps no column beside it
// takes room it could have had (the where column and the weekday go
// first).
func TestTimelineSummariesShowWhole(t *testing.T) {
	st := realStory(t)
	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}, {140, 40}, {200, 60}, {60, 20}} {
		m := update(New(st, Options{}), tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		m = press(m, "2")
		p := &m.timeline
		lay := p.lay
		for _, ev := range p.items {
			lines := p.drawEvent(&m, ev, false, false)
			from := 2 + lay.date + 2
			var got []string
			for _, l := range lines {
				cells := []rune(ansi.Strip(l))
				got = append(got, strings.TrimSpace(string(cells[from:from+lay.sum])))
			}
			sum := m.summary(ev)
			if strings.Join(strings.Fields(strings.Join(got, " ")), " ") != strings.Join(strings.Fields(sum), " ") {
				t.Errorf("%dx%d: event %d shows %q, want %q", size[0], size[1], ev, got, sum)
			}
			if len(wrapRanges(sum, lay.sum)) > 1 && (lay.where > 0 || lay.long) {
				t.Errorf("%dx%d: %q wraps while the layout keeps where %d, long %v", size[0], size[1], sum, lay.where, lay.long)
			}
		}
	}
}

// The columns go to the summary first, then to where, then to the
// weekday; and the date column is as wide as the dates shown, a time of
// day on a line of its own.
func TestTimelineLayoutSpendsWidthOnTheSummary(t *testing.T) {
	c := timelineCols{long: 17, short: 10, longTime: 20, shortTime: 16, summary: 60, where: 20}
	for _, tc := range []struct {
		w    int
		want timelineLayout
	}{
		{53, timelineLayout{w: 53, date: 10, sum: 39}},
		{80, timelineLayout{w: 80, date: 16, sum: 60}},                          // the time of day fits; where does not
		{96, timelineLayout{w: 96, date: 10, where: 20, sum: 60}},               // where first, then no room for more
		{104, timelineLayout{w: 104, long: true, date: 17, where: 20, sum: 61}}, // where and the weekday
		{110, timelineLayout{w: 110, long: true, date: 20, where: 20, sum: 64}}, // and the time of day on its date's line
	} {
		if got := c.layout(tc.w); got != tc.want {
			t.Errorf("layout(%d) = %+v, want %+v", tc.w, got, tc.want)
		}
	}
	st := realStory(t)
	m := update(New(st, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
	if m.timeline.cols.short != len("9 Mar 2021") {
		t.Errorf("date column %d wide, want the widest date without its time", m.timeline.cols.short)
	}
}
