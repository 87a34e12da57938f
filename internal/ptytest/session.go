//go:build linux

// Package ptytest runs a terminal program in a pseudo-terminal, answers its
// terminal queries like xterm, and reports what a person at the terminal
// would see: when a string showed up, when output went quiet, and whether the
// program left the terminal as it found it (alt screen, cursor, input modes,
// termios). It backs the benchmark command and end-to-end tests:
//
//	s, err := ptytest.Start(exec.Command(bin), 120, 40)
//	if err != nil { ... }
//	defer s.Close()
//	if err := s.WaitFor("Timeline", 5*time.Second); err != nil { ... }
//	s.Signal(syscall.SIGTERM)
//	st, err := s.Close()
//	if !st.Restored { t.Errorf("left on: %v", st.ModesLeftOn) }
//
// The output feeds a terminal emulator (see Parser), so Screen is what the
// terminal shows; the waits look at the text as it was written, escape
// sequences stripped, so they see a string the moment it is drawn.
package ptytest

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/creack/pty"
)

// Options configure StartWith. The zero value of each field is a default.
type Options struct {
	Cols, Rows int           // 120x40 when zero
	NoAnswer   bool          // never answer terminal queries (a terminal that stays silent)
	Poll       time.Duration // peak-RSS polling interval; 10 ms when zero
	ExitGrace  time.Duration // how long Close waits for the program to end by itself; 3 s when zero
	Dump       io.Writer     // if set, receives the raw output
}

// Session is one program running in a pseudo-terminal. The embedded Stream
// gives the waits and keys; Close ends it and reports the terminal's state.
type Session struct {
	*Stream
	opts  Options
	cmd   *exec.Cmd
	ptmx  *os.File
	tty   *os.File
	pid   int
	start time.Time

	before *syscall.Termios
	hwm    atomic.Int64 // peak VmHWM seen, kB

	exitCh   chan struct{} // closed when the process has been reaped
	readDone chan struct{}
	pollStop chan struct{}
	state    *ExitState // set by the first Close
	closeErr error
}

// Start runs cmd in a new cols x rows pseudo-terminal with
// TERM=xterm-256color, answering terminal queries like xterm.
func Start(cmd *exec.Cmd, cols, rows int) (*Session, error) {
	return StartWith(cmd, Options{Cols: cols, Rows: rows})
}

// StartWith is Start with options. The program leads its own session and
// process group, so signals go to it and its children only.
func StartWith(cmd *exec.Cmd, o Options) (*Session, error) {
	if o.Cols <= 0 {
		o.Cols = 120
	}
	if o.Rows <= 0 {
		o.Rows = 40
	}
	if o.Poll <= 0 {
		o.Poll = 10 * time.Millisecond
	}
	if o.ExitGrace <= 0 {
		o.ExitGrace = 3 * time.Second
	}
	ptmx, tty, err := pty.Open()
	if err != nil {
		return nil, fmt.Errorf("open pty: %w", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: uint16(o.Cols), Rows: uint16(o.Rows)}); err != nil {
		ptmx.Close()
		tty.Close()
		return nil, fmt.Errorf("set pty size: %w", err)
	}
	before, _ := getTermios(tty)
	if cmd.Env == nil {
		cmd.Env = os.Environ()
	}
	cmd.Env = append(cmd.Env, "TERM=xterm-256color") // the last value wins
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}

	s := &Session{
		Stream: newStream(o.Cols, o.Rows, ptmx, o.NoAnswer, o.Dump),
		opts:   o, cmd: cmd, ptmx: ptmx, tty: tty, before: before,
		exitCh:   make(chan struct{}),
		readDone: make(chan struct{}),
		pollStop: make(chan struct{}),
	}
	s.onSettle = s.sampleRSS
	s.start = time.Now()
	if err := cmd.Start(); err != nil {
		ptmx.Close()
		tty.Close()
		return nil, err
	}
	s.pid = cmd.Process.Pid
	go func() {
		defer close(s.readDone)
		s.readFrom(ptmx)
	}()
	go s.reap()
	go s.poll()
	return s, nil
}

func (s *Session) reap() {
	_ = s.cmd.Wait()
	s.setEnded()
	close(s.exitCh)
}

// poll follows the program's peak RSS. VmHWM vanishes once the process is a
// zombie, so it is sampled while the program runs rather than at the end.
func (s *Session) poll() {
	t := time.NewTicker(s.opts.Poll)
	defer t.Stop()
	for {
		s.sampleRSS()
		select {
		case <-s.exitCh:
			return
		case <-s.pollStop:
			return
		case <-t.C:
		}
	}
}

func (s *Session) sampleRSS() {
	v := procStatusKB(s.pid, "VmHWM")
	for {
		old := s.hwm.Load()
		if v <= old || s.hwm.CompareAndSwap(old, v) {
			return
		}
	}
}

// PID is the program's process id (also its process group id).
func (s *Session) PID() int { return s.pid }

// Started is when the program was started (just before fork/exec).
func (s *Session) Started() time.Time { return s.start }

// PeakRSSKB is the highest VmHWM seen so far, in kB.
func (s *Session) PeakRSSKB() int64 { return s.hwm.Load() }

// Signal sends sig to the program's process group.
func (s *Session) Signal(sig syscall.Signal) error {
	return syscall.Kill(-s.pid, sig)
}

// WaitExit waits for the program to end; false if it is still running.
func (s *Session) WaitExit(timeout time.Duration) bool {
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-s.exitCh:
		return true
	case <-t.C:
		return false
	}
}
