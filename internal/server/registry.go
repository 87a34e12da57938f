package server

import (
	"errors"
	"sync"
)

var (
	errBusy     = errors.New("server busy, try later")
	errNoCells  = errors.New("server busy, try later") // the cell budget is spent; the log tells them apart
	errStopping = errors.New("server is stopping, try later")
)

// registry counts the open sessions against --max-sessions and the cells
// they are drawn in against --max-cells (the memory budget), and tells them
// all to stop when the server shuts down.
type registry struct {
	mu       sync.Mutex
	max      int
	maxCells int
	cells    int // held by the open sessions
	open     map[*liveSession]struct{}
	stopping bool
	empty    chan struct{} // closed when stopping and no session is left
}

// liveSession is the registry's handle on one session.
type liveSession struct {
	stop     chan struct{} // closed when the server asks the session to end
	stopOnce sync.Once
	cells    int // what it holds of the budget (reserveFor its size)
}

func newRegistry(max, maxCells int) *registry {
	return &registry{max: max, maxCells: maxCells, open: map[*liveSession]struct{}{}, empty: make(chan struct{})}
}

// enter admits a new session drawn at w x h, or says why not.
func (r *registry) enter(w, h int) (*liveSession, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.stopping {
		return nil, errStopping
	}
	need := reserveFor(w, h)
	if len(r.open) >= r.max {
		return nil, errBusy
	}
	if r.cells+need > r.maxCells {
		return nil, errNoCells
	}
	ls := &liveSession{stop: make(chan struct{}), cells: need}
	r.cells += need
	r.open[ls] = struct{}{}
	return ls, nil
}

// resize moves ls to a window of w x h and returns the size it may be
// drawn at: w x h if the budget holds it, else as many rows of w as it
// holds (at least one: a session holds minReserve cells, which is at least
// maxCols). A smaller size gives cells back.
func (r *registry) resize(ls *liveSession, w, h int) (int, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if w > 0 && r.cells-ls.cells+reserveFor(w, h) > r.maxCells {
		h = max(1, (r.maxCells-r.cells+ls.cells)/w)
	}
	need := reserveFor(w, h)
	r.cells += need - ls.cells
	ls.cells = need
	return w, h
}

// leave releases the session's place and cells.
func (r *registry) leave(ls *liveSession) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.open, ls)
	r.cells -= ls.cells
	if r.stopping && len(r.open) == 0 {
		closeOnce(r.empty)
	}
}

// heldCells is the part of the budget the open sessions hold.
func (r *registry) heldCells() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cells
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
