package server

import (
	"net"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// verdict is what the rate limiter says about a new connection.
type verdict int

const (
	admit  verdict = iota
	refuse         // finish the handshake, then tell the client why and exit 1
	drop           // close the TCP connection at once: the client keeps hammering
)

// rateLimiter gives each client address a token bucket (rate.Limiter):
// perMinute connections a minute, at most burst at once. A client over its
// limit is told so in one line, which costs the server a handshake; a
// second bucket of the same size bounds those refusals, and past it
// connections are dropped unread. The clock is passed in so tests can move
// it.
type rateLimiter struct {
	mu      sync.Mutex
	every   rate.Limit
	burst   int
	clients map[string]*allowance
	now     func() time.Time
}

// allowance is one client address's two buckets.
type allowance struct{ admit, refuse *rate.Limiter }

// maxTrackedAddrs bounds the limiter's memory. Full buckets are forgotten
// first; past the bound, unknown addresses are dropped until some refill.
const maxTrackedAddrs = 65536

func newRateLimiter(perMinute int, now func() time.Time) *rateLimiter {
	if perMinute <= 0 {
		return nil // nil limiter admits everyone
	}
	return &rateLimiter{
		every:   rate.Limit(float64(perMinute) / 60),
		burst:   max(1, perMinute/2),
		clients: map[string]*allowance{},
		now:     now,
	}
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
	a, ok := l.clients[key]
	if !ok {
		if len(l.clients) >= maxTrackedAddrs {
			l.forgetFull(now)
			if len(l.clients) >= maxTrackedAddrs {
				return drop
			}
		}
		a = &allowance{admit: rate.NewLimiter(l.every, l.burst), refuse: rate.NewLimiter(l.every, l.burst)}
		l.clients[key] = a
	}
	switch {
	case a.admit.AllowN(now, 1):
		return admit
	case a.refuse.AllowN(now, 1):
		return refuse
	}
	return drop
}

// forgetFull drops the addresses whose buckets have refilled: they would
// start full anyway.
func (l *rateLimiter) forgetFull(now time.Time) {
	full := float64(l.burst)
	for k, a := range l.clients {
		if a.admit.TokensAt(now) >= full && a.refuse.TokensAt(now) >= full {
			delete(l.clients, k)
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
