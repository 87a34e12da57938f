package server

import (
	"errors"
	"io"
	"net"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Tests of the connection limits: what a client may hold open, for how
// long, and what it costs the log.

// dialFrom connects a client whose TCP connection comes from ip (any
// 127.x.y.z reaches a server on 127.0.0.1), so a test can play several
// client addresses.
func dialFrom(t testing.TB, ip string, addr net.Addr) (*gossh.Client, error) {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: waitLong}
	conn, err := d.Dial("tcp", addr.String())
	if err != nil {
		return nil, err
	}
	cc, chans, reqs, err := gossh.NewClientConn(conn, addr.String(), clientConfig(nil))
	if err != nil {
		conn.Close()
		return nil, err
	}
	c := gossh.NewClient(cc, chans, reqs)
	t.Cleanup(func() { _ = c.Close() })
	return c, nil
}

// silentConns opens n TCP connections from 127.0.0.1 that never send a
// byte, and returns them with a channel that gets each one's index once
// the server has closed it.
func silentConns(t *testing.T, addr net.Addr, n int) ([]net.Conn, <-chan int) {
	t.Helper()
	closed := make(chan int, n)
	var conns []net.Conn
	for i := range n {
		c, err := net.Dial("tcp", addr.String())
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		go func() {
			_, _ = io.Copy(io.Discard, c) // the server's version line, then EOF when it closes
			closed <- i
		}()
	}
	t.Cleanup(func() {
		for _, c := range conns {
			c.Close()
		}
	})
	return conns, closed
}

// TestServeSilentConnectionsLockNobodyOut opens 200 TCP connections from
// one address that never send a byte (they once held every connection
// slot for half a minute): past the per-address limit and its refusal
// slots they are closed at once, and another address still gets a
// session. (TestServeHandshakeDeadline closes the rest.)
func TestServeSilentConnectionsLockNobodyOut(t *testing.T) {
	cfg := baseConfig(t)
	ts := startServer(t, cfg, nil)
	const n = 200
	held := cfg.MaxPerAddr + refusalSlots
	_, closed := silentConns(t, ts.addr, n)
	for range n - held {
		select {
		case <-closed:
		case <-time.After(waitLong):
			t.Fatalf("the server holds more than %d silent connections from one address", held)
		}
	}
	if got := ts.conns.Load(); got != int64(held) {
		t.Errorf("%d connections open, want %d", got, held)
	}
	c, err := dialFrom(t, "127.0.0.2", ts.addr)
	if err != nil {
		t.Fatalf("another address was locked out: %v", err)
	}
	tm := open(t, c, "", 80, 24)
	tm.waitText(t, fixtureTitle)
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status %d", code)
	}
}

// TestServeNoSessionNoConnection: a client that finishes the handshake but
// starts no session (116 of them once held every slot for the 15-minute
// idle timeout) is closed after the start timeout; so is one that keeps
// its connection after its session ended; a running session is not.
func TestServeNoSessionNoConnection(t *testing.T) {
	cfg := baseConfig(t)
	cfg.StartTimeout = 300 * time.Millisecond
	ts := startServer(t, cfg, nil)
	waitClosed := func(what string, c *gossh.Client) {
		t.Helper()
		done := make(chan error, 1)
		go func() { done <- c.Wait() }()
		select {
		case <-done:
		case <-time.After(waitLong):
			t.Fatalf("%s: the connection is still open", what)
		}
	}
	waitClosed("no session", dial(t, ts.addr))
	eventually(t, "the close logged", func() bool { return strings.Contains(ts.logs.String(), `reason="no session started"`) })

	c := dial(t, ts.addr)
	if code := open(t, c, "--help", 0, 0).waitExit(t); code != 0 {
		t.Fatalf("--help: exit status %d", code)
	}
	waitClosed("after --help", c)

	c = dial(t, ts.addr)
	tm := open(t, c, "", 80, 24)
	tm.waitText(t, fixtureTitle)
	time.Sleep(4 * cfg.StartTimeout)
	if n := ts.sessions.count(); n != 1 {
		t.Fatalf("the running session was cut: %d open", n)
	}
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status %d", code)
	}
	waitClosed("after the app quit", c)
	eventually(t, "every connection to close", func() bool { return ts.conns.Load() == 0 })
}

// TestServeHandshakeDeadline: a client that sends its version line and
// then nothing is closed at the handshake deadline.
func TestServeHandshakeDeadline(t *testing.T) {
	cfg := baseConfig(t)
	cfg.HandshakeTimeout = 300 * time.Millisecond
	ts := startServer(t, cfg, nil)
	conns, closed := silentConns(t, ts.addr, 1)
	if _, err := io.WriteString(conns[0], "SSH-2.0-slow\r\n"); err != nil {
		t.Fatal(err)
	}
	select {
	case <-closed:
	case <-time.After(waitLong):
		t.Fatal("a stalled handshake outlived its deadline")
	}
	eventually(t, "every connection to close", func() bool { return ts.conns.Load() == 0 })
	servesNext(t, ts)
}

// TestServeRoomBehindOneAddress: with the default limits, 50 people behind
// one NAT address (one client address here) all get in at once; the
// per-minute limit once turned away the sixth.
func TestServeRoomBehindOneAddress(t *testing.T) {
	cfg := baseConfig(t)
	cfg.RateLimit = DefaultConfig().RateLimit
	ts := startServer(t, cfg, nil)
	const n = 50
	terms := make([]*remote, n)
	var wg sync.WaitGroup
	for i := range terms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := gossh.Dial("tcp", ts.addr.String(), clientConfig(nil))
			if err != nil {
				t.Errorf("person %d: %v", i, err)
				return
			}
			t.Cleanup(func() { c.Close() })
			terms[i] = open(t, c, "", 80, 24)
		}()
	}
	wg.Wait()
	for i, tm := range terms {
		if tm == nil {
			continue
		}
		tm.waitText(t, fixtureTitle)
		tm.press(t, "q")
		if code := tm.waitExit(t); code != 0 {
			t.Errorf("person %d: exit status %d (%q)", i, code, tm.errOut.String())
		}
	}
}

// TestServePerAddressLimit: past --max-per-addr, an address's connections
// are told why for refusalSlots more, then closed unread; another address
// is not affected, and a place frees up when a connection closes.
func TestServePerAddressLimit(t *testing.T) {
	cfg := baseConfig(t)
	cfg.MaxPerAddr = 3
	ts := startServer(t, cfg, nil)
	var terms []*remote
	var clients []*gossh.Client
	for range cfg.MaxPerAddr {
		c := dial(t, ts.addr)
		tm := open(t, c, "", 80, 24)
		tm.waitText(t, fixtureTitle)
		terms, clients = append(terms, tm), append(clients, c)
	}
	for range refusalSlots {
		c := dial(t, ts.addr)
		tm := open(t, c, "", 80, 24)
		if code := tm.waitExit(t); code != 1 {
			t.Errorf("over the limit: exit status %d, want 1", code)
		}
		if got, want := tm.errOut.String(), "dossier: "+errAddrFull.Error()+"\r\n"; got != want {
			t.Errorf("over the limit: %q, want %q", got, want)
		}
		defer c.Close() // held open: the next one finds no refusal slot
	}
	if c, err := gossh.Dial("tcp", ts.addr.String(), clientConfig(nil)); err == nil {
		c.Close()
		t.Error("a connection past the refusal slots got through")
	}
	other, err := dialFrom(t, "127.0.0.3", ts.addr)
	if err != nil {
		t.Fatalf("another address: %v", err)
	}
	tm := open(t, other, "", 80, 24)
	tm.waitText(t, fixtureTitle)
	terms = append(terms, tm)
	for _, tm := range terms {
		tm.press(t, "q")
		if code := tm.waitExit(t); code != 0 {
			t.Errorf("exit status %d", code)
		}
	}
	for _, c := range clients {
		c.Close()
	}
	eventually(t, "the places to free up", func() bool { return ts.perAddr.count("127.0.0.1") <= refusalSlots })
	c := dial(t, ts.addr)
	tm = open(t, c, "", 80, 24)
	tm.waitText(t, fixtureTitle)
	tm.press(t, "q")
	tm.waitExit(t)
}

// TestServeChannelsPerConnection: one connection may not carry more than
// maxChannelsPerConn sessions, which would get around the limits per
// address.
func TestServeChannelsPerConnection(t *testing.T) {
	ts := startServer(t, baseConfig(t), nil)
	c := dial(t, ts.addr)
	var sessions []*gossh.Session
	for i := range maxChannelsPerConn + 2 {
		s, err := c.NewSession()
		if i < maxChannelsPerConn {
			if err != nil {
				t.Fatalf("session %d: %v", i, err)
			}
			sessions = append(sessions, s)
			continue
		}
		var oce *gossh.OpenChannelError
		if !errors.As(err, &oce) || oce.Reason != gossh.ResourceShortage {
			t.Errorf("session %d on one connection: %v, want a refusal", i, err)
		}
	}
	sessions[0].Close()
	eventually(t, "a channel place to free up", func() bool {
		s, err := c.NewSession()
		if err == nil {
			s.Close()
		}
		return err == nil
	})
	servesNext(t, ts)
}

var suppressedRE = regexp.MustCompile(`dropped reason="too many connections from one address" suppressed=(\d+)`)

// TestServeDropsDoNotFloodTheLog drops 100 connections from one address
// (each once wrote a WARN line): the log says the first at once and counts
// the rest, two lines a window, and every drop is accounted for.
func TestServeDropsDoNotFloodTheLog(t *testing.T) {
	cfg := baseConfig(t)
	cfg.MaxPerAddr = 1
	ts := startServer(t, cfg, nil)
	held := cfg.MaxPerAddr + refusalSlots
	heldConns, _ := silentConns(t, ts.addr, held)
	eventually(t, "the held connections", func() bool { return ts.conns.Load() == int64(held) })
	start := time.Now()
	const n = 100
	_, closed := silentConns(t, ts.addr, n)
	for range n {
		<-closed
	}
	took := time.Since(start)
	for _, c := range heldConns {
		c.Close()
	}
	eventually(t, "every connection to close", func() bool { return ts.conns.Load() == 0 })
	ts.shutdown(t) // says what the windows held
	logs := ts.logs.String()
	lines := strings.Count(logs, `dropped reason="too many connections from one address"`)
	counted := 0
	for _, m := range suppressedRE.FindAllStringSubmatch(logs, -1) {
		k, _ := strconv.Atoi(m[1])
		counted += k
	}
	logged := lines - len(suppressedRE.FindAllString(logs, -1))
	if logged+counted != n {
		t.Errorf("%d drops: %d logged and %d counted\n%s", n, logged, counted, logs)
	}
	if most := 2 * (int(took/logEvery) + 1); lines > most {
		t.Errorf("%d drops in %v wrote %d lines, want at most %d", n, took, lines, most)
	}
	t.Logf("%d drops in %v: %d lines", n, took.Round(time.Millisecond), lines)
}
