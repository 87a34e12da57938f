package e2e

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sshArgs is an OpenSSH command line for the test server: no user config,
// no known_hosts, quiet.
func sshArgs(port int, extra ...string) []string {
	args := []string{"-F", "/dev/null", "-p", strconv.Itoa(port),
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "LogLevel=ERROR", "-o", "BatchMode=yes"}
	return append(args, extra...)
}

// fixtureTitle is distinctive so a test can find it on a screen.
const fixtureTitle = "Harbour raid fixture"

// fixtureArticle is a small story with two events: Belgium (Antwerp) and
// the Netherlands (Rotterdam).
const fixtureArticle = "---\ntitle: " + fixtureTitle + "\nsource: AP\npublished: 2021-03-09\ndateline: BRUSSELS\n---\n" +
	"Belgian police arrested 48 people in Antwerp on Tuesday. Dutch prosecutors seized 17 tonnes of cocaine in Rotterdam.\n"

// serveProc is `dossier serve` running in its own process on 127.0.0.1.
type serveProc struct {
	cmd  *exec.Cmd
	addr string
	port int
	logs *syncBuffer
	done chan struct{} // closed once the process has exited
	code int           // its exit code, once done
}

var listeningRE = regexp.MustCompile(`listening addr=(\S+)`)

// startServe runs the binary's serve on the fixture article, on a free
// port, with its host key in a temp dir and no rate limit (tests connect
// often from one address), plus args; it returns once the server listens.
// The process is killed when the test ends if it is still running.
func startServe(t *testing.T, args ...string) *serveProc {
	t.Helper()
	dir := t.TempDir()
	article := filepath.Join(dir, "fixture.txt")
	if err := os.WriteFile(article, []byte(fixtureArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	argv := append([]string{"serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "key"), "--rate-limit", "0"}, args...)
	sp := &serveProc{cmd: exec.Command(dossierBinary(t), append(argv, article)...), logs: &syncBuffer{}, done: make(chan struct{})}
	sp.cmd.Env = appEnv()
	sp.cmd.Stderr = sp.logs
	if err := sp.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		_ = sp.cmd.Wait()
		sp.code = sp.cmd.ProcessState.ExitCode()
		close(sp.done)
	}()
	t.Cleanup(func() {
		select {
		case <-sp.done:
		default:
			_ = sp.cmd.Process.Kill()
			<-sp.done
		}
		if t.Failed() {
			t.Logf("server log:\n%s", sp.logs.String())
		}
	})
	eventually(t, "the server to listen", func() bool {
		m := listeningRE.FindStringSubmatch(sp.logs.String())
		if m == nil {
			return false
		}
		sp.addr = m[1]
		_, p, _ := strings.Cut(sp.addr, ":")
		sp.port, _ = strconv.Atoi(p)
		return true
	})
	return sp
}

// stop sends sig and returns the server's exit code once it has exited.
func (sp *serveProc) stop(t *testing.T, sig syscall.Signal) int {
	t.Helper()
	if err := sp.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	select {
	case <-sp.done:
	case <-time.After(waitLong):
		t.Fatalf("the server still runs %v after %v", waitLong, sig)
	}
	return sp.code
}

// TestServeOpenSSH runs the real OpenSSH client (ssh -tt) in tmux against
// `dossier serve`: first frame at the terminal's size, a resize, q,
// refusals, and SIGTERM with a session open.
func TestServeOpenSSH(t *testing.T) {
	needTools(t, "ssh", "tmux")
	sp := startServe(t)
	paneCmd := func(extra ...string) string {
		return "ssh " + shellQuote(sshArgs(sp.port, append([]string{"-tt", "127.0.0.1"}, extra...)...)) + "; echo EXIT=$?; sleep 600"
	}
	tx := newTmux(t)
	tx.must("new-session", "-d", "-x", "120", "-y", "40", "-s", "e2e", paneCmd())
	tx.waitScreen("e2e", fixtureTitle)
	// The app got the client's size: the three panes side by side, the
	// footer on the 40th row.
	waitLayout(t, tx, "e2e", "╭ Filters", 40)
	if got := tx.modes("e2e"); !strings.HasPrefix(got, "alt=1") {
		t.Errorf("app running: %s, want the alt screen", got)
	}

	// And the new size: one pane at a time with tabs, the footer on row 20.
	tx.must("resize-window", "-t", "e2e", "-x", "70", "-y", "20")
	waitLayout(t, tx, "e2e", "1 Filters   2 Timeline", 20)
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
		{[]string{"-tt", "127.0.0.1", "--", "--bogus"}, 2, "dossier: flag provided but not defined: --bogus (ssh -p " + strconv.Itoa(sp.port) + " HOST -- --help lists the flags)"},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), waitLong)
		out, err := exec.CommandContext(ctx, "ssh", sshArgs(sp.port, tc.args...)...).CombinedOutput()
		cancel()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != tc.code || !strings.Contains(string(out), tc.line) {
			t.Errorf("ssh %s: %v, %q; want status %d and %q", strings.Join(tc.args, " "), err, out, tc.code, tc.line)
		}
	}

	// SIGTERM with a session open: goodbye, terminal restored, 0 for the
	// client and for the server.
	tx.must("new-window", "-t", "e2e", "-n", "second", paneCmd("--", "--country", "Belgium"))
	tx.waitScreen("e2e:second", fixtureTitle)
	tx.waitScreen("e2e:second", "[x] Belgium")
	if code := sp.stop(t, syscall.SIGTERM); code != 0 {
		t.Errorf("the server exited %d after SIGTERM, want 0", code)
	}
	tx.waitScreen("e2e:second", "dossier: the server is stopping, goodbye")
	tx.waitScreen("e2e:second", "EXIT=0")
	if got := tx.modes("e2e:second"); got != "alt=0 mouse=000 cursor=1" {
		t.Errorf("after the stop: %s, want the terminal restored", got)
	}
	if strings.Contains(tx.capture("e2e:second"), "closed by remote host") {
		t.Errorf("the client saw its connection cut:\n%s", tx.capture("e2e:second"))
	}
}

// waitLayout waits until the pane shows want and the app's footer ("q
// quit") is on row rows, the last: the app drew at that height.
func waitLayout(t *testing.T, tx *tmux, target, want string, rows int) {
	t.Helper()
	eventually(t, "a frame with "+quote(want)+" and the footer on row "+strconv.Itoa(rows), func() bool {
		screen := strings.TrimRight(tx.capture(target), "\n")
		lines := strings.Split(screen, "\n")
		return strings.Contains(screen, want) && len(lines) == rows && strings.Contains(lines[rows-1], "q quit")
	})
}

func quote(s string) string { return "\"" + s + "\"" }
