package ui

import (
	"sort"

	"dossier/model"
)

// timelinePane lists the shown events in date order, undated ones last
// under their own heading. A row is an event (or the heading) and may take
// several lines: a summary that does not fit its column wraps rather than
// being cut, so the list's window is in rows and its height in lines.
type timelinePane struct {
	scrollList       // over the rows: the items and the "Undated" heading; height in lines
	items      []int // indices into Story.Events: shown by the filters and the search
	// undatedAt is the position in items of the first undated event, and
	// so the row of the "Undated" heading; len(items) when there is none.
	undatedAt int
	query     string
	cols      timelineCols   // the widest of each column among the items
	lay       timelineLayout // the columns at the pane's width (fitTimeline)
	st        *model.Story
	ix        *storyIndex
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
// there, else on the first of them: a filter or a search that hides the
// selected event starts the reader at the top of what it leaves.
func (p *timelinePane) setItems(st *model.Story, ix *storyIndex, items []int, want int) {
	old := p.pos()
	p.st, p.ix = st, ix
	p.items = items
	p.undatedAt = len(items)
	for i, ev := range items {
		if undated(st.Events[ev]) {
			p.undatedAt = i
			break
		}
	}
	p.cols = newTimelineCols(ix, items)
	p.setTotal(p.rowCount())
	if len(items) == 0 {
		p.cur = -1
		return
	}
	p.cur = p.rowOf(p.find(old, want))
}

// find is the position in items of event want, or 0 when it is not there;
// with no event wanted, position old, kept in range.
func (p *timelinePane) find(old, want int) int {
	if want < 0 {
		return clamp(old, 0, len(p.items)-1)
	}
	if p.shows(want) {
		return sort.SearchInts(p.items, want)
	}
	return 0
}

// selectEvent puts the cursor on event ev if it is shown.
func (p *timelinePane) selectEvent(ev int) bool {
	if !p.shows(ev) {
		return false
	}
	p.cur = p.rowOf(sort.SearchInts(p.items, ev))
	return true
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

// fitTimeline sizes the pane to an inner w×h (a line less while its search
// box is typed into), lays its columns out for the width and keeps the
// cursor's row, and a row of context either side, in view.
func (m *Model) fitTimeline(w, h int) {
	p := &m.timeline
	if m.searching(searchTimeline) {
		h--
		m.fitSearchBox(w)
	}
	p.setHeight(h)
	p.lay = p.cols.layout(w)
	p.followRows()
}

// followRows moves the window as little as possible to show the cursor's
// whole row with a row of context either side, and leaves no empty lines
// at the bottom while rows above are out of view.
func (p *timelinePane) followRows() {
	if p.total == 0 || p.height <= 0 {
		p.top = 0
		return
	}
	cur := max(p.cur, 0)
	p.top = clamp(p.top, 0, p.total-1)
	if cur-1 < p.top {
		p.top = max(cur-1, 0)
	}
	end := min(cur+1, p.total-1)
	// Every row takes a line at least, so a top more than a window above
	// the end never fits: start there rather than walk to it.
	p.top = max(p.top, min(end+1-p.height, cur))
	for p.top < cur && p.linesFrom(p.top, end, p.height+1) > p.height {
		p.top++
	}
	for p.top > 0 && p.linesFrom(p.top-1, p.total-1, p.height+1) <= p.height {
		p.top--
	}
}

// linesFrom is the lines rows from..to take, counting no further than
// limit.
func (p *timelinePane) linesFrom(from, to, limit int) int {
	n := 0
	for r := from; r <= to && n < limit; r++ {
		n += p.rowLines(r)
	}
	return n
}

// rowsInView is how many rows start inside the window.
func (p *timelinePane) rowsInView() int {
	n, lines := 0, 0
	for r := p.top; r < p.total && lines < p.height; r++ {
		lines += p.rowLines(r)
		n++
	}
	return n
}

// rowAtLine is the row drawn on line y of the window, or false.
func (p *timelinePane) rowAtLine(y int) (int, bool) {
	lines := 0
	for r := p.top; r < p.total && lines < p.height; r++ {
		lines += p.rowLines(r)
		if y < lines {
			return r, y >= 0
		}
	}
	return 0, false
}
