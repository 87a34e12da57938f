package server

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Unit tests of the limits' pieces; the tests beside them try each limit
// on a server.

func TestClampWindow(t *testing.T) {
	for _, tc := range []struct{ w, h, wantW, wantH int }{
		{80, 24, 80, 24},
		{0, 0, 0, 0},
		{-5, 10, 0, 10},
		{maxCols, maxRows, maxCols, maxCells / maxCols},
		{65535, 65535, maxCols, maxCells / maxCols},
		{1 << 40, 3, maxCols, 3},
		{250, 200, 250, maxRows},
		{251, 200, 251, maxCells / 251},
		{40, 65535, 40, maxRows},
	} {
		w, h := clampWindow(tc.w, tc.h)
		if w != tc.wantW || h != tc.wantH {
			t.Errorf("clampWindow(%d, %d) = %d, %d; want %d, %d", tc.w, tc.h, w, h, tc.wantW, tc.wantH)
		}
		if w > maxCols || h > maxRows || w*h > maxCells {
			t.Errorf("clampWindow(%d, %d) = %d, %d: past a bound", tc.w, tc.h, w, h)
		}
	}
	if minReserve < maxCols {
		t.Errorf("minReserve %d < maxCols %d: a session's reservation must hold a full-width row", minReserve, maxCols)
	}
}

// ptyPayload is a pty-req payload (RFC 4254, 6.2).
func ptyPayload(term string, w, h uint32) []byte {
	return gossh.Marshal(struct {
		Term                 string
		Cols, Rows, PxW, PxH uint32
		Modes                string
	}{term, w, h, 640, 480, "\x00"})
}

func TestClampPayloads(t *testing.T) {
	p, ok := clampPtyPayload(ptyPayload("xterm-256color", 65535, 65535))
	if !ok {
		t.Fatal("a valid pty-req refused")
	}
	var got struct {
		Term                 string
		Cols, Rows, PxW, PxH uint32
		Modes                string
	}
	if err := gossh.Unmarshal(p, &got); err != nil {
		t.Fatal(err)
	}
	if got.Term != "xterm-256color" || got.Cols != maxCols || got.Rows != maxCells/maxCols || got.PxW != 0 || got.Modes != "\x00" {
		t.Errorf("clamped pty-req: %+v", got)
	}
	if _, ok := clampPtyPayload(ptyPayload(strings.Repeat("x", maxTermLen+1), 80, 24)); ok {
		t.Error("a pty-req with an absurd TERM passed")
	}
	for _, bad := range [][]byte{nil, {0, 0, 0, 5, 'x'}, {0xff, 0xff, 0xff, 0xff}} {
		if _, ok := clampPtyPayload(bad); ok {
			t.Errorf("malformed pty-req %q passed", bad)
		}
	}
	orig := windowPayload(1<<20, 7)
	w, h := binary.BigEndian.Uint32(orig), binary.BigEndian.Uint32(orig[4:])
	out, cw, ch, ok := clampWindowPayload(orig)
	if !ok || cw != maxCols || ch != 7 || binary.BigEndian.Uint32(out) != maxCols || binary.BigEndian.Uint32(out[4:]) != 7 {
		t.Errorf("clamped window-change: %d x %d, %v", cw, ch, ok)
	}
	if binary.BigEndian.Uint32(orig) != w || binary.BigEndian.Uint32(orig[4:]) != h {
		t.Error("the original payload was changed")
	}
	if _, _, _, ok := clampWindowPayload(orig[:15]); ok {
		t.Error("a short window-change passed")
	}
}

// filterAll passes reqs through filterRequests and returns what came out.
func filterAll(reqs ...*gossh.Request) []*gossh.Request {
	in := make(chan *gossh.Request, len(reqs))
	for _, r := range reqs {
		in <- r
	}
	close(in)
	out := make(chan *gossh.Request)
	go filterRequests(in, out)
	var got []*gossh.Request
	for r := range out {
		got = append(got, r)
	}
	return got
}

func describe(reqs []*gossh.Request) string {
	var parts []string
	for _, r := range reqs {
		s := r.Type
		if r.Type == "window-change" && len(r.Payload) >= 8 {
			s += fmt.Sprintf(" %dx%d", binary.BigEndian.Uint32(r.Payload), binary.BigEndian.Uint32(r.Payload[4:]))
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func TestFilterRequests(t *testing.T) {
	wc := func(w, h int, reply bool) *gossh.Request {
		return &gossh.Request{Type: "window-change", WantReply: reply, Payload: windowPayload(w, h)}
	}
	req := func(typ string) *gossh.Request { return &gossh.Request{Type: typ} }
	env := func(size int) *gossh.Request {
		return &gossh.Request{Type: "env", Payload: make([]byte, size)}
	}

	// Early sizes are held, the latest passed on after the shell; the one
	// that wants a reply is answered in its place, as a refusal.
	got := describe(filterAll(
		&gossh.Request{Type: "pty-req", Payload: ptyPayload("xterm", 80, 24)},
		wc(100, 30, false), wc(110, 32, true), wc(9999, 9999, false),
		req("shell"), wc(90, 20, false), req("shell")))
	want := fmt.Sprintf("pty-req, %s, shell, window-change %dx%d, window-change 90x20, shell", refusedRequest, maxCols, maxCells/maxCols)
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}

	// env: at most maxEnvVars kept, none over maxEnvBytes.
	reqs := []*gossh.Request{env(maxEnvBytes + 1)}
	for range maxEnvVars + 10 {
		reqs = append(reqs, env(16))
	}
	kept := 0
	for _, r := range filterAll(reqs...) {
		if r.Type == "env" {
			kept++
		}
	}
	if kept != maxEnvVars || reqs[0].Type != refusedRequest {
		t.Errorf("kept %d env requests (want %d); the big one became %q", kept, maxEnvVars, reqs[0].Type)
	}

	// A malformed size and other requests pass untouched: charm.land/ssh
	// answers them.
	bad := &gossh.Request{Type: "window-change", Payload: []byte{1, 2}}
	if got := filterAll(req("exec"), bad, req("signal"), req("x11-req")); describe(got) != "exec, window-change, signal, x11-req" {
		t.Errorf("got %s", describe(got))
	}
}

func TestRegistryCells(t *testing.T) {
	r := newRegistry(10, 3*maxCells)
	a, err := r.enter(maxCols, maxCells/maxCols)
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.enter(80, 24)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.enter(10, 10); err != nil || r.heldCells() != maxCells+2*minReserve {
		t.Fatalf("a tiny session: %v; held %d", err, r.heldCells())
	}
	// b grows to the whole rest, then past it: cut to the rows that fit.
	left := 3*maxCells - r.heldCells() + minReserve
	if w, h := r.resize(b, 400, 400); w != 400 || h != left/400 {
		t.Errorf("b grew to %dx%d, want 400x%d", w, h, left/400)
	}
	if r.heldCells() > 3*maxCells {
		t.Errorf("held %d cells of %d", r.heldCells(), 3*maxCells)
	}
	if _, err := r.enter(80, 24); !errors.Is(err, errNoCells) {
		t.Errorf("past the budget: %v", err)
	}
	// Shrinking gives back.
	r.resize(a, 80, 24)
	if _, err := r.enter(80, 24); err != nil {
		t.Errorf("after a shrink: %v", err)
	}
	r.leave(a)
	r.leave(b)
	if r.count() != 2 {
		t.Errorf("%d open", r.count())
	}
	// The session count still comes first.
	full := newRegistry(1, 10*maxCells)
	if _, err := full.enter(80, 24); err != nil {
		t.Fatal(err)
	}
	if _, err := full.enter(80, 24); !errors.Is(err, errBusy) {
		t.Errorf("past --max-sessions: %v", err)
	}
}

func TestAddrCounter(t *testing.T) {
	a := newAddrCounter(2)
	var got []verdict
	for range 5 {
		got = append(got, a.open("192.0.2.1"))
	}
	if fmt.Sprint(got) != fmt.Sprint([]verdict{admit, admit, refuse, refuse, drop}) {
		t.Errorf("5 from one address: %v", got)
	}
	if a.open("192.0.2.2") != admit {
		t.Error("another address was not admitted")
	}
	for range 4 {
		a.close("192.0.2.1")
	}
	if a.open("192.0.2.1") != admit || a.count("192.0.2.1") != 2 {
		t.Errorf("after closes: %d open", a.count("192.0.2.1"))
	}
	a.close("192.0.2.1")
	a.close("192.0.2.1")
	a.close("192.0.2.2")
	if len(a.n) != 0 {
		t.Errorf("addresses with nothing open are kept: %v", a.n)
	}
	if newAddrCounter(0).open("x") != admit {
		t.Error("--max-per-addr 0 should admit everyone")
	}
}

func TestLogLimiter(t *testing.T) {
	logs := &syncBuffer{}
	ll := newLogLimiter(NewLogger(logs), time.Hour)
	for i := range 50 {
		ll.warn("dropped", "rate limit", "addr", fmt.Sprint(i))
	}
	ll.info("refused", "busy")
	if got := strings.Count(logs.String(), "\n"); got != 2 {
		t.Errorf("51 lines of two kinds wrote %d:\n%s", got, logs.String())
	}
	if !strings.Contains(logs.String(), `dropped reason="rate limit" addr=0`) {
		t.Errorf("the first line is not the first drop:\n%s", logs.String())
	}
	ll.flush()
	if !strings.Contains(logs.String(), `dropped reason="rate limit" suppressed=49 in=1h0m0s`) ||
		strings.Count(logs.String(), "\n") != 3 {
		t.Errorf("after the window:\n%s", logs.String())
	}
	// A new window logs at once again.
	ll.warn("dropped", "rate limit", "addr", "again")
	if !strings.Contains(logs.String(), "addr=again") {
		t.Errorf("the next window:\n%s", logs.String())
	}

	short := newLogLimiter(NewLogger(logs), time.Millisecond)
	short.warn("dropped", "x")
	short.warn("dropped", "x")
	eventually(t, "the window to end by itself", func() bool { return strings.Contains(logs.String(), `reason=x suppressed=1`) })
}
