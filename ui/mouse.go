package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// handleClick focuses the pane under the pointer and selects (timeline,
// entities) or toggles (filters) the row under it; a click on a chip
// removes that filter.
func (m *Model) handleClick(ms tea.Mouse) {
	if !m.mouse || m.lay.Mode == modeTooSmall || ms.Button != tea.MouseLeft {
		return
	}
	m.idle.touch()
	m.status = ""
	x, y := ms.X, ms.Y
	if y == 1 {
		for _, c := range m.chipHits {
			if x >= c.x0 && x < c.x1 {
				m.toggle(c.kind, c.value)
				return
			}
		}
	}
	if m.showHelp || m.searchOn {
		return
	}
	switch m.view {
	case viewEntities:
		if m.caseOn() {
			if i := m.cs.entities.top + y - m.lay.Main.Y - 1; y > m.lay.Main.Y && i < len(m.cs.entities.rows) {
				m.cs.entities.cur = i
			}
			return
		}
		listW, _ := m.entitiesSplit()
		m.entities.sideFocus = x >= listW
		if x < listW {
			m.entities.clickRow(m.story, m.entities.top+y-m.lay.Main.Y-1)
		}
		return
	case viewArticle:
		m.clickArticle(x-m.lay.Main.X-1-articleMargin, y-m.lay.Main.Y-1)
		return
	case viewTimeline:
	default:
		return
	}
	l := m.lay
	if l.Mode == modeNarrow && l.Tabs.contains(x, y) {
		if p, ok := tabAt(x); ok {
			m.focus = p
		}
		return
	}
	p, r, ok := m.paneAt(x, y)
	if !ok {
		return
	}
	m.focus = p
	row := y - r.Y - 1 // the top border
	if row < 0 || row >= r.H-2 {
		return
	}
	switch p {
	case paneFilters:
		if m.filters.clickRow(m.filters.top + row) {
			if v, ok := m.filters.current(); ok {
				m.toggle(v.kind, v.fv.Value)
			}
		}
	case paneTimeline:
		if m.caseOn() {
			if m.searching(searchTimeline) {
				row--
			}
			if row >= 0 {
				row /= m.caseRowLayout(m.lay.Timeline.W - 2).lines
			}
			if i := m.cs.list.top + row; row >= 0 && i < len(m.cs.shown) {
				m.cs.list.cur = i
				m.cs.syncEntry()
			}
			return
		}
		if i, ok := m.timeline.rowAtLine(row); ok {
			if r := m.timeline.row(i); r.event >= 0 {
				m.timeline.cur = i
				m.syncSelected()
			}
		}
	}
}

// clickArticle selects the event of the sentence at column x of line y
// of the article's window, when the timeline shows one.
func (m *Model) clickArticle(x, y int) {
	p := &m.article
	l := p.top + y
	if p.lay == nil || y < 0 || y >= p.height || l >= len(p.lay.lines) || x < 0 {
		return
	}
	ln := p.lay.lines[l]
	if ln.para < 0 {
		return
	}
	off := int(ln.a) + byteAtCell(m.story.Doc.Body[ln.a:ln.b], x)
	if ev := m.shownEventOf(sentenceAt(m.story, off)); ev >= 0 {
		p.onMatch = false // enter now goes to this sentence's event
		m.selectShown(ev)
	}
}

// byteAtCell is the byte offset in s of the cluster at cell x, the end of
// s when x is past it.
func byteAtCell(s string, x int) int {
	w := 0
	for i := 0; i < len(s); {
		cl, cw := ansi.FirstGraphemeCluster(s[i:], ansi.GraphemeWidth)
		if cl == "" || w+cw > x {
			return i
		}
		w += cw
		i += len(cl)
	}
	return len(s)
}

// paneAt returns the visible timeline-view pane under (x, y).
func (m *Model) paneAt(x, y int) (paneID, rect, bool) {
	l := m.lay
	if l.Mode == modeNarrow {
		r := l.Timeline
		return m.focus, r, r.contains(x, y)
	}
	for _, p := range []paneID{paneFilters, paneTimeline, paneDetail} {
		r := [...]rect{l.Filters, l.Timeline, l.Detail}[p]
		if r.contains(x, y) {
			return p, r, true
		}
	}
	return 0, rect{}, false
}

// handleWheel scrolls the pane under the pointer, focused or not: lists
// move their cursor a row, text scrolls three lines.
func (m *Model) handleWheel(ms tea.Mouse) {
	if !m.mouse || m.lay.Mode == modeTooSmall || m.searchOn {
		return
	}
	m.idle.touch()
	d := 0
	switch ms.Button {
	case tea.MouseWheelUp:
		d = -1
	case tea.MouseWheelDown:
		d = 1
	default:
		return
	}
	if m.showHelp {
		m.help.scrollBy(d)
		return
	}
	switch m.view {
	case viewArticle:
		m.move(3 * d)
		return
	case viewStats:
		if m.caseOn() {
			m.moveCaseFigure(d)
			return
		}
		m.stats.move(d, m.statsFigures().figures)
		return
	case viewSources:
		m.moveSource(d)
		return
	case viewEntities:
		if m.caseOn() {
			m.cs.entities.moveBy(d, nil)
			return
		}
		if listW, _ := m.entitiesSplit(); ms.X >= listW {
			m.entities.side.scrollBy(3 * d)
		} else {
			m.entities.move(m.story, d)
		}
		return
	}
	p, _, ok := m.paneAt(ms.X, ms.Y)
	if !ok {
		return
	}
	switch {
	case p == paneFilters:
		m.filters.move(d)
	case p == paneTimeline && m.caseOn():
		m.cs.moveEntry(d)
	case p == paneTimeline:
		m.timeline.move(d)
		m.syncSelected()
	case p == paneDetail && m.caseOn():
		m.cs.detail.scrollBy(3 * d)
	case p == paneDetail:
		m.detail.scrollBy(3 * d)
	}
}
