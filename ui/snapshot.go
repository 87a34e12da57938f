package ui

import (
	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// Snapshot renders exactly one frame of the app, as a terminal of w×h cells
// would show it right after start: the real root model, sized by a window
// size message, with the view and filters of opts. It needs no terminal.
// The frame keeps the styles' escape sequences (none beyond bold and
// reverse with opts.NoColor); callers strip or downsample them.
func Snapshot(story *model.Story, opts Options, w, h int) string {
	var m tea.Model = New(story, opts)
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m.View().Content
}
