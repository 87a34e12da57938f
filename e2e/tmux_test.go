package e2e

import (
	"context"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tmux drives a private tmux server (its own socket in a temp dir).
type tmux struct {
	t    *testing.T
	sock string
}

func newTmux(t *testing.T) *tmux {
	tx := &tmux{t: t, sock: filepath.Join(t.TempDir(), "tmux.sock")}
	t.Cleanup(func() {
		// Stop the tmux server by its PID; kill-server as well in case.
		if out, err := tx.run("display-message", "-p", "#{pid}"); err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(out)); err == nil && pid > 0 {
				_ = syscall.Kill(pid, syscall.SIGTERM)
			}
		}
		_, _ = tx.run("kill-server")
	})
	return tx
}

func (tx *tmux) run(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), waitLong)
	defer cancel()
	out, err := exec.CommandContext(ctx, "tmux", append([]string{"-S", tx.sock, "-f", "/dev/null"}, args...)...).CombinedOutput()
	return string(out), err
}

func (tx *tmux) must(args ...string) string {
	tx.t.Helper()
	out, err := tx.run(args...)
	if err != nil {
		tx.t.Fatalf("tmux %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return out
}

// capture is the pane's screen as text.
func (tx *tmux) capture(target string) string {
	out, _ := tx.run("capture-pane", "-p", "-t", target)
	return out
}

func (tx *tmux) waitScreen(target, want string) {
	tx.t.Helper()
	deadline := time.Now().Add(waitLong)
	for !strings.Contains(tx.capture(target), want) {
		if time.Now().After(deadline) {
			tx.t.Fatalf("pane %s never showed %q; screen:\n%s", target, want, tx.capture(target))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// modes reports the pane's terminal modes that an app must turn off again.
func (tx *tmux) modes(target string) string {
	return strings.TrimSpace(tx.must("display-message", "-p", "-t", target,
		"alt=#{alternate_on} mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag} cursor=#{cursor_flag}"))
}

// shellQuote quotes args for the shell tmux runs the pane command in.
func shellQuote(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}
