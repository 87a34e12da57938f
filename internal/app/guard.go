package app

import (
	"fmt"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// guard wraps the root model so a panic in Init, Update, View or a command
// ends the program cleanly (terminal restored by Bubble Tea's normal quit)
// and reaches the user as one line, instead of Bubble Tea's own recovery,
// which prints the stack trace. Commands inside a tea.Batch are wrapped by
// filter; those inside a tea.Sequence are out of reach and fall back to
// Bubble Tea's recovery.
type guard struct {
	inner tea.Model
	state *guardState // shared by every copy of the model in one program
}

type guardState struct {
	mu   sync.Mutex
	err  error
	quit func() // set once the program exists
}

// guardPanicMsg carries a command's panic back into Update.
type guardPanicMsg struct{ err error }

func newGuard(m tea.Model) guard { return guard{inner: m, state: &guardState{}} }

func (s *guardState) record(r any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err == nil {
		s.err = fmt.Errorf("internal error: %v", r)
	}
}

func (s *guardState) panicked() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Init implements tea.Model.
func (g guard) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.state.record(r)
			cmd = tea.Quit
		}
	}()
	return g.wrap(g.inner.Init())
}

// Update implements tea.Model.
func (g guard) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	if p, ok := msg.(guardPanicMsg); ok {
		g.state.record(p.err)
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.state.record(r)
			m, cmd = g, tea.Quit
		}
	}()
	inner, cmd := g.inner.Update(msg)
	return guard{inner: inner, state: g.state}, g.wrap(cmd)
}

// View implements tea.Model.
func (g guard) View() (v tea.View) {
	defer func() {
		if r := recover(); r != nil {
			g.state.record(r)
			if g.state.quit != nil {
				go g.state.quit() // Send blocks on the loop that called View
			}
			v = tea.NewView("")
		}
	}()
	return g.inner.View()
}

// wrap makes a command report its panic as a message.
func (g guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = guardPanicMsg{err: fmt.Errorf("%v", r)}
			}
		}()
		return cmd()
	}
}

// filter wraps the commands of a batch before Bubble Tea runs them.
func (g guard) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	if b, ok := msg.(tea.BatchMsg); ok {
		out := make(tea.BatchMsg, len(b))
		for i, c := range b {
			out[i] = g.wrap(c)
		}
		return out
	}
	return msg
}
