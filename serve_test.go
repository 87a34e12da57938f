package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"dossier/model"
	"dossier/ui"
)

const altScreenOff = "\x1b[?1049l"

func TestServeFirstFrameAndQuit(t *testing.T) {
	ts := startServer(t, baseConfig(t), nil)
	tm := open(t, dial(t, ts.addr()), "", 100, 30)
	tm.waitText(t, fixtureTitle)
	tm.press(t, "Zebra")
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status after q = %d, want 0", code)
	}
	if out := tm.out.String(); !strings.Contains(out, altScreenOff) {
		t.Errorf("terminal not restored: no alt-screen-off in %q", out)
	}
	eventually(t, "disconnect logged", func() bool { return strings.Contains(ts.logs.String(), "disconnect") })
	logs := ts.logs.String()
	for _, want := range []string{"connect", "user=tester", "size=100x30", "term=xterm-256color", "end=quit", "status=0", "duration="} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
	if strings.Contains(logs, "Zebra") || strings.Contains(logs, "ebra") {
		t.Errorf("log mentions keystrokes:\n%s", logs)
	}
}

// sizeSpy wraps a session's model and reports the window sizes it gets.
type sizeSpy struct {
	tea.Model
	sizes chan<- tea.WindowSizeMsg
}

func (s sizeSpy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		s.sizes <- ws
	}
	m, cmd := s.Model.Update(msg)
	s.Model = m
	return s, cmd
}

func TestServeWindowChange(t *testing.T) {
	sizes := make(chan tea.WindowSizeMsg, 16)
	ts := startServer(t, baseConfig(t), func(sv *server) {
		sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
			return sizeSpy{Model: ui.New(st, o), sizes: sizes}
		}
	})
	tm := open(t, dial(t, ts.addr()), "", 100, 30)
	tm.waitText(t, fixtureTitle)
	waitSize(t, sizes, 100, 30)
	before := tm.out.Len()
	if err := tm.sess.WindowChange(40, 120); err != nil {
		t.Fatal(err)
	}
	waitSize(t, sizes, 120, 40)
	// The renderer redraws the whole screen at the new size.
	eventually(t, "a redraw after the resize", func() bool {
		return strings.Contains(tm.out.String()[before:], fixtureTitle)
	})
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status = %d", code)
	}
}

func waitSize(t *testing.T, sizes <-chan tea.WindowSizeMsg, w, h int) {
	t.Helper()
	timeout := time.After(waitLong)
	for {
		select {
		case got := <-sizes:
			if got.Width == w && got.Height == h {
				return
			}
		case <-timeout:
			t.Fatalf("the app never got a %dx%d window", w, h)
		}
	}
}

func TestServeResizeStorm(t *testing.T) {
	ts := startServer(t, baseConfig(t), nil)
	tm := open(t, dial(t, ts.addr()), "", 100, 30)
	tm.waitText(t, fixtureTitle)
	for i := range 1000 {
		if err := tm.sess.WindowChange(20+i%40, 60+i%80); err != nil {
			t.Fatalf("window change %d: %v", i, err)
		}
	}
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status after 1000 resizes and q = %d, want 0", code)
	}
}

func TestServeWithoutPTY(t *testing.T) {
	ts := startServer(t, baseConfig(t), nil)
	for _, cmd := range []string{"", "--country Belgium"} {
		tm := open(t, dial(t, ts.addr()), cmd, 0, 0)
		if code := tm.waitExit(t); code != 1 {
			t.Errorf("%q without a pty: exit status %d, want 1", cmd, code)
		}
		if got, want := tm.errOut.String(), "dossier needs an interactive terminal: use ssh -t\n"; got != want {
			t.Errorf("%q without a pty said %q, want %q", cmd, got, want)
		}
	}
}

func TestServeCommandSelectsFilters(t *testing.T) {
	got := make(chan ui.Options, 1)
	ts := startServer(t, baseConfig(t), captureOptions(got))
	tm := open(t, dial(t, ts.addr()), "--country netherlands --agency 'dutch prosecutors' --view stats", 100, 30)
	var opts ui.Options
	select {
	case opts = <-got:
	case <-time.After(waitLong):
		t.Fatal("no session started")
	}
	want := model.Selection{model.KindCountry: {"Netherlands"}, model.KindAgency: {"Dutch prosecutors"}}
	if !reflect.DeepEqual(opts.Selection, want) || opts.View != "stats" {
		t.Errorf("options = %+v, want selection %v and view stats", opts, want)
	}
	if opts.IdleTimeout != 10*time.Minute {
		t.Errorf("IdleTimeout = %v, want the --idle-timeout default 10m", opts.IdleTimeout)
	}
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status = %d", code)
	}
}

func TestServeBadArguments(t *testing.T) {
	ts := startServer(t, baseConfig(t), nil)
	tests := []struct{ cmd, want string }{
		{"--bogus", "dossier: unknown flag --bogus; ssh -p "},
		{"--country Spain", `dossier: no country "Spain" in this story (have: Belgium, Netherlands)`},
		{"/etc/passwd", "dossier: no files over ssh"},
		{"--theme blue", `dossier: unknown theme "blue"`},
	}
	for _, tt := range tests {
		tm := open(t, dial(t, ts.addr()), tt.cmd, 100, 30)
		if code := tm.waitExit(t); code != 2 {
			t.Errorf("%q: exit status %d, want 2", tt.cmd, code)
		}
		if got := tm.errOut.String(); !strings.HasPrefix(got, tt.want) || !strings.HasSuffix(got, "\r\n") || strings.Count(got, "\n") != 1 {
			t.Errorf("%q said %q, want one line starting %q", tt.cmd, got, tt.want)
		}
		if tm.out.Len() != 0 {
			t.Errorf("%q: the app started anyway: %q", tt.cmd, tm.out.String())
		}
	}
	// --help is not an error, and needs no terminal.
	tm := open(t, dial(t, ts.addr()), "--help", 0, 0)
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("--help: exit status %d", code)
	}
	if !strings.Contains(tm.out.String(), "--country NAME") {
		t.Errorf("--help output: %q", tm.out.String())
	}
}

func TestServeMaxSessions(t *testing.T) {
	cfg := baseConfig(t)
	cfg.maxSessions = 2
	ts := startServer(t, cfg, nil)
	a := open(t, dial(t, ts.addr()), "", 80, 24)
	b := open(t, dial(t, ts.addr()), "", 80, 24)
	a.waitText(t, fixtureTitle)
	b.waitText(t, fixtureTitle)

	c := open(t, dial(t, ts.addr()), "", 80, 24)
	if code := c.waitExit(t); code != 1 {
		t.Errorf("third session: exit status %d, want 1", code)
	}
	if got, want := c.errOut.String(), "dossier: server busy, try later\r\n"; got != want {
		t.Errorf("third session said %q, want %q", got, want)
	}
	eventually(t, "the refusal logged", func() bool { return strings.Contains(ts.logs.String(), "reason=busy") })

	// A place frees up when a session ends.
	a.press(t, "q")
	a.waitExit(t)
	eventually(t, "the place to free up", func() bool { return ts.sessions.count() == 1 })
	d := open(t, dial(t, ts.addr()), "", 80, 24)
	d.waitText(t, fixtureTitle)
	d.press(t, "q")
	b.press(t, "q")
	if d.waitExit(t) != 0 || b.waitExit(t) != 0 {
		t.Error("sessions did not end cleanly")
	}
}

func TestServeIdleTimeout(t *testing.T) {
	cfg := baseConfig(t)
	cfg.idleTimeout = 300 * time.Millisecond
	ts := startServer(t, cfg, nil)
	tm := open(t, dial(t, ts.addr()), "", 100, 30)
	tm.waitText(t, fixtureTitle)
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("idle session: exit status %d, want 0", code)
	}
	out := tm.out.String()
	if !strings.Contains(out, altScreenOff) {
		t.Errorf("idle session left the alt screen on: %q", out)
	}
	// Whether the app or the server's backstop said goodbye, the terminal
	// was restored before the session closed.
	if i := strings.LastIndex(out, altScreenOff); strings.Contains(out[:i], "goodbye") {
		t.Errorf("goodbye written inside the alt screen: %q", out)
	}
}

func TestServeMaxTime(t *testing.T) {
	cfg := baseConfig(t)
	cfg.maxTime = 300 * time.Millisecond
	ts := startServer(t, cfg, nil)
	tm := open(t, dial(t, ts.addr()), "", 100, 30)
	tm.waitText(t, fixtureTitle)
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	out := tm.out.String()
	i := strings.LastIndex(out, altScreenOff)
	if i < 0 || !strings.Contains(out[i:], "dossier: sessions last at most 300ms, goodbye\r\n") {
		t.Errorf("want the terminal restored, then the goodbye; got %q", out)
	}
	eventually(t, "end=max-time logged", func() bool { return strings.Contains(ts.logs.String(), "end=max-time") })
}

func TestServeHostKey(t *testing.T) {
	cfg := baseConfig(t)
	fingerprint := func() string {
		ts := startServer(t, cfg, nil)
		var key gossh.PublicKey
		c, err := gossh.Dial("tcp", ts.addr().String(), clientConfig(&key))
		if err != nil {
			t.Fatal(err)
		}
		c.Close()
		ts.shutdown(t)
		if !strings.Contains(ts.logs.String(), "fingerprint="+ts.fingerprint) {
			t.Errorf("start not logged with the fingerprint:\n%s", ts.logs.String())
		}
		if got := gossh.FingerprintSHA256(key); got != ts.fingerprint {
			t.Errorf("client saw %s, server logged %s", got, ts.fingerprint)
		}
		return ts.fingerprint
	}
	first := fingerprint()
	fi, err := os.Stat(cfg.hostKey)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o, want 0600", fi.Mode().Perm())
	}
	di, err := os.Stat(filepath.Dir(cfg.hostKey))
	if err != nil {
		t.Fatal(err)
	}
	if di.Mode().Perm() != 0o700 {
		t.Errorf("host key directory mode %04o, want 0700", di.Mode().Perm())
	}
	if again := fingerprint(); again != first || !strings.HasPrefix(first, "SHA256:") {
		t.Errorf("restart changed the host key: %s then %s", first, again)
	}

	// A key others can read is refused, like sshd does.
	if err := os.Chmod(cfg.hostKey, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := newServer(cfg, fixtureStory(), nil, newServeLogger(&bytes.Buffer{})); err == nil ||
		!strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("open host key: err = %v", err)
	}
}

func TestDefaultHostKeyPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/xdg/data")
	if p, _ := defaultHostKeyPath(); p != "/xdg/data/dossier/ssh_host_ed25519" {
		t.Errorf("with XDG_DATA_HOME: %s", p)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/someone")
	if p, _ := defaultHostKeyPath(); p != "/home/someone/.local/share/dossier/ssh_host_ed25519" {
		t.Errorf("without XDG_DATA_HOME: %s", p)
	}
}

func TestServeFlags(t *testing.T) {
	cfg, err := parseServeFlags([]string{"story.txt", "--max-sessions", "3", "--idle-timeout=1m", "--max-time", "0"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.file != "story.txt" || cfg.maxSessions != 3 || cfg.idleTimeout != time.Minute || cfg.maxTime != 0 ||
		cfg.listen != "127.0.0.1:23234" || cfg.rateLimit != 10 || cfg.hostKey != "" {
		t.Errorf("parsed %+v", cfg)
	}
	for _, args := range [][]string{{"--max-sessions", "0"}, {"--idle-timeout", "-1s"}, {"--nope"}, {"a", "b"}, {"--rate-limit", "-1"}} {
		if _, err := parseServeFlags(args); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
	if _, err := parseServeFlags([]string{"-h"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h: %v", err)
	}

	// Through serveMain: usage errors are one line and status 2.
	var out, errOut bytes.Buffer
	if code := serveMain(context.Background(), []string{"--max-sessions", "x"}, &out, &errOut, nil); code != 2 {
		t.Errorf("bad flag: status %d", code)
	}
	if got := errOut.String(); strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, "dossier serve: bad value") {
		t.Errorf("bad flag said %q", got)
	}
	out.Reset()
	if code := serveMain(context.Background(), []string{"--help"}, &out, &errOut, nil); code != 0 ||
		!strings.Contains(out.String(), "--listen ADDR") {
		t.Errorf("--help: status %d, %q", code, out.String())
	}
	errOut.Reset()
	if code := serveMain(context.Background(), []string{"--host-key", filepath.Join(t.TempDir(), "k"), "--listen", "127.0.0.1:99999"},
		&out, &errOut, nil); code != 1 || !strings.HasSuffix(errOut.String(), "\ndossier serve: listen tcp: address 99999: invalid port\n") {
		t.Errorf("bad address: status %d, %q", code, errOut.String())
	}
}

// TestServeStopSaysGoodbye stops a running server (as SIGTERM does) with
// sessions open: each is told why, its terminal is restored, and the server
// returns 0.
func TestServeStopSaysGoodbye(t *testing.T) {
	baseline := settledGoroutines(t, 1<<20)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrs := make(chan net.Addr, 1)
	logs := &syncBuffer{}
	result := make(chan int, 1)
	go func() {
		result <- serveMain(ctx, []string{"--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "key")},
			&bytes.Buffer{}, logs, func(a net.Addr) { addrs <- a })
	}()
	var addr net.Addr
	select {
	case addr = <-addrs:
	case code := <-result:
		t.Fatalf("serveMain returned %d:\n%s", code, logs.String())
	}
	var terms []*term
	var clients []*gossh.Client
	for range 3 {
		c := dial(t, addr)
		clients = append(clients, c)
		tm := open(t, c, "", 100, 30)
		tm.waitText(t, "dossier")
		terms = append(terms, tm)
	}
	cancel()
	for i, tm := range terms {
		if code := tm.waitExit(t); code != 0 {
			t.Errorf("session %d: exit status %d", i, code)
		}
		out := tm.out.String()
		j := strings.LastIndex(out, altScreenOff)
		if j < 0 || !strings.Contains(out[j:], "dossier: the server is stopping, goodbye") {
			t.Errorf("session %d: want the terminal restored, then the goodbye; got %q", i, out)
		}
	}
	for _, c := range clients {
		c.Close()
	}
	select {
	case code := <-result:
		if code != 0 {
			t.Errorf("serveMain returned %d", code)
		}
	case <-time.After(waitLong):
		t.Fatal("serveMain did not return after the stop")
	}
	if _, err := net.DialTimeout("tcp", addr.String(), time.Second); err == nil {
		t.Error("still accepting connections after the stop")
	}
	if !strings.Contains(logs.String(), "end=shutdown") || !strings.Contains(logs.String(), "stopped") {
		t.Errorf("log:\n%s", logs.String())
	}
	settledGoroutines(t, baseline+2)
}

// TestRunServeSIGTERM sends the test process a real SIGTERM while runServe
// serves one session.
func TestRunServeSIGTERM(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	logs := &syncBuffer{}
	result := make(chan int, 1)
	go func() {
		result <- runServe([]string{"--listen", addr, "--host-key", filepath.Join(t.TempDir(), "key")}, &bytes.Buffer{}, logs)
	}()
	var c *gossh.Client
	eventually(t, "the server to listen", func() bool {
		c, err = gossh.Dial("tcp", addr, clientConfig(nil))
		return err == nil
	})
	defer c.Close()
	tm := open(t, c, "", 80, 24)
	tm.waitText(t, "dossier")
	// The session is up, so runServe's signal handler is registered and
	// the signal cannot kill the test binary.
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := tm.waitExit(t); code != 0 || !strings.Contains(tm.screenText(), "server is stopping, goodbye") {
		t.Errorf("status %d, output %q", code, tm.screenText())
	}
	c.Close()
	select {
	case code := <-result:
		if code != 0 {
			t.Errorf("runServe returned %d:\n%s", code, logs.String())
		}
	case <-time.After(waitLong):
		t.Fatal("runServe did not return after SIGTERM")
	}
}

// TestServeLeavesNoGoroutines opens sessions that end every way a session
// can (q, an idle timeout, a client that drops its TCP connection without
// a word) and checks the goroutine count comes back.
func TestServeLeavesNoGoroutines(t *testing.T) {
	cfg := baseConfig(t)
	cfg.idleTimeout = 300 * time.Millisecond
	ts := startServer(t, cfg, nil)
	baseline := settledGoroutines(t, 1<<20)

	for range 3 {
		c := dial(t, ts.addr())
		tm := open(t, c, "", 100, 30)
		tm.waitText(t, fixtureTitle)
		tm.press(t, "q")
		tm.waitExit(t)
		c.Close()
	}
	c := dial(t, ts.addr())
	open(t, c, "", 100, 30).waitExit(t) // idle
	c.Close()

	for range 3 {
		conn, err := net.Dial("tcp", ts.addr().String())
		if err != nil {
			t.Fatal(err)
		}
		cc, chans, reqs, err := gossh.NewClientConn(conn, ts.addr().String(), clientConfig(nil))
		if err != nil {
			t.Fatal(err)
		}
		tm := open(t, gossh.NewClient(cc, chans, reqs), "", 100, 30)
		tm.waitText(t, fixtureTitle)
		conn.Close() // abrupt: no channel close, no disconnect message
		tm.waitExit(t)
	}
	eventually(t, "every session to end", func() bool { return ts.sessions.count() == 0 })
	eventually(t, "every connection to close", func() bool { return ts.conns.Load() == 0 })
	settledGoroutines(t, baseline+2)
	if !strings.Contains(ts.logs.String(), "end=disconnected") {
		t.Errorf("abrupt disconnects not logged:\n%s", ts.logs.String())
	}
}
