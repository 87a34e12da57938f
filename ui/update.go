package ui

import (
	tea "charm.land/bubbletea/v2"
)

// Update implements tea.Model. A message that changes nothing returns at
// once; every other one ends in settle, the one place that brings the
// keymap, the panes in view and the frame up to date, so no change of
// state can leave a stale frame.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.goodbye != "" || m.ignores(msg) {
		return m, nil
	}
	switch msg := msg.(type) {
	case idleTickMsg:
		// The idle timer is on no frame: its check settles nothing.
		cmd, quit := m.idle.check(msg)
		if quit {
			m.goodbye = "idle for " + m.idle.timeout.String() + ", goodbye"
			return m, tea.Quit
		}
		return m, cmd
	case GoodbyeMsg:
		m.goodbye = clean(msg.Text)
		return m, tea.Quit
	}
	if m.cs != nil {
		// The case's state is held by pointer to keep the model small;
		// copying it here keeps the models Update returns apart, as
		// values are. Its slices are replaced, never written into.
		cs := *m.cs
		m.cs = &cs
	}
	cmd := m.handle(msg)
	m.settle()
	if work := m.articleWork(); work != nil {
		cmd = tea.Batch(cmd, work)
	}
	return m, cmd
}

// GoodbyeMsg makes the app print one line and quit, restoring the
// terminal: the SSH server sends it to every session when it shuts down.
type GoodbyeMsg struct{ Text string }

// ignores reports the messages that change nothing, before anything is
// touched: those of no interest to the app, a paste with no search box to
// take it, a background colour the theme already follows, a tour tick
// from a chain that has ended.
func (m *Model) ignores(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg, tea.KeyPressMsg, tea.MouseClickMsg, tea.MouseWheelMsg,
		articleLayoutMsg, articleSearchMsg, idleTickMsg, GoodbyeMsg:
		return false
	case CaseMsg, caseFeedMsg:
		return m.cs == nil
	case tea.PasteMsg:
		return !m.tour.on && !m.searchOn
	case tea.BackgroundColorMsg:
		return m.opts.Theme != "" && m.opts.Theme != "auto" || m.isDark == msg.IsDark()
	case demoTickMsg:
		return !m.tour.on || msg.gen != m.tour.gen
	}
	return true
}

// handle routes a message the app acts on: to the tour while it plays,
// else to the handler of its kind.
func (m *Model) handle(msg tea.Msg) tea.Cmd {
	if m.tour.on {
		if cmd, ok := m.tourUpdate(msg); ok {
			return cmd
		}
	}
	var cmd tea.Cmd
	switch msg.(type) {
	case tea.KeyPressMsg, tea.MouseClickMsg, tea.MouseWheelMsg, tea.PasteMsg:
		if m.cs != nil {
			m.cs.touched = true
		}
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.handleResize(msg.Width, msg.Height)
	case tea.KeyPressMsg:
		m.idle.touch()
		*m, cmd = m.handleKey(msg)
	case tea.MouseClickMsg:
		m.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		m.handleWheel(msg.Mouse())
	case tea.PasteMsg:
		m.idle.touch()
		*m, cmd = m.updateSearch(msg)
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.applyTheme()
	case articleLayoutMsg:
		m.article.gotLayout(m, msg.lay)
	case articleSearchMsg:
		m.article.gotMatches(msg)
	case CaseMsg:
		m.growCase(msg)
	case caseFeedMsg:
		if !msg.ok {
			m.cs.feed = nil
			break
		}
		m.growCase(msg.msg)
		cmd = waitCase(m.cs.feed)
	}
	return cmd
}

// handleResize recomputes the layout. Selection, filters, searches and
// scroll anchors live in the panes, not in the geometry, so nothing is lost
// (the article keeps the sentence at its top in view).
func (m *Model) handleResize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.relayout()
}

// relayout recomputes the pane rects from the window, the footer and the
// width the filters' longest value wants.
func (m *Model) relayout() {
	m.lay = layoutFor(m.width, m.height, m.footerRows(), m.filters.wantW)
}
