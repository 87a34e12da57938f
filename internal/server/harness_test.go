package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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
	*Server
	addr    net.Addr
	logs    *syncBuffer
	served  chan error
	stopped bool
}

// baseConfig is the defaults with a temp host key and no rate limit
// (tests open many connections from one address).
func baseConfig(t testing.TB) Config {
	cfg := DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	cfg.RateLimit = 0
	cfg.HostKey = filepath.Join(t.TempDir(), "keys", "host")
	return cfg
}

// startServer starts a server on the fixture story and stops it when the
// test ends. tweak may change it before it listens.
func startServer(t testing.TB, cfg Config, tweak func(*Server)) *testServer {
	t.Helper()
	logs := &syncBuffer{}
	sv, err := New(cfg, fixtureStory(), fixtureLexicon(), NewLogger(logs), testArgs)
	if err != nil {
		t.Fatal(err)
	}
	if tweak != nil {
		tweak(sv)
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{Server: sv, addr: ln.Addr(), logs: logs, served: make(chan error, 1)}
	go func() { ts.served <- sv.Serve(ln) }()
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
	if err := ts.Shutdown(context.Background()); err != nil {
		t.Errorf("shutdown: %v", err)
	}
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
func captureOptions(got chan<- ui.Options) func(*Server) {
	return func(sv *Server) {
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

// testArgs stands in for the command line's parser (which the server does
// not know): it answers the commands these tests send the way the real one
// does, and takes --view so a test can tell sessions apart. The real
// parser's answers are the cli package's tests.
func testArgs(c SessionCommand) (ui.Options, error) {
	opts := ui.Options{Theme: "auto", View: "timeline", DemoSpeed: 2500 * time.Millisecond,
		IdleTimeout: time.Hour} // the server must zero it: it keeps the idle timeout itself
	switch strings.Join(c.Args, " ") {
	case "--help", "-h":
		fmt.Fprintf(c.Out, "usage: ssh -t -p %d HOST -- [filters] [options]\n\n  --country C\n", c.Port)
		return ui.Options{}, ErrHelpShown
	case "--version":
		fmt.Fprintln(c.Out, "dossier test")
		return ui.Options{}, ErrVersionShown
	case "--bogus":
		return ui.Options{}, UsageError{Msg: "flag provided but not defined: -bogus", Hint: true}
	case "--country Spain":
		return ui.Options{}, UsageError{Msg: `no country "Spain" in this story (have: Belgium, Netherlands)`}
	case "/etc/passwd":
		return ui.Options{}, UsageError{Msg: "no files over ssh: the server shows the one story it was started with"}
	case "--theme blue":
		return ui.Options{}, UsageError{Msg: `--theme must be one of auto, dark, light, not "blue"`, Hint: true}
	case "--broken":
		return ui.Options{}, errors.New("word lists:\x1b[31m broken\nbadly")
	}
	for i, a := range c.Args {
		if a == "--view" && i+1 < len(c.Args) {
			opts.View = c.Args[i+1]
		}
	}
	return opts, nil
}
