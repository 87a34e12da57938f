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
// It follows the output stream (modes, stripped text); it is not a screen
// emulator, so Screen is the text written since the last full clear.
package ptytest

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
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

// Session is one program running in a pseudo-terminal. Its methods may be
// called from one goroutine at a time (plus Screen and Queries from any).
type Session struct {
	opts  Options
	cmd   *exec.Cmd
	ptmx  *os.File
	tty   *os.File
	pid   int
	start time.Time

	before *syscall.Termios

	wmu sync.Mutex // serialises writes to the pty (keys and answers)

	mu       sync.Mutex
	parser   *Parser
	chunks   []chunk
	total    int
	notify   chan struct{} // closed and replaced whenever something happens
	exited   bool
	exitedAt time.Time
	eof      bool
	hwm      int64 // peak VmHWM seen, kB
	sendMark Mark  // WaitFor looks at output from here on

	exitCh   chan struct{} // closed when the process has been reaped
	readDone chan struct{}
	pollStop chan struct{}
	state    *ExitState // set by the first Close
	closeErr error
}

type chunk struct {
	t     time.Time
	bytes int // raw output bytes up to and including this chunk
	text  int // stripped text length (absolute) after this chunk
}

// Mark is a position in the output stream.
type Mark struct {
	chunk int // index of the first chunk after the mark
	bytes int
	text  int
}

// Bytes is the number of output bytes before the mark.
func (m Mark) Bytes() int { return m.bytes }

// Burst is a run of output followed by quiet.
type Burst struct {
	First time.Time // arrival of its first chunk
	Last  time.Time // arrival of its last byte
	Bytes int       // bytes from the mark to the end of the burst
}

// ErrExited is returned by a wait that cannot succeed because the program ended.
var ErrExited = errors.New("program exited")

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
		opts: o, cmd: cmd, ptmx: ptmx, tty: tty, before: before,
		parser:   NewParser(o.Cols, o.Rows),
		notify:   make(chan struct{}),
		exitCh:   make(chan struct{}),
		readDone: make(chan struct{}),
		pollStop: make(chan struct{}),
	}
	s.start = time.Now()
	if err := cmd.Start(); err != nil {
		ptmx.Close()
		tty.Close()
		return nil, err
	}
	s.pid = cmd.Process.Pid
	go s.read()
	go s.reap()
	go s.poll()
	return s, nil
}

// broadcast wakes every waiter; s.mu must be held.
func (s *Session) broadcast() {
	close(s.notify)
	s.notify = make(chan struct{})
}

func (s *Session) read() {
	defer close(s.readDone)
	buf := make([]byte, 32<<10)
	for {
		n, err := s.ptmx.Read(buf)
		if n > 0 {
			now := time.Now()
			if s.opts.Dump != nil {
				_, _ = s.opts.Dump.Write(buf[:n])
			}
			s.mu.Lock()
			ans := s.parser.Feed(buf[:n])
			s.total += n
			s.chunks = append(s.chunks, chunk{t: now, bytes: s.total, text: s.parser.Len()})
			s.broadcast()
			s.mu.Unlock()
			if len(ans) > 0 && !s.opts.NoAnswer {
				_ = s.write(ans)
			}
		}
		if err != nil {
			s.mu.Lock()
			s.eof = true
			s.broadcast()
			s.mu.Unlock()
			return
		}
	}
}

func (s *Session) reap() {
	_ = s.cmd.Wait()
	s.mu.Lock()
	s.exited, s.exitedAt = true, time.Now()
	s.broadcast()
	s.mu.Unlock()
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
	s.mu.Lock()
	s.hwm = max(s.hwm, v)
	s.mu.Unlock()
}

func (s *Session) write(b []byte) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	_, err := s.ptmx.Write(b)
	return err
}

// PID is the program's process id (also its process group id).
func (s *Session) PID() int { return s.pid }

// Started is when the program was started (just before fork/exec).
func (s *Session) Started() time.Time { return s.start }

// Mark returns the current position in the output stream.
func (s *Session) Mark() Mark {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.markLocked()
}

func (s *Session) markLocked() Mark {
	return Mark{chunk: len(s.chunks), bytes: s.total, text: s.parser.Len()}
}

// Send writes keys to the program as typed (raw bytes, e.g. "j" or "\x1b[B").
// Later WaitFor calls look only at output written after it.
func (s *Session) Send(keys string) error {
	_, err := s.SendAt([]byte(keys))
	return err
}

// SendAt writes b and returns when it was written.
func (s *Session) SendAt(b []byte) (time.Time, error) {
	s.mu.Lock()
	s.sendMark = s.markLocked()
	s.mu.Unlock()
	t := time.Now()
	return t, s.write(b)
}

// Key returns the bytes for a named key given the program's cursor-key mode.
func (s *Session) Key(name string) ([]byte, error) {
	s.mu.Lock()
	app := s.parser.AppCursorKeys()
	s.mu.Unlock()
	return KeyBytes(name, app)
}

// Screen returns the text written since the last full clear, escape
// sequences stripped.
func (s *Session) Screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.parser.Screen()
}

// Queries counts the terminal queries the program sent, by name.
func (s *Session) Queries() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.parser.Queries()
}

// BytesSince is the number of output bytes since m.
func (s *Session) BytesSince(m Mark) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.total - m.bytes
}

// PeakRSSKB is the highest VmHWM seen so far, in kB.
func (s *Session) PeakRSSKB() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hwm
}

// waitUntil calls check (with s.mu held) whenever something happens and at
// the wake time it asks for, until it reports done or timeout passes.
func (s *Session) waitUntil(timeout time.Duration, check func(now time.Time) (done bool, wake time.Time, err error)) error {
	deadline := time.Now().Add(timeout)
	for {
		s.mu.Lock()
		now := time.Now()
		done, wake, err := check(now)
		ch := s.notify
		s.mu.Unlock()
		if done || err != nil {
			return err
		}
		if !now.Before(deadline) {
			return fmt.Errorf("timed out after %v", timeout)
		}
		until := deadline
		if !wake.IsZero() && wake.Before(until) {
			until = wake
		}
		t := time.NewTimer(time.Until(until))
		select {
		case <-ch:
		case <-t.C:
		}
		t.Stop()
	}
}

// endedLocked reports whether no more output can be expected: the program
// exited a moment ago (its last writes have had time to arrive) or the pty
// reached EOF. wake is when to look again otherwise.
func (s *Session) endedLocked(now time.Time) (ended bool, wake time.Time) {
	const drain = 200 * time.Millisecond
	if s.eof {
		return true, time.Time{}
	}
	if s.exited {
		if now.Sub(s.exitedAt) >= drain {
			return true, time.Time{}
		}
		return false, s.exitedAt.Add(drain)
	}
	return false, time.Time{}
}

// WaitText waits until text appears in the stripped output written after m
// and returns the mark of the chunk that completed it.
func (s *Session) WaitText(m Mark, text string, timeout time.Duration) (Mark, error) {
	var at Mark
	err := s.waitUntil(timeout, func(now time.Time) (bool, time.Time, error) {
		out := s.parser.Text(m.text)
		if i := strings.Index(out, text); i >= 0 {
			end := m.text + i + len(text)
			k := m.chunk
			for k < len(s.chunks) && s.chunks[k].text < end {
				k++
			}
			at = Mark{chunk: k, text: m.text}
			if k > 0 {
				at.bytes = s.chunks[k-1].bytes
			}
			return true, time.Time{}, nil
		}
		if ended, wake := s.endedLocked(now); ended {
			return false, time.Time{}, fmt.Errorf("%q not shown: %w", text, ErrExited)
		} else {
			return false, wake, nil
		}
	})
	return at, err
}

// WaitFor waits until text appears in the output written since the last
// Send (or since the start).
func (s *Session) WaitFor(text string, timeout time.Duration) error {
	s.mu.Lock()
	m := s.sendMark
	s.mu.Unlock()
	_, err := s.WaitText(m, text, timeout)
	return err
}

// WaitQuiet waits for the first burst of output after m that is followed by
// window of silence (see BurstEnd). With m from WaitText, the burst starts at
// the chunk that completed the text.
func (s *Session) WaitQuiet(m Mark, window, timeout time.Duration) (Burst, error) {
	var b Burst
	var times []time.Time
	err := s.waitUntil(timeout, func(now time.Time) (bool, time.Time, error) {
		times = times[:0]
		for _, c := range s.chunks[min(m.chunk, len(s.chunks)):] {
			times = append(times, c.t)
		}
		if i, ok := BurstEnd(times, 0, now, window); ok {
			b = Burst{First: times[0], Last: times[i], Bytes: s.chunks[m.chunk+i].bytes - m.bytes}
			return true, time.Time{}, nil
		}
		if len(times) == 0 {
			if ended, wake := s.endedLocked(now); ended {
				return false, time.Time{}, fmt.Errorf("no output: %w", ErrExited)
			} else {
				return false, wake, nil
			}
		}
		return false, times[len(times)-1].Add(window), nil
	})
	if err == nil {
		s.sampleRSS()
	}
	return b, err
}

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
