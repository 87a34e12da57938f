package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// idleTickMsg is one inactivity check. gen identifies the tick chain: each
// check bumps it and schedules the next tick with the new value, so a
// duplicate chain (Init run twice, say) dies at its first tick and there is
// only ever one timer per session.
type idleTickMsg struct {
	gen int
	at  time.Time
}

// idleState quits a session nobody uses: SSH connections would otherwise
// hold a goroutine and a terminal forever. It checks at most once per
// timeout/2, and never when there is no timeout, so an idle app costs no
// wake-ups.
type idleState struct {
	timeout time.Duration
	gen     int
	last    time.Time // last key or mouse event
	now     func() time.Time
}

func newIdleState(timeout time.Duration, now func() time.Time) idleState {
	s := idleState{timeout: timeout, now: now}
	if timeout > 0 {
		s.last = now()
	}
	return s
}

// start returns the first tick of the chain.
func (s idleState) start() tea.Cmd {
	if s.timeout <= 0 {
		return nil
	}
	return s.tickAfter(s.timeout)
}

func (s idleState) tickAfter(d time.Duration) tea.Cmd {
	gen := s.gen
	return tea.Tick(d, func(t time.Time) tea.Msg { return idleTickMsg{gen: gen, at: t} })
}

// touch records activity.
func (s *idleState) touch() {
	if s.timeout > 0 {
		s.last = s.now()
	}
}

// check handles a tick: quit reports that the session has been idle for the
// whole timeout; otherwise cmd is the next tick, due when the timeout would
// run out but never sooner than timeout/2 from now.
func (s *idleState) check(msg idleTickMsg) (cmd tea.Cmd, quit bool) {
	if s.timeout <= 0 || msg.gen != s.gen {
		return nil, false
	}
	idleFor := msg.at.Sub(s.last)
	if idleFor >= s.timeout {
		return nil, true
	}
	s.gen++
	return s.tickAfter(max(s.timeout-idleFor, s.timeout/2)), false
}
