// Package floormodel is the benchmark's reference model: a bubbles viewport
// over the article in the alt screen, q quits. Nothing more, so that its cost
// is the framework's floor.
package floormodel

import (
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// Model is a viewport over the article.
type Model struct {
	vp viewport.Model
}

// New returns the model showing text.
func New(text string) Model {
	vp := viewport.New()
	vp.SoftWrap = true
	vp.SetContent(text)
	return Model{vp: vp}
}

// Init implements tea.Model.
func (m Model) Init() tea.Cmd { return nil }

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.vp.SetWidth(msg.Width)
		m.vp.SetHeight(msg.Height)
		return m, nil
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

// View implements tea.Model.
func (m Model) View() tea.View {
	v := tea.NewView(m.vp.View())
	v.AltScreen = true
	return v
}
