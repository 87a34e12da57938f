package ptytest

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Stream follows one program's terminal output, whatever carries it (a pty,
// an SSH channel): arrival times of the chunks, the stripped text, the
// screen, the terminal modes and queries. It answers queries through the program's input
// and offers the waits a measurement needs. Session and SSHSession embed it.
// Its methods may be called from one goroutine at a time (plus Screen and
// Queries from any).
type Stream struct {
	in       io.Writer // the program's input: keys and answers
	noAnswer bool
	dump     io.Writer
	onSettle func() // called after each settled burst (e.g. to sample memory)

	wmu sync.Mutex // serialises writes to in

	mu       sync.Mutex
	parser   *Parser
	chunks   []chunk
	total    int
	notify   chan struct{} // closed and replaced whenever something happens
	ended    bool          // the program is gone (process reaped, channel closed)
	endedAt  time.Time
	eof      bool
	sendMark Mark // WaitFor looks at output from here on
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

func newStream(cols, rows int, in io.Writer, noAnswer bool, dump io.Writer) *Stream {
	return &Stream{in: in, noAnswer: noAnswer, dump: dump,
		parser: NewParser(cols, rows), notify: make(chan struct{})}
}

// broadcast wakes every waiter; s.mu must be held.
func (s *Stream) broadcast() {
	close(s.notify)
	s.notify = make(chan struct{})
}

// readFrom feeds r's output until it fails (EOF, EIO, closed).
func (s *Stream) readFrom(r io.Reader) {
	buf := make([]byte, 32<<10)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			now := time.Now()
			if s.dump != nil {
				_, _ = s.dump.Write(buf[:n])
			}
			s.mu.Lock()
			ans := s.parser.Feed(buf[:n])
			s.total += n
			s.chunks = append(s.chunks, chunk{t: now, bytes: s.total, text: s.parser.Len()})
			s.broadcast()
			s.mu.Unlock()
			if len(ans) > 0 && !s.noAnswer {
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

// setEnded records that the program is gone.
func (s *Stream) setEnded() {
	s.mu.Lock()
	s.ended, s.endedAt = true, time.Now()
	s.broadcast()
	s.mu.Unlock()
}

func (s *Stream) write(b []byte) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	_, err := s.in.Write(b)
	return err
}

// Mark returns the current position in the output stream.
func (s *Stream) Mark() Mark {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.markLocked()
}

func (s *Stream) markLocked() Mark {
	return Mark{chunk: len(s.chunks), bytes: s.total, text: s.parser.Len()}
}

// Send writes keys to the program as typed (raw bytes, e.g. "j" or "\x1b[B").
// Later WaitFor calls look only at output written after it.
func (s *Stream) Send(keys string) error {
	_, err := s.SendAt([]byte(keys))
	return err
}

// SendAt writes b and returns when it was written.
func (s *Stream) SendAt(b []byte) (time.Time, error) {
	s.mu.Lock()
	s.sendMark = s.markLocked()
	s.mu.Unlock()
	t := time.Now()
	return t, s.write(b)
}

// Key returns the bytes for a named key given the program's cursor-key mode.
func (s *Stream) Key(name string) ([]byte, error) {
	s.mu.Lock()
	app := s.parser.AppCursorKeys()
	s.mu.Unlock()
	return KeyBytes(name, app)
}

// Screen returns what the terminal shows, one line per row (see
// Parser.Screen).
func (s *Stream) Screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.parser.Screen()
}

// Queries counts the terminal queries the program sent, by name.
func (s *Stream) Queries() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.parser.Queries()
}

// Restoration reports the terminal state the output has left so far.
func (s *Stream) Restoration() Restoration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.parser.Restoration()
}

// BytesSince is the number of output bytes since m.
func (s *Stream) BytesSince(m Mark) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.total - m.bytes
}

// waitUntil calls check (with s.mu held) whenever something happens and at
// the wake time it asks for, until it reports done or timeout passes.
func (s *Stream) waitUntil(timeout time.Duration, check func(now time.Time) (done bool, wake time.Time, err error)) error {
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

// overLocked reports whether no more output can be expected: the program
// ended a moment ago (its last writes have had time to arrive) or the
// output reached EOF. wake is when to look again otherwise.
func (s *Stream) overLocked(now time.Time) (over bool, wake time.Time) {
	const drain = 200 * time.Millisecond
	if s.eof {
		return true, time.Time{}
	}
	if s.ended {
		if now.Sub(s.endedAt) >= drain {
			return true, time.Time{}
		}
		return false, s.endedAt.Add(drain)
	}
	return false, time.Time{}
}

// WaitText waits until text appears in the stripped output written after m
// and returns the mark of the chunk that completed it.
func (s *Stream) WaitText(m Mark, text string, timeout time.Duration) (Mark, error) {
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
		over, wake := s.overLocked(now)
		if over {
			return false, time.Time{}, fmt.Errorf("%q not shown: %w", text, ErrExited)
		}
		return false, wake, nil
	})
	return at, err
}

// WaitFor waits until text appears in the output written since the last
// Send (or since the start).
func (s *Stream) WaitFor(text string, timeout time.Duration) error {
	s.mu.Lock()
	m := s.sendMark
	s.mu.Unlock()
	_, err := s.WaitText(m, text, timeout)
	return err
}

// WaitQuiet waits for the first burst of output after m that is followed by
// window of silence (see BurstEnd). With m from WaitText, the burst starts at
// the chunk that completed the text.
func (s *Stream) WaitQuiet(m Mark, window, timeout time.Duration) (Burst, error) {
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
			over, wake := s.overLocked(now)
			if over {
				return false, time.Time{}, fmt.Errorf("no output: %w", ErrExited)
			}
			return false, wake, nil
		}
		return false, times[len(times)-1].Add(window), nil
	})
	if err == nil && s.onSettle != nil {
		s.onSettle()
	}
	return b, err
}

// drain takes output until none has arrived for quiet (or limit passed).
func (s *Stream) drain(quiet, limit time.Duration) {
	from := time.Now()
	_ = s.waitUntil(limit, func(now time.Time) (bool, time.Time, error) {
		last := from
		if n := len(s.chunks); n > 0 && s.chunks[n-1].t.After(last) {
			last = s.chunks[n-1].t
		}
		return s.eof || now.Sub(last) >= quiet, last.Add(quiet), nil
	})
}
