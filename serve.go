package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/recover"
	gossh "golang.org/x/crypto/ssh"

	"dossier/model"
	"dossier/ui"
)

// Timings the flags do not expose. Tests shorten some through serveConfig.
const (
	// defaultStallTimeout is how long one write to a client may block
	// before the server gives up on that client (see stallWriter).
	defaultStallTimeout = 10 * time.Second
	// defaultStopGrace is how long a stopping server waits for its sessions
	// to say goodbye before it cuts the remaining connections.
	defaultStopGrace = 3 * time.Second
	// handshakeTimeout bounds a connection that never finishes the SSH
	// handshake, so half-open connections cannot pile up.
	handshakeTimeout = 30 * time.Second
	// maxTimeGrace is how much longer than --max-time wish's hard cut comes,
	// so the app's own goodbye (which restores the terminal) comes first.
	maxTimeGrace = 10 * time.Second
	// hangUpWait is how long a stopping server waits for clients to close
	// their connections after their sessions have ended.
	hangUpWait = 500 * time.Millisecond
)

// runServe is `dossier serve`: it serves the story over SSH until SIGINT or
// SIGTERM, then says goodbye to every session and returns 0.
func runServe(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if os.Getenv("GOGC") == "" {
		// A session's live heap (~1.4 MiB at 120x40, mostly Bubble Tea's
		// cell buffers) is fixed; at the default GOGC=100 garbage doubles
		// it. Collecting at +50% keeps the server near 1.8 MiB a session
		// instead of 2.1 (go run ./bench -ssh), for some GC CPU. GOGC in
		// the environment still wins.
		debug.SetGCPercent(50)
	}
	return serveMain(ctx, args, os.Stdin, stdout, stderr, nil)
}

// serveMain runs the server until ctx is done. ready, if not nil, gets the
// address once the server listens (tests listen on port 0). Exit codes as
// the rest of dossier: 0 ok, 1 bad input or a runtime failure, 2 bad usage.
func serveMain(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, ready func(net.Addr)) int {
	fail := func(code int, err error) int {
		fmt.Fprintln(stderr, "dossier serve: "+oneLine(err.Error()))
		return code
	}
	cfg, err := parseServeFlags(args)
	var ue usageError
	switch {
	case errors.Is(err, errHelpShown):
		fmt.Fprint(stdout, serveUsage)
		return 0
	case errors.As(err, &ue):
		if ue.hint {
			err = fmt.Errorf("%s (see dossier serve --help)", ue.msg)
		}
		return fail(2, err)
	case err != nil:
		return fail(2, err)
	}
	// Parsed once; every session shares it read-only.
	story, lex, err := loadStory(cfg.file, cfg.published, stdin)
	if err != nil {
		return fail(1, err)
	}
	sv, err := newServer(cfg, story, lex, newServeLogger(stderr))
	if err != nil {
		return fail(1, err)
	}
	if err := sv.listen(); err != nil {
		return fail(1, err)
	}
	if ready != nil {
		ready(sv.addr())
	}
	served := make(chan error, 1)
	go func() { served <- sv.serve() }()
	select {
	case <-ctx.Done():
		sv.stop()
		<-served
		return 0
	case err := <-served:
		sv.log.Error("server failed", "err", err)
		sv.stop()
		return 1
	}
}

// newServeLogger writes the server's log: timestamps, levels, key=value.
func newServeLogger(w io.Writer) *log.Logger {
	return log.NewWithOptions(w, log.Options{ReportTimestamp: true, TimeFormat: time.DateTime})
}

// server is one `dossier serve`: the SSH server, its limits and the story
// every session shares read-only.
type server struct {
	cfg         serveConfig
	story       *model.Story
	lex         *model.Lexicon
	log         *log.Logger
	ssh         *ssh.Server
	ln          net.Listener
	fingerprint string

	limiter  *rateLimiter
	sessions *registry
	conns    atomic.Int64 // open TCP connections, bounded by maxConns
	maxConns int64
	ids      atomic.Uint64 // numbers sessions in the log

	stallTimeout time.Duration
	stopGrace    time.Duration
	// newModel builds each session's model; tests swap it to make one panic.
	newModel func(*model.Story, ui.Options) tea.Model
}

// newServer loads (or creates) the host key and sets up the SSH server.
func newServer(cfg serveConfig, story *model.Story, lex *model.Lexicon, logger *log.Logger) (*server, error) {
	keyPath := cfg.hostKey
	if keyPath == "" {
		p, err := defaultHostKeyPath()
		if err != nil {
			return nil, err
		}
		keyPath = p
	}
	signer, created, err := loadOrCreateHostKey(keyPath)
	if err != nil {
		return nil, err
	}
	sv := &server{
		cfg:          cfg,
		story:        story,
		lex:          lex,
		log:          logger,
		fingerprint:  gossh.FingerprintSHA256(signer.PublicKey()),
		limiter:      newRateLimiter(cfg.rateLimit, time.Now),
		sessions:     newRegistry(cfg.maxSessions),
		maxConns:     int64(2*cfg.maxSessions + 16),
		stallTimeout: cmp(cfg.stallTimeout, defaultStallTimeout),
		stopGrace:    cmp(cfg.stopGrace, defaultStopGrace),
	}
	// Every session shares one prepared story: its index is built once,
	// not per session.
	prep := ui.Prepare(story)
	sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
		if st == story {
			return prep.New(o)
		}
		return ui.New(st, o)
	}
	if created {
		logger.Info("created host key", "path", keyPath)
	}
	opts := []ssh.Option{
		func(s *ssh.Server) error {
			// A host key must be set before wish.NewServer looks, or it
			// writes one into the working directory.
			s.AddHostKey(signer)
			s.HandshakeTimeout = handshakeTimeout
			s.ConnCallback = sv.onConn
			s.ConnectionCloseCallback = func(net.Conn) { sv.conns.Add(-1) }
			return nil
		},
		// recover logs a panic in a session and keeps the server up; Bubble
		// Tea catches panics inside the app itself.
		wish.WithMiddleware(recover.MiddlewareWithLogger(logger, func(next ssh.Handler) ssh.Handler {
			return func(s ssh.Session) {
				sv.handle(s)
				next(s)
			}
		})),
	}
	if cfg.idleTimeout > 0 {
		// The session ends after --idle-timeout without input (watch).
		// wish's timeout, on the connection, counts output too, so it only
		// catches clients that went silent both ways, such as a dead link.
		opts = append(opts, wish.WithIdleTimeout(connIdleTimeout(cfg.idleTimeout)))
	}
	if cfg.maxTime > 0 {
		opts = append(opts, wish.WithMaxTimeout(cfg.maxTime+maxTimeGrace))
	}
	s, err := wish.NewServer(opts...)
	if err != nil {
		return nil, err
	}
	sv.ssh = s
	return sv, nil
}

// cmp returns v, or def when v is zero.
func cmp(v, def time.Duration) time.Duration {
	if v > 0 {
		return v
	}
	return def
}

// listen opens the listening socket and logs where and with which key.
func (sv *server) listen() error {
	ln, err := net.Listen("tcp", sv.cfg.listen)
	if err != nil {
		return err
	}
	sv.ln = ln
	sv.log.Info("listening", "addr", ln.Addr().String(), "fingerprint", sv.fingerprint,
		"max-sessions", sv.cfg.maxSessions, "idle-timeout", sv.cfg.idleTimeout,
		"max-time", sv.cfg.maxTime, "rate-limit", fmt.Sprintf("%d/min", sv.cfg.rateLimit))
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		sv.log.Warn("listening beyond this machine: anyone who can reach it may connect (the app is read-only)")
	}
	return nil
}

func (sv *server) addr() net.Addr { return sv.ln.Addr() }

// serve accepts connections until stop; it returns nil after a stop.
func (sv *server) serve() error {
	err := sv.ssh.Serve(sv.ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// stop stops accepting, asks every session to say goodbye and quit (so
// each client's terminal is restored), and waits up to stopGrace for the
// clients to hang up; whatever is left then is cut.
func (sv *server) stop() {
	sv.log.Info("stopping", "sessions", sv.sessions.count())
	empty := sv.sessions.stopAll()
	ctx, cancel := context.WithTimeout(context.Background(), sv.stopGrace)
	defer cancel()
	closed := make(chan error, 1)
	// Shutdown closes the listener at once, then waits for every
	// connection to close: clients hang up after their session's exit.
	go func() { closed <- sv.ssh.Shutdown(ctx) }()
	hungUp := false
	select {
	case <-closed:
		hungUp = true
	case <-empty:
		// Every session has said goodbye. A client may keep its
		// connection open without a session; it gets a moment, not the
		// whole grace period.
		select {
		case <-closed:
			hungUp = true
		case <-time.After(hangUpWait):
		}
	case <-ctx.Done():
		sv.log.Warn("sessions still open after the grace period; closing them", "sessions", sv.sessions.count())
	}
	if !hungUp {
		_ = sv.ssh.Close()
		<-closed
	}
	// With their connections closed, the last sessions' programs are
	// killed; wait for their handlers so no goroutine outlives the server.
	select {
	case <-empty:
	case <-time.After(time.Second):
		sv.log.Warn("sessions did not finish", "sessions", sv.sessions.count())
	}
	sv.log.Info("stopped")
}

// refusalKey marks, in a connection's context, why its sessions are refused.
type refusalKey struct{}

var errRateLimited = errors.New("too many connections from your address, try again in a minute")

// onConn admits or drops a new TCP connection before the SSH handshake.
func (sv *server) onConn(ctx ssh.Context, conn net.Conn) net.Conn {
	if sv.conns.Add(1) > sv.maxConns {
		sv.conns.Add(-1)
		sv.log.Warn("dropped", "addr", conn.RemoteAddr().String(), "reason", "too many open connections")
		return nil
	}
	switch sv.limiter.check(conn.RemoteAddr()) {
	case refuse:
		ctx.SetValue(refusalKey{}, errRateLimited)
	case drop:
		sv.conns.Add(-1)
		// Debug only: a client hammering the port must not flood the log.
		sv.log.Debug("dropped", "addr", conn.RemoteAddr().String(), "reason", "rate limit")
		return nil
	}
	return conn
}
