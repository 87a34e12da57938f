package ui

import (
	"charm.land/bubbles/v2/textinput"
)

// settle brings what follows from the state up to date, then draws the
// frame: the keymap of the state; the size and scroll of every pane in
// view, from the layout (a list keeps its cursor in view, text stays
// inside its lines); the article's layout and where a search or the
// selection wants its view; where the chips are. Update ends here whenever
// a message changed anything, and so does each key the tour presses.
//
// Only what the frame shows is fitted: a pane out of view keeps its window
// as it was until it is shown again.
func (m *Model) settle() {
	m.keys = m.memos.keys.get(keysIn{m.baseKeys, m.keyState()}, keyMapFor)
	m.relayout()
	if m.lay.Mode != modeTooSmall {
		m.fitPanes()
	}
	m.frame = m.drawFrame()
}

// fitPanes fits the panes in view to the layout.
func (m *Model) fitPanes() {
	m.chipHits = m.chips().hits
	b := m.lay.Main
	if m.showHelp {
		m.fitHelp(b.W-2, b.H-2)
		return
	}
	if m.view != viewStats {
		m.memos.dropStats()
	}
	switch m.view {
	case viewArticle:
		m.article.fit(m, b.W-2, b.H-2)
	case viewEntities:
		if m.caseOn() {
			m.fitCaseEntities(b.W-2, b.H-2)
			break
		}
		m.fitEntities(b)
	case viewStats:
		if m.caseOn() {
			m.fitCaseStats(b.W-2, b.H-2)
			break
		}
		m.fitStats(b.W-2, b.H-2)
	case viewSources:
		m.fitSources(b.W-2, b.H-2)
	default:
		l := m.lay
		if m.shows(paneFilters) {
			m.fitList(&m.filters.scrollList, searchFilters, l.Filters.W-2, l.Filters.H-2)
		}
		switch {
		case m.caseOn():
			if m.shows(paneTimeline) {
				m.fitCaseTimeline(l.Timeline.W-2, l.Timeline.H-2)
			}
			if m.shows(paneDetail) {
				m.fitCaseDetail(l.Detail)
			}
		default:
			if m.shows(paneTimeline) {
				m.fitTimeline(l.Timeline.W-2, l.Timeline.H-2)
			}
			if m.shows(paneDetail) {
				m.fitDetail(l.Detail)
			}
		}
	}
}

// fitList sizes list l, the rows of search target t, to an inner w×h, a
// line less while its search box is typed into (and that box to the
// width), and keeps its cursor in view.
func (m *Model) fitList(l *scrollList, t searchTarget, w, h int) {
	if m.searching(t) {
		h--
		m.fitSearchBox(w)
	}
	l.setHeight(h)
	l.follow()
}

// fitSearchBox sizes the search box to a list of inner width w.
func (m *Model) fitSearchBox(w int) {
	if w := max(w-2, 1); m.search.Width() != w {
		m.editSearch(func(s *textinput.Model) { s.SetWidth(w) })
	}
}
