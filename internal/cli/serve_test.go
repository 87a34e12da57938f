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
// start serving: the flags and FILE, or the error the command line reports.
func parseServe(args ...string) (*serveFlags, string, error) {
	var (
		got  *serveFlags
		file string
	)
	cmd := newServeWith(func(_ context.Context, sf *serveFlags, f string) error { got, file = sf, f; return nil })
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
	if file != "story.txt" || c.MaxSessions != 3 || c.IdleTimeout != time.Minute || c.MaxTime != 0 ||
		c.Listen != "127.0.0.1:23234" || c.RateLimit != 10 || c.HostKey != "" {
		t.Errorf("parsed %+v, %q", sf, file)
	}
	for _, args := range [][]string{{"--max-sessions", "0"}, {"--idle-timeout", "-1s"}, {"--nope"}, {"a", "b"}, {"--rate-limit", "-1"}} {
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
