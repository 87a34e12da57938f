package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/activeterm"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"dossier/data"
	"dossier/internal/cli"
	"dossier/internal/server"
	"dossier/model"
)

// The load test opens N concurrent PTY sessions (DOSSIER_SSH_LOAD=N, 100
// if just set) against our server and against a minimal wish + Bubble Tea
// v2 server showing the same article in a viewport, each in its own
// process (a re-run of this test binary) so that its memory and CPU are its
// own. It reports, per server: memory per session, time to the first frame,
// key latency and bytes per key, idle CPU, goroutines before and after.
//
//	DOSSIER_SSH_LOAD=100 go test -run TestSSHLoad -v -count=1 ./e2e
//
// DOSSIER_SSH_PROFILE=DIR also saves each server's heap profile, with every
// session open, as DIR/dossier.heap and DIR/minimal.heap.
//
// No figure is asserted (machines are noisy); every session must be served
// and end with status 0, and no goroutine may be left behind.
func TestSSHLoad(t *testing.T) {
	n := loadSessions(t)
	needLinuxProc(t)
	keys := []string{"j", "j", "j", "k", "tab"}
	var results []loadResult
	// Interleave the two servers, so a noisy moment hits both.
	for _, kind := range []string{"minimal", "dossier", "minimal", "dossier"} {
		results = append(results, runLoad(t, kind, n, keys))
	}
	t.Logf("%d concurrent PTY sessions at 120x40, keys %s 150ms apart, %d CPUs, %s, GOGC=%s", n, strings.Join(keys, ","),
		runtime.NumCPU(), runtime.Version(), cmpStr(os.Getenv("GOGC"), "100"))
	t.Logf("%-8s %7s %9s %9s %8s %8s %9s %9s %8s %11s %10s", "server", "served", "ff-median", "ff-p90", "key-p50", "key-p90",
		"bytes/key", "RSS/sess", "heap/sess", "idle CPU/s", "goroutines")
	for _, r := range results {
		t.Logf("%-8s %3d/%-3d %7.1fms %7.1fms %6.1fms %6.1fms %9.0f %7.0fKiB %6.0fKiB %8.2fms %4d→%d→%d",
			r.kind, r.served, n, ms(r.firstFrame.median), ms(r.firstFrame.p90), ms(r.keyLatency.median), ms(r.keyLatency.p90),
			r.bytesPerKey, r.rssPerSession/1024, r.heapPerSession/1024, r.idleCPUPerSessionSecond*1000,
			r.goroutinesBefore, r.goroutinesOpen, r.goroutinesAfter)
	}
	byKind := map[string][]loadResult{}
	for _, r := range results {
		byKind[r.kind] = append(byKind[r.kind], r)
	}
	ratio := func(f func(loadResult) float64) float64 {
		return median(mapf(byKind["dossier"], f)) / median(mapf(byKind["minimal"], f))
	}
	t.Logf("dossier / minimal (medians of the runs): first frame p90 %.2fx, first frame median %.2fx, key p90 %.2fx, RSS per session %.2fx",
		ratio(func(r loadResult) float64 { return float64(r.firstFrame.p90) }),
		ratio(func(r loadResult) float64 { return float64(r.firstFrame.median) }),
		ratio(func(r loadResult) float64 { return float64(r.keyLatency.p90) }),
		ratio(func(r loadResult) float64 { return r.rssPerSession }))
}

func cmpStr(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

func loadSessions(t *testing.T) int {
	v := os.Getenv("DOSSIER_SSH_LOAD")
	if v == "" || testing.Short() {
		t.Skip("set DOSSIER_SSH_LOAD=100 to run the SSH load test")
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		n = 100
	}
	return n
}

func needLinuxProc(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("the load test reads /proc")
	}
}

type loadResult struct {
	kind                    string
	served                  int
	firstFrame, keyLatency  dist
	bytesPerKey             float64
	rssPerSession           float64
	heapPerSession          float64
	idleCPUPerSessionSecond float64 // seconds of server CPU per session per second
	goroutinesBefore        int
	goroutinesOpen          int
	goroutinesAfter         int
}

type dist struct{ median, p90 time.Duration }

func distOf(ds []time.Duration) dist {
	if len(ds) == 0 {
		return dist{}
	}
	slices.Sort(ds)
	return dist{median: ds[len(ds)/2], p90: ds[(len(ds)*9)/10]}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func median(xs []float64) float64 {
	slices.Sort(xs)
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)/2]
}

func mapf[T any](xs []T, f func(T) float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// runLoad starts one server process of kind, runs n sessions and measures.
func runLoad(t *testing.T, kind string, n int, keys []string) loadResult {
	t.Helper()
	h := startHelper(t, kind)
	defer h.close(t)
	r := loadResult{kind: kind}
	before := h.stats(t)
	r.goroutinesBefore = before.goroutines

	sessions := make([]*loadSession, n)
	var wg sync.WaitGroup
	for i := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sessions[i] = openLoadSession(h.addr, h.expect)
		}()
	}
	wg.Wait()
	var firstFrames []time.Duration
	for _, s := range sessions {
		if s.err == nil {
			firstFrames = append(firstFrames, s.firstFrame)
		} else {
			t.Errorf("%s: session: %v", kind, s.err)
		}
	}
	r.firstFrame = distOf(firstFrames)

	open := h.stats(t)
	if dir := os.Getenv("DOSSIER_SSH_PROFILE"); dir != "" {
		// go tool pprof -sample_index=inuse_space FILE
		_, _ = io.WriteString(h.stdin, "heap\n")
		src := h.line(t, "HEAP ")
		if b, err := os.ReadFile(src); err == nil {
			_ = os.WriteFile(filepath.Join(dir, kind+".heap"), b, 0o644)
		}
	}
	r.goroutinesOpen = open.goroutines
	r.rssPerSession = float64(open.rss-before.rss) / float64(n)
	r.heapPerSession = float64(open.heap-before.heap) / float64(n)

	// Idle: nothing should be drawn when nothing changes. The window
	// starts after a settling second and holds no forced GC.
	time.Sleep(time.Second)
	idleFrom := h.cpu(t)
	time.Sleep(3 * time.Second)
	idleTo := h.cpu(t)
	r.idleCPUPerSessionSecond = (idleTo.cpu - idleFrom.cpu).Seconds() / idleTo.at.Sub(idleFrom.at).Seconds() / float64(n)

	// Keys, 150ms apart in every session; the typists start spread over
	// one gap, as people do, not all in the same millisecond.
	const gap = 150 * time.Millisecond
	var latencies []time.Duration
	var keyBytes, keyCount int
	var mu sync.Mutex
	for i, s := range sessions {
		if s.err != nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(gap * time.Duration(i) / time.Duration(n))
			lat, b := s.pressKeys(keys, gap)
			mu.Lock()
			latencies = append(latencies, lat...)
			keyBytes += b
			keyCount += len(keys)
			mu.Unlock()
		}()
	}
	wg.Wait()
	r.keyLatency = distOf(latencies)
	if keyCount > 0 {
		r.bytesPerKey = float64(keyBytes) / float64(keyCount)
	}

	for _, s := range sessions {
		if s.err == nil {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if code := s.quit(); code == 0 {
					mu.Lock()
					r.served++
					mu.Unlock()
				} else {
					t.Errorf("%s: session ended with status %d", kind, code)
				}
			}()
		}
	}
	wg.Wait()
	deadline := time.Now().Add(waitLong)
	for {
		after := h.stats(t)
		r.goroutinesAfter = after.goroutines
		if after.goroutines <= before.goroutines+2 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if r.goroutinesAfter > r.goroutinesBefore+2 {
		t.Errorf("%s: %d goroutines after the sessions closed, %d before", kind, r.goroutinesAfter, r.goroutinesBefore)
	}
	return r
}

// loadSession is one client session with every output chunk's arrival.
type loadSession struct {
	client     *gossh.Client
	sess       *gossh.Session
	keys       io.Writer
	err        error
	firstFrame time.Duration

	mu     sync.Mutex
	out    []byte
	chunks []chunk
	exit   chan int
}

type chunk struct {
	at  time.Time
	end int // len(out) after this chunk
}

func openLoadSession(addr, expect string) *loadSession {
	s := &loadSession{exit: make(chan int, 1)}
	start := time.Now()
	s.client, s.err = gossh.Dial("tcp", addr, clientConfig())
	if s.err != nil {
		return s
	}
	if s.sess, s.err = s.client.NewSession(); s.err != nil {
		return s
	}
	stdout, err := s.sess.StdoutPipe()
	if err != nil {
		s.err = err
		return s
	}
	if s.keys, s.err = s.sess.StdinPipe(); s.err != nil {
		return s
	}
	if s.err = s.sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); s.err != nil {
		return s
	}
	if s.err = s.sess.Shell(); s.err != nil {
		return s
	}
	seen := make(chan time.Time, 1)
	go func() {
		buf := make([]byte, 32<<10)
		found := false
		for {
			n, err := stdout.Read(buf)
			now := time.Now()
			if n > 0 {
				s.mu.Lock()
				s.out = append(s.out, buf[:n]...)
				s.chunks = append(s.chunks, chunk{now, len(s.out)})
				if !found && strings.Contains(ansi.Strip(string(s.out)), expect) {
					found = true
					seen <- now
				}
				s.mu.Unlock()
			}
			if err != nil {
				break
			}
		}
		s.exit <- exitStatus(s.sess.Wait())
	}()
	select {
	case at := <-seen:
		s.firstFrame = at.Sub(start)
	case <-time.After(waitLong):
		s.err = fmt.Errorf("no first frame with %q in %s", expect, waitLong)
	}
	return s
}

// pressKeys types each key, gap apart, and returns the time from each
// write to the first output after it (keys that drew nothing are left out)
// and the bytes drawn in all.
func (s *loadSession) pressKeys(keys []string, gap time.Duration) ([]time.Duration, int) {
	var lat []time.Duration
	total := 0
	for _, k := range keys {
		seq := k
		if k == "tab" {
			seq = "\t"
		}
		s.mu.Lock()
		from := len(s.out)
		s.mu.Unlock()
		sent := time.Now()
		if _, err := s.keys.Write([]byte(seq)); err != nil {
			break
		}
		time.Sleep(gap)
		s.mu.Lock()
		for _, c := range s.chunks {
			if c.end > from {
				lat = append(lat, c.at.Sub(sent))
				break
			}
		}
		total += len(s.out) - from
		s.mu.Unlock()
	}
	return lat, total
}

func (s *loadSession) quit() int {
	defer s.client.Close()
	if _, err := s.keys.Write([]byte("q")); err != nil {
		return -1
	}
	select {
	case code := <-s.exit:
		return code
	case <-time.After(waitLong):
		return -1
	}
}

// helper is a server running in a child process.
type helper struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  *bufio.Scanner
	addr   string
	expect string
}

type helperStats struct {
	at         time.Time
	rss, heap  int64
	goroutines int
	cpu        time.Duration
}

func startHelper(t *testing.T, kind string) *helper {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSSHLoadHelper$", "-test.v=false")
	cmd.Env = append(os.Environ(), "DOSSIER_SSH_HELPER="+kind, "DOSSIER_SSH_HELPER_DIR="+t.TempDir())
	cmd.Stderr = io.Discard
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	h := &helper{cmd: cmd, stdin: stdin, lines: bufio.NewScanner(stdout)}
	line := h.line(t, "READY ")
	h.addr, h.expect, _ = strings.Cut(line, " ")
	return h
}

func (h *helper) line(t *testing.T, prefix string) string {
	t.Helper()
	for h.lines.Scan() {
		if rest, ok := strings.CutPrefix(h.lines.Text(), prefix); ok {
			return rest
		}
	}
	t.Fatalf("helper %d ended before %q", h.cmd.Process.Pid, prefix)
	return ""
}

func (h *helper) stats(t *testing.T) helperStats {
	t.Helper()
	if _, err := io.WriteString(h.stdin, "stats\n"); err != nil {
		t.Fatal(err)
	}
	var s helperStats
	var cpu int64
	line := h.line(t, "STATS ")
	if _, err := fmt.Sscanf(line, "heap=%d goroutines=%d cpu=%d", &s.heap, &s.goroutines, &cpu); err != nil {
		t.Fatalf("helper said %q: %v", line, err)
	}
	s.cpu = time.Duration(cpu)
	s.at = time.Now()
	s.rss = vmRSS(t, h.cmd.Process.Pid)
	return s
}

// cpu asks only for the CPU time used so far (no GC, unlike stats).
func (h *helper) cpu(t *testing.T) helperStats {
	t.Helper()
	if _, err := io.WriteString(h.stdin, "cpu\n"); err != nil {
		t.Fatal(err)
	}
	var cpu int64
	line := h.line(t, "CPU ")
	if _, err := fmt.Sscanf(line, "%d", &cpu); err != nil {
		t.Fatalf("helper said %q: %v", line, err)
	}
	return helperStats{at: time.Now(), cpu: time.Duration(cpu)}
}

// close ends the helper (EOF on its stdin) and waits; by PID if it hangs.
func (h *helper) close(t *testing.T) {
	h.stdin.Close()
	done := make(chan error, 1)
	go func() { done <- h.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(waitLong):
		_ = syscall.Kill(h.cmd.Process.Pid, syscall.SIGKILL)
		<-done
		t.Errorf("helper %d did not stop", h.cmd.Process.Pid)
	}
}

func vmRSS(t *testing.T, pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// TestSSHLoadHelper is the server side of TestSSHLoad, run in a child
// process; it does nothing in a normal test run.
func TestSSHLoadHelper(t *testing.T) {
	kind := os.Getenv("DOSSIER_SSH_HELPER")
	if kind == "" {
		t.Skip("the server process of TestSSHLoad")
	}
	dir := os.Getenv("DOSSIER_SSH_HELPER_DIR")
	doc, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	story := model.Parse(doc, lex)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var stop func()
	switch kind {
	case "dossier":
		cfg := server.DefaultConfig()
		cfg.HostKey, cfg.MaxSessions, cfg.RateLimit, cfg.MaxPerAddr = filepath.Join(dir, "key"), 1000, 0, 0
		sv, err := server.New(cfg, story, lex, server.NewLogger(io.Discard), cli.SessionArgs)
		if err != nil {
			t.Fatal(err)
		}
		go func() { _ = sv.Serve(ln) }()
		stop = func() { _ = sv.Shutdown(context.Background()) }
	case "minimal":
		srv, err := wish.NewServer(
			wish.WithHostKeyPath(filepath.Join(dir, "key")),
			wish.WithMiddleware(
				bubbletea.Middleware(func(ssh.Session) (tea.Model, []tea.ProgramOption) {
					return newMinimalModel(story.Doc.Title, story.Doc.Body), nil
				}),
				activeterm.Middleware(),
			))
		if err != nil {
			t.Fatal(err)
		}
		go func() { _ = srv.Serve(ln) }()
		stop = func() { _ = srv.Close() }
	default:
		t.Fatalf("unknown helper %q", kind)
	}
	// The first frame of both shows the title at the top.
	fmt.Printf("READY %s %s\n", ln.Addr(), firstWords(story.Doc.Title, 4))
	in := bufio.NewScanner(os.Stdin)
	cpu := func() int64 {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return ru.Utime.Nano() + ru.Stime.Nano()
	}
	for in.Scan() {
		switch in.Text() {
		case "stats":
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Printf("STATS heap=%d goroutines=%d cpu=%d\n", ms.HeapInuse, runtime.NumGoroutine(), cpu())
		case "cpu":
			fmt.Printf("CPU %d\n", cpu())
		case "heap":
			// A heap profile of the server, for go tool pprof.
			if f, err := os.Create(filepath.Join(dir, kind+".heap")); err == nil {
				runtime.GC()
				_ = pprof.WriteHeapProfile(f)
				f.Close()
				fmt.Printf("HEAP %s\n", f.Name())
			}
		}
	}
	stop()
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}

// minimalModel is the floor: the article in a viewport under its title,
// its paragraphs wrapped once per resize.
type minimalModel struct {
	title, body string
	vp          viewport.Model
}

func newMinimalModel(title, body string) minimalModel {
	return minimalModel{title: title, body: strings.ReplaceAll(body, "\n", "\n\n"), vp: viewport.New()}
}

func (m minimalModel) Init() tea.Cmd { return nil }

func (m minimalModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.vp.SetWidth(msg.Width)
		m.vp.SetHeight(msg.Height - 1)
		m.vp.SetContent(ansi.Wordwrap(m.body, msg.Width, ""))
	case tea.KeyPressMsg:
		if msg.String() == "q" || msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

func (m minimalModel) View() tea.View {
	v := tea.NewView(ansi.Truncate(m.title, m.vp.Width(), "…") + "\n" + m.vp.View())
	v.AltScreen = true
	return v
}
