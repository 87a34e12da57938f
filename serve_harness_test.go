package main

import (
	"bytes"
	"errors"
	"net"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"dossier/model"
	"dossier/ui"
)

// Bounds on waits, not expectations: a healthy run takes a fraction.
const (
	waitLong  = 30 * time.Second
	pollEvery = 10 * time.Millisecond
)

// syncBuffer collects a stream written from another goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func (s *syncBuffer) Bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return bytes.Clone(s.b.Bytes())
}

func (s *syncBuffer) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Len()
}

// eventually polls cond until it holds or waitLong passes.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitLong)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(pollEvery)
	}
}

// testServer is a server on 127.0.0.1:0 with its host key in a temp dir.
type testServer struct {
	*server
	logs    *syncBuffer
	served  chan error
	stopped bool
}

// baseConfig is the flags' defaults with a temp host key and no rate
// limit (tests open many connections from one address).
func baseConfig(t testing.TB) serveConfig {
	cfg, err := parseServeFlags([]string{"--listen", "127.0.0.1:0", "--rate-limit", "0",
		"--host-key", filepath.Join(t.TempDir(), "keys", "host")})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// startServer starts a server on story (the fixture when nil) and stops
// it when the test ends. tweak may change it before it listens.
func startServer(t testing.TB, cfg serveConfig, tweak func(*server)) *testServer {
	t.Helper()
	logs := &syncBuffer{}
	sv, err := newServer(cfg, fixtureStory(), fixtureLexicon(), newServeLogger(logs))
	if err != nil {
		t.Fatal(err)
	}
	if tweak != nil {
		tweak(sv)
	}
	if err := sv.listen(); err != nil {
		t.Fatal(err)
	}
	ts := &testServer{server: sv, logs: logs, served: make(chan error, 1)}
	go func() { ts.served <- sv.serve() }()
	t.Cleanup(func() {
		ts.shutdown(t)
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return ts
}

// shutdown stops the server and waits for Serve to return.
func (ts *testServer) shutdown(t testing.TB) {
	t.Helper()
	if ts.stopped {
		return
	}
	ts.stopped = true
	ts.stop()
	select {
	case err := <-ts.served:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(waitLong):
		t.Errorf("serve did not return after stop")
	}
}

// captureOptions makes the server record each session's ui.Options.
func captureOptions(got chan<- ui.Options) func(*server) {
	return func(sv *server) {
		next := sv.newModel
		sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
			got <- o
			return next(st, o)
		}
	}
}

func clientConfig(hostKey *gossh.PublicKey) *gossh.ClientConfig {
	return &gossh.ClientConfig{
		User: "tester",
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error {
			if hostKey != nil {
				*hostKey = key
			}
			return nil
		},
		Timeout: waitLong,
	}
}

// dial connects a client; the connection closes when the test ends.
func dial(t testing.TB, addr net.Addr) *gossh.Client {
	t.Helper()
	c, err := gossh.Dial("tcp", addr.String(), clientConfig(nil))
	if err != nil {
		t.Fatalf("dial %s: %v", addr, err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// term is one client session: its output, errors and keyboard.
type remote struct {
	sess   *gossh.Session
	out    *syncBuffer
	errOut *syncBuffer
	keys   interface{ Write([]byte) (int, error) }
	exit   chan int
}

// open starts a session on c running cmd (a shell when cmd is ""). With
// w > 0 it first asks for an xterm-256color PTY of w x h.
func open(t testing.TB, c *gossh.Client, cmd string, w, h int) *remote {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatalf("new session: %v", err)
	}
	tm := &remote{sess: sess, out: &syncBuffer{}, errOut: &syncBuffer{}, exit: make(chan int, 1)}
	sess.Stdout, sess.Stderr = tm.out, tm.errOut
	in, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	tm.keys = in
	if w > 0 {
		if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
			t.Fatalf("pty: %v", err)
		}
	}
	if cmd == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(cmd)
	}
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	go func() { tm.exit <- exitStatus(sess.Wait()) }()
	return tm
}

// exitStatus turns Session.Wait's error into a status; -1 means none came.
func exitStatus(err error) int {
	var ee *gossh.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitStatus()
	}
	return -1
}

// screenText is the output without escape sequences.
func (tm *remote) screenText() string { return ansi.Strip(tm.out.String()) }

// waitText waits until the output (escapes stripped) contains s.
func (tm *remote) waitText(t testing.TB, s string) {
	t.Helper()
	eventually(t, "output "+quote(s), func() bool { return strings.Contains(tm.screenText(), s) })
}

// waitExit waits for the session to end and returns its exit status.
func (tm *remote) waitExit(t testing.TB) int {
	t.Helper()
	select {
	case code := <-tm.exit:
		return code
	case <-time.After(waitLong):
		t.Fatalf("session did not end; output ends with: %q / %q", tail(tm.screenText(), 2000), tm.errOut.String())
	}
	return 0
}

func (tm *remote) press(t testing.TB, keys string) {
	t.Helper()
	if _, err := tm.keys.Write([]byte(keys)); err != nil {
		t.Fatalf("type %q: %v", keys, err)
	}
}

func quote(s string) string { return "\"" + s + "\"" }

// settledGoroutines waits until the goroutine count is at most limit and
// returns it; past waitLong it fails with a dump of the stacks.
func settledGoroutines(t testing.TB, limit int) int {
	t.Helper()
	deadline := time.Now().Add(waitLong)
	for {
		n := runtime.NumGoroutine()
		if n <= limit {
			return n
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("%d goroutines, want at most %d:\n%s", n, limit, buf)
		}
		time.Sleep(pollEvery)
	}
}

// tail keeps failure messages readable: the last n bytes of s.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
