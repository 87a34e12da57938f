//go:build linux

package main

import (
	"context"
	"fmt"
	"net"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"

	"dossier/internal/ptytest"
)

// SSHRun is one server under N concurrent PTY sessions.
type SSHRun struct {
	Server       string   `json:"server"`
	Argv         []string `json:"argv"`
	Sessions     int      `json:"sessions"`
	Served       int      `json:"served"` // sessions that showed their first frame
	FirstFrameMs *Stats   `json:"first_frame_ms"`
	KeyLatencyMs *Stats   `json:"key_latency_ms"`
	KeyBytes     *Stats   `json:"key_bytes"`
	Restored     int      `json:"restored"`
	// Server memory: VmRSS before any session and once every session showed
	// its first frame; the difference per served session.
	RSSStartKB      int64    `json:"rss_start_kb"`
	RSSAllFramesKB  int64    `json:"rss_all_frames_kb"`
	RSSPerSessionKB *float64 `json:"rss_per_session_kb"`
	PeakRSSKB       int64    `json:"peak_rss_kb"`
	// Idle: server CPU and output while every session sits without a key;
	// per session after taking off what the server burns with none.
	IdleSeconds          float64  `json:"idle_s"`
	IdleCPUNoSessionMsS  float64  `json:"idle_cpu_no_session_ms_s"`
	IdleCPUMsS           float64  `json:"idle_cpu_ms_s"`
	IdleCPUMsPerSessionS *float64 `json:"idle_cpu_ms_per_session_s"`
	IdleBytes            int      `json:"idle_bytes"`    // written to all sessions during the idle window
	ClientCPUMs          float64  `json:"client_cpu_ms"` // the benchmark's own CPU (all the clients) during the run
	ThreadsStart         int64    `json:"threads_start"`
	ThreadsPeak          int64    `json:"threads_peak"`
	ThreadsAfter         int64    `json:"threads_after_close"`
	RSSAfterKB           int64    `json:"rss_after_close_kb"`
	StopMs               *float64 `json:"stop_ms"` // SIGTERM to exit
	StopCode             int      `json:"stop_exit_code"`
	Errors               []string `json:"errors,omitempty"`
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// sshClient is what one session saw.
type sshClient struct {
	firstMs  *float64
	lat, kb  []float64
	restored bool
	err      string
}

// measureSSH starts the server, opens n sessions at once, waits for every
// first frame, measures memory and an idle window, types the keys in every
// session at once, quits them all and stops the server.
func measureSSH(ctx context.Context, srv program, n int, idle time.Duration, t timing) (r SSHRun) {
	r = SSHRun{Server: srv.Name, Sessions: n, StopCode: -1}
	addr, err := freeAddr()
	if err != nil {
		r.Errors = append(r.Errors, err.Error())
		return r
	}
	argv := make([]string, len(srv.Argv))
	for i, a := range srv.Argv {
		argv[i] = strings.ReplaceAll(a, "{addr}", addr)
	}
	r.Argv = argv
	var logs tailBuffer
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = childEnv()
	cmd.Stdout, cmd.Stderr = &logs, &logs
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		r.Errors = append(r.Errors, err.Error())
		return r
	}
	pid := cmd.Process.Pid
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	defer func() {
		stopServer(cmd, exited, &r)
		if len(r.Errors) > 0 || r.Served < n {
			if tail := logs.String(); tail != "" {
				r.Errors = append(r.Errors, "server log tail: "+lastLines(tail, 5))
			}
		}
	}()

	if err := waitListening(addr, exited, 15*time.Second); err != nil {
		r.Errors = append(r.Errors, err.Error())
		return r
	}
	r.RSSStartKB = procKB(pid, "VmRSS")
	// The server's own idle cost, with no session, is not the sessions'.
	base0 := cpuMs(pid)
	baseFrom := time.Now()
	select {
	case <-time.After(time.Second):
	case <-ctx.Done():
	}
	base1, th0 := cpuMs(pid), threads(pid)
	r.ThreadsStart = th0
	r.IdleCPUNoSessionMsS = round3((base1 - base0) / time.Since(baseFrom).Seconds())

	clientCPU0 := selfCPUMs()
	var wg sync.WaitGroup
	framed := make(chan struct{}, n)
	idleStart, goKeys := make(chan struct{}), make(chan struct{})
	var idleBytes sync.Map
	results := make([]sshClient, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Typists start spread over one gap rather than in lock-step.
			delay := t.Gap * time.Duration(i) / time.Duration(n)
			results[i] = sshSession(ctx, addr, srv.Expect, t, delay, framed, idleStart, goKeys, func(b int) { idleBytes.Store(i, b) })
		}()
	}
	// Phase 1: every first frame (or failure), then memory and idle.
	for range n {
		select {
		case <-framed:
		case <-ctx.Done():
		}
	}
	r.RSSAllFramesKB = procKB(pid, "VmRSS")
	// Startup stragglers (a second resize, a late answer) are not idleness.
	select {
	case <-time.After(idleSettle):
	case <-ctx.Done():
	}
	close(idleStart)
	cpu0 := cpuMs(pid)
	r.ThreadsPeak = threads(pid)
	idleFrom := time.Now()
	select {
	case <-time.After(idle):
	case <-ctx.Done():
	}
	cpu1 := cpuMs(pid)
	r.ThreadsPeak = max(r.ThreadsPeak, threads(pid))
	r.IdleSeconds = round3(time.Since(idleFrom).Seconds())
	close(goKeys)
	wg.Wait()
	r.ClientCPUMs = round3(selfCPUMs() - clientCPU0)

	var ff, lat, kb []float64
	for _, c := range results {
		if c.firstMs != nil {
			r.Served++
			ff = append(ff, *c.firstMs)
		}
		lat, kb = append(lat, c.lat...), append(kb, c.kb...)
		if c.restored {
			r.Restored++
		}
		if c.err != "" && len(r.Errors) < 5 {
			r.Errors = append(r.Errors, c.err)
		}
	}
	idleBytes.Range(func(_, v any) bool { r.IdleBytes += v.(int); return true })
	r.FirstFrameMs, r.KeyLatencyMs, r.KeyBytes = newStats(ff), newStats(lat), newStats(kb)
	if r.Served > 0 {
		per := round3(float64(r.RSSAllFramesKB-r.RSSStartKB) / float64(r.Served))
		r.RSSPerSessionKB = &per
		r.IdleCPUMsS = round3((cpu1 - cpu0) / r.IdleSeconds)
		idleCPU := round3(max(0, r.IdleCPUMsS-r.IdleCPUNoSessionMsS) / float64(r.Served))
		r.IdleCPUMsPerSessionS = &idleCPU
	}
	r.PeakRSSKB = procKB(pid, "VmHWM")
	// Let the server finish tearing the sessions down before counting.
	time.Sleep(time.Second)
	r.RSSAfterKB = procKB(pid, "VmRSS")
	r.ThreadsAfter = threads(pid)
	return r
}

// idleSettle separates the last first frame from the idle window.
const idleSettle = 500 * time.Millisecond

// sshSession is one client: first frame, a report on framed, the idle
// window from idleStart to goKeys (bytes written meanwhile go to idle), then
// after delay the keys and q.
func sshSession(ctx context.Context, addr, expect string, t timing, delay time.Duration, framed chan<- struct{}, idleStart, goKeys <-chan struct{}, idle func(int)) (c sshClient) {
	signalled := false
	frameDone := func() {
		if !signalled {
			signalled = true
			framed <- struct{}{}
		}
	}
	defer frameDone()
	s, err := ptytest.DialSSH(addr, ptytest.SSHOptions{Cols: t.Cols, Rows: t.Rows, NoAnswer: t.NoAnswer,
		Timeout: 30 * time.Second, ExitGrace: t.ExitGrace})
	if err != nil {
		c.err = "dial: " + err.Error()
		frameDone()
		return c
	}
	defer func() {
		st, _ := s.Close()
		c.restored = c.firstMs != nil && st.Restored
	}()
	at, err := s.WaitText(ptytest.Mark{}, expect, 3*t.FirstTimeout)
	if err == nil {
		var b ptytest.Burst
		b, err = s.WaitQuiet(at, t.Quiet, t.FirstTimeout)
		if err == nil {
			v := ms(b.Last.Sub(s.Started()))
			c.firstMs = &v
		}
	}
	if err != nil {
		c.err = "first frame: " + err.Error()
		frameDone() // before Close's grace period
		return c
	}
	frameDone()
	select {
	case <-idleStart:
	case <-ctx.Done():
		return c
	}
	m := s.Mark()
	select {
	case <-goKeys:
	case <-ctx.Done():
		return c
	}
	idle(s.BytesSince(m))
	time.Sleep(delay)
	for i, k := range t.Keys {
		b, err := s.Key(k)
		if err != nil {
			c.err = err.Error()
			return c
		}
		m := s.Mark()
		sent, err := s.SendAt(b)
		if err != nil {
			c.err = "key: " + err.Error()
			return c
		}
		burst, err := s.WaitQuiet(m, t.Quiet, t.KeyTimeout)
		if err != nil {
			c.err = "key " + k + ": " + err.Error()
			continue
		}
		c.lat = append(c.lat, ms(burst.Last.Sub(sent)))
		time.Sleep(time.Until(sent.Add(keyGap(t.Gap, i, len(t.Keys)))))
		c.kb = append(c.kb, float64(s.BytesSince(m)))
	}
	if t.QuitKey != "" {
		if b, err := s.Key(t.QuitKey); err == nil {
			_ = s.Send(string(b))
		}
	}
	return c
}

func waitListening(addr string, exited <-chan struct{}, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return fmt.Errorf("server exited before listening on %s", addr)
		default:
		}
		if c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Errorf("server not listening on %s after %v", addr, timeout)
}

// stopServer sends SIGTERM to the server's process group, then SIGKILL
// after 5 s, and records how long it took and the exit code.
func stopServer(cmd *exec.Cmd, exited <-chan struct{}, r *SSHRun) {
	pid := cmd.Process.Pid
	start := time.Now()
	_ = syscall.Kill(-pid, syscall.SIGTERM)
	select {
	case <-exited:
		v := ms(time.Since(start))
		r.StopMs = &v
	case <-time.After(5 * time.Second):
		r.Errors = append(r.Errors, "server still running 5 s after SIGTERM: killed")
		_ = syscall.Kill(-pid, syscall.SIGKILL)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			r.Errors = append(r.Errors, fmt.Sprintf("server pid %d survived SIGKILL", pid))
			return
		}
	}
	_ = syscall.Kill(-pid, syscall.SIGKILL) // anything left in its group
	r.StopCode = cmd.ProcessState.ExitCode()
}
