package server

import (
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// stallWriter bounds how long a write to one client may block. SSH flow
// control makes a client that stops reading (suspended, or on a dead link)
// block the server's writes once its window (2 MiB for OpenSSH) is full; the
// writes then wait instead of buffering, so memory stays bounded, and each
// session runs on its own goroutines, so others do not slow down. But the
// session would hold its place and goroutines forever: after timeout of one
// blocked write, onStall runs (it closes the connection, which fails the
// write) and every later write fails at once.
type stallWriter struct {
	mu      sync.Mutex // writes come from the renderer and from the goodbye line
	w       io.Writer
	timeout time.Duration
	timer   *time.Timer
	stalled atomic.Bool
}

func newStallWriter(w io.Writer, timeout time.Duration, onStall func()) *stallWriter {
	sw := &stallWriter{w: w, timeout: timeout}
	sw.timer = time.AfterFunc(timeout, func() {
		sw.stalled.Store(true)
		onStall()
	})
	sw.timer.Stop()
	return sw
}

func (sw *stallWriter) Write(p []byte) (int, error) {
	sw.mu.Lock()
	defer sw.mu.Unlock()
	if sw.stalled.Load() {
		return 0, io.ErrClosedPipe
	}
	sw.timer.Reset(sw.timeout)
	n, err := sw.w.Write(p)
	sw.timer.Stop()
	return n, err
}

// close stops the timer for good.
func (sw *stallWriter) close() { sw.timer.Stop() }

// inputClock records when the client last sent anything (keys, mouse), for
// the session's idle timeout.
type inputClock struct {
	r    io.Reader
	last atomic.Int64 // unix nanoseconds
}

func newInputClock(r io.Reader, now time.Time) *inputClock {
	c := &inputClock{r: r}
	c.last.Store(now.UnixNano())
	return c
}

func (c *inputClock) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.last.Store(time.Now().UnixNano())
	}
	return n, err
}

// idleFor is how long ago the client last sent something.
func (c *inputClock) idleFor(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, c.last.Load()))
}
