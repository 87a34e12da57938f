package cli

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// parseServe reads `dossier serve ARGS` up to the point where it would
// start serving: the flags and the FILE arguments, joined by spaces, or
// the error the command line reports.
func parseServe(args ...string) (*serveFlags, string, error) {
	var (
		got  *serveFlags
		file string
	)
	cmd := newServeWith(func(_ context.Context, sf *serveFlags, files []string) error {
		got, file = sf, strings.Join(files, " ")
		return nil
	})
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError(err) })
	cmd.SetArgs(args)
	cmd.SetOut(io.Discard)
	if err := execute(cmd); err != nil {
		return nil, "", err
	}
	return got, file, nil
}

func TestServeFlags(t *testing.T) {
	sf, file, err := parseServe("story.txt", "--max-sessions", "3", "--idle-timeout=1m", "--max-time", "0")
	if err != nil {
		t.Fatal(err)
	}
	c := sf.cfg
	// Defaults a room of 50 behind one address gets through: 64 open
	// connections per address, 120 new ones a minute in bursts of 60.
	if file != "story.txt" || c.MaxSessions != 3 || c.IdleTimeout != time.Minute || c.MaxTime != 0 ||
		c.Listen != "127.0.0.1:23234" || c.RateLimit != 120 || c.HostKey != "" ||
		c.MaxPerAddr != 64 || c.MaxConns != 0 || c.MaxCells != 2_500_000 ||
		c.HandshakeTimeout != 20*time.Second || c.StartTimeout != 10*time.Second {
		t.Errorf("parsed %+v, %q", sf, file)
	}
	sf, _, err = parseServe("--max-cells", "100000", "--max-conns", "30", "--max-per-addr", "4",
		"--handshake-timeout", "5s", "--start-timeout", "3s")
	if err != nil {
		t.Fatal(err)
	}
	if c := sf.cfg; c.MaxCells != 100000 || c.MaxConns != 30 || c.MaxPerAddr != 4 ||
		c.HandshakeTimeout != 5*time.Second || c.StartTimeout != 3*time.Second {
		t.Errorf("parsed %+v", sf.cfg)
	}
	for _, args := range [][]string{{"--max-sessions", "0"}, {"--idle-timeout", "-1s"}, {"--nope"}, {"-", "-"}, {"a.txt", "https://news.example/a"}, {"--rate-limit", "-1"},
		{"--max-cells", "49999"}, {"--max-conns", "-1"}, {"--max-per-addr", "-1"}, {"--handshake-timeout", "0"}, {"--start-timeout", "-1s"}} {
		if _, _, err := parseServe(args...); err == nil {
			t.Errorf("%q: no error", args)
		}
	}

	// Through the command line: usage errors are one line and status 2.
	code, out, errOut := runCmd(t, "", "serve", "--max-sessions", "x")
	if code != 2 || out != "" {
		t.Errorf("bad flag: status %d, stdout %q", code, out)
	}
	if errOut != "dossier serve: invalid value \"x\" for flag --max-sessions: parse error (see dossier serve --help)\n" {
		t.Errorf("bad flag said %q", errOut)
	}
	if code, out, _ := runCmd(t, "", "serve", "--help"); code != 0 || !strings.Contains(out, "--listen") {
		t.Errorf("--help: status %d, %q", code, out)
	}
	code, _, errOut = runCmd(t, "", "serve", "--host-key", filepath.Join(t.TempDir(), "k"), "--listen", "127.0.0.1:99999")
	if code != 1 || !strings.HasSuffix(errOut, "\ndossier serve: listen tcp: address 99999: invalid port\n") {
		t.Errorf("bad address: status %d, %q", code, errOut)
	}
}
