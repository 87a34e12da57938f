package ui

import (
	"dossier/internal/sanitize"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// The "/" search of the focused list: one search box, shared by the lists
// and typed into while searchOn; the query it leaves is the list's own.

// newSearchBox is the search box, held by pointer (see editSearch).
func newSearchBox() *textinput.Model {
	s := textinput.New()
	s.Prompt = "/"
	s.Placeholder = "type to search"
	s.CharLimit = 200
	return &s
}

// searchTarget is the list "/" searches: the focused list of the view.
type searchTarget int

const (
	searchNone searchTarget = iota
	searchFilters
	searchTimeline
	searchEntities
	searchArticle
)

// searchTarget is the list "/" searches now, if any.
func (m *Model) searchTarget() searchTarget {
	switch m.view {
	case viewArticle:
		return searchArticle
	case viewEntities:
		if m.entities.sideFocus && !m.caseOn() {
			return searchNone
		}
		return searchEntities
	case viewTimeline:
		switch m.focus {
		case paneFilters:
			return searchFilters
		case paneTimeline:
			return searchTimeline
		}
	}
	return searchNone
}

// query returns the applied search of the focused list.
func (m *Model) query() string {
	switch m.searchTarget() {
	case searchFilters:
		return m.filters.query
	case searchTimeline:
		if m.caseOn() {
			return m.cs.query
		}
		return m.timeline.query
	case searchEntities:
		if m.caseOn() {
			return m.cs.entities.query
		}
		return m.entities.query
	case searchArticle:
		return m.article.query()
	}
	return ""
}

// setQuery applies q to the focused list as the user types.
func (m *Model) setQuery(q string) {
	switch m.searchTarget() {
	case searchFilters:
		m.filters.query = q
		m.applySelection()
	case searchTimeline:
		if m.caseOn() {
			m.cs.query = q
			m.applyCaseSelection()
			return
		}
		m.timeline.query = q
		m.rebuildTimeline()
	case searchEntities:
		if m.caseOn() {
			m.cs.entities.query = q
			m.cs.entities.setRows(m.cs.c(), m.cs.p.entityRows)
			return
		}
		m.entities.query = q
		m.entities.setRows(m.story, m.ix)
	case searchArticle:
		m.article.setQuery(m, q)
	}
}

// searching reports whether the user is typing into the search box of t.
func (m *Model) searching(t searchTarget) bool { return m.searchOn && m.searchTarget() == t }

// searchLine is the search box of list t while the user types into it;
// "" otherwise.
func (m *Model) searchLine(t searchTarget) string {
	if !m.searching(t) {
		return ""
	}
	return m.search.View()
}

// startSearch opens the search box of the focused list with its current
// query.
func (m Model) startSearch() (Model, tea.Cmd) {
	if m.searchTarget() == searchNone {
		return m, nil
	}
	m.searchOn = true
	var cmd tea.Cmd
	m.editSearch(func(s *textinput.Model) {
		s.SetValue(m.query())
		s.CursorEnd()
		cmd = s.Focus()
	})
	return m, cmd
}

// handleSearchKey handles a key while the search box has it: enter keeps
// the search, esc drops it, arrows move the list, the rest is text.
func (m Model) handleSearchKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit): // ctrl+c only while typing
		return m, tea.Quit
	case key.Matches(msg, k.SearchAccept):
		m.endSearch()
		if m.view == viewEntities && m.query() != "" {
			m.status = "enter filters by the entity under the cursor"
		}
		return m, nil
	case key.Matches(msg, k.SearchCancel):
		m.endSearch()
		m.setQuery("")
		return m, nil
	}
	if d, ok := m.moveDelta(msg); ok {
		m.move(d)
		return m, nil
	}
	return m.updateSearch(msg)
}

// updateSearch feeds a key or paste to the search box and applies the text.
func (m Model) updateSearch(msg tea.Msg) (Model, tea.Cmd) {
	before := m.search.Value()
	var cmd tea.Cmd
	m.editSearch(func(s *textinput.Model) {
		*s, cmd = s.Update(msg)
		if v := s.Value(); sanitize.Drop(v) != v {
			s.SetValue(sanitize.Drop(v))
		}
	})
	if v := m.search.Value(); v != before {
		m.setQuery(v)
	}
	return m, cmd
}

// endSearch closes the search box; the list keeps its query.
func (m *Model) endSearch() {
	m.searchOn = false
	m.editSearch((*textinput.Model).Blur)
}

// editSearch changes the search box on a copy of it. The box is held by
// pointer so that the model Update returns by value stays small (Bubble
// Tea boxes it on every message); copying it on change keeps a model's
// copies apart, as values are.
func (m *Model) editSearch(f func(*textinput.Model)) {
	s := *m.search
	f(&s)
	m.search = &s
}
