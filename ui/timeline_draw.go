package ui

import (
	"strings"

	"dossier/model"
)

// timelineCols is the widest of each column among the shown events: the
// date in the long and the short style, without a time of day (which can
// go on a line of its own) and with it, the summary and the where.
type timelineCols struct {
	long, short, longTime, shortTime int
	summary, where                   int
}

func newTimelineCols(ix *storyIndex, items []int) timelineCols {
	var c timelineCols
	for _, ev := range items {
		d := ix.dateLabelsOf(ev)
		c.long, c.short = max(c.long, d.longW), max(c.short, d.shortW)
		c.longTime, c.shortTime = max(c.longTime, cellWidth(d.long)), max(c.shortTime, cellWidth(d.short))
		c.summary = max(c.summary, int(ix.sumW[ev]))
		c.where = max(c.where, int(ix.whereW[ev]))
	}
	return c
}

// timelineLayout is the columns at one inner width: the date column, in
// the long style or not, the summary and the where (0: not shown).
type timelineLayout struct {
	w                int
	long             bool
	date, sum, where int
}

// timelineGaps is the cells a row spends outside its columns: the cursor
// mark, the "~" of a date from context, and two spaces after the date.
const timelineGaps = 4

// timelineMinWhere is the narrowest where column worth showing.
const timelineMinWhere = 8

// maxRowLines is how many lines a summary may wrap to before it is cut:
// a summary is a clause, but an event without one shows its sentence.
const maxRowLines = 6

// layout spends the width on what the reader came for first: the summary
// whole on one line, then a column saying where, then the weekday of the
// long dates, then a time of day on its date's line. What does not fit is
// dropped in the reverse order, and a summary still wider than its column
// wraps.
func (c timelineCols) layout(w int) timelineLayout {
	l := timelineLayout{w: w, date: min(c.short, max(w/3, 4))}
	rest := func() int { return w - timelineGaps - l.date - l.where - min(l.where, 2) }
	if ww := min(c.where, w/4); ww >= timelineMinWhere && rest()-ww-2 >= c.summary {
		l.where = ww
	}
	if extra := c.long - c.short; extra > 0 && w >= 60 && rest()-extra >= c.summary {
		l.long, l.date = true, c.long
	}
	full := c.shortTime
	if l.long {
		full = c.longTime
	}
	if extra := full - l.date; extra > 0 && w >= 60 && rest()-extra >= c.summary {
		l.date = full
	}
	l.sum = max(rest(), 1)
	return l
}

// rowLines is how many lines row r takes at the pane's layout.
func (p *timelinePane) rowLines(r int) int {
	row := p.row(r)
	if row.event < 0 {
		return 1
	}
	n := 1
	if int(p.ix.sumW[row.event]) > p.lay.sum {
		n = min(len(wrapRanges(p.ix.summary(row.event), p.lay.sum)), maxRowLines)
	}
	if d := p.dateOf(row.event); cellWidth(d) > p.lay.date {
		n = max(n, len(wrapRanges(d, max(p.lay.date, 1))))
	}
	return n
}

// dateOf is event ev's date label in the layout's style.
func (p *timelinePane) dateOf(ev int) string { return p.ix.date(ev, p.lay.long) }

// view draws the pane's rows in view, the search box first while it is
// typed into; more reports rows out of view.
func (p *timelinePane) view(m *Model, focused bool, searchLine string) (out []string, more bool) {
	st := m.styles
	w := p.lay.w
	out = make([]string, 0, p.height+1)
	if searchLine != "" {
		out = append(out, searchLine)
	}
	if p.total == 0 {
		switch {
		case len(m.story.Events) == 0:
			return append(out, "", st.Muted.Render(center("The story reports no events.", w))), false
		case p.query != "" && len(m.filtered.shown) > 0:
			return append(out, "", st.Muted.Render(center("No event matches /"+p.query, w)),
				st.Muted.Render(center("esc clears the search", w))), false
		}
		return append(out, "", st.Muted.Render(center("No events match the filters.", w)),
			st.Muted.Render(center("x clears them", w))), false
	}
	budget := len(out) + p.height
	pos := p.pos()
	r := p.top
	for ; r < p.total && len(out) < budget; r++ {
		row := p.row(r)
		if row.event < 0 {
			out = append(out, " "+st.Section.Render("Undated")+" "+st.Faint.Render(strings.Repeat("─", max(w-9, 0))))
			continue
		}
		lines := p.drawEvent(m, row.event, row.itemPos == pos, focused)
		if len(out)+len(lines) > budget {
			lines, more = lines[:budget-len(out)], true
		}
		out = append(out, lines...)
	}
	return out, more || p.top > 0 || r < p.total
}

// drawEvent draws an event's lines: the date (its time of day below it
// when the column is narrower), the summary wrapped to its column with the
// search's matches marked, and where, on the first line.
func (p *timelinePane) drawEvent(m *Model, ev int, cursor, focused bool) []string {
	st, lay := m.styles, p.lay
	base := Style{}
	if cursor {
		base = st.CursorOff
		if focused {
			base = st.Cursor
		}
	}
	date := p.dateOf(ev)
	dateR := wrapRanges(date, max(lay.date, 1))
	if date == "" || lay.date == 0 {
		dateR = nil
	}
	sum := m.summary(ev)
	sumR := wrapRanges(sum, lay.sum)
	if len(sumR) > maxRowLines {
		sumR = sumR[:maxRowLines]
		sumR[maxRowLines-1][1] = len(sum)
	}
	q := p.query
	n := max(len(dateR), len(sumR))
	dateStyle, whereStyle, ctxStyle := st.Date, st.Muted, st.Context
	if cursor {
		dateStyle, whereStyle, ctxStyle = base, base, base
	}
	out := make([]string, n)
	for i := range out {
		var b spans
		mark, ctx := " ", " "
		if i == 0 {
			if cursor {
				mark = "▸"
			}
			if m.story.Events[ev].Date.Basis == model.BasisContext {
				ctx = "~"
			}
		}
		b.add(base, mark)
		b.add(ctxStyle, ctx)
		dpart := ""
		if i < len(dateR) {
			dpart = date[dateR[i][0]:dateR[i][1]]
		}
		addMatches(&b, dpart, q, lay.date, dateStyle, st.Match)
		b.add(base, "  ")
		spart := ""
		if i < len(sumR) {
			spart = sum[sumR[i][0]:sumR[i][1]]
		}
		addMatches(&b, spart, q, lay.sum, base, st.Match)
		if lay.where > 0 {
			where := ""
			if i == 0 {
				where = m.ix.where(ev)
			}
			b.add(base, "  ")
			b.add(whereStyle, padRight(where, lay.where))
		}
		out[i] = fit(b.String(), lay.w)
	}
	return out
}

// addMatches adds plain text cut or padded to w cells in style base, with
// the case-insensitive matches of q in style match.
func addMatches(b *spans, text, q string, w int, base, match Style) {
	text = padRight(text, w)
	at := 0
	if q != "" {
		for _, r := range findFold(text, q) {
			b.add(base, text[at:r[0]])
			b.add(match, text[r[0]:r[1]])
			at = r[1]
		}
	}
	b.add(base, text[at:])
}

// summary is an event's one-line summary, its sentence when it has none.
func (m *Model) summary(ev int) string { return m.ix.summary(ev) }

// timelineBox is the pane in its box of r, with the cursor's position at
// the bottom when the events overflow it.
func (m *Model) timelineBox(r rect) []string {
	focused := m.focus == paneTimeline
	lines, more := m.timeline.view(m, focused, m.searchLine(searchTimeline))
	note := ""
	if more {
		note = itoa(m.timeline.pos()+1) + "/" + itoa(len(m.timeline.items))
	}
	return box(m.styles, r.W, r.H, m.timeline.title(len(m.story.Events)), note, focused, lines)
}
