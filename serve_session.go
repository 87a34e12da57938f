package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/colorprofile"

	"dossier/ui"
)

// How a session ended, as the log says it.
const (
	endQuit         = "quit"         // the app quit: q or ctrl+c
	endShutdown     = "shutdown"     // the server is stopping
	endMaxTime      = "max-time"     // --max-time reached
	endIdle         = "idle"         // no input for --idle-timeout
	endDisconnected = "disconnected" // the client went away
	endStalled      = "stalled"      // the client stopped reading its output
	endPanic        = "panic"        // the app panicked; Bubble Tea restored the terminal
	endError        = "error"
)

// handle serves one SSH session. Refusals come first, each one line and a
// non-zero exit status, cheapest check first; then the app runs.
func (sv *server) handle(s ssh.Session) {
	id := sv.ids.Add(1)
	l := sv.log.With("session", id, "user", printable(s.User()), "addr", s.RemoteAddr().String())
	refuse := func(code int, reason, line string) {
		fmt.Fprintln(s.Stderr(), line)
		_ = s.Exit(code)
		l.Info("refused", "reason", reason, "status", code)
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

	if err, ok := s.Context().Value(refusalKey{}).(error); ok {
		refuse(1, "rate limit", "dossier: "+err.Error())
		return
	}
	ls, err := sv.sessions.enter()
	if err != nil {
		reason := "busy"
		if errors.Is(err, errStopping) {
			reason = "stopping"
		}
		refuse(1, reason, "dossier: "+err.Error())
		return
	}
	defer sv.sessions.leave(ls)

	opts, err := sv.sessionOptions(s.Command())
	var ue usageError
	switch {
	case errors.Is(err, errHelpShown):
		fmt.Fprintf(s, sessionHelp, port(s.LocalAddr()))
		_ = s.Exit(0)
		l.Info("help")
		return
	case errors.Is(err, errVersionShown):
		fmt.Fprintln(s, "dossier "+version())
		_ = s.Exit(0)
		l.Info("version")
		return
	case errors.As(err, &ue):
		line := "dossier: " + oneLine(ue.msg)
		if ue.hint {
			line += fmt.Sprintf(" (ssh -p %d HOST -- --help lists the flags)", port(s.LocalAddr()))
		}
		refuse(2, "bad arguments", line)
		return
	case err != nil:
		refuse(1, "error", "dossier: "+oneLine(err.Error()))
		return
	}

	pty, winch, ok := s.Pty()
	if !ok {
		refuse(1, "no pty", "dossier needs an interactive terminal: use ssh -t")
		return
	}
	start := time.Now()
	l.Info("connect", "term", printable(pty.Term), "size", fmt.Sprintf("%dx%d", pty.Window.Width, pty.Window.Height),
		"sessions", sv.sessions.count())
	end, code := sv.runApp(s, ls, opts, winch)
	l.Info("disconnect", "end", end, "status", code, "duration", time.Since(start).Round(time.Millisecond))
}

// runApp runs a fresh app on the session until it ends, and says why.
func (sv *server) runApp(s ssh.Session, ls *liveSession, opts ui.Options, winch <-chan ssh.Window) (end string, code int) {
	// The server keeps the idle timeout itself (see watch): the app's own
	// runs on tea.Tick, which cannot be cancelled, so every ended session
	// would leave two goroutines asleep for up to --idle-timeout.
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

	// MakeOptions gives the client's size, environment and colour profile;
	// the options after it replace its input and output with ours.
	popts := append(bubbletea.MakeOptions(s),
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
	go func() { why <- sv.watch(p, ls, in, winch, done) }()
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

// watch feeds the program window changes and ends it, with a goodbye, when
// the server stops, --max-time passes or the client sends nothing (no key,
// no mouse) for --idle-timeout. Its timers die with the session: an idle
// session costs no wake-ups and an ended one leaves nothing behind. It
// returns the reason once done is closed (the program has ended).
func (sv *server) watch(p *tea.Program, ls *liveSession, in *inputClock, winch <-chan ssh.Window, done <-chan struct{}) string {
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
	if sv.cfg.maxTime > 0 {
		t := time.NewTimer(sv.cfg.maxTime)
		defer t.Stop()
		maxTime = t.C
	}
	idleAfter := sv.cfg.idleTimeout
	var idleTimer *time.Timer
	if idleAfter > 0 {
		idleTimer = time.NewTimer(idleAfter)
		defer idleTimer.Stop()
		idle = idleTimer.C
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
			p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		case <-stop:
			stop = nil
			quit(endShutdown, "dossier: the server is stopping, goodbye")
		case <-maxTime:
			maxTime = nil
			quit(endMaxTime, "dossier: sessions last at most "+shortDuration(sv.cfg.maxTime)+", goodbye")
		case now := <-idle:
			if d := in.idleFor(now); d < idleAfter {
				idleTimer.Reset(idleAfter - d)
				continue
			}
			idle = nil
			quit(endIdle, "dossier: no key for "+shortDuration(sv.cfg.idleTimeout)+", goodbye")
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

// hasEnv reports whether env sets key to something non-empty.
func hasEnv(env []string, key string) bool {
	for _, kv := range env {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key && v != "" {
			return true
		}
	}
	return false
}

// printable keeps a string someone else chose (an SSH user name or TERM for
// the log, a file name for the loading note) safe to show: no control
// characters, at most 64 runes.
func printable(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == 64 {
			b.WriteString("…")
			break
		}
		if !unicode.IsPrint(r) {
			r = '?'
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// port is the TCP port of addr, for the help text.
func port(addr net.Addr) int {
	if t, ok := addr.(*net.TCPAddr); ok {
		return t.Port
	}
	return 23234
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
