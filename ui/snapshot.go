package ui

import (
	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// Snapshot renders one frame of the app at w×h with no terminal: what the
// first screen of `dossier` would show with opts. The frame holds SGR
// colour codes unless opts.NoColor is set; it is exactly h lines of at most
// w cells. `dossier snapshot` and the README examples are built on it.
func Snapshot(story *model.Story, opts Options, w, h int) string {
	m := New(story, opts)
	nm, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return nm.(Model).View().Content
}
