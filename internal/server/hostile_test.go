package server

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"dossier/model"
	"dossier/ui"
)

// The attacks of a hostile client that speaks SSH (x/crypto/ssh sends
// whatever requests it is asked to) on a server on 127.0.0.1: each test
// checks that the server stays within its bounds and serves the next
// client.

// recorder wraps every session's model and records what the server sent
// it: the window sizes, how many, and the environment.
type recorder struct {
	mu      sync.Mutex
	sizes   []tea.WindowSizeMsg
	env     []string
	started int
}

func (r *recorder) install(sv *Server) {
	next := sv.newModel
	sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
		r.mu.Lock()
		r.started++
		r.mu.Unlock()
		return recorded{Model: next(st, o), r: r}
	}
}

func (r *recorder) last() (tea.WindowSizeMsg, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.sizes) == 0 {
		return tea.WindowSizeMsg{}, 0
	}
	return r.sizes[len(r.sizes)-1], len(r.sizes)
}

func (r *recorder) environ() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.env
}

// waitSize waits until the last size the app got is w x h.
func (r *recorder) waitSize(t *testing.T, w, h int) {
	t.Helper()
	eventually(t, fmt.Sprintf("the app to get %dx%d", w, h), func() bool {
		got, _ := r.last()
		return got.Width == w && got.Height == h
	})
}

type recorded struct {
	tea.Model
	r *recorder
}

func (m recorded) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.r.mu.Lock()
		m.r.sizes = append(m.r.sizes, msg)
		m.r.mu.Unlock()
	case tea.EnvMsg:
		m.r.mu.Lock()
		m.r.env = append([]string(nil), msg...)
		m.r.mu.Unlock()
	}
	next, cmd := m.Model.Update(msg)
	m.Model = next
	return m, cmd
}

// heapInUse is the live heap after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// servesNext checks that a new client still gets the app and quits it.
func servesNext(t *testing.T, ts *testServer) {
	t.Helper()
	tm := open(t, dial(t, ts.addr), "", 80, 24)
	tm.waitText(t, fixtureTitle)
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("the next client: exit status %d", code)
	}
}

// TestServeClampsSizes asks for absurd first sizes and resizes (one of
// 65535x65535 used to grow the server past 6 GB and kill it): the app is
// drawn at most maxCols x maxRows and maxCells, the server's heap grows by
// no more than a session at that size costs, and it serves the next client.
func TestServeClampsSizes(t *testing.T) {
	var rec recorder
	var last atomic.Value
	ts := startServer(t, baseConfig(t), func(sv *Server) {
		rec.install(sv)
		inner := sv.newModel
		sv.newModel = func(st *model.Story, o ui.Options) tea.Model {
			return frameSpy{Model: inner(st, o), last: &last}
		}
	})
	before := heapInUse()
	for _, tc := range []struct{ w, h, wantW, wantH int }{
		{65535, 65535, maxCols, maxCells / maxCols},
		{4096, 4096, maxCols, maxCells / maxCols},
		{1000, 1000, maxCols, maxCells / maxCols},
		{300, 1000, 300, maxCells / 300},
		{100, 1000, 100, maxRows},
		{120, 40, 120, 40},
	} {
		tm := open(t, dial(t, ts.addr), "", tc.w, tc.h)
		tm.waitText(t, fixtureTitle)
		rec.waitSize(t, tc.wantW, tc.wantH)
		eventually(t, fmt.Sprintf("a frame of %dx%d drawn at %dx%d", tc.w, tc.h, tc.wantW, tc.wantH), func() bool {
			got, _ := last.Load().([2]int)
			return got == [2]int{tc.wantW, tc.wantH}
		})
		// And every resize.
		if err := tm.sess.WindowChange(1<<31-1, 1<<31-1); err != nil {
			t.Fatal(err)
		}
		if err := tm.sess.WindowChange(3, 4000); err != nil {
			t.Fatal(err)
		}
		rec.waitSize(t, maxCols, 3)
		tm.press(t, "q")
		if code := tm.waitExit(t); code != 0 {
			t.Errorf("%dx%d: exit status %d", tc.w, tc.h, code)
		}
	}
	eventually(t, "every session to end", func() bool { return ts.sessions.count() == 0 })
	// A session at the largest size holds two screens of cells; what the
	// ended ones held is garbage now.
	if grew := int64(heapInUse()) - int64(before); grew > 64<<20 {
		t.Errorf("the heap grew by %d MiB after the sessions ended", grew>>20)
	}
	if !strings.Contains(ts.logs.String(), fmt.Sprintf("size=%dx%d", maxCols, maxCells/maxCols)) {
		t.Errorf("the log does not give the clamped size:\n%s", ts.logs.String())
	}
	servesNext(t, ts)
}

// TestServeCellBudget fills the cell budget with sessions at the largest
// size: the next session is told "server busy" with status 1, a session
// that grows past what is left is drawn in the rows that fit, and cells
// come back when a session shrinks or ends.
func TestServeCellBudget(t *testing.T) {
	cfg := baseConfig(t)
	cfg.MaxCells = 2*maxCells + reserveFor(80, 24)
	var rec recorder
	ts := startServer(t, cfg, rec.install)
	big := []*remote{open(t, dial(t, ts.addr), "", maxCols, maxRows), open(t, dial(t, ts.addr), "", maxCols, maxRows)}
	for _, tm := range big {
		tm.waitText(t, fixtureTitle)
	}
	if got := ts.sessions.heldCells(); got != 2*maxCells {
		t.Errorf("two sessions at the largest size hold %d cells, want %d", got, 2*maxCells)
	}
	full := open(t, dial(t, ts.addr), "", 100, 30) // 3,000 cells: more than is left
	if code := full.waitExit(t); code != 1 {
		t.Errorf("past the budget: exit status %d, want 1", code)
	}
	if got, want := full.errOut.String(), "dossier: server busy, try later\r\n"; got != want {
		t.Errorf("past the budget: %q, want %q", got, want)
	}
	eventually(t, "the refusal logged", func() bool { return strings.Contains(ts.logs.String(), "reason=\"memory budget\"") })

	small := open(t, dial(t, ts.addr), "", 80, 24) // fits exactly
	small.waitText(t, fixtureTitle)
	// Growing to 200 columns: the budget holds 80x24 cells for it, so
	// 1920/200 = 9 rows of 200.
	if err := small.sess.WindowChange(60, 200); err != nil {
		t.Fatal(err)
	}
	rec.waitSize(t, 200, 9)
	if got := ts.sessions.heldCells(); got != cfg.MaxCells {
		t.Errorf("held %d cells, want the whole budget %d", got, cfg.MaxCells)
	}
	// A big session shrinks: the small one may now grow.
	if err := big[0].sess.WindowChange(24, 80); err != nil {
		t.Fatal(err)
	}
	rec.waitSize(t, 80, 24)
	if err := small.sess.WindowChange(60, 201); err != nil {
		t.Fatal(err)
	}
	rec.waitSize(t, 201, 60)

	for _, tm := range append(big, small) {
		tm.press(t, "q")
		if code := tm.waitExit(t); code != 0 {
			t.Errorf("exit status %d", code)
		}
	}
	eventually(t, "the cells to come back", func() bool { return ts.sessions.heldCells() == 0 })
	servesNext(t, ts)
}

// TestServeEarlyWindowChange sends window changes between the pty request
// and the shell, which used to block charm.land/ssh's request loop for
// good: the shell is still answered, the app opens at the last size sent,
// and clients that leave at that point leave no goroutine behind.
func TestServeEarlyWindowChange(t *testing.T) {
	var rec recorder
	ts := startServer(t, baseConfig(t), rec.install)
	baseline := settledGoroutines(t, 1<<20)

	for range 20 {
		c := dial(t, ts.addr)
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		for i := range 3 {
			if err := sess.WindowChange(30+i, 100+i); err != nil {
				t.Fatal(err)
			}
		}
		c.Close()
	}
	eventually(t, "every connection to close", func() bool { return ts.conns.Load() == 0 })
	settledGoroutines(t, baseline+2)

	c := dial(t, ts.addr)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out := &syncBuffer{}
	sess.Stdout = out
	keys, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	for _, s := range [][2]int{{90, 28}, {100, 30}} {
		if err := sess.WindowChange(s[1], s[0]); err != nil {
			t.Fatal(err)
		}
	}
	shell := make(chan error, 1)
	go func() {
		// One that wants an answer gets one (a failure, in order), and its
		// size is kept.
		if ok, err := sess.SendRequest("window-change", true, windowPayload(110, 32)); err != nil || ok {
			t.Errorf("window-change before the shell, wanting a reply: ok %v, err %v; want a failure", ok, err)
		}
		shell <- sess.Shell()
	}()
	select {
	case err := <-shell:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(waitLong):
		t.Fatal("the shell request was never answered")
	}
	rec.waitSize(t, 110, 32)
	eventually(t, "the first frame", func() bool { return strings.Contains(ansi.Strip(out.String()), fixtureTitle) })
	if _, err := keys.Write([]byte("q")); err != nil {
		t.Fatal(err)
	}
	if code := exitStatus(sess.Wait()); code != 0 {
		t.Errorf("exit status %d", code)
	}
	c.Close()
	eventually(t, "every session to end", func() bool { return ts.sessions.count() == 0 })
	servesNext(t, ts)
}

// TestServeWindowChangeAfterExit sends window changes without pause from
// the moment a session starts, through its end (a refusal, --help, an app
// that quits): once the app no longer reads them, charm.land/ssh blocks on
// the second for good, unless they are drained.
func TestServeWindowChangeAfterExit(t *testing.T) {
	ts := startServer(t, baseConfig(t), nil)
	baseline := settledGoroutines(t, 1<<20)
	for _, cmd := range []string{"--help", "--bogus", ""} {
		c := dial(t, ts.addr)
		tm := open(t, c, cmd, 80, 24)
		stormed := make(chan int)
		go func() {
			n := 0
			for tm.sess.WindowChange(20+n%40, 70+n%80) == nil {
				n++
			}
			stormed <- n
		}()
		if cmd == "" {
			tm.waitText(t, fixtureTitle)
			tm.press(t, "q")
		}
		tm.waitExit(t)
		c.Close()
		t.Logf("%q: %d window changes", cmd, <-stormed)
	}
	eventually(t, "every connection to close", func() bool { return ts.conns.Load() == 0 })
	settledGoroutines(t, baseline+2)
	servesNext(t, ts)
}

// TestServeEnvBounded sends thousands of env requests before the shell
// (10,000 of 30 KB once cost the server 330 MB): past maxEnvVars, or over
// maxEnvBytes, they are refused; the app gets the ones kept.
func TestServeEnvBounded(t *testing.T) {
	var rec recorder
	ts := startServer(t, baseConfig(t), rec.install)
	before := heapInUse()
	c := dial(t, ts.addr)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	sess.Stdout = &syncBuffer{}
	keys, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat("x", 30<<10)
	refusedBig := 0
	for i := range 1000 {
		if sess.Setenv(fmt.Sprintf("BIG%d", i), big) != nil {
			refusedBig++
		}
	}
	accepted := 0
	for i := range 200 {
		if sess.Setenv(fmt.Sprintf("V%d", i), "small") == nil {
			accepted++
		}
	}
	if refusedBig != 1000 || accepted != maxEnvVars {
		t.Errorf("30 KB variables refused: %d of 1000; small ones kept: %d of 200, want all refused and %d kept",
			refusedBig, accepted, maxEnvVars)
	}
	if grew := int64(heapInUse()) - int64(before); grew > 16<<20 {
		t.Errorf("the heap grew by %d MiB with the env requests", grew>>20)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the app to get its environment", func() bool { return rec.environ() != nil })
	env := rec.environ()
	if len(env) > maxEnvVars+1 { // and TERM from the pty
		t.Errorf("the app got %d variables, want at most %d", len(env), maxEnvVars+1)
	}
	over := 0
	for _, kv := range env {
		if len(kv) > maxEnvBytes {
			over++
		}
	}
	if over > 0 {
		t.Errorf("the app got %d variables over %d bytes", over, maxEnvBytes)
	}
	if _, err := keys.Write([]byte("q")); err != nil {
		t.Fatal(err)
	}
	if code := exitStatus(sess.Wait()); code != 0 {
		t.Errorf("exit status %d", code)
	}
	servesNext(t, ts)
}

// TestServeCoalescesResizes sends window changes as fast as the client can
// (59,000 of them once cost 24 s of CPU): the app gets at most one a frame
// of the time they took, the last size among them, and still quits.
func TestServeCoalescesResizes(t *testing.T) {
	var rec recorder
	ts := startServer(t, baseConfig(t), rec.install)
	tm := open(t, dial(t, ts.addr), "", 100, 30)
	tm.waitText(t, fixtureTitle)
	rec.waitSize(t, 100, 30)
	_, before := rec.last()
	start := time.Now()
	const n = 3000
	for i := range n {
		if err := tm.sess.WindowChange(20+i%40, 60+i%80); err != nil {
			t.Fatal(err)
		}
	}
	lastW, lastH := 60+(n-1)%80, 20+(n-1)%40
	rec.waitSize(t, lastW, lastH)
	took := time.Since(start)
	_, after := rec.last()
	// One a frame, plus the frame the storm started in and the one it
	// ended in.
	if got, most := after-before, int(took/frameInterval)+2; got > most {
		t.Errorf("%d window changes in %v reached the app as %d sizes, want at most %d (one a frame)", n, took, got, most)
	}
	t.Logf("%d window changes in %v: %d sizes reached the app", n, took.Round(time.Millisecond), after-before)
	tm.press(t, "q")
	if code := tm.waitExit(t); code != 0 {
		t.Errorf("exit status %d", code)
	}
	servesNext(t, ts)
}

// TestServeDemoSpeedFloor: a session asking for a tour at 1ns a step (one
// such session burned more CPU than it lasted) gets minDemoSpeed.
func TestServeDemoSpeedFloor(t *testing.T) {
	got := make(chan ui.Options, 2)
	ts := startServer(t, baseConfig(t), func(sv *Server) {
		captureOptions(got)(sv)
		sv.args = func(c SessionCommand) (ui.Options, error) {
			o, err := testArgs(c)
			if strings.Join(c.Args, " ") == "--demo --demo-speed 1ns" {
				o.Demo, o.DemoSpeed = true, time.Nanosecond
			}
			return o, err
		}
	})
	for cmd, want := range map[string]time.Duration{"--demo --demo-speed 1ns": minDemoSpeed, "": 2500 * time.Millisecond} {
		tm := open(t, dial(t, ts.addr), cmd, 80, 24)
		select {
		case o := <-got:
			if o.DemoSpeed != want {
				t.Errorf("%q: the tour steps every %v, want %v", cmd, o.DemoSpeed, want)
			}
		case <-time.After(waitLong):
			t.Fatal("no session started")
		}
		tm.press(t, "q")
		tm.waitExit(t)
	}
}
