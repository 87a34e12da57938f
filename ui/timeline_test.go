package ui

import (
	"testing"

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
		p.setItems(st, items, -1)
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
