//go:build linux

package ptytest

import (
	"errors"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeApp is a full-screen program in sh: raw mode, alt screen, hidden
// cursor, a frame; each key redraws a line; q restores everything and exits 3.
const fakeApp = `old=$(stty -g); stty raw -echo
printf '\033[?1049h\033[?25l\033[?1000h\033[H\033[2Jhello FRAME'
while :; do
  c=$(dd bs=1 count=1 2>/dev/null)
  case "$c" in
    q) printf '\033[?1000l\033[?25h\033[?1049l'; stty "$old"; exit 3;;
    *) printf '\033[2;1Hkey %s' "$c";;
  esac
done`

func needPTY(t *testing.T) {
	t.Helper()
	if _, err := os.Stat("/dev/ptmx"); err != nil {
		t.Skip("no /dev/ptmx:", err)
	}
}

func start(t *testing.T, script string, o Options) *Session {
	t.Helper()
	needPTY(t)
	o.Cols, o.Rows = 40, 10
	s, err := StartWith(exec.Command("/bin/sh", "-c", script), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = s.Close() })
	return s
}

func TestSessionFrameKeysAndCleanExit(t *testing.T) {
	s := start(t, fakeApp, Options{})
	at, err := s.WaitText(Mark{}, "FRAME", 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	frame, err := s.WaitQuiet(at, 30*time.Millisecond, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if frame.Last.Before(s.Started()) || frame.Bytes == 0 {
		t.Errorf("first frame burst %+v", frame)
	}
	m := s.Mark()
	if err := s.Send("j"); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitFor("key j", 5*time.Second); err != nil {
		t.Fatal(err)
	}
	key, err := s.WaitQuiet(m, 30*time.Millisecond, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if key.Bytes != len("\x1b[2;1Hkey j") {
		t.Errorf("key wrote %d bytes", key.Bytes)
	}
	if !strings.Contains(s.Screen(), "hello FRAME") {
		t.Errorf("screen %q", s.Screen())
	}
	if err := s.Send("q"); err != nil {
		t.Fatal(err)
	}
	st, err := s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.Code != 3 || st.ExitedBy != "self" || !st.Restored || !st.TermiosRestored || !st.AltScreenEntered {
		t.Errorf("exit state %+v", st)
	}
	if st.PeakRSSKB <= 0 {
		t.Errorf("no peak RSS")
	}
}

func TestSessionKilledLeavesTerminalBroken(t *testing.T) {
	s := start(t, fakeApp, Options{})
	if err := s.WaitFor("FRAME", 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := s.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	st, err := s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.Restored || st.TermiosRestored || st.Signal != "killed" || st.Code != -1 {
		t.Errorf("exit state %+v", st)
	}
	for _, want := range []string{"alt-screen", "cursor-hidden(25)", "mouse(1000)"} {
		if !slices.Contains(st.ModesLeftOn, want) {
			t.Errorf("modes left on %v, want %s among them", st.ModesLeftOn, want)
		}
	}
}

// askDA1 sends a primary device attributes query and shows what came back
// within half a second.
const askDA1 = `old=$(stty -g); stty raw -echo min 0 time 5
printf '\033[c'
a=$(dd bs=1 count=5 2>/dev/null | od -An -c | tr -d ' ')
stty "$old"
printf 'answer<%s>\n' "$a"`

func TestSessionAnswersQueries(t *testing.T) {
	s := start(t, askDA1, Options{})
	if err := s.WaitFor(`answer<033[?62>`, 5*time.Second); err != nil {
		t.Fatalf("%v; screen %q", err, s.Screen())
	}
	if s.Queries()["DA1"] != 1 {
		t.Errorf("queries %v", s.Queries())
	}
}

func TestSessionNoAnswer(t *testing.T) {
	s := start(t, askDA1, Options{NoAnswer: true})
	if err := s.WaitFor(`answer<>`, 5*time.Second); err != nil {
		t.Fatalf("%v; screen %q", err, s.Screen())
	}
}

func TestSessionWaitEndsWhenProgramExits(t *testing.T) {
	s := start(t, `echo bye`, Options{})
	err := s.WaitFor("never shown", 5*time.Second)
	if !errors.Is(err, ErrExited) {
		t.Fatalf("err = %v, want ErrExited", err)
	}
	st, _ := s.Close()
	if st.Code != 0 || !st.Restored {
		t.Errorf("exit state %+v", st)
	}
}

func TestSessionCloseStopsAProgramThatIgnoresInput(t *testing.T) {
	s := start(t, `exec sleep 60`, Options{ExitGrace: 100 * time.Millisecond})
	st, err := s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.ExitedBy != "sigterm" || st.Signal != "terminated" {
		t.Errorf("exit state %+v", st)
	}
}

// Every goroutine a session starts ends with Close.
func TestSessionCloseLeavesNoGoroutines(t *testing.T) {
	needPTY(t)
	before := runtime.NumGoroutine()
	for _, script := range []string{fakeApp, `exec sleep 60`} {
		s, err := StartWith(exec.Command("/bin/sh", "-c", script), Options{Cols: 40, Rows: 10, ExitGrace: 50 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		_ = s.WaitFor("FRAME", 200*time.Millisecond)
		if _, err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 100 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines before, %d after", before, n)
	}
}
