// Package server serves dossier over SSH with wish: every client gets its
// own app on the one story the server parsed at start, read-only, no shell,
// no files. It keeps the limits a public server needs (sessions at once,
// the cells they are drawn in, connections open in all and per address,
// new connections a minute per address, deadlines for the handshake and
// the first session, idle and total time, clients that stop reading, what
// a session's requests may store) and ends every session with a goodbye
// line that leaves the client's terminal restored.
//
// The server does not read a session's command line itself: the caller
// passes a SessionArgs function (the command line's own flag parser), so
// the local app and a session accept the same flags.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/recover"
	gossh "golang.org/x/crypto/ssh"

	"dossier/model"
	"dossier/model/casefile"
	"dossier/ui"
)

// Timings the configuration does not expose. Tests shorten some through
// Config.
const (
	// defaultStallTimeout is how long one write to a client may block
	// before the server gives up on that client (see stallWriter).
	defaultStallTimeout = 10 * time.Second
	// defaultStopGrace is how long a stopping server waits for its sessions
	// to say goodbye before it cuts the remaining connections.
	defaultStopGrace = 3 * time.Second
	// maxTimeGrace is how much longer than MaxTime wish's hard cut comes,
	// so the app's own goodbye (which restores the terminal) comes first.
	maxTimeGrace = 10 * time.Second
	// hangUpWait is how long a stopping server waits for clients to close
	// their connections after their sessions have ended.
	hangUpWait = 500 * time.Millisecond
)

// Config is how a server listens and what it allows.
type Config struct {
	Listen      string        // the address ListenAndServe listens on
	HostKey     string        // the ed25519 host key's path; "" means DefaultHostKeyPath()
	MaxSessions int           // sessions at once; the next is told "server busy"
	MaxCells    int           // terminal cells all sessions may be drawn in (see reserveFor); 0: room for MaxSessions at the largest size
	MaxConns    int           // TCP connections open at once; 0: 2*MaxSessions+16
	MaxPerAddr  int           // connections open at once from one client address (IPv6: one /64); 0: no limit
	IdleTimeout time.Duration // end a session after this long without input; 0: never
	MaxTime     time.Duration // end a session after this long in any case; 0: never
	RateLimit   int           // new connections a minute per client address; 0: no limit
	// Case, when set, is what every session opens instead of the story
	// (which is then the case's first article, for the session's help).
	Case *casefile.Case

	// HandshakeTimeout bounds the SSH handshake; StartTimeout is how long a
	// connection may then go without a session running (before its first,
	// and after each one ends). Zero means the default.
	HandshakeTimeout time.Duration
	StartTimeout     time.Duration

	// Not settings: tests shorten them; zero means the default.
	stallTimeout time.Duration // see defaultStallTimeout
	stopGrace    time.Duration // see defaultStopGrace
}

// DefaultConfig is what `dossier serve` does without flags.
func DefaultConfig() Config {
	return Config{
		Listen:           "127.0.0.1:23234",
		MaxSessions:      50,
		MaxCells:         50 * maxCells,
		MaxPerAddr:       64,
		IdleTimeout:      10 * time.Minute,
		MaxTime:          2 * time.Hour,
		RateLimit:        120,
		HandshakeTimeout: 20 * time.Second,
		StartTimeout:     10 * time.Second,
	}
}

// NewLogger writes a server's log: timestamps, levels, key=value.
func NewLogger(w io.Writer) *log.Logger {
	return log.NewWithOptions(w, log.Options{ReportTimestamp: true, TimeFormat: time.DateTime})
}

// Server is one SSH server, its limits and the story every session shares
// read-only.
type Server struct {
	cfg         Config
	story       *model.Story
	lex         *model.Lexicon
	args        SessionArgs
	log         *log.Logger
	ssh         *ssh.Server
	fingerprint string

	mu sync.Mutex
	ln net.Listener // set by Serve

	limiter  *rateLimiter
	sessions *registry
	conns    atomic.Int64 // open TCP connections, bounded by maxConns
	maxConns int64
	perAddr  *addrCounter
	ids      atomic.Uint64 // numbers sessions in the log
	ptys     sync.Map      // ssh.Session -> ptyInfo, from the request to the handler
	logs     *logLimiter   // lines strangers can repeat at will

	stallTimeout time.Duration
	stopGrace    time.Duration
	startTimeout time.Duration
	// newModel builds each session's model; tests swap it to make one panic.
	newModel func(*model.Story, ui.Options) tea.Model
}

// New loads (or creates) the host key and sets up a server for story,
// parsed with lex. args reads each session's command; Serve starts
// serving.
func New(cfg Config, story *model.Story, lex *model.Lexicon, logger *log.Logger, args SessionArgs) (*Server, error) {
	cfg = cfg.withDefaults()
	keyPath := cfg.HostKey
	if keyPath == "" {
		p, err := DefaultHostKeyPath()
		if err != nil {
			return nil, err
		}
		keyPath = p
	}
	signer, created, err := loadOrCreateHostKey(keyPath)
	if err != nil {
		return nil, err
	}
	sv := &Server{
		cfg:          cfg,
		story:        story,
		lex:          lex,
		args:         args,
		log:          logger,
		fingerprint:  gossh.FingerprintSHA256(signer.PublicKey()),
		limiter:      newRateLimiter(cfg.RateLimit, time.Now),
		sessions:     newRegistry(cfg.MaxSessions, cfg.MaxCells),
		maxConns:     int64(cfg.MaxConns),
		perAddr:      newAddrCounter(cfg.MaxPerAddr),
		logs:         newLogLimiter(logger, logEvery),
		stallTimeout: orDefault(cfg.stallTimeout, defaultStallTimeout),
		stopGrace:    orDefault(cfg.stopGrace, defaultStopGrace),
		startTimeout: cfg.StartTimeout,
	}
	// Every session shares one prepared story: its index is built once,
	// not per session.
	if cfg.Case != nil {
		prepCase := ui.PrepareCase(cfg.Case)
		sv.newModel = func(_ *model.Story, o ui.Options) tea.Model { return prepCase.New(o) }
	} else {
		sv.setStoryModel(story)
	}
	if created {
		logger.Info("created host key", "path", keyPath)
	}
	opts := []ssh.Option{
		func(s *ssh.Server) error {
			// A host key must be set before wish.NewServer looks, or it
			// writes one into the working directory.
			s.AddHostKey(signer)
			s.HandshakeTimeout = cfg.HandshakeTimeout
			s.ConnCallback = sv.onConn
			s.ServerConfigCallback = func(ctx ssh.Context) *gossh.ServerConfig {
				// Anyone may connect ("none"), as charm.land/ssh allows
				// by default; the callback marks the handshake's end.
				return &gossh.ServerConfig{NoClientAuth: true, NoClientAuthCallback: func(gossh.ConnMetadata) (*gossh.Permissions, error) {
					sv.authenticated(ctx)
					return nil, nil
				}}
			}
			s.ChannelHandlers = map[string]ssh.ChannelHandler{"session": sv.sessionChannel}
			s.SessionRequestCallback = sv.onSessionRequest
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
	if cfg.IdleTimeout > 0 {
		// The session ends after IdleTimeout without input (watch).
		// wish's timeout, on the connection, counts output too, so it only
		// catches clients that went silent both ways, such as a dead link.
		opts = append(opts, wish.WithIdleTimeout(connIdleTimeout(cfg.IdleTimeout)))
	}
	if cfg.MaxTime > 0 {
		opts = append(opts, wish.WithMaxTimeout(cfg.MaxTime+maxTimeGrace))
	}
	s, err := wish.NewServer(opts...)
	if err != nil {
		return nil, err
	}
	sv.ssh = s
	return sv, nil
}

// withDefaults fills the zero limits that have a default.
func (c Config) withDefaults() Config {
	def := DefaultConfig()
	if c.MaxCells <= 0 {
		c.MaxCells = c.MaxSessions * maxCells
	}
	if c.MaxConns <= 0 {
		c.MaxConns = 2*c.MaxSessions + 16
	}
	c.HandshakeTimeout = orDefault(c.HandshakeTimeout, def.HandshakeTimeout)
	c.StartTimeout = orDefault(c.StartTimeout, def.StartTimeout)
	return c
}

// orDefault returns v, or def when v is zero.
func orDefault(v, def time.Duration) time.Duration {
	if v > 0 {
		return v
	}
	return def
}

// ListenAndServe listens on the configured address and serves; see Serve.
func (sv *Server) ListenAndServe() error {
	ln, err := net.Listen("tcp", sv.cfg.Listen)
	if err != nil {
		return err
	}
	return sv.Serve(ln)
}

// Serve logs where it listens and with which key, then accepts
// connections on ln until Shutdown. It returns nil after a Shutdown.
func (sv *Server) Serve(ln net.Listener) error {
	sv.mu.Lock()
	sv.ln = ln
	sv.mu.Unlock()
	sv.log.Info("listening", "addr", ln.Addr().String(), "fingerprint", sv.fingerprint,
		"max-sessions", sv.cfg.MaxSessions, "max-cells", sv.cfg.MaxCells,
		"max-conns", sv.cfg.MaxConns, "max-per-addr", sv.cfg.MaxPerAddr,
		"idle-timeout", sv.cfg.IdleTimeout, "max-time", sv.cfg.MaxTime,
		"rate-limit", fmt.Sprintf("%d/min", sv.cfg.RateLimit))
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		sv.log.Warn("listening beyond this machine: anyone who can reach it may connect (the app is read-only)")
	}
	err := sv.ssh.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Addr is the address Serve listens on; nil before Serve.
func (sv *Server) Addr() net.Addr {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	if sv.ln == nil {
		return nil
	}
	return sv.ln.Addr()
}

// Shutdown stops accepting, asks every session to say goodbye and quit (so
// each client's terminal is restored), and waits for the clients to hang
// up, at most the stop grace or until ctx is done; whatever is left then
// is cut. It returns once every session's handler has returned, or a
// second after the cut. The error is ctx's when connections had to be cut
// before their clients hung up.
func (sv *Server) Shutdown(ctx context.Context) error {
	sv.log.Info("stopping", "sessions", sv.sessions.count())
	empty := sv.sessions.stopAll()
	ctx, cancel := context.WithTimeout(ctx, sv.stopGrace)
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
	var err error
	if !hungUp {
		err = ctx.Err()
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
	sv.logs.flush()
	sv.log.Info("stopped")
	return err
}

// setStoryModel makes sessions open story, prepared once for them all.
func (sv *Server) setStoryModel(story *model.Story) {
	prep := ui.Prepare(story)
	sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
		if st == story {
			return prep.New(o)
		}
		return ui.New(st, o)
	}
}
