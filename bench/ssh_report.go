package main

import (
	"fmt"
	"io"
	"strings"
)

// SSHReport is the -ssh output (the -json form is this struct).
type SSHReport struct {
	Schema   string   `json:"schema"`
	Command  string   `json:"command"`
	Machine  Machine  `json:"machine"`
	Cols     int      `json:"cols"`
	Rows     int      `json:"rows"`
	Keys     []string `json:"keys"`
	GapMs    float64  `json:"gap_ms"`
	Sessions int      `json:"sessions"`
	Answered bool     `json:"queries_answered"`
	Runs     []SSHRun `json:"runs"`
	// FirstFrameP90Ratio is dossier's first-frame p90 over the floor's.
	FirstFrameP90Ratio *float64 `json:"first_frame_p90_ratio_dossier_floor"`
	Goals              []Goal   `json:"goals"`
}

func (rep *SSHReport) run(name string) *SSHRun {
	for i := range rep.Runs {
		if rep.Runs[i].Server == name {
			return &rep.Runs[i]
		}
	}
	return nil
}

// judge fills the SSH goals of issue 6.
func (rep *SSHReport) judge() {
	d, f := rep.run("dossier"), rep.run("floor")
	if d == nil {
		return
	}
	rep.Goals = append(rep.Goals, Goal{Name: "sessions served", Target: "all",
		Value: fmt.Sprintf("%d/%d", d.Served, d.Sessions), Pass: d.Served == d.Sessions})
	g := Goal{Name: "first frame p90", Target: "< 1000 ms", Value: "no data"}
	if d.FirstFrameMs != nil {
		g.Value, g.Pass = fmt.Sprintf("%.0f ms", d.FirstFrameMs.P90), d.FirstFrameMs.P90 < 1000
	}
	rep.Goals = append(rep.Goals, g)
	if f != nil && d.FirstFrameMs != nil && f.FirstFrameMs != nil && f.FirstFrameMs.P90 > 0 {
		v := round3(d.FirstFrameMs.P90 / f.FirstFrameMs.P90)
		rep.FirstFrameP90Ratio = &v
	}
	if f != nil {
		rep.Goals = append(rep.Goals, ratioGoal("first frame p90 vs wish floor", rep.FirstFrameP90Ratio, 1.5))
	}
	g = Goal{Name: "key latency p90", Target: "< 100 ms", Value: "no data"}
	if d.KeyLatencyMs != nil {
		g.Value, g.Pass = fmt.Sprintf("%.1f ms", d.KeyLatencyMs.P90), d.KeyLatencyMs.P90 < 100
	}
	rep.Goals = append(rep.Goals, g)
	g = Goal{Name: "server memory per session", Target: "< 2 MiB", Value: "no data"}
	if d.RSSPerSessionKB != nil {
		g.Value, g.Pass = fmt.Sprintf("%.2f MiB", *d.RSSPerSessionKB/1024), *d.RSSPerSessionKB < 2048
	}
	rep.Goals = append(rep.Goals, g)
	// A full house at the largest size the server draws (run with
	// -sessions 50 -cols 500 -rows 200) must fit in 1 GiB.
	g = Goal{Name: "server peak memory", Target: "< 1 GiB", Value: "no data"}
	if d.PeakRSSKB > 0 {
		g.Value, g.Pass = fmt.Sprintf("%.0f MiB", float64(d.PeakRSSKB)/1024), d.PeakRSSKB < 1<<20
	}
	rep.Goals = append(rep.Goals, g)
	g = Goal{Name: "idle CPU per session", Target: "< 2 ms/s", Value: "no data"}
	if d.IdleCPUMsPerSessionS != nil {
		g.Value, g.Pass = fmt.Sprintf("%.2f ms/s", *d.IdleCPUMsPerSessionS), *d.IdleCPUMsPerSessionS < 2
	}
	rep.Goals = append(rep.Goals, g)
	rep.Goals = append(rep.Goals, Goal{Name: "terminal restored after q", Target: "every session",
		Value: fmt.Sprintf("%d/%d", d.Restored, d.Sessions), Pass: d.Restored == d.Sessions})
}

func (rep *SSHReport) markdown(w io.Writer) {
	answered := "answered like xterm"
	if !rep.Answered {
		answered = "never answered (-no-answer)"
	}
	fmt.Fprintf(w, "## SSH benchmark: %d concurrent %dx%d PTY sessions per server, each typing %s (%.0f ms apart at least) then q, terminal queries %s\n\n",
		rep.Sessions, rep.Cols, rep.Rows, strings.Join(rep.Keys, ","), rep.GapMs, answered)
	fmt.Fprintln(w, "| server | served | first frame median / p90 ms | key latency median / p90 ms | bytes/key | server RSS per session MiB | server peak RSS MiB | idle CPU ms/s per session | idle bytes | restored | threads start / after close | stop ms | clients' CPU ms |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rep.Runs {
		bytes, rss, cpu, stop := "—", "—", "—", "—"
		if r.KeyBytes != nil {
			bytes = fmt.Sprintf("%.0f", r.KeyBytes.Median)
		}
		if r.RSSPerSessionKB != nil {
			rss = fmt.Sprintf("%.2f", *r.RSSPerSessionKB/1024)
		}
		if r.IdleCPUMsPerSessionS != nil {
			cpu = fmt.Sprintf("%.2f", *r.IdleCPUMsPerSessionS)
		}
		if r.StopMs != nil {
			stop = fmt.Sprintf("%.0f", *r.StopMs)
		}
		fmt.Fprintf(w, "| %s | %d/%d | %s | %s | %s | %s | %.0f | %s | %d | %d/%d | %d / %d | %s | %.0f |\n", r.Server, r.Served, r.Sessions,
			medP90(r.FirstFrameMs), medP90(r.KeyLatencyMs), bytes, rss, float64(r.PeakRSSKB)/1024, cpu, r.IdleBytes, r.Restored, r.Sessions,
			r.ThreadsStart, r.ThreadsAfter, stop, r.ClientCPUMs)
	}
	fmt.Fprintln(w)
	if len(rep.Goals) > 0 {
		fmt.Fprintln(w, "| goal (issue 6, SSH) | dossier | target | result |")
		fmt.Fprintln(w, "|---|---|---|---|")
		for _, g := range rep.Goals {
			fmt.Fprintf(w, "| %s | %s | %s | %s |\n", g.Name, g.Value, g.Target, passFail(g.Pass))
		}
		fmt.Fprintln(w)
	}
	for _, r := range rep.Runs {
		for _, e := range r.Errors {
			fmt.Fprintf(w, "- %s: %s\n", r.Server, e)
		}
	}
	m := rep.Machine
	fmt.Fprintf(w, "\nMachine: %d CPUs, %s, Linux %s, %s. Clients run in the benchmark process on the same machine. Command: `%s`\n",
		m.CPUs, m.CPUModel, m.Kernel, m.Go, rep.Command)
}
