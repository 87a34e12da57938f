package ui

import (
	"sort"
	"strings"

	"dossier/model"
)

// timelinePane lists the shown events in date order, undated ones last
// under their own heading.
type timelinePane struct {
	scrollList       // over the rows: the items and the "Undated" heading
	items      []int // indices into Story.Events: shown by the filters and the search
	// undatedAt is the position in items of the first undated event, and
	// so the row of the "Undated" heading; len(items) when there is none.
	undatedAt int
	query     string
}

// timelineRow is one drawn row: an event or the "Undated" heading.
type timelineRow struct {
	event   int // index into Story.Events, -1 for the heading
	itemPos int // index into items
}

// rowCount is how many rows the items take: one each, and the "Undated"
// heading before the first undated event. Rows are worked out from
// undatedAt, not laid out: a frame draws a window of them.
func (p *timelinePane) rowCount() int {
	if p.undatedAt < len(p.items) {
		return len(p.items) + 1
	}
	return len(p.items)
}

// row is drawn row r, for 0 <= r < rowCount().
func (p *timelinePane) row(r int) timelineRow {
	switch {
	case r < p.undatedAt:
		return timelineRow{event: p.items[r], itemPos: r}
	case r == p.undatedAt:
		return timelineRow{event: -1}
	}
	return timelineRow{event: p.items[r-1], itemPos: r - 1}
}

func undated(e model.Event) bool {
	return e.Date.Precision == model.PrecisionUnknown || e.Date.Start == nil && e.Date.End == nil
}

// rowOf returns the row index of item position pos.
func (p *timelinePane) rowOf(pos int) int {
	switch {
	case pos < 0 || pos >= len(p.items):
		return 0
	case pos >= p.undatedAt:
		return pos + 1
	}
	return pos
}

// isEvent reports whether row r is an event, not the heading.
func (p *timelinePane) isEvent(r int) bool { return r != p.undatedAt || p.undatedAt == len(p.items) }

// pos is the cursor's index into items, -1 when items is empty.
func (p *timelinePane) pos() int {
	if p.cur > p.undatedAt && p.undatedAt < len(p.items) {
		return p.cur - 1
	}
	return p.cur
}

// current returns the selected event, or -1.
func (p *timelinePane) current() int {
	if pos := p.pos(); pos >= 0 && pos < len(p.items) {
		return p.items[pos]
	}
	return -1
}

// setItems replaces the items and puts the cursor on want if it is still
// there, else on the nearest shown event in timeline order.
func (p *timelinePane) setItems(st *model.Story, items []int, want int) {
	old := p.pos()
	p.items = items
	p.undatedAt = len(items)
	for i, ev := range items {
		if undated(st.Events[ev]) {
			p.undatedAt = i
			break
		}
	}
	p.setTotal(p.rowCount())
	if len(items) == 0 {
		p.cur = -1
		return
	}
	p.cur = p.rowOf(p.nearest(old, want))
}

// nearest is the position in items of event want, or of the nearest
// event in timeline order; with no event wanted, position old, kept in
// range.
func (p *timelinePane) nearest(old, want int) int {
	items := p.items
	if want < 0 {
		return clamp(old, 0, len(items)-1)
	}
	i := sort.SearchInts(items, want)
	switch {
	case i == len(items):
		return i - 1
	case items[i] == want || i == 0:
		return i
	case want-items[i-1] < items[i]-want:
		return i - 1
	}
	return i
}

// move moves the cursor by delta events.
func (p *timelinePane) move(delta int) {
	if len(p.items) == 0 {
		return
	}
	p.moveBy(delta, p.isEvent)
}

// title is the pane title: "Timeline 14 of 17".
func (p *timelinePane) title(total int) string {
	t := "Timeline " + itoa(len(p.items)) + " of " + itoa(total)
	if p.query != "" {
		t += " /" + p.query
	}
	return t
}

// timelineCols is the width of the date column for the long and the short
// date style, fixed per story so columns do not jump as filters change.
type timelineCols struct{ long, short int }

func newTimelineCols(ix *storyIndex) timelineCols {
	var c timelineCols
	for _, d := range ix.dates {
		c.long = max(c.long, cellWidth(d.long))
		c.short = max(c.short, cellWidth(d.short))
	}
	return c
}

// view draws the pane's rows in view for an inner width of w.
func (p *timelinePane) view(m *Model, w int, focused bool, searchLine string) []string {
	st := m.styles
	pos := p.pos()
	long := w >= 60
	dw := m.cols.short
	if long {
		dw = m.cols.long
	}
	dw = min(dw, max(w/3, 4))
	// Wide panes get a right-hand column saying where each event happened.
	whereW := 0
	if w >= 90 {
		whereW = min(m.ix.whereW, w/4)
	}
	out := make([]string, 0, p.height+1)
	if searchLine != "" {
		out = append(out, searchLine)
	}
	if p.total == 0 {
		switch {
		case len(m.story.Events) == 0:
			return append(out, "", st.Muted.Render(center("The story reports no events.", w)))
		case p.query != "" && len(m.filtered.shown) > 0:
			return append(out, "", st.Muted.Render(center("No event matches /"+p.query, w)),
				st.Muted.Render(center("esc clears the search", w)))
		}
		return append(out, "", st.Muted.Render(center("No events match the filters.", w)),
			st.Muted.Render(center("x clears them", w)))
	}
	from, to := p.window()
	for i := from; i < to; i++ {
		r := p.row(i)
		if r.event < 0 {
			out = append(out, " "+st.Section.Render("Undated")+" "+st.Faint.Render(strings.Repeat("─", max(w-9, 0))))
			continue
		}
		cursor := r.itemPos == pos
		mark, ctx := " ", " "
		if cursor {
			mark = "▸"
		}
		if m.story.Events[r.event].Date.Basis == model.BasisContext {
			ctx = "~"
		}
		date := padRight(m.ix.date(r.event, long), dw)
		sumW := max(w-dw-4, 1)
		where := ""
		if whereW > 0 {
			where = ellipsis(m.ix.where(r.event), whereW)
			sumW -= whereW + 2
		}
		sum := padRight(m.summary(r.event), sumW)
		if where != "" {
			sum += "  " + padRight(where, whereW)
		}
		if cursor {
			s := st.CursorOff
			if focused {
				s = st.Cursor
			}
			out = append(out, s.Render(fit(mark+ctx+date+"  "+sum, w)))
			continue
		}
		if where != "" {
			// Colour only the where column; the cursor row stays one style.
			cut := len(sum) - len(padRight(where, whereW))
			out = append(out, mark+st.Context.Render(ctx)+st.Date.Render(date)+"  "+sum[:cut]+st.Muted.Render(sum[cut:]))
			continue
		}
		out = append(out, mark+st.Context.Render(ctx)+st.Date.Render(date)+"  "+sum)
	}
	return out
}

// summary is an event's one-line summary, its sentence when it has none.
func (m *Model) summary(ev int) string { return m.ix.summary(ev) }

// timelineBox is the pane in its box of r, with the cursor's position at
// the bottom when the events overflow it.
func (m *Model) timelineBox(r rect) []string {
	focused := m.focus == paneTimeline
	lines := m.timeline.view(m, r.W-2, focused, m.searchLine(searchTimeline))
	note := countNote(m.timeline.pos(), len(m.timeline.items), r.H-2)
	return box(m.styles, r.W, r.H, m.timeline.title(len(m.story.Events)), note, focused, lines)
}
