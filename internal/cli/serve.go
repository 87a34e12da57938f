package cli

import (
	"context"
	"io"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/spf13/cobra"

	"dossier/internal/server"
)

const serveLong = `Serves the story (the embedded one, or the article FILE, URL or - names, read once at start as dossier --help says) over SSH: every client gets the full app in its own terminal, read-only, no shell. Anyone who can reach the address may connect; the default listens on this machine only. Use --listen :23234 to serve others.

A URL on this command line is fetched once, at start. A session never makes the server fetch an address or read a file: clients pick filters and views like the local app (ssh -p PORT HOST -- --help lists them), and a FILE or URL in their arguments is refused. On SIGINT or SIGTERM the server says goodbye to every session and exits 0.`

const serveExample = `
dossier serve
dossier serve --listen :23234 --max-sessions 20 story.txt
dossier serve https://news.example/2024/05/02/port-seizure
ssh -t -p 23234 localhost -- --country Netherlands --view stats
`

// serveFlags are what `dossier serve` is told on its command line.
type serveFlags struct {
	cfg       server.Config
	published string
}

func newServe(stdin io.Reader, stderr io.Writer) *cobra.Command {
	return newServeWith(func(ctx context.Context, sf *serveFlags, file string) error {
		return runServe(ctx, sf, file, stdin, stderr)
	})
}

// newServeWith is newServe with what serves passed in: tests read the
// command line without serving.
func newServeWith(serve func(ctx context.Context, sf *serveFlags, file string) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "serve [FILE|URL|-]",
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
	fs.DurationVar(&sf.cfg.IdleTimeout, "idle-timeout", sf.cfg.IdleTimeout, "end a session after this long without a key;\n0: never")
	fs.DurationVar(&sf.cfg.MaxTime, "max-time", sf.cfg.MaxTime, "end a session after this long in any case;\n0: never")
	fs.IntVar(&sf.cfg.RateLimit, "rate-limit", sf.cfg.RateLimit, "new connections a minute from one client\naddress, in bursts of up to N/2; 0: no limit")
	addPublishedFlag(fs, &sf.published)
	addHelpFlag(cmd)
	cmd.RunE = func(c *cobra.Command, args []string) error {
		file, err := fileArg(args)
		if err == nil {
			err = sf.check()
		}
		if err != nil {
			return in("serve", err)
		}
		return in("serve", serve(c.Context(), sf, file))
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
	case c.RateLimit < 0:
		return usagef("--rate-limit must not be negative")
	case c.Listen == "":
		return usagef("--listen needs an address, e.g. 127.0.0.1:23234")
	}
	return nil
}

// runServe serves file ("" the embedded story, "-" stdin) over SSH until
// SIGINT or SIGTERM (or ctx is done), then says goodbye to every session
// and returns nil.
func runServe(ctx context.Context, sf *serveFlags, file string, stdin io.Reader, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if os.Getenv("GOGC") == "" {
		// A session's live heap, mostly Bubble Tea's cell buffers, is a
		// fixed size; at the default GOGC=100 garbage doubles it. Collecting
		// at +50% keeps the memory per session down for some GC CPU (the
		// README's SSH figures). GOGC in the environment still wins.
		debug.SetGCPercent(50)
	}
	// Parsed once; every session shares it read-only.
	story, lex, err := loadStory(ctx, file, sf.published, commandLine(stdin))
	if err != nil {
		return err
	}
	logger := server.NewLogger(stderr)
	sv, err := server.New(sf.cfg, story, lex, logger, SessionArgs)
	if err != nil {
		return err
	}
	// Listening here rather than in ListenAndServe makes a bad address one
	// line on stderr, like every other mistake, not a log entry.
	ln, err := net.Listen("tcp", sf.cfg.Listen)
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
