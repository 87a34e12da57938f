package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// Result is everything one program measured over the rounds.
type Result struct {
	program
	Rounds       int      `json:"rounds"`
	FirstFrameMs *Stats   `json:"first_frame_ms"`
	KeyLatencyMs *Stats   `json:"key_latency_ms"`
	KeyBytes     *Stats   `json:"key_bytes"`
	PeakRSSKB    int64    `json:"peak_rss_kb"` // the highest of the rounds
	Restored     int      `json:"restored"`    // rounds that left the terminal as found
	ExitCodes    []int    `json:"exit_codes"`
	Errors       []string `json:"errors,omitempty"` // distinct, first few
	Runs         []Run    `json:"runs"`
}

// Goal is one target of issue 6, judged on this run's figures.
type Goal struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Target string `json:"target"`
	Pass   bool   `json:"pass"`
}

// Report is the benchmark's output (the -json form is this struct).
type Report struct {
	Schema      string   `json:"schema"`
	Command     string   `json:"command"`
	Machine     Machine  `json:"machine"`
	Cols        int      `json:"cols"`
	Rows        int      `json:"rows"`
	Rounds      int      `json:"rounds"`
	Warmup      int      `json:"warmup"`
	Keys        []string `json:"keys"`
	QuitKey     string   `json:"quit_key"`
	QuietMs     float64  `json:"quiet_ms"`
	GapMs       float64  `json:"gap_ms"`
	Answered    bool     `json:"queries_answered"`
	Article     string   `json:"article"`
	BinaryBytes int64    `json:"dossier_binary_bytes,omitempty"`
	PageBytes   int64    `json:"page_bytes,omitempty"` // the -page run's web page
	Results     []Result `json:"results"`
	// Ratios are dossier's median over the floor's (nil without both).
	FirstFrameRatio *float64 `json:"first_frame_ratio_dossier_floor"`
	KeyLatencyRatio *float64 `json:"key_latency_ratio_dossier_floor"`
	// PageRatio is, in a -page run, the first frame's median on the web
	// page over the one on the same story as text.
	PageRatio *float64 `json:"first_frame_ratio_page_text,omitempty"`
	// In a -case run: the case's articles and bytes, and the median of
	// its first frame over the one article's.
	CaseArticles int      `json:"case_articles,omitempty"`
	CaseBytes    int64    `json:"case_bytes,omitempty"`
	CaseRatio    *float64 `json:"first_frame_ratio_case_one,omitempty"`
	Goals        []Goal   `json:"goals"`
}

const mib = 1 << 20

func summarise(p program, runs []Run) Result {
	res := Result{program: p, Rounds: len(runs), Runs: runs}
	var ff, lat, kb []float64
	for _, r := range runs {
		if r.FirstFrameMs != nil {
			ff = append(ff, *r.FirstFrameMs)
		}
		lat = append(lat, r.KeyLatencyMs...)
		kb = append(kb, r.KeyBytes...)
		// A program that never drew proves nothing about memory or restoring.
		if r.FirstFrameMs != nil {
			res.PeakRSSKB = max(res.PeakRSSKB, r.PeakRSSKB)
			if r.Exit.Restored {
				res.Restored++
			}
		}
		res.ExitCodes = append(res.ExitCodes, r.Exit.Code)
		for _, e := range r.Errors {
			if !slices.Contains(res.Errors, e) && len(res.Errors) < 5 {
				res.Errors = append(res.Errors, e)
			}
		}
	}
	res.FirstFrameMs, res.KeyLatencyMs, res.KeyBytes = newStats(ff), newStats(lat), newStats(kb)
	return res
}

func (rep *Report) result(name string) *Result {
	for i := range rep.Results {
		if rep.Results[i].Name == name {
			return &rep.Results[i]
		}
	}
	return nil
}

func ratio(a, b *Stats) *float64 {
	if a == nil || b == nil || b.Median <= 0 {
		return nil
	}
	v := round3(a.Median / b.Median)
	return &v
}

// judge fills the ratios and the goals of issue 6 from the results.
func (rep *Report) judge() {
	if p, t := rep.result(pageName), rep.result(textName); p != nil && t != nil {
		rep.PageRatio = ratio(p.FirstFrameMs, t.FirstFrameMs)
	}
	if o, cf := rep.result(oneName), rep.result(caseName); o != nil && cf != nil {
		rep.CaseRatio = ratio(cf.FirstFrameMs, o.FirstFrameMs)
		rep.Goals = append(rep.Goals, ratioGoal(fmt.Sprintf("case of %d articles: first frame vs one article (medians)", rep.CaseArticles), rep.CaseRatio, caseGoal))
	}
	d, f := rep.result("dossier"), rep.result("floor")
	if d == nil {
		return
	}
	if f != nil {
		rep.FirstFrameRatio = ratio(d.FirstFrameMs, f.FirstFrameMs)
		rep.KeyLatencyRatio = ratio(d.KeyLatencyMs, f.KeyLatencyMs)
		rep.Goals = append(rep.Goals,
			ratioGoal("first frame vs floor (medians)", rep.FirstFrameRatio, 1.25),
			ratioGoal("key latency vs floor (medians)", rep.KeyLatencyRatio, 1.5))
	}
	g := Goal{Name: "bytes per one-line move (p90)", Value: "no data", Target: "≤ 1536 B (1.5 KiB)"}
	if d.KeyBytes != nil {
		g.Value, g.Pass = fmt.Sprintf("%.0f B", d.KeyBytes.P90), d.KeyBytes.P90 <= 1536
	}
	rep.Goals = append(rep.Goals, g)
	g = Goal{Name: "peak RSS (highest round)", Value: "no data", Target: "< 25 MiB"}
	if d.PeakRSSKB > 0 {
		g.Value, g.Pass = fmt.Sprintf("%.1f MiB", float64(d.PeakRSSKB)/1024), d.PeakRSSKB*1024 < 25*mib
	}
	rep.Goals = append(rep.Goals, g)
	if rep.BinaryBytes > 0 {
		rep.Goals = append(rep.Goals, Goal{Name: "binary size", Target: "< 15 MiB",
			Value: fmt.Sprintf("%.1f MiB", float64(rep.BinaryBytes)/mib), Pass: rep.BinaryBytes < 15*mib})
	}
	rep.Goals = append(rep.Goals, Goal{Name: "terminal restored after q", Target: "every round",
		Value: fmt.Sprintf("%d/%d", d.Restored, d.Rounds), Pass: d.Rounds > 0 && d.Restored == d.Rounds})
}

func ratioGoal(name string, r *float64, limit float64) Goal {
	g := Goal{Name: name, Value: "no data", Target: fmt.Sprintf("≤ %.2fx", limit)}
	if r != nil {
		g.Value, g.Pass = fmt.Sprintf("%.2fx", *r), *r <= limit
	}
	return g
}

func medP90(s *Stats) string {
	if s == nil {
		return "—"
	}
	return fmt.Sprintf("%.1f / %.1f", s.Median, s.P90)
}

// markdown writes the report as Markdown tables.
func (rep *Report) markdown(w io.Writer) {
	answered := "answered like xterm"
	if !rep.Answered {
		answered = "never answered (-no-answer)"
	}
	fmt.Fprintf(w, "## Benchmark: %dx%d pty, rounds: %d interleaved (+%d warm-up), keys %s (%.0f ms apart at least) then %s, quiet %.0f ms, terminal queries %s\n\n",
		rep.Cols, rep.Rows, rep.Rounds, rep.Warmup, strings.Join(rep.Keys, ","), rep.GapMs, rep.QuitKey, rep.QuietMs, answered)
	fmt.Fprintln(w, "| program | first frame median / p90 ms | key latency median / p90 ms | bytes/key | peak RSS MiB | restored |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, r := range rep.Results {
		bytes := "—"
		if r.KeyBytes != nil {
			bytes = fmt.Sprintf("%.0f", r.KeyBytes.Median)
		}
		rss := "—"
		if r.PeakRSSKB > 0 {
			rss = fmt.Sprintf("%.1f", float64(r.PeakRSSKB)/1024)
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %d/%d |\n", r.Name, medP90(r.FirstFrameMs),
			medP90(r.KeyLatencyMs), bytes, rss, r.Restored, r.Rounds)
	}
	fmt.Fprintln(w)
	if rep.FirstFrameRatio != nil || rep.KeyLatencyRatio != nil {
		f := func(p *float64) string {
			if p == nil {
				return "—"
			}
			return fmt.Sprintf("%.2fx", *p)
		}
		fmt.Fprintf(w, "dossier/floor: first frame %s, key latency %s\n\n", f(rep.FirstFrameRatio), f(rep.KeyLatencyRatio))
	}
	if rep.PageRatio != nil {
		fmt.Fprintf(w, "page/text: first frame %.2fx (the page is %.0f KiB of HTML)\n\n", *rep.PageRatio, float64(rep.PageBytes)/1024)
	}
	if rep.CaseRatio != nil {
		fmt.Fprintf(w, "case/one: first frame %.2fx. The case: %s.\n\n", *rep.CaseRatio, rep.Article)
	}
	if len(rep.Goals) > 0 {
		issue := "issue 6"
		if rep.CaseRatio != nil {
			issue = "issue 15"
		}
		fmt.Fprintln(w, "| goal ("+issue+") | dossier | target | result |")
		fmt.Fprintln(w, "|---|---|---|---|")
		for _, g := range rep.Goals {
			fmt.Fprintf(w, "| %s | %s | %s | %s |\n", g.Name, g.Value, g.Target, passFail(g.Pass))
		}
		fmt.Fprintln(w)
	}
	for _, r := range rep.Results {
		if len(r.Runs) > 0 && len(r.Runs[0].Queries) > 0 {
			fmt.Fprintf(w, "- %s sent terminal queries: %s\n", r.Name, queryList(r.Runs[0].Queries))
		}
	}
	for _, r := range rep.Results {
		for _, e := range r.Errors {
			fmt.Fprintf(w, "- %s: %s\n", r.Name, e)
		}
	}
	m := rep.Machine
	fmt.Fprintf(w, "\nMachine: %d CPUs, %s, Linux %s, %s, %s. Command: `%s`\n", m.CPUs, m.CPUModel, m.Kernel, m.Go, m.Less, rep.Command)
}

// queryList is "DECRQM×2, OSC11×1" in name order.
func queryList(q map[string]int) string {
	names := slices.Sorted(maps.Keys(q))
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%s×%d", n, q[n])
	}
	return strings.Join(parts, ", ")
}

func passFail(ok bool) string {
	if ok {
		return "PASS"
	}
	return "FAIL"
}
