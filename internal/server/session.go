package server

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"

	"dossier/internal/sanitize"
	"dossier/ui"
)

// How a session ended, as the log says it.
const (
	endQuit         = "quit"         // the app quit: q or ctrl+c
	endShutdown     = "shutdown"     // the server is stopping
	endMaxTime      = "max-time"     // MaxTime reached
	endIdle         = "idle"         // no input for IdleTimeout
	endDisconnected = "disconnected" // the client went away
	endStalled      = "stalled"      // the client stopped reading its output
	endPanic        = "panic"        // the app panicked; Bubble Tea restored the terminal
	endError        = "error"
)

// handle serves one SSH session. Refusals come first, each one line and a
// non-zero exit status, cheapest check first; then the app runs.
func (sv *Server) handle(s ssh.Session) {
	id := sv.ids.Add(1)
	who := []any{"session", id, "user", sanitize.Label(s.User(), 64), "addr", s.RemoteAddr().String()}
	l := sv.log.With(who...)
	// Anyone can cause refusals at will: their lines are rate-limited.
	refuse := func(code int, reason, line string) {
		fmt.Fprintln(s.Stderr(), line)
		_ = s.Exit(code)
		sv.logs.info("refused", reason, append(who, "status", code)...)
	}
	// If the code below panics, the recover middleware logs it; the client
	// gets a line and a failing status rather than a silent exit 0.
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(s.Stderr(), "dossier: internal error, sorry")
			_ = s.Exit(1)
			panic(r)
		}
	}()

	if cs, ok := s.Context().Value(connKey{}).(*connState); ok {
		cs.sessionStarted()
		defer cs.sessionEnded()
	}
	pi := sv.takePty(s)
	pty, winch, hasPty := pi.pty, pi.winch, pi.ok
	// charm.land/ssh's request loop blocks on a window change while this
	// channel is full; once the app no longer reads it, nothing else does.
	defer func() {
		if winch != nil {
			go drainWindows(winch)
		}
	}()

	if err, ok := s.Context().Value(refusalKey{}).(error); ok {
		reason := "rate limit"
		if errors.Is(err, errAddrFull) {
			reason = "connections per address"
		}
		refuse(1, reason, "dossier: "+err.Error())
		return
	}
	win := clampedWindow(pty.Window)
	ls, err := sv.sessions.enter(win.Width, win.Height)
	if err != nil {
		reason := "busy"
		switch {
		case errors.Is(err, errStopping):
			reason = "stopping"
		case errors.Is(err, errNoCells):
			reason = "memory budget"
		}
		refuse(1, reason, "dossier: "+err.Error())
		return
	}
	defer sv.sessions.leave(ls)

	opts, err := sv.args(SessionCommand{Args: s.Command(), Story: sv.story, Case: sv.cfg.Case, Lexicon: sv.lex, Out: s, Port: port(s.LocalAddr())})
	var ue UsageError
	switch {
	case errors.Is(err, ErrHelpShown):
		_ = s.Exit(0)
		sv.logs.info("shown", "help", who...)
		return
	case errors.Is(err, ErrVersionShown):
		_ = s.Exit(0)
		sv.logs.info("shown", "version", who...)
		return
	case errors.As(err, &ue):
		line := "dossier: " + sanitize.Line(ue.Msg)
		if ue.Hint {
			line += fmt.Sprintf(" (ssh -p %d HOST -- --help lists the flags)", port(s.LocalAddr()))
		}
		refuse(2, "bad arguments", line)
		return
	case err != nil:
		refuse(1, "error", "dossier: "+sanitize.Line(err.Error()))
		return
	}

	if !hasPty {
		refuse(1, "no pty", "dossier needs an interactive terminal: use ssh -t")
		return
	}
	opts.DemoSpeed = max(opts.DemoSpeed, minDemoSpeed)
	start := time.Now()
	l.Info("connect", "term", sanitize.Label(pty.Term, 64), "size", fmt.Sprintf("%dx%d", win.Width, win.Height),
		"sessions", sv.sessions.count())
	end, code := sv.runApp(s, ls, opts, pi, win)
	l.Info("disconnect", "end", end, "status", code, "duration", time.Since(start).Round(time.Millisecond))
}

// minDemoSpeed is the shortest tour step a session may ask for: each step
// redraws the screen, and a session's CPU is the server's.
const minDemoSpeed = 500 * time.Millisecond

// drainWindows reads window changes until their channel closes, when the
// channel's requests end.
func drainWindows(winch <-chan ssh.Window) {
	for range winch {
	}
}

// runApp runs a fresh app at win on the session until it ends, and says
// why.
func (sv *Server) runApp(s ssh.Session, ls *liveSession, opts ui.Options, pi ptyInfo, win ssh.Window) (end string, code int) {
	// The server keeps the idle timeout itself (see watch): the app's own
	// runs on tea.Tick, which cannot be cancelled, so every ended session
	// would leave two goroutines asleep for up to IdleTimeout.
	opts.IdleTimeout = 0
	if hasEnv(s.Environ(), "NO_COLOR") {
		opts.NoColor = true
	}
	conn, _ := s.Context().Value(ssh.ContextKeyConn).(io.Closer)
	out := newStallWriter(s, sv.stallTimeout, func() {
		if conn != nil {
			_ = conn.Close()
		}
	})
	defer out.close()
	in := newInputClock(s, time.Now())

	sized := make(chan struct{})
	popts := append(programOptions(s, pi, win, sized),
		tea.WithInput(in),
		tea.WithOutput(out),
		// The connection's context: when the client goes away the program
		// is killed instead of waiting on a dead link.
		tea.WithContext(s.Context()),
		// Bubble Tea would otherwise register for the server process's
		// SIGINT and SIGTERM in every session, and quit them all at once
		// with no goodbye; the server handles signals itself.
		tea.WithoutSignalHandler(),
	)
	if opts.NoColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	p := tea.NewProgram(sv.newModel(sv.story, opts), popts...)

	done := make(chan struct{})
	why := make(chan string, 1)
	go func() { why <- sv.watch(p, ls, in, win, sized, pi.winch, done) }()
	_, err := p.Run()
	close(done)
	end = <-why

	switch {
	case out.stalled.Load():
		return endStalled, -1
	case errors.Is(err, tea.ErrProgramPanic):
		fmt.Fprintln(out, "dossier: internal error, sorry")
		_ = s.Exit(1)
		return endPanic, 1
	case s.Context().Err() != nil:
		return endDisconnected, -1
	case err != nil:
		sv.log.Warn("app ended with an error", "err", err)
		_ = s.Exit(1)
		return endError, 1
	}
	_ = s.Exit(0)
	return end, 0
}

// hasEnv reports whether env sets key to something non-empty.
func hasEnv(env []string, key string) bool {
	for _, kv := range env {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key && v != "" {
			return true
		}
	}
	return false
}

// port is the TCP port of addr, for the help text.
func port(addr net.Addr) int {
	if t, ok := addr.(*net.TCPAddr); ok {
		return t.Port
	}
	return 23234
}
