package server

import (
	"errors"
	"net"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// refusalKey marks, in a connection's context, why its sessions are refused.
type refusalKey struct{}

// connKey holds a connection's connState in its context.
type connKey struct{}

var (
	errRateLimited = errors.New("too many connections from your address, try again in a minute")
	errAddrFull    = errors.New("too many connections from your address, try later")
)

// refusalSlots is how many connections past its limit an address may have
// open to be told why in one line (a handshake each); past them its
// connections are closed unread.
const refusalSlots = 2

// maxChannelsPerConn bounds the session channels one connection may have
// open: each holds goroutines, and a session limit per address means
// little if one connection may carry many.
const maxChannelsPerConn = 4

// onConn admits or drops a new TCP connection before the SSH handshake:
// the total and per-address limits on open connections, then the rate
// limit on new ones.
func (sv *Server) onConn(ctx ssh.Context, conn net.Conn) net.Conn {
	addr := conn.RemoteAddr()
	if sv.conns.Add(1) > sv.maxConns {
		sv.conns.Add(-1)
		sv.dropped(addr, "too many open connections")
		return nil
	}
	key := clientKey(addr)
	var refusal error
	switch sv.perAddr.open(key) {
	case refuse:
		refusal = errAddrFull
	case drop:
		sv.perAddr.close(key)
		sv.conns.Add(-1)
		sv.dropped(addr, "too many connections from one address")
		return nil
	}
	switch sv.limiter.check(addr) {
	case refuse:
		refusal = cmpErr(refusal, errRateLimited)
	case drop:
		sv.perAddr.close(key)
		sv.conns.Add(-1)
		sv.dropped(addr, "rate limit")
		return nil
	}
	if refusal != nil {
		ctx.SetValue(refusalKey{}, refusal)
	}
	tc := &trackedConn{Conn: conn}
	cs := &connState{conn: tc}
	tc.release = func() {
		cs.closed()
		sv.perAddr.close(key)
		sv.conns.Add(-1)
	}
	ctx.SetValue(connKey{}, cs)
	return tc
}

// cmpErr returns a if it is set, else b.
func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// dropped logs a connection closed unread, at most once a logEvery per
// reason (see logLimiter).
func (sv *Server) dropped(addr net.Addr, reason string) {
	sv.logs.warn("dropped", reason, "addr", addr.String())
}

// authenticated runs when a connection's client authenticates (anyone may,
// with "none"): the handshake is over, and its first session must start
// within the start timeout.
func (sv *Server) authenticated(ctx ssh.Context) {
	if cs, ok := ctx.Value(connKey{}).(*connState); ok {
		cs.waitForSession(sv.startTimeout, func() {
			sv.logs.info("closed", "no session started", "addr", cs.conn.RemoteAddr().String())
		})
	}
}

// sessionChannel is the "session" channel handler: charm.land/ssh's own,
// on a channel whose requests are filtered first (filterRequests), and at
// most maxChannelsPerConn of them per connection.
func (sv *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	cs, _ := ctx.Value(connKey{}).(*connState)
	if cs != nil && !cs.openChannel() {
		_ = nc.Reject(gossh.ResourceShortage, "too many sessions on one connection")
		return
	}
	if cs != nil {
		defer cs.closeChannel()
	}
	ssh.DefaultSessionHandler(srv, conn, filteredChannel{nc}, ctx)
}

// trackedConn releases the connection's places in the limits once, when it
// is first closed, whoever closes it.
type trackedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *trackedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

// connState is what the server knows of one connection past the
// handshake: its session channels, and whether a session is running. A
// connection with no session running is closed once its start timeout
// passes (after the handshake, and after each session ends), so a
// connection cannot hold its place without a session for long.
type connState struct {
	conn *trackedConn

	mu       sync.Mutex
	channels int
	running  int
	timeout  time.Duration
	timer    *time.Timer
	done     bool // the connection is closed
}

// waitForSession starts the start timeout; onClose logs why.
func (cs *connState) waitForSession(timeout time.Duration, onClose func()) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.done || cs.timer != nil {
		return
	}
	cs.timeout = timeout
	cs.timer = time.AfterFunc(timeout, func() {
		cs.mu.Lock()
		idle := !cs.done && cs.running == 0
		cs.mu.Unlock()
		if idle {
			onClose()
			_ = cs.conn.Close()
		}
	})
	if cs.running > 0 {
		cs.timer.Stop()
	}
}

// sessionStarted and sessionEnded bracket a session's handler.
func (cs *connState) sessionStarted() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.running++
	if cs.timer != nil {
		cs.timer.Stop()
	}
}

func (cs *connState) sessionEnded() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.running--
	if cs.running == 0 && cs.timer != nil && !cs.done {
		cs.timer.Reset(cs.timeout)
	}
}

// openChannel takes a channel place, if one is left.
func (cs *connState) openChannel() bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.channels >= maxChannelsPerConn {
		return false
	}
	cs.channels++
	return true
}

func (cs *connState) closeChannel() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.channels--
}

// closed stops the timer for good.
func (cs *connState) closed() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.done = true
	if cs.timer != nil {
		cs.timer.Stop()
	}
}

// addrCounter counts the open connections of each client address (see
// clientKey) against a limit; 0 is none. It holds only addresses with a
// connection open, so its size is bounded by the total limit.
type addrCounter struct {
	mu    sync.Mutex
	limit int
	n     map[string]int
}

func newAddrCounter(limit int) *addrCounter {
	return &addrCounter{limit: limit, n: map[string]int{}}
}

// open counts a new connection from key and says what to do with it: up
// to the limit admit, then refuse for refusalSlots more, then drop. Every
// verdict counts; close undoes it.
func (a *addrCounter) open(key string) verdict {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.n[key]++
	n := a.n[key]
	switch {
	case a.limit <= 0 || n <= a.limit:
		return admit
	case n <= a.limit+refusalSlots:
		return refuse
	}
	return drop
}

func (a *addrCounter) close(key string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.n[key]--; a.n[key] <= 0 {
		delete(a.n, key)
	}
}

// count is the number of connections open from key.
func (a *addrCounter) count(key string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.n[key]
}
