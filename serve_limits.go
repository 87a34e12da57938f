package main

import (
	"errors"
	"net"
	"sync"
	"time"
)

// verdict is what the rate limiter says about a new connection.
type verdict int

const (
	admit  verdict = iota
	refuse         // finish the handshake, then tell the client why and exit 1
	drop           // close the TCP connection at once: the client keeps hammering
)

// rateLimiter is a token bucket per client address: perMinute tokens a
// minute, at most burst at once. A client over its limit is told so in one
// line, which costs the server a handshake; a second bucket of the same size
// bounds those refusals, and past it connections are dropped unread.
type rateLimiter struct {
	mu        sync.Mutex
	perMinute float64
	burst     float64
	buckets   map[string]*buckets
	now       func() time.Time
}

type buckets struct{ admit, refuse bucket }

type bucket struct {
	tokens float64
	at     time.Time
}

// maxTrackedAddrs bounds the limiter's memory. Full buckets are forgotten
// first; past the bound, unknown addresses are dropped until some refill.
const maxTrackedAddrs = 65536

func newRateLimiter(perMinute int, now func() time.Time) *rateLimiter {
	if perMinute <= 0 {
		return nil // nil limiter admits everyone
	}
	return &rateLimiter{
		perMinute: float64(perMinute),
		burst:     float64(max(1, perMinute/2)),
		buckets:   map[string]*buckets{},
		now:       now,
	}
}

// take spends a token from b if it has one, after refilling it.
func (l *rateLimiter) take(b *bucket, now time.Time) bool {
	b.tokens = min(l.burst, b.tokens+now.Sub(b.at).Minutes()*l.perMinute)
	b.at = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

// check returns the verdict for a new connection from addr.
func (l *rateLimiter) check(addr net.Addr) verdict {
	if l == nil {
		return admit
	}
	key := clientKey(addr)
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	bs, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= maxTrackedAddrs {
			l.forgetFull(now)
			if len(l.buckets) >= maxTrackedAddrs {
				return drop
			}
		}
		bs = &buckets{admit: bucket{l.burst, now}, refuse: bucket{l.burst, now}}
		l.buckets[key] = bs
	}
	switch {
	case l.take(&bs.admit, now):
		return admit
	case l.take(&bs.refuse, now):
		return refuse
	}
	return drop
}

// forgetFull drops the addresses whose buckets have refilled: they would
// start full anyway.
func (l *rateLimiter) forgetFull(now time.Time) {
	for k, bs := range l.buckets {
		if bs.admit.tokens+now.Sub(bs.admit.at).Minutes()*l.perMinute >= l.burst &&
			bs.refuse.tokens+now.Sub(bs.refuse.at).Minutes()*l.perMinute >= l.burst {
			delete(l.buckets, k)
		}
	}
}

// clientKey is the client's IP; IPv6 clients are grouped by /64, the block
// one host usually gets.
func clientKey(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return addr.String()
	}
	if ip4 := tcp.IP.To4(); ip4 != nil {
		return ip4.String()
	}
	return tcp.IP.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

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
