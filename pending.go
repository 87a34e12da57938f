package main

import (
	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// pending is the app before its story is parsed. Loading the word lists
// and parsing take a few milliseconds that the first frame would otherwise
// wait for; with pending, Bubble Tea sets up the terminal on one core while
// the parse runs on the other. Messages that arrive meanwhile (the window
// size, the colour profile, the background colour) are kept and replayed
// to the app, in order, once it exists. Only used when the story cannot
// fail to resolve the command line (no filter flags): errors must reach the
// user before the screen is taken over.
type pending struct {
	ready <-chan *model.Story
	build func(*model.Story) tea.Model
	app   tea.Model
	early []tea.Msg
}

// storyMsg carries the parsed story into Update.
type storyMsg struct{ st *model.Story }

func newPending(ready <-chan *model.Story, build func(*model.Story) tea.Model) pending {
	return pending{ready: ready, build: build}
}

// Init implements tea.Model.
func (p pending) Init() tea.Cmd {
	ready := p.ready
	return func() tea.Msg { return storyMsg{<-ready} }
}

// Update implements tea.Model.
func (p pending) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if p.app != nil {
		var cmd tea.Cmd
		p.app, cmd = p.app.Update(msg)
		return p, cmd
	}
	switch msg := msg.(type) {
	case storyMsg:
		if msg.st == nil { // the parse failed; the caller reports why
			return p, tea.Quit
		}
		p.app = p.build(msg.st)
		cmds := []tea.Cmd{p.app.Init()}
		for _, m := range p.early {
			var cmd tea.Cmd
			p.app, cmd = p.app.Update(m)
			cmds = append(cmds, cmd)
		}
		p.early = nil
		return p, tea.Batch(cmds...)
	case tea.KeyPressMsg:
		// Keys typed before the first frame have nothing to act on, but
		// quitting must always work.
		if s := msg.String(); s == "ctrl+c" || s == "q" {
			return p, tea.Quit
		}
		return p, nil
	}
	p.early = append(p.early, msg)
	return p, nil
}

// View implements tea.Model.
func (p pending) View() tea.View {
	if p.app == nil {
		v := tea.NewView("")
		v.AltScreen = true
		return v
	}
	return p.app.View()
}
