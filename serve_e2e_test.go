package main

import (
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
	"dossier/ui"
)

// sshArgs is an OpenSSH command line for the test server: no user config,
// no known_hosts, quiet.
func sshArgs(port int, extra ...string) []string {
	args := []string{"-F", "/dev/null", "-p", strconv.Itoa(port),
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "LogLevel=ERROR", "-o", "BatchMode=yes"}
	return append(args, extra...)
}

func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("end-to-end test needs %s (apt-get install %s); .ci/run installs it", tool,
				map[string]string{"ssh": "openssh-client", "tmux": "tmux"}[tool])
		}
	}
}

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

// TestServeOpenSSH runs the real OpenSSH client (ssh -tt) in tmux against
// the in-process server: first frame, a resize, q, refusals, and a server
// stop with a session open.
func TestServeOpenSSH(t *testing.T) {
	needTools(t, "ssh", "tmux")
	sizes := make(chan tea.WindowSizeMsg, 64)
	ts := startServer(t, baseConfig(t), func(sv *server) {
		sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
			return sizeSpy{Model: ui.New(st, o), sizes: sizes}
		}
	})
	p := port(ts.addr())
	paneCmd := func(extra ...string) string {
		return "ssh " + shellQuote(sshArgs(p, append([]string{"-tt", "127.0.0.1"}, extra...)...)) + "; echo EXIT=$?; sleep 600"
	}
	tx := newTmux(t)
	tx.must("new-session", "-d", "-x", "120", "-y", "40", "-s", "e2e", paneCmd())
	tx.waitScreen("e2e", fixtureTitle)
	waitSize(t, sizes, 120, 40)
	if got := tx.modes("e2e"); !strings.HasPrefix(got, "alt=1") {
		t.Errorf("app running: %s, want the alt screen", got)
	}

	tx.must("resize-window", "-t", "e2e", "-x", "70", "-y", "20")
	waitSize(t, sizes, 70, 20)
	tx.waitScreen("e2e", fixtureTitle)

	tx.must("send-keys", "-t", "e2e", "q")
	tx.waitScreen("e2e", "EXIT=0")
	if got := tx.modes("e2e"); got != "alt=0 mouse=000 cursor=1" {
		t.Errorf("after q: %s, want the terminal restored", got)
	}

	// Refusals reach the OpenSSH user as one line and a status.
	for _, tc := range []struct {
		args []string
		code int
		line string
	}{
		{[]string{"-T", "127.0.0.1"}, 1, "dossier needs an interactive terminal: use ssh -t"},
		{[]string{"-tt", "127.0.0.1", "--", "--bogus"}, 2, "dossier: unknown flag --bogus"},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), waitLong)
		out, err := exec.CommandContext(ctx, "ssh", sshArgs(p, tc.args...)...).CombinedOutput()
		cancel()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != tc.code || !strings.Contains(string(out), tc.line) {
			t.Errorf("ssh %s: %v, %q; want status %d and %q", strings.Join(tc.args, " "), err, out, tc.code, tc.line)
		}
	}

	// A server stop with a session open: goodbye, terminal restored, 0.
	tx.must("new-window", "-t", "e2e", "-n", "second", paneCmd("--", "--country", "Belgium"))
	tx.waitScreen("e2e:second", fixtureTitle)
	ts.shutdown(t)
	tx.waitScreen("e2e:second", "dossier: the server is stopping, goodbye")
	tx.waitScreen("e2e:second", "EXIT=0")
	if got := tx.modes("e2e:second"); got != "alt=0 mouse=000 cursor=1" {
		t.Errorf("after the stop: %s, want the terminal restored", got)
	}
	if strings.Contains(tx.capture("e2e:second"), "closed by remote host") {
		t.Errorf("the client saw its connection cut:\n%s", tx.capture("e2e:second"))
	}
}
