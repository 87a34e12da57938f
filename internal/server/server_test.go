package server

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"dossier/model"
	"dossier/ui"
)

const altScreenOff = "\x1b[?1049l"

func TestServeFirstFrameAndQuit(t *testing.T) {
	ts := startServer(t, baseConfig(t), nil)
	tm := open(t, dial(t, ts.addr), "", 100, 30)
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
	ts := startServer(t, baseConfig(t), func(sv *Server) {
		sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
			return sizeSpy{Model: ui.New(st, o), sizes: sizes}
		}
	})
	tm := open(t, dial(t, ts.addr), "", 100, 30)
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

// frameSpy wraps a session's model and keeps the size of the last frame
// it drew (its View is called from the program's goroutine).
type frameSpy struct {
	tea.Model
	last *atomic.Value // [2]int{width, lines}
}

func (s frameSpy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := s.Model.Update(msg)
	s.Model = m
	return s, cmd
}

func (s frameSpy) View() tea.View {
	v := s.Model.View()
	lines := strings.Split(v.Content, "\n")
	w := 0
	for _, l := range lines {
		w = max(w, ansi.StringWidth(l))
	}
	s.last.Store([2]int{w, len(lines)})
	return v
}

// TestServeResizeStorm sends 1,000 window changes as fast as the client
// can: the app ends on a frame drawn at the last size, q still quits with
// status 0, and the session leaves no goroutine behind.
func TestServeResizeStorm(t *testing.T) {
	var last atomic.Value
	ts := startServer(t, baseConfig(t), func(sv *Server) {
		sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
			return frameSpy{Model: ui.New(st, o), last: &last}
		}
	})
	baseline := settledGoroutines(t, 1<<20)
	c := dial(t, ts.addr)
	tm := open(t, c, "", 100, 30)
	tm.waitText(t, fixtureTitle)
	const n = 1000
	for i := range n {
		if err := tm.sess.WindowChange(20+i%40, 60+i%80); err != nil {
			t.Fatalf("window change %d: %v", i, err)
		}
	}
	lastW, lastH := 60+(n-1)%80, 20+(n-1)%40
	eventually(t, fmt.Sprintf("a frame at the last size, %dx%d", lastW, lastH), func() bool {
		got, _ := last.Load().([2]int)
		return got == [2]int{lastW, lastH}
	})
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status after 1000 resizes and q = %d, want 0", code)
	}
	c.Close()
	eventually(t, "every session to end", func() bool { return ts.sessions.count() == 0 })
	eventually(t, "every connection to close", func() bool { return ts.conns.Load() == 0 })
	settledGoroutines(t, baseline+2)
}

func TestServeWithoutPTY(t *testing.T) {
	ts := startServer(t, baseConfig(t), nil)
	for _, cmd := range []string{"", "--country Belgium"} {
		tm := open(t, dial(t, ts.addr), cmd, 0, 0)
		if code := tm.waitExit(t); code != 1 {
			t.Errorf("%q without a pty: exit status %d, want 1", cmd, code)
		}
		if got, want := tm.errOut.String(), "dossier needs an interactive terminal: use ssh -t\n"; got != want {
			t.Errorf("%q without a pty said %q, want %q", cmd, got, want)
		}
	}
}

// TestServeCommandReachesTheApp: the words after the host reach the
// session's argument parser as the client's ssh split them (quotes kept
// together), and the options it returns are what the app opens with, but
// for the idle timeout, which the server keeps.
func TestServeCommandReachesTheApp(t *testing.T) {
	got := make(chan ui.Options, 1)
	words := make(chan []string, 4)
	ports := make(chan int, 4)
	ts := startServer(t, baseConfig(t), func(sv *Server) {
		captureOptions(got)(sv)
		sv.args = func(c SessionCommand) (ui.Options, error) {
			words <- c.Args
			ports <- c.Port
			if c.Story != sv.story || c.Lexicon != sv.lex || c.Out == nil {
				t.Errorf("the parser got story %p, lexicon %p, out %v; want the server's %p, %p and the session",
					c.Story, c.Lexicon, c.Out, sv.story, sv.lex)
			}
			return testArgs(c)
		}
	})
	tm := open(t, dial(t, ts.addr), "--country netherlands --agency 'dutch prosecutors' --view stats", 100, 30)
	var opts ui.Options
	select {
	case opts = <-got:
	case <-time.After(waitLong):
		t.Fatal("no session started")
	}
	if w := <-words; !slices.Equal(w, []string{"--country", "netherlands", "--agency", "dutch prosecutors", "--view", "stats"}) {
		t.Errorf("the parser got %q", w)
	}
	if p := <-ports; p != port(ts.addr) {
		t.Errorf("the parser got port %d, want %d", p, port(ts.addr))
	}
	if opts.View != "stats" {
		t.Errorf("options = %+v, want the parser's view stats", opts)
	}
	if opts.IdleTimeout != 0 {
		t.Errorf("IdleTimeout = %v: the server keeps the idle timeout, not the app", opts.IdleTimeout)
	}
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status = %d", code)
	}
}

func TestServeBadArguments(t *testing.T) {
	ts := startServer(t, baseConfig(t), nil)
	p := strconv.Itoa(port(ts.addr))
	tests := []struct{ cmd, want string }{
		{"--bogus", "dossier: flag provided but not defined: -bogus (ssh -p " + p + " HOST -- --help lists the flags)"},
		{"--country Spain", `dossier: no country "Spain" in this story (have: Belgium, Netherlands)`},
		{"/etc/passwd", "dossier: no files over ssh: the server shows the one story it was started with"},
		{"--theme blue", `dossier: --theme must be one of auto, dark, light, not "blue" (ssh -p ` + p + " HOST -- --help lists the flags)"},
		{"--broken", "dossier: word lists: [31m broken badly"}, // the escape is dropped, the words stay
	}
	for _, tt := range tests {
		tm := open(t, dial(t, ts.addr), tt.cmd, 100, 30)
		want := 2
		if tt.cmd == "--broken" {
			want = 1 // not a usage error
		}
		if code := tm.waitExit(t); code != want {
			t.Errorf("%q: exit status %d, want %d", tt.cmd, code, want)
		}
		if got := tm.errOut.String(); got != tt.want+"\r\n" {
			t.Errorf("%q said %q, want %q", tt.cmd, got, tt.want+"\r\n")
		}
		if tm.out.Len() != 0 {
			t.Errorf("%q: the app started anyway: %q", tt.cmd, tm.out.String())
		}
	}
	// --help and --version are not errors, and need no terminal.
	for cmd, want := range map[string]string{"--help": "--country", "-h": "ssh -t -p " + p, "--version": "dossier "} {
		tm := open(t, dial(t, ts.addr), cmd, 0, 0)
		if code := tm.waitExit(t); code != 0 {
			t.Errorf("%s: exit status %d", cmd, code)
		}
		if !strings.Contains(tm.out.String(), want) {
			t.Errorf("%s said %q", cmd, tm.out.String())
		}
	}
}

func TestServeMaxSessions(t *testing.T) {
	cfg := baseConfig(t)
	cfg.MaxSessions = 2
	ts := startServer(t, cfg, nil)
	a := open(t, dial(t, ts.addr), "", 80, 24)
	b := open(t, dial(t, ts.addr), "", 80, 24)
	a.waitText(t, fixtureTitle)
	b.waitText(t, fixtureTitle)

	c := open(t, dial(t, ts.addr), "", 80, 24)
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
	d := open(t, dial(t, ts.addr), "", 80, 24)
	d.waitText(t, fixtureTitle)
	d.press(t, "q")
	b.press(t, "q")
	if d.waitExit(t) != 0 || b.waitExit(t) != 0 {
		t.Error("sessions did not end cleanly")
	}
}

func TestServeIdleTimeout(t *testing.T) {
	cfg := baseConfig(t)
	cfg.IdleTimeout = 300 * time.Millisecond
	ts := startServer(t, cfg, nil)
	tm := open(t, dial(t, ts.addr), "", 100, 30)
	tm.waitText(t, fixtureTitle)
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("idle session: exit status %d, want 0", code)
	}
	out := tm.out.String()
	if !strings.Contains(out, altScreenOff) {
		t.Errorf("idle session left the alt screen on: %q", out)
	}
	// The goodbye comes after the alt screen is left, so it stays on the
	// client's terminal.
	if i := strings.LastIndex(out, altScreenOff); i < 0 || !strings.Contains(out[i:], "dossier: no key for 300ms, goodbye") {
		t.Errorf("want the terminal restored, then the goodbye; got %q", out)
	}
	eventually(t, "end=idle logged", func() bool { return strings.Contains(ts.logs.String(), "end=idle") })
}

func TestServeMaxTime(t *testing.T) {
	cfg := baseConfig(t)
	cfg.MaxTime = 300 * time.Millisecond
	ts := startServer(t, cfg, nil)
	tm := open(t, dial(t, ts.addr), "", 100, 30)
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
		c, err := gossh.Dial("tcp", ts.addr.String(), clientConfig(&key))
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
	fi, err := os.Stat(cfg.HostKey)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o, want 0600", fi.Mode().Perm())
	}
	di, err := os.Stat(filepath.Dir(cfg.HostKey))
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
	if err := os.Chmod(cfg.HostKey, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := New(cfg, fixtureStory(), nil, NewLogger(&bytes.Buffer{}), testArgs); err == nil ||
		!strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("open host key: err = %v", err)
	}
}

func TestDefaultHostKeyPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/xdg/data")
	if p, _ := DefaultHostKeyPath(); p != "/xdg/data/dossier/ssh_host_ed25519" {
		t.Errorf("with XDG_DATA_HOME: %s", p)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/someone")
	if p, _ := DefaultHostKeyPath(); p != "/home/someone/.local/share/dossier/ssh_host_ed25519" {
		t.Errorf("without XDG_DATA_HOME: %s", p)
	}
}

// TestServeStopSaysGoodbye stops a running server (as SIGTERM does) with
// 50 sessions open (3 with -short): each is told why, its terminal is
// restored, Shutdown and Serve return without an error, and the server
// leaves no goroutine behind.
func TestServeStopSaysGoodbye(t *testing.T) {
	n := 50
	if testing.Short() {
		n = 3
	}
	baseline := settledGoroutines(t, 1<<20)
	logs := &syncBuffer{}
	cfg := baseConfig(t)
	sv, err := New(cfg, fixtureStory(), fixtureLexicon(), NewLogger(logs), testArgs)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- sv.Serve(ln) }()
	addr := ln.Addr()
	eventually(t, "Addr to be set", func() bool { a := sv.Addr(); return a != nil && a.String() == addr.String() })
	var terms []*remote
	var clients []*gossh.Client
	for range n {
		c := dial(t, addr)
		clients = append(clients, c)
		terms = append(terms, open(t, c, "", 100, 30))
	}
	for _, tm := range terms {
		tm.waitText(t, fixtureTitle)
	}
	stopped := time.Now()
	shut := make(chan error, 1)
	go func() { shut <- sv.Shutdown(context.Background()) }()
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
	for what, ch := range map[string]chan error{"Shutdown": shut, "Serve": served} {
		select {
		case err := <-ch:
			if err != nil {
				t.Errorf("%s returned %v", what, err)
			}
		case <-time.After(waitLong):
			t.Fatalf("%s did not return after the stop", what)
		}
	}
	t.Logf("%d sessions said goodbye and the server returned in %s", n, time.Since(stopped).Round(time.Millisecond))
	if _, err := net.DialTimeout("tcp", addr.String(), time.Second); err == nil {
		t.Error("still accepting connections after the stop")
	}
	if !strings.Contains(logs.String(), "end=shutdown") || !strings.Contains(logs.String(), "stopped") {
		t.Errorf("log:\n%s", logs.String())
	}
	settledGoroutines(t, baseline+2)
}

// TestListenAndServe listens on the configured address itself.
func TestListenAndServe(t *testing.T) {
	probe, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg := baseConfig(t)
	cfg.Listen = probe.Addr().String()
	probe.Close()
	sv, err := New(cfg, fixtureStory(), fixtureLexicon(), NewLogger(&syncBuffer{}), testArgs)
	if err != nil {
		t.Fatal(err)
	}
	if sv.Addr() != nil {
		t.Errorf("Addr before Serve = %v, want nil", sv.Addr())
	}
	served := make(chan error, 1)
	go func() { served <- sv.ListenAndServe() }()
	var c *gossh.Client
	eventually(t, "the server to listen", func() bool {
		c, err = gossh.Dial("tcp", cfg.Listen, clientConfig(nil))
		return err == nil
	})
	tm := open(t, c, "", 80, 24)
	tm.waitText(t, fixtureTitle)
	if got := sv.Addr(); got == nil || got.String() != cfg.Listen {
		t.Errorf("Addr = %v, want %s", got, cfg.Listen)
	}
	if err := sv.Shutdown(context.Background()); err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status %d", code)
	}
	c.Close()
	if err := <-served; err != nil {
		t.Errorf("ListenAndServe returned %v after Shutdown", err)
	}
}

// TestServeLeavesNoGoroutines opens sessions that end every way a session
// can (q, an idle timeout, a client that drops its TCP connection without
// a word) and checks the goroutine count comes back.
func TestServeLeavesNoGoroutines(t *testing.T) {
	cfg := baseConfig(t)
	cfg.IdleTimeout = 300 * time.Millisecond
	ts := startServer(t, cfg, nil)
	baseline := settledGoroutines(t, 1<<20)

	for range 3 {
		c := dial(t, ts.addr)
		tm := open(t, c, "", 100, 30)
		tm.waitText(t, fixtureTitle)
		tm.press(t, "q")
		tm.waitExit(t)
		c.Close()
	}
	c := dial(t, ts.addr)
	open(t, c, "", 100, 30).waitExit(t) // idle
	c.Close()

	for range 3 {
		conn, err := net.Dial("tcp", ts.addr.String())
		if err != nil {
			t.Fatal(err)
		}
		cc, chans, reqs, err := gossh.NewClientConn(conn, ts.addr.String(), clientConfig(nil))
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
