// Package ui is the Bubble Tea front end: one root model that routes
// messages to pane models, one keymap, one theme.
package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// Options configure a new Model. The zero value is the default app.
type Options struct {
	Theme       string // "auto" (default), "dark", "light"
	NoColor     bool
	Selection   model.Selection // initial filters
	View        string          // "timeline" (default), "article", "entities", "stats"
	IdleTimeout time.Duration   // 0: none; else say goodbye and quit after this long without a key
	Demo        bool
	DemoSpeed   time.Duration
}

// Model is the root model. It is built fresh for every program (and every
// SSH session) and shares only the read-only Story.
type Model struct {
	story *model.Story
	opts  Options
}

// New returns the root model for story.
func New(story *model.Story, opts Options) Model { return Model{story: story, opts: opts} }

// Init implements tea.Model.
func (m Model) Init() tea.Cmd { return nil }

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
		return m, tea.Quit
	}
	return m, nil
}

// View implements tea.Model.
func (m Model) View() tea.View {
	v := tea.NewView("dossier · " + m.story.Doc.Title + "\n(placeholder until the browsing app lands)\n")
	v.AltScreen = true
	return v
}
