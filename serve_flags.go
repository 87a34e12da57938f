package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"
)

const serveUsage = `usage: dossier serve [flags] [FILE|-]

Serve the story (the embedded one, or FILE parsed once at start) over SSH:
every client gets the full app in its own terminal, read-only, no shell.
Anyone who can reach the address may connect; the default listens on this
machine only. Use --listen :23234 to serve others.

  --listen ADDR        address to listen on (default 127.0.0.1:23234)
  --host-key PATH      ed25519 host key, created 0600 if missing
                       (default $XDG_DATA_HOME/dossier/ssh_host_ed25519)
  --max-sessions N     sessions at once; the next is told "server busy" (default 50)
  --idle-timeout DUR   end a session after this long without a key (default 10m; 0: never)
  --max-time DUR       end a session after this long in any case (default 2h; 0: never)
  --rate-limit N       new connections per minute from one client address,
                       in bursts of up to N/2 (default 10; 0: no limit)

Clients pick filters and views like the local app:
  ssh -t -p 23234 HOST -- --country Netherlands --view stats
`

// serveConfig is everything `dossier serve` is told on its command line.
type serveConfig struct {
	listen      string
	hostKey     string // "" means defaultHostKeyPath()
	maxSessions int
	idleTimeout time.Duration
	maxTime     time.Duration
	rateLimit   int // connections per minute per client address; 0: off
	file        string

	// Not flags: tests shorten them; zero means the default.
	stallTimeout time.Duration // see defaultStallTimeout
	stopGrace    time.Duration // see defaultStopGrace
}

// parseServeFlags parses the serve command line. flag.ErrHelp comes back
// for -h/--help; other errors are one line.
func parseServeFlags(args []string) (serveConfig, error) {
	var c serveConfig
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.listen, "listen", "127.0.0.1:23234", "")
	fs.StringVar(&c.hostKey, "host-key", "", "")
	fs.IntVar(&c.maxSessions, "max-sessions", 50, "")
	fs.DurationVar(&c.idleTimeout, "idle-timeout", 10*time.Minute, "")
	fs.DurationVar(&c.maxTime, "max-time", 2*time.Hour, "")
	fs.IntVar(&c.rateLimit, "rate-limit", 10, "")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return serveConfig{}, err
	}
	switch {
	case len(pos) > 1:
		return serveConfig{}, fmt.Errorf("one file at a time, got %d", len(pos))
	case c.maxSessions < 1:
		return serveConfig{}, errors.New("--max-sessions must be at least 1")
	case c.idleTimeout < 0:
		return serveConfig{}, errors.New("--idle-timeout must not be negative")
	case c.maxTime < 0:
		return serveConfig{}, errors.New("--max-time must not be negative")
	case c.rateLimit < 0:
		return serveConfig{}, errors.New("--rate-limit must not be negative")
	case c.listen == "":
		return serveConfig{}, errors.New("--listen needs an address, e.g. 127.0.0.1:23234")
	}
	if len(pos) == 1 {
		c.file = pos[0]
	}
	return c, nil
}
