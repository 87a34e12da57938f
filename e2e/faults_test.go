//go:build linux

package e2e

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"

	"dossier/internal/ptytest"
)

// TestFaultsLeaveTheTerminalRestored runs the real binary in a pty, waits
// for its first frame and ends it each way a session can end: a quit key,
// a signal from outside, a bug. Every way must leave the terminal as it
// found it (alt screen off, cursor on, no mouse, paste, focus or keyboard
// mode left on, termios as before) with the documented exit status (see
// internal/app/signals.go): 0 for a quit key, 128+n for a signal, 1 with
// one line for a panic.
func TestFaultsLeaveTheTerminalRestored(t *testing.T) {
	bin := dossierBinary(t)
	tests := []struct {
		name     string
		env      string // DOSSIER_TEST_PANIC
		key      string // typed after the first frame
		signals  []syscall.Signal
		wantCode int // -1: ended by the last signal
		wantSig  string
		wantLine string // on the terminal after the exit
	}{
		{name: "q", key: "q", wantCode: 0},
		{name: "ctrl+c key", key: "\x03", wantCode: 0},
		{name: "SIGTERM", signals: []syscall.Signal{syscall.SIGTERM}, wantCode: 143, wantLine: "dossier: stopped by signal: terminated"},
		{name: "SIGINT", signals: []syscall.Signal{syscall.SIGINT}, wantCode: 130, wantLine: "dossier: stopped by signal: interrupt"},
		{name: "SIGHUP", signals: []syscall.Signal{syscall.SIGHUP}, wantCode: 129, wantLine: "dossier: stopped by signal: hangup"},
		{name: "panic in Update", env: "update", key: "j", wantCode: 1, wantLine: "dossier: internal error: test hook: panic in Update"},
		{name: "panic in View", env: "view", key: "j", wantCode: 1, wantLine: "dossier: internal error: test hook: panic in View"},
		// Update never returns: the first SIGTERM cannot quit through the
		// event loop, the second restores the terminal and ends the process.
		{name: "hung Update, two SIGTERMs", env: "hang", key: "j",
			signals: []syscall.Signal{syscall.SIGTERM, syscall.SIGTERM}, wantCode: -1, wantSig: "terminated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin)
			env := appEnv()
			if tt.env != "" {
				env = append(env, testPanicEnv+"="+tt.env)
			}
			cmd.Env = env
			s, err := ptytest.StartWith(cmd, ptytest.Options{Cols: 120, Rows: 40, ExitGrace: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.WaitFor("Timeline", 15*time.Second); err != nil {
				t.Fatalf("first frame: %v\n%s", err, s.Screen())
			}
			if tt.key != "" {
				if err := s.Send(tt.key); err != nil {
					t.Fatal(err)
				}
			}
			if tt.env == "hang" {
				if err := s.WaitFor("hanging in Update", 15*time.Second); err != nil {
					t.Fatalf("the hook did not hang: %v", err)
				}
			}
			for i, sig := range tt.signals {
				if i > 0 && s.WaitExit(300*time.Millisecond) {
					t.Fatalf("ended after signal %d; the hook should hang", i)
				}
				if err := s.Signal(sig); err != nil {
					t.Fatal(err)
				}
			}
			st, err := s.Close()
			if err != nil {
				t.Fatal(err)
			}
			if st.ExitedBy != "self" {
				t.Errorf("the program did not end by itself: the harness sent %s", st.ExitedBy)
			}
			if st.Code != tt.wantCode || st.Signal != tt.wantSig {
				t.Errorf("exit code %d, signal %q; want %d, %q", st.Code, st.Signal, tt.wantCode, tt.wantSig)
			}
			if !st.Restored {
				t.Errorf("terminal not restored: alt screen exited %v, cursor visible %v, left on %v, termios restored %v",
					st.AltScreenExited, st.CursorVisible, st.ModesLeftOn, st.TermiosRestored)
			}
			screen := s.Screen()
			if tt.wantLine != "" && !strings.Contains(screen, tt.wantLine) {
				t.Errorf("terminal after exit lacks %q:\n%s", tt.wantLine, screen)
			}
			for _, bad := range []string{"goroutine ", "Caught panic", ".go:"} {
				if strings.Contains(screen, bad) {
					t.Errorf("a stack trace reached the terminal (%q):\n%s", bad, screen)
				}
			}
		})
	}
}

// TestTerminalClosedUnderTheApp closes the terminal itself (the pty's
// master side, as when a terminal window is closed or an SSH link drops):
// the kernel hangs up the program, whose writes and reads now fail. It
// must still end by itself with 129 instead of hanging or spinning.
func TestTerminalClosedUnderTheApp(t *testing.T) {
	bin := dossierBinary(t)
	cmd := exec.Command(bin)
	cmd.Env = appEnv("TERM=xterm-256color")
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 120, Rows: 40})
	if err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		// Only if the test failed before the program ended.
		_ = syscall.Kill(cmd.Process.Pid, syscall.SIGKILL)
	}()

	// Read until the first frame is on its way, then close the terminal.
	// Queries go unanswered: startup must not wait on them.
	var seen []byte
	buf := make([]byte, 32<<10)
	deadline := time.Now().Add(15 * time.Second)
	for !bytes.Contains(seen, []byte("Timeline")) {
		if time.Now().After(deadline) {
			t.Fatalf("no first frame; output so far %q", seen)
		}
		_ = ptmx.SetReadDeadline(time.Now().Add(time.Second))
		n, err := ptmx.Read(buf)
		seen = append(seen, buf[:n]...)
		if err != nil && !errors.Is(err, os.ErrDeadlineExceeded) {
			t.Fatalf("read: %v", err)
		}
	}
	ptmx.Close()

	select {
	case err := <-exited:
		var ee *exec.ExitError
		switch {
		case errors.As(err, &ee):
			if code := ee.ExitCode(); code != 129 {
				t.Errorf("exit %v, want 129", err)
			}
		case err == nil:
			t.Error("exit 0 after the terminal went away, want 129")
		default:
			t.Fatal(err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the program still runs 15 s after its terminal closed")
	}
}
