package ui

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// handleKey routes a key press: the search box first (typed keys never
// trigger commands), then the help panel, then global keys, then the
// focused pane.
func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	m.status = ""
	k := m.keys
	if m.searchOn {
		return m.handleSearchKey(msg)
	}
	if key.Matches(msg, k.Quit) {
		return m, tea.Quit
	}
	if m.showHelp {
		switch {
		case key.Matches(msg, k.CloseHelp):
			m.showHelp = false
		case key.Matches(msg, k.Up):
			m.help.scrollBy(-1)
		case key.Matches(msg, k.Down):
			m.help.scrollBy(1)
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Help):
		m.showHelp, m.help.top = true, 0
	case key.Matches(msg, k.Mouse):
		m.mouse = !m.mouse
		if m.mouse {
			m.status = "mouse on"
		} else {
			m.status = "mouse off: select text freely; m turns it back on"
		}
	case key.Matches(msg, k.Timeline):
		m.setView(viewTimeline)
	case key.Matches(msg, k.Article):
		if m.caseOn() && m.view == viewTimeline {
			m.openArticle()
		}
		m.setView(viewArticle)
	case key.Matches(msg, k.Sources):
		m.setView(viewSources)
	case key.Matches(msg, k.NextArticle):
		m.stepArticle(1)
	case key.Matches(msg, k.PrevArticle):
		m.stepArticle(-1)
	case key.Matches(msg, k.Entities):
		m.setView(viewEntities)
	case key.Matches(msg, k.Stats):
		m.setView(viewStats)
	case key.Matches(msg, k.Pane):
		m.setView(viewTimeline)
		m.focus = paneID(msg.String()[0] - '1')
	case key.Matches(msg, k.NextPane, k.PrevPane) && m.view == viewEntities:
		m.entities.sideFocus = !m.entities.sideFocus
	case key.Matches(msg, k.NextPane):
		m.focus = (m.focus + 1) % paneCount
	case key.Matches(msg, k.PrevPane):
		m.focus = (m.focus + paneCount - 1) % paneCount
	case key.Matches(msg, k.Clear):
		m.clearFilters()
		m.status = "filters cleared"
	case key.Matches(msg, k.Copy):
		return m, m.copyEvent()
	case key.Matches(msg, k.Search):
		if m.view == viewTimeline && m.focus == paneDetail {
			m.focus = paneTimeline
		}
		return m.startSearch()
	case key.Matches(msg, k.Back):
		m.back()
	default:
		m.handlePaneKey(msg)
	}
	return m, nil
}

// back is esc outside a search box: clear the applied search, else leave
// the view or the detail pane.
func (m *Model) back() {
	switch {
	case m.view == viewEntities && m.entities.sideFocus:
		m.entities.sideFocus = false
	case m.query() != "":
		m.setQuery("")
	case m.view != viewTimeline:
		m.setView(viewTimeline)
	case m.focus == paneDetail:
		m.focus = paneTimeline
	}
}

// handlePaneKey handles movement and the pane's own keys.
func (m *Model) handlePaneKey(msg tea.KeyPressMsg) {
	k := m.keys
	if d, ok := m.moveDelta(msg); ok {
		m.move(d)
		return
	}
	switch {
	case key.Matches(msg, k.Toggle):
		if r, ok := m.filters.current(); ok {
			m.toggle(r.kind, r.fv.Value)
		}
	case key.Matches(msg, k.Open):
		m.focus = paneDetail
	case key.Matches(msg, k.FilterBy) && m.caseOn():
		m.filterByCaseEntity()
	case key.Matches(msg, k.FilterBy):
		m.filterByEntity()
	case key.Matches(msg, k.GoEvent):
		m.goFrom()
	case key.Matches(msg, k.NextEvent):
		m.stepEvent(1)
	case key.Matches(msg, k.PrevEvent):
		m.stepEvent(-1)
	case key.Matches(msg, k.NextMatch):
		m.article.step(1)
	case key.Matches(msg, k.PrevMatch):
		m.article.step(-1)
	}
}

// moveDelta turns a movement key into a row delta for the focused pane.
func (m *Model) moveDelta(msg tea.KeyPressMsg) (int, bool) {
	k := m.keys
	page := max(m.pageHeight()-1, 1)
	switch {
	case key.Matches(msg, k.Up):
		return -1, true
	case key.Matches(msg, k.Down):
		return 1, true
	case key.Matches(msg, k.PageUp):
		return -page, true
	case key.Matches(msg, k.PageDown):
		return page, true
	case key.Matches(msg, k.Top):
		return -bigStep, true
	case key.Matches(msg, k.Bottom):
		return bigStep, true
	}
	return 0, false
}

// pageHeight is the number of rows the focused pane shows.
func (m *Model) pageHeight() int {
	switch m.view {
	case viewTimeline:
		switch m.focus {
		case paneFilters:
			return m.lay.Filters.H - 2
		case paneDetail:
			return m.lay.Detail.H - 2
		}
		if m.caseOn() {
			return max(m.cs.list.height, 2)
		}
		return max(m.timeline.rowsInView(), 2)
	}
	return m.lay.Main.H - 2
}

// move moves the cursor, or scrolls the text, of the focused pane.
func (m *Model) move(d int) {
	switch m.view {
	case viewArticle:
		m.article.scrollBy(d)
	case viewEntities:
		if m.caseOn() {
			m.cs.entities.moveBy(d, nil)
			return
		}
		if m.entities.sideFocus {
			m.entities.side.scrollBy(d)
		} else {
			m.entities.move(m.story, d)
		}
	case viewStats:
		if m.caseOn() {
			m.moveCaseFigure(d)
			return
		}
		m.stats.move(d, m.statsFigures().figures)
	case viewSources:
		if d > 1 && d < bigStep || d < -1 && d > -bigStep {
			d /= 4 // a page of lines is a few disagreements
		}
		m.moveSource(d)
	default:
		switch {
		case m.focus == paneFilters:
			m.filters.move(d)
		case m.focus == paneTimeline && m.caseOn():
			m.cs.moveEntry(d)
		case m.focus == paneTimeline:
			m.timeline.move(d)
			m.syncSelected()
		case m.focus == paneDetail && m.caseOn():
			m.cs.detail.scrollBy(d)
		case m.focus == paneDetail:
			m.detail.scrollBy(d)
		}
	}
}

// filterByEntity toggles the entity under the cursor as a filter and goes
// back to the timeline to show the result.
func (m *Model) filterByEntity() {
	e := m.entities.current()
	if e < 0 {
		return
	}
	ent := m.story.Entities[e]
	if m.ix.eventsWith(ent.Kind, ent.Name) == 0 && !m.sel.Has(ent.Kind, ent.Name) {
		m.status = clean(ent.Name) + " is in no event"
		if ent.MentionedItem() {
			m.status = m.ix.mentionedOnly(ent)
		}
		return
	}
	m.toggle(ent.Kind, ent.Name)
	if m.sel.Has(ent.Kind, ent.Name) {
		// Land on the entity's first event, where its story starts.
		for _, ev := range m.timeline.items {
			if slices.Contains(m.story.Events[ev].Values(ent.Kind), ent.Name) {
				m.timeline.selectEvent(ev)
				m.syncSelected()
				break
			}
		}
	}
	m.setView(viewTimeline)
	m.focus = paneTimeline
}
