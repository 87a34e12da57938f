//go:build linux

package main

import (
	"context"
	"io"
	"os"
	"os/exec"
	"time"

	"dossier/internal/ptytest"
)

// program is one command measured side by side with the others.
type program struct {
	Name   string   `json:"name"`
	Argv   []string `json:"argv"`
	Expect string   `json:"expect"` // a string of the first full frame
}

// Run is one round of one program.
type Run struct {
	FirstFrameMs    *float64          `json:"first_frame_ms"` // start to the last byte of the burst that showed Expect
	FirstFrameBytes int               `json:"first_frame_bytes"`
	KeyLatencyMs    []float64         `json:"key_latency_ms"` // key written to the last byte of its redraw
	KeyBytes        []float64         `json:"key_bytes"`
	PeakRSSKB       int64             `json:"peak_rss_kb"`
	Exit            ptytest.ExitState `json:"exit"`
	Queries         map[string]int    `json:"queries,omitempty"`
	Errors          []string          `json:"errors,omitempty"`
}

// timing holds the measurement knobs shared by every run.
type timing struct {
	Cols, Rows   int
	Keys         []string
	QuitKey      string
	Quiet        time.Duration // output silent this long ends a frame
	Gap          time.Duration // at least this long from one key to the next, like a typist
	FirstTimeout time.Duration
	KeyTimeout   time.Duration
	ExitGrace    time.Duration
	NoAnswer     bool
}

// childEnv is the same small environment for every program, so the
// developer's own settings (LESS, NO_COLOR, COLORTERM...) do not leak in.
func childEnv() []string {
	return []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"),
		"TERM=xterm-256color", "LANG=C.UTF-8", "LESSHISTFILE=-",
	}
}

func ms(d time.Duration) float64 { return round3(float64(d) / 1e6) }

// framePeriod is Bubble Tea's default frame interval (60 fps).
const framePeriod = time.Second / 60

// keyGap is the pause after key i of n. A fixed 100 ms gap is exactly six
// frames, so every key of a round would land at the same phase of the
// renderer's frame ticker and a round's latencies would all be lucky or all
// unlucky; spreading the extra pause over one frame samples every phase, as
// a typist does.
func keyGap(gap time.Duration, i, n int) time.Duration {
	if n < 1 {
		return gap
	}
	return gap + framePeriod*time.Duration(i%n)/time.Duration(n)
}

// measure runs p once: first frame, each key, then the quit key, and reports
// what it saw. Every wait is bounded; Close stops the program in any case.
func measure(ctx context.Context, p program, t timing, dump io.Writer) (r Run) {
	fail := func(what string, err error) Run {
		r.Errors = append(r.Errors, what+": "+err.Error())
		return r
	}
	cmd := exec.Command(p.Argv[0], p.Argv[1:]...)
	cmd.Env = childEnv()
	s, err := ptytest.StartWith(cmd, ptytest.Options{
		Cols: t.Cols, Rows: t.Rows, NoAnswer: t.NoAnswer, ExitGrace: t.ExitGrace, Dump: dump})
	if err != nil {
		return fail("start", err)
	}
	defer func() {
		st, err := s.Close()
		r.Exit, r.PeakRSSKB, r.Queries = st, st.PeakRSSKB, s.Queries()
		if err != nil {
			r.Errors = append(r.Errors, "close: "+err.Error())
		}
	}()

	at, err := s.WaitText(ptytest.Mark{}, p.Expect, t.FirstTimeout)
	if err != nil {
		return fail("first frame", err)
	}
	frame, err := s.WaitQuiet(at, t.Quiet, t.FirstTimeout)
	if err != nil {
		return fail("first frame", err)
	}
	ff := ms(frame.Last.Sub(s.Started()))
	r.FirstFrameMs, r.FirstFrameBytes = &ff, frame.Bytes+at.Bytes()

	for i, k := range t.Keys {
		if ctx.Err() != nil {
			return fail("interrupted", ctx.Err())
		}
		b, err := s.Key(k)
		if err != nil {
			return fail("key", err)
		}
		m := s.Mark()
		sent, err := s.SendAt(b)
		if err != nil {
			return fail("key "+k, err)
		}
		burst, err := s.WaitQuiet(m, t.Quiet, t.KeyTimeout)
		if err != nil {
			r.Errors = append(r.Errors, "key "+k+": "+err.Error())
			continue
		}
		r.KeyLatencyMs = append(r.KeyLatencyMs, ms(burst.Last.Sub(sent)))
		time.Sleep(time.Until(sent.Add(keyGap(t.Gap, i, len(t.Keys))))) // output meanwhile still counts for this key
		r.KeyBytes = append(r.KeyBytes, float64(s.BytesSince(m)))
	}
	if t.QuitKey != "" {
		if b, err := s.Key(t.QuitKey); err == nil {
			_ = s.Send(string(b))
		}
	}
	return r
}
