package server

import (
	"errors"
	"sync"
)

var (
	errBusy     = errors.New("server busy, try later")
	errStopping = errors.New("server is stopping, try later")
)

// registry counts the open sessions against --max-sessions and tells them
// all to stop when the server shuts down.
type registry struct {
	mu       sync.Mutex
	max      int
	open     map[*liveSession]struct{}
	stopping bool
	empty    chan struct{} // closed when stopping and no session is left
}

// liveSession is the registry's handle on one session.
type liveSession struct {
	stop     chan struct{} // closed when the server asks the session to end
	stopOnce sync.Once
}

func newRegistry(max int) *registry {
	return &registry{max: max, open: map[*liveSession]struct{}{}, empty: make(chan struct{})}
}

// enter admits a new session, or says why not.
func (r *registry) enter() (*liveSession, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stopping {
		return nil, errStopping
	}
	if len(r.open) >= r.max {
		return nil, errBusy
	}
	ls := &liveSession{stop: make(chan struct{})}
	r.open[ls] = struct{}{}
	return ls, nil
}

// leave releases the session's place.
func (r *registry) leave(ls *liveSession) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.open, ls)
	if r.stopping && len(r.open) == 0 {
		closeOnce(r.empty)
	}
}

// count is the number of open sessions.
func (r *registry) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.open)
}

// stopAll refuses new sessions and asks every open one to end. It returns
// a channel closed once the last one has left.
func (r *registry) stopAll() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stopping = true
	for ls := range r.open {
		ls.stopOnce.Do(func() { close(ls.stop) })
	}
	if len(r.open) == 0 {
		closeOnce(r.empty)
	}
	return r.empty
}

func closeOnce(c chan struct{}) {
	select {
	case <-c:
	default:
		close(c)
	}
}
