package server

import (
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"dossier/model"
	"dossier/ui"
)

// floodModel writes 64 KiB of raw output every millisecond, past the
// renderer (whose diffing is too slow under -race to fill a client's SSH
// window quickly): a lot of output for a client to keep up with.
type floodModel struct{}

type floodTick struct{}

var floodChunk = strings.Repeat("x", 64<<10)

func floodNext() tea.Cmd {
	return tea.Tick(time.Millisecond, func(time.Time) tea.Msg { return floodTick{} })
}

func (m floodModel) Init() tea.Cmd { return floodNext() }

func (m floodModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg.(type) {
	case floodTick:
		return m, tea.Batch(tea.Raw(floodChunk), floodNext())
	case tea.KeyPressMsg:
		return m, tea.Quit
	}
	return m, nil
}

func (m floodModel) View() tea.View {
	v := tea.NewView("flood")
	v.AltScreen = true
	return v
}

// TestServeStalledClient has one client stop reading its output while the
// app floods it. Its writes block once its SSH window is full; after the
// stall timeout the server closes that connection, and another session
// carries on meanwhile.
func TestServeStalledClient(t *testing.T) {
	cfg := baseConfig(t)
	cfg.stallTimeout = 300 * time.Millisecond
	ts := startServer(t, cfg, func(sv *Server) {
		real := sv.newModel
		sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
			if o.View == "stats" { // the stalled client asks for the flood this way
				return floodModel{}
			}
			return real(st, o)
		}
	})

	stalled := dial(t, ts.addr)
	sess, err := stalled.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sess.StdoutPipe(); err != nil { // never read
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Start("--view stats"); err != nil {
		t.Fatal(err)
	}

	other := open(t, dial(t, ts.addr), "", 100, 30)
	other.waitText(t, fixtureTitle)

	eventually(t, "the stalled session to be cut", func() bool { return strings.Contains(ts.logs.String(), "end=stalled") })
	waited := make(chan error, 1)
	go func() { waited <- stalled.Wait() }()
	select {
	case <-waited:
	case <-time.After(waitLong):
		t.Fatal("the stalled client's connection is still open")
	}

	other.press(t, "q")
	if code := other.waitExit(t); code != 0 {
		t.Errorf("the other session: exit status %d", code)
	}
	eventually(t, "every session to end", func() bool { return ts.sessions.count() == 0 })
}

// panicOnP panics on "p", inside Bubble Tea's event loop.
type panicOnP struct{ tea.Model }

func (m panicOnP) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "p" {
		panic("test panic in Update")
	}
	next, cmd := m.Model.Update(msg)
	return panicOnP{next}, cmd
}

func TestServePanicKeepsServerUp(t *testing.T) {
	ts := startServer(t, baseConfig(t), func(sv *Server) {
		sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
			if o.View == "entities" {
				panic("test panic building the model")
			}
			return panicOnP{ui.New(st, o)}
		}
	})

	// A panic in the app: Bubble Tea restores the terminal, the client is
	// told, the status is 1.
	tm := open(t, dial(t, ts.addr), "", 100, 30)
	tm.waitText(t, fixtureTitle)
	tm.press(t, "p")
	if code := tm.waitExit(t); code != 1 {
		t.Errorf("panic in Update: exit status %d, want 1", code)
	}
	out := tm.out.String()
	if i := strings.LastIndex(out, altScreenOff); i < 0 || !strings.Contains(out[i:], "dossier: internal error, sorry") {
		t.Errorf("panic in Update: %q", out)
	}

	// A panic in the server's own code, before the app runs.
	tm = open(t, dial(t, ts.addr), "--view entities", 100, 30)
	if code := tm.waitExit(t); code != 1 {
		t.Errorf("panic in the handler: exit status %d, want 1", code)
	}
	if got := tm.errOut.String(); !strings.Contains(got, "dossier: internal error, sorry") {
		t.Errorf("panic in the handler said %q", got)
	}
	eventually(t, "the panic logged", func() bool { return strings.Contains(ts.logs.String(), "test panic building the model") })

	// The server still serves.
	tm = open(t, dial(t, ts.addr), "", 100, 30)
	tm.waitText(t, fixtureTitle)
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("after the panics: exit status %d", code)
	}
	eventually(t, "every session to end", func() bool { return ts.sessions.count() == 0 })
}

func TestRateLimiter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := newRateLimiter(10, func() time.Time { return now })
	a := &net.TCPAddr{IP: net.ParseIP("192.0.2.7"), Port: 1}
	var got []verdict
	for range 12 {
		got = append(got, l.check(a))
	}
	want := []verdict{admit, admit, admit, admit, admit, refuse, refuse, refuse, refuse, refuse, drop, drop}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("12 at once from one address: %v, want %v", got, want)
	}
	if v := l.check(&net.TCPAddr{IP: net.ParseIP("192.0.2.8")}); v != admit {
		t.Errorf("another address: %v", v)
	}
	now = now.Add(6 * time.Second) // one token back at 10 a minute
	if v := l.check(a); v != admit {
		t.Errorf("after 6s: %v, want admit", v)
	}
	if v := l.check(a); v != refuse {
		t.Errorf("right after: %v, want refuse", v)
	}

	// IPv6 clients count per /64.
	for i := range 5 {
		if v := l.check(&net.TCPAddr{IP: net.ParseIP(fmt.Sprintf("2001:db8::%x", i+1))}); v != admit {
			t.Fatalf("v6 %d: %v", i, v)
		}
	}
	if v := l.check(&net.TCPAddr{IP: net.ParseIP("2001:db8::ffff")}); v != refuse {
		t.Errorf("sixth address in the same /64: %v, want refuse", v)
	}
	if newRateLimiter(0, time.Now).check(a) != admit {
		t.Error("--rate-limit 0 should admit everyone")
	}
}

func TestServeRateLimit(t *testing.T) {
	cfg := baseConfig(t)
	cfg.RateLimit = 2 // bursts of 1
	ts := startServer(t, cfg, nil)

	tm := open(t, dial(t, ts.addr), "", 80, 24)
	tm.waitText(t, fixtureTitle)

	refused := open(t, dial(t, ts.addr), "", 80, 24)
	if code := refused.waitExit(t); code != 1 {
		t.Errorf("over the limit: exit status %d, want 1", code)
	}
	if got := refused.errOut.String(); got != "dossier: too many connections from your address, try again in a minute\r\n" {
		t.Errorf("over the limit said %q", got)
	}
	// Past the refusals' own budget, connections are dropped unread.
	if c, err := gossh.Dial("tcp", ts.addr.String(), clientConfig(nil)); err == nil {
		c.Close()
		t.Error("a third connection within the minute got through")
	}
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("the admitted session: exit status %d", code)
	}
}

// TestServeClientKilledMidFrame drops the TCP connection of clients while
// the app is writing to them as fast as it can: the sessions end and
// nothing is left behind.
func TestServeClientKilledMidFrame(t *testing.T) {
	ts := startServer(t, baseConfig(t), func(sv *Server) {
		sv.newModel = func(*model.Story, ui.Options) tea.Model { return floodModel{} }
	})
	baseline := settledGoroutines(t, 1<<20)
	for range 5 {
		conn, err := net.Dial("tcp", ts.addr.String())
		if err != nil {
			t.Fatal(err)
		}
		cc, chans, reqs, err := gossh.NewClientConn(conn, ts.addr.String(), clientConfig(nil))
		if err != nil {
			t.Fatal(err)
		}
		tm := open(t, gossh.NewClient(cc, chans, reqs), "", 80, 24)
		eventually(t, "the flood to start", func() bool { return tm.out.Len() > 256<<10 })
		conn.Close()
		tm.waitExit(t)
	}
	eventually(t, "every session to end", func() bool { return ts.sessions.count() == 0 })
	eventually(t, "every connection to close", func() bool { return ts.conns.Load() == 0 })
	settledGoroutines(t, baseline+2)
}
