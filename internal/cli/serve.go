package cli

import (
	"context"
	"io"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"charm.land/log/v2"
	"github.com/spf13/cobra"

	"dossier/data"
	"dossier/internal/sanitize"
	"dossier/internal/server"
	"dossier/model"
	"dossier/model/casefile"
)

const serveLong = `Serves the story (the embedded one, or the article FILE, URL or - names, read once at start as dossier --help says) over SSH: every client gets the full app in its own terminal, read-only, no shell. Anyone who can reach the address may connect; the default listens on this machine only. Use --listen :23234 to serve others.

Several FILEs, a DIR or --demo-case serve a case, read as dossier --help says from files, directories and - only (a URL in a case is refused); every session opens the case. A URL alone on this command line is fetched once, at start. A session never makes the server fetch an address or read a file: clients pick filters and views like the local app (ssh -p PORT HOST -- --help lists them), and a FILE or URL in their arguments is refused. On SIGINT or SIGTERM the server says goodbye to every session and exits 0.`

const serveExample = `
dossier serve
dossier serve --listen :23234 --max-sessions 20 story.txt
dossier serve articles/
dossier serve https://news.example/2024/05/02/port-seizure
ssh -t -p 23234 localhost -- --country Netherlands --view stats
`

// serveFlags are what `dossier serve` is told on its command line.
type serveFlags struct {
	cfg       server.Config
	published string
	demoCase  bool
}

func newServe(stdin io.Reader, stderr io.Writer) *cobra.Command {
	return newServeWith(func(ctx context.Context, sf *serveFlags, args []string) error {
		return runServe(ctx, sf, args, stdin, stderr)
	})
}

// newServeWith is newServe with what serves passed in: tests read the
// command line without serving.
func newServeWith(serve func(ctx context.Context, sf *serveFlags, args []string) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "serve [FILE|DIR|URL|-...]",
		Short:   "Serve the app over SSH",
		Long:    serveLong,
		Example: serveExample,
		Args:    cobra.ArbitraryArgs,
	}
	sf := &serveFlags{cfg: server.DefaultConfig()}
	fs := cmd.Flags()
	fs.StringVar(&sf.cfg.Listen, "listen", sf.cfg.Listen, "address to listen on")
	fs.StringVar(&sf.cfg.HostKey, "host-key", "", "ed25519 host key, created 0600 if missing\n(default $XDG_DATA_HOME/dossier/ssh_host_ed25519)")
	fs.IntVar(&sf.cfg.MaxSessions, "max-sessions", sf.cfg.MaxSessions, `sessions at once; the next is told "server busy"`)
	fs.IntVar(&sf.cfg.MaxCells, "max-cells", sf.cfg.MaxCells, "memory budget: terminal cells all sessions may\nbe drawn in (about 340 bytes each); a session\nthat does not fit is told \"server busy\"")
	fs.IntVar(&sf.cfg.MaxConns, "max-conns", sf.cfg.MaxConns, "connections open at once;\n0: twice --max-sessions, plus 16")
	fs.IntVar(&sf.cfg.MaxPerAddr, "max-per-addr", sf.cfg.MaxPerAddr, "connections open at once from one client\naddress (IPv6: one /64); 0: no limit")
	fs.DurationVar(&sf.cfg.IdleTimeout, "idle-timeout", sf.cfg.IdleTimeout, "end a session after this long without a key;\n0: never")
	fs.DurationVar(&sf.cfg.MaxTime, "max-time", sf.cfg.MaxTime, "end a session after this long in any case;\n0: never")
	fs.IntVar(&sf.cfg.RateLimit, "rate-limit", sf.cfg.RateLimit, "new connections a minute from one client\naddress, in bursts of up to N/2; 0: no limit")
	fs.DurationVar(&sf.cfg.HandshakeTimeout, "handshake-timeout", sf.cfg.HandshakeTimeout, "close a connection whose SSH handshake\n(the client's host key prompt included)\ntakes longer")
	fs.DurationVar(&sf.cfg.StartTimeout, "start-timeout", sf.cfg.StartTimeout, "close a connection that has no session\nrunning for this long")
	addPublishedFlag(fs, &sf.published)
	addDemoCaseFlag(fs, &sf.demoCase)
	addHelpFlag(cmd)
	cmd.RunE = func(c *cobra.Command, args []string) error {
		err := checkArgs(args)
		if err == nil {
			err = sf.check()
		}
		if err == nil && isCase(args, sf.demoCase) {
			err = caseWithoutURLs(args)
		}
		if err != nil {
			return in("serve", err)
		}
		return in("serve", serve(c.Context(), sf, args))
	}
	return cmd
}

// check refuses the values the flag parser lets through.
func (sf *serveFlags) check() error {
	switch c := sf.cfg; {
	case c.MaxSessions < 1:
		return usagef("--max-sessions must be at least 1")
	case c.IdleTimeout < 0:
		return usagef("--idle-timeout must not be negative")
	case c.MaxTime < 0:
		return usagef("--max-time must not be negative")
	case c.MaxCells < server.MinCells:
		return usagef("--max-cells must be at least %d (one session at the largest size)", server.MinCells)
	case c.MaxConns < 0:
		return usagef("--max-conns must not be negative")
	case c.MaxPerAddr < 0:
		return usagef("--max-per-addr must not be negative")
	case c.RateLimit < 0:
		return usagef("--rate-limit must not be negative")
	case c.HandshakeTimeout <= 0:
		return usagef("--handshake-timeout must be positive")
	case c.StartTimeout <= 0:
		return usagef("--start-timeout must be positive")
	case c.Listen == "":
		return usagef("--listen needs an address, e.g. 127.0.0.1:23234")
	}
	return nil
}

// startServe parses the story, or the case, loads the host key and
// listens. Every session shares the story read-only.
func startServe(ctx context.Context, sf *serveFlags, args []string, stdin io.Reader, stderr io.Writer, logger *log.Logger) (*server.Server, net.Listener, error) {
	story, c, lex, err := serveStory(ctx, sf, args, stdin, stderr)
	if err != nil {
		return nil, nil, err
	}
	cfg := sf.cfg
	cfg.Case = c
	if c != nil {
		logger.Info("serving a case", "articles", len(c.Articles), "entries", len(c.Entries))
	}
	sv, err := server.New(cfg, story, lex, logger, SessionArgs)
	if err != nil {
		return nil, nil, err
	}
	// Listening here rather than in ListenAndServe makes a bad address one
	// line on stderr, like every other mistake, not a log entry.
	ln, err := net.Listen("tcp", sf.cfg.Listen)
	if err != nil {
		return nil, nil, err
	}
	return sv, ln, nil
}

// runServe serves what args name (none the embedded story, "-" stdin, a
// URL, or a case) over SSH until
// SIGINT or SIGTERM (or ctx is done), then says goodbye to every session
// and returns nil.
func runServe(ctx context.Context, sf *serveFlags, args []string, stdin io.Reader, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if os.Getenv("GOGC") == "" {
		// A session's live heap, mostly Bubble Tea's cell buffers, is set
		// by its window size; at the default GOGC=100 garbage doubles it.
		// Collecting at +50% keeps the memory per session down for some GC
		// CPU (the README's SSH figures). GOGC in the environment still
		// wins.
		debug.SetGCPercent(50)
	}
	logger := server.NewLogger(stderr)
	var (
		sv  *server.Server
		ln  net.Listener
		err error
	)
	// Start-up reads the story (perhaps from a stdin nobody writes to) and
	// the host key: a signal meanwhile still stops the server.
	started := make(chan struct{})
	go func() {
		defer close(started)
		sv, ln, err = startServe(ctx, sf, args, stdin, stderr, logger)
	}()
	select {
	case <-started:
	case <-ctx.Done():
		logger.Info("stopped before serving")
		go func() {
			<-started
			if ln != nil {
				ln.Close()
			}
		}()
		return nil
	}
	if err != nil {
		return err
	}
	served := make(chan error, 1)
	go func() { served <- sv.Serve(ln) }()
	select {
	case <-ctx.Done():
		_ = sv.Shutdown(context.Background())
		<-served
		return nil
	case err := <-served:
		logger.Error("server failed", "err", err)
		_ = sv.Shutdown(context.Background())
		return errLogged
	}
}

// serveStory reads what the server shows, once (a URL fetched once,
// here): one story, or a case read from files, directories and stdin
// only (see caseWithoutURLs), with its first article as the story the
// sessions' help speaks of. The sessions share it read-only.
func serveStory(ctx context.Context, sf *serveFlags, args []string, stdin io.Reader, stderr io.Writer) (*model.Story, *casefile.Case, *model.Lexicon, error) {
	if !isCase(args, sf.demoCase) {
		st, lex, err := loadStory(ctx, oneFile(args), sf.published, commandLine(stdin))
		return st, nil, lex, err
	}
	c, lex, err := loadCase(ctx, args, &storyFlags{published: sf.published, demoCase: sf.demoCase}, reader{stdin: stdin}, stderr)
	if err != nil {
		return nil, nil, nil, err
	}
	return c.Articles[0].Story, c, lex, nil
}

// caseWithoutURLs refuses a URL in a case to serve: a server reads its
// case from its own files, which the person starting it has chosen,
// rather than fetching a list of pages at every restart.
func caseWithoutURLs(args []string) error {
	for _, a := range args {
		if data.IsURL(a) {
			return usagef("no URLs in a served case: %s (save the page and serve its file; one URL alone is served as a story)", sanitize.Line(a))
		}
	}
	return nil
}
