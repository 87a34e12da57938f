package ui

import "sort"

// scrollList is the one scrolling list of the app: total rows, height of
// them in view from row top. Every pane that scrolls is one.
//
// A list with a cursor (filters, timeline, entities) moves its cursor row
// with moveBy and keeps it in view with follow; text (the event, the
// article, stats, help, mentions) is a list of lines without a cursor that
// moves its window with scrollBy and stays inside its rows with clamp. The
// pane gives the list its length (setTotal) and, from the layout, its
// height (setHeight), then calls follow or clamp: a resize or a shorter
// list never leaves the window past the end.
//
// It holds four numbers and no rows: the panes draw only the rows in view,
// from their data (the timeline works its rows out, the article's lines
// are ranges of the body), so they need the arithmetic of a window, not a
// holder of drawn content with keys of its own as bubbles' viewport is.
// And the value stays small in the model Bubble Tea copies on every
// message.
type scrollList struct {
	cur    int // the cursor row of a list with one, -1 when it has no row to be on; text leaves it alone
	top    int // first row in view
	height int // rows in view
	total  int // rows in all
	// overscroll lets the window move on until only the last row is in
	// view, not only until the last row reaches the bottom.
	overscroll bool
}

// bigStep stands for "as far as it goes" in a move.
const bigStep = 1 << 30

// setTotal records how many rows the list has.
func (l *scrollList) setTotal(n int) { l.total = max(n, 0) }

// setHeight records how many rows are in view.
func (l *scrollList) setHeight(h int) { l.height = max(h, 0) }

// maxTop is the last first row the window may start at.
func (l *scrollList) maxTop() int {
	if l.overscroll {
		return max(l.total-1, 0)
	}
	return max(l.total-l.height, 0)
}

// clamp keeps the window inside the rows.
func (l *scrollList) clamp() { l.top = clamp(l.top, 0, l.maxTop()) }

// scrollBy moves the window d rows, as far as it goes.
func (l *scrollList) scrollBy(d int) {
	l.top += d
	l.clamp()
}

// reveal scrolls so row is in view, a third of the way down when the
// window has to move.
func (l *scrollList) reveal(row int) {
	if row >= l.top && row < l.top+l.height {
		return
	}
	l.top = row - l.height/3
	l.clamp()
}

// moveBy moves the cursor by d rows that selectable accepts (nil: every
// row), stopping at either end; a list without a cursor does not move.
func (l *scrollList) moveBy(d int, selectable func(row int) bool) {
	if l.cur < 0 || d == 0 {
		return
	}
	ok := func(r int) bool { return selectable == nil || selectable(r) }
	step := 1
	if d < 0 {
		step, d = -1, -d
	}
	if d >= l.total {
		// As far as it goes: the farthest selectable row that way.
		end := l.total - 1
		if step < 0 {
			end = 0
		}
		for r := end; r != l.cur; r -= step {
			if ok(r) {
				l.cur = r
				return
			}
		}
		return
	}
	for ; d > 0; d-- {
		next := -1
		for r := l.cur + step; r >= 0 && r < l.total; r += step {
			if ok(r) {
				next = r
				break
			}
		}
		if next < 0 {
			return
		}
		l.cur = next
	}
}

// follow keeps the cursor row in view with a little context above and
// below, moving the window as little as possible. Without a cursor it
// keeps the first row in view.
func (l *scrollList) follow() {
	l.top = scrollTo(l.top, max(l.cur, 0), l.height, l.total)
}

// window is the rows in view: [from, to).
func (l *scrollList) window() (from, to int) {
	from = clamp(l.top, 0, l.total)
	return from, clamp(l.top+l.height, from, l.total)
}

// overflows reports whether some rows are out of view.
func (l *scrollList) overflows() bool { return l.total > l.height }

// valueNote is the position of the cursor among the rows that are values,
// "3/27", when the rows overflow room: heads is the rows that are not (the
// section headings), in order.
func (l *scrollList) valueNote(room int, heads []int32) string {
	if l.total <= room || l.cur < 0 {
		return ""
	}
	before := sort.Search(len(heads), func(i int) bool { return int(heads[i]) >= l.cur })
	return itoa(l.cur-before+1) + "/" + itoa(l.total-len(heads))
}

// rangeNote is the rows in view, "1–6 of 40", when they overflow.
func (l *scrollList) rangeNote() string {
	if !l.overflows() {
		return ""
	}
	from, to := l.window()
	return itoa(from+1) + "–" + itoa(to) + " of " + itoa(l.total)
}

// percent is how far down the window is, 0 to 100; 100 when it shows
// every row.
func (l *scrollList) percent() int {
	if !l.overflows() {
		return 100
	}
	return int(float64(l.top)/float64(l.total-l.height)*100 + 0.5)
}

// scrollTo returns the first visible row that keeps row cur in view with a
// little context above and below, moving the window as little as possible.
func scrollTo(offset, cur, height, total int) int {
	if height <= 0 || total <= height {
		return 0
	}
	margin := min(2, (height-1)/2)
	if cur-margin < offset {
		offset = cur - margin
	}
	if cur+margin >= offset+height {
		offset = cur + margin - height + 1
	}
	return clamp(offset, 0, total-height)
}

// window returns rows[offset:offset+h], clamped, with no room to append
// into: rows may be a memoised drawing.
func window[T any](rows []T, offset, h int) []T {
	if offset < 0 {
		offset = 0
	}
	if offset > len(rows) {
		offset = len(rows)
	}
	end := max(min(offset+h, len(rows)), offset)
	return rows[offset:end:end]
}
