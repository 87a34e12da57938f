package ui

import (
	"charm.land/bubbles/v2/textinput"

	"dossier/model"
)

// applyTheme rebuilds the styles, and the search box's with them.
func (m *Model) applyTheme() {
	st := NewStyles(m.isDark, m.opts.NoColor)
	m.styles = &st
	m.editSearch(func(s *textinput.Model) { s.SetStyles(m.styles.inputStyles()) })
}

// applySelection recomputes everything the filters decide: the shown
// events, every facet's counts, the timeline and the entity index. It runs
// once per toggle, never per frame.
func (m *Model) applySelection() {
	m.sel = m.sel.Clone()
	shown, facets := m.ix.facets.Apply(m.sel)
	m.filtered = &filtered{sel: m.sel, shown: shown}
	if m.caseOn() {
		m.applyCaseSelection()
	} else {
		m.filters.setFacets(facets)
	}
	m.rebuildTimeline()
}

// rebuildTimeline applies the timeline search to the shown events and keeps
// the selected event, or moves to the nearest shown one.
func (m *Model) rebuildTimeline() {
	items := m.filtered.shown
	if q := m.timeline.query; q != "" {
		items = make([]int, 0, len(items))
		for _, ev := range m.filtered.shown {
			if m.eventMatches(ev, q) {
				items = append(items, ev)
			}
		}
	}
	m.timeline.setItems(m.story, m.ix, items, m.selEvent)
	m.syncSelected()
}

// syncSelected records the timeline cursor's event as the selection; with
// nothing shown, the old selection is kept so it comes back with the events.
func (m *Model) syncSelected() {
	if ev := m.timeline.current(); ev >= 0 && ev != m.selEvent {
		m.selEvent = ev
		m.article.follow = true
	}
}

// eventMatches is the timeline search: summary, sentence and date label.
// It runs on every event for every letter typed, so it reads the labels
// the index drew once.
func (m *Model) eventMatches(ev int, q string) bool {
	date := m.ix.date(ev, true)
	if date == "" {
		date = "undated"
	}
	if containsFold(m.summary(ev), q) || containsFold(date, q) {
		return true
	}
	s, ok := m.ix.sentenceOf(m.story, m.story.Events[ev].Sentence)
	return ok && containsFold(s.Text, q)
}

// toggle flips one filter value.
func (m *Model) toggle(k model.Kind, v string) {
	if m.caseOn() {
		m.cs.sel = m.cs.sel.Toggle(k, v)
		m.applyCaseSelection()
		return
	}
	m.sel = m.sel.Toggle(k, v)
	m.applySelection()
}

// clearFilters removes every filter.
func (m *Model) clearFilters() {
	if m.caseOn() {
		m.cs.sel = model.Selection{}
		m.applyCaseSelection()
		return
	}
	m.sel = model.Selection{}
	m.applySelection()
}

// keyState is what decides which bindings act now.
func (m *Model) keyState() keyState {
	s := keyState{
		view:       m.view,
		focus:      m.focus,
		searching:  m.searchOn,
		hasFilters: !m.sel.Empty(),
		canOpen:    m.timeline.current() >= 0,
		hasMatches: m.article.matchCount() > 0,
	}
	if m.caseOn() {
		s.isCase, s.articles = true, len(m.cs.p.preps)
		s.hasFilters = !m.cs.sel.Empty()
		if m.view == viewTimeline {
			s.canOpen = m.cs.current() >= 0
		}
	}
	switch m.view {
	case viewTimeline:
		switch m.focus {
		case paneFilters:
			_, s.canToggle = m.filters.current()
			s.hasQuery = m.filters.query != ""
			s.canScroll = s.canToggle
		case paneTimeline:
			s.hasQuery = m.timeline.query != ""
			s.canScroll = len(m.timeline.items) > 0
			if m.caseOn() {
				s.hasQuery, s.canScroll = m.cs.query != "", len(m.cs.shown) > 0
			}
		case paneDetail:
			s.canScroll = true
		}
	case viewArticle:
		s.hasQuery = m.article.query() != ""
		s.canScroll = true
		s.canGo = m.articleTarget() >= 0
	case viewEntities:
		_, side := m.entitiesSplit()
		s.hasSide, s.sideFocus = side > 0, m.entities.sideFocus
		s.hasQuery = m.entities.query != "" && !s.sideFocus
		s.canToggle = m.entities.current() >= 0
		s.canScroll = s.canToggle
		if s.sideFocus {
			s.canScroll = m.entities.side.overflows()
		}
		if m.caseOn() {
			s.hasSide, s.sideFocus, s.hasQuery = false, false, m.cs.entities.query != ""
			s.canToggle = m.cs.entities.current() >= 0
			s.canScroll = len(m.cs.entities.rows) > 1
		}
	case viewSources:
		n := len(m.cs.disagreements())
		s.canScroll, s.canGo = n > 1, n > 0
	case viewStats:
		if m.caseOn() {
			n := m.caseFigures()
			s.canScroll, s.canGo = n > 1, n > 0
			break
		}
		s.canScroll = m.statsFigures().figures > 1
		_, _, s.canGo = m.statsTarget()
	}
	return s
}

// setView switches the body to view v.
func (m *Model) setView(v viewID) {
	if v == viewArticle && m.view != viewArticle {
		m.article.follow = true
	}
	m.view = v
	m.showHelp = false
}
