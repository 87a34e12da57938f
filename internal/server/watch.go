package server

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"

	"dossier/ui"
)

// frameInterval is how often a session's window may change: Bubble Tea's
// default frame rate. A resize redraws the whole screen, so a storm of
// window changes costs one redraw a frame, at the latest size.
const frameInterval = time.Second / 60

// watch feeds the program window changes, clamped, within the cell budget
// and at most one a frame, and ends the program, with a goodbye, when the
// server stops, MaxTime passes or the client sends nothing (no key, no
// mouse) for IdleTimeout. Its timers die with the session: an idle session
// costs no wake-ups and an ended one leaves nothing behind. drawn is the
// size the program started at; no other is sent before sized is closed,
// when the program has taken that one (Bubble Tea sends it from a
// goroutine of its own, which a later size could overtake). It returns
// the reason once done is closed (the program has ended).
func (sv *Server) watch(p *tea.Program, ls *liveSession, in *inputClock, drawn ssh.Window, sized <-chan struct{}, winch <-chan ssh.Window, done <-chan struct{}) string {
	end := endQuit
	quit := func(why, line string) {
		if end == endQuit {
			end = why
		}
		// The app draws the line as its last frame, out of the alt screen,
		// so it stays on the client's terminal. Quit follows in case the
		// model does not know the message; both return at once if the
		// program has already ended.
		p.Send(ui.GoodbyeMsg{Text: line})
		p.Quit()
	}
	var maxTime, idle <-chan time.Time
	if sv.cfg.MaxTime > 0 {
		t := time.NewTimer(sv.cfg.MaxTime)
		defer t.Stop()
		maxTime = t.C
	}
	idleAfter := sv.cfg.IdleTimeout
	var idleTimer *time.Timer
	if idleAfter > 0 {
		idleTimer = time.NewTimer(idleAfter)
		defer idleTimer.Stop()
		idle = idleTimer.C
	}
	// sent is the size the program has; pending the latest one it has
	// not, held until the next frame.
	sent := drawn
	var pending *ssh.Window
	var lastSent time.Time
	frame := time.NewTimer(frameInterval)
	frame.Stop()
	defer frame.Stop()
	var nextFrame <-chan time.Time
	flush := func() {
		if sized != nil {
			return // sent once the program has its first size
		}
		if pending == nil || *pending == sent {
			// The first size comes again from charm.land/ssh, and a
			// storm may end where it began.
			pending = nil
			return
		}
		sent, pending, lastSent = *pending, nil, time.Now()
		p.Send(tea.WindowSizeMsg{Width: sent.Width, Height: sent.Height})
	}
	stop := ls.stop
	for {
		select {
		case <-done:
			return end
		case w, ok := <-winch:
			if !ok {
				// Closed when the channel's requests end; a closed channel
				// would otherwise spin this loop.
				winch = nil
				continue
			}
			w = clampedWindow(w)
			w.Width, w.Height = sv.sessions.resize(ls, w.Width, w.Height)
			pending = &w
			if nextFrame != nil {
				continue // sent when the frame comes
			}
			if wait := frameInterval - time.Since(lastSent); wait > 0 {
				frame.Reset(wait)
				nextFrame = frame.C
				continue
			}
			flush()
		case <-nextFrame:
			nextFrame = nil
			flush()
		case <-sized:
			sized = nil
			flush()
		case <-stop:
			stop = nil
			quit(endShutdown, "dossier: the server is stopping, goodbye")
		case <-maxTime:
			maxTime = nil
			quit(endMaxTime, "dossier: sessions last at most "+shortDuration(sv.cfg.MaxTime)+", goodbye")
		case now := <-idle:
			if d := in.idleFor(now); d < idleAfter {
				idleTimer.Reset(idleAfter - d)
				continue
			}
			idle = nil
			quit(endIdle, "dossier: no key for "+shortDuration(sv.cfg.IdleTimeout)+", goodbye")
		}
	}
}

// connIdleTimeout is wish's idle timeout on the connection, a backstop for
// links that went silent both ways: later than the session's own idle
// timeout, so a session is ended (and its terminal restored) before its
// connection is cut.
func connIdleTimeout(idle time.Duration) time.Duration {
	if idle <= 0 {
		return 0
	}
	return idle + max(idle/2, 30*time.Second)
}

// shortDuration prints 2h0m0s as 2h and 10m0s as 10m.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
