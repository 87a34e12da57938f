package main

import (
	"strings"
	"testing"
)

func TestReaderText(t *testing.T) {
	in := "---\ntitle: T\npublished: 2021-03-09\n---\nBRUSSELS (AP) – First.\nSecond paragraph.\n\n\nThird.\n"
	got, err := readerText(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := "BRUSSELS (AP) – First.\n\nSecond paragraph.\n\nThird.\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := readerText("---\ntitle: T\nno end"); err == nil {
		t.Error("unclosed front matter accepted")
	}
	if _, err := readerText("\n\n"); err == nil {
		t.Error("empty article accepted")
	}
}

func TestStats(t *testing.T) {
	if newStats(nil) != nil {
		t.Error("stats of nothing should be nil")
	}
	s := newStats([]float64{5, 1, 4, 2, 3, 10, 6, 7, 8, 9})
	if s.N != 10 || s.Min != 1 || s.Max != 10 || s.Median != 5.5 || s.P90 != 9.1 {
		t.Errorf("%+v", s)
	}
}

func fptr(v float64) *float64 { return &v }

func TestJudge(t *testing.T) {
	run := func(ff float64, lat, b []float64, rss int64, restored bool) Run {
		r := Run{FirstFrameMs: fptr(ff), KeyLatencyMs: lat, KeyBytes: b, PeakRSSKB: rss}
		r.Exit.Restored = restored
		return r
	}
	rep := Report{BinaryBytes: 12 << 20, Results: []Result{
		summarise(program{Name: "dossier"}, []Run{run(30, []float64{20, 20}, []float64{900, 1700}, 20<<10, true)}),
		summarise(program{Name: "floor"}, []Run{run(25, []float64{10, 10}, []float64{100, 100}, 11<<10, true)}),
	}}
	rep.judge()
	want := map[string]bool{
		"first frame vs floor (medians)": true,  // 1.2x
		"key latency vs floor (medians)": false, // 2x
		"bytes per one-line move (p90)":  false, // p90 of 900 and 1700 is 1620 B
		"peak RSS (highest round)":       true,
		"binary size":                    true,
		"terminal restored after q":      true,
	}
	if len(rep.Goals) != len(want) {
		t.Fatalf("goals %+v", rep.Goals)
	}
	for _, g := range rep.Goals {
		if pass, ok := want[g.Name]; !ok || pass != g.Pass {
			t.Errorf("goal %q = %v (%s), want %v", g.Name, g.Pass, g.Value, pass)
		}
	}
	var sb strings.Builder
	rep.markdown(&sb)
	if !strings.Contains(sb.String(), "dossier/floor: first frame 1.20x, key latency 2.00x") {
		t.Errorf("markdown:\n%s", sb.String())
	}
}

// A program that never showed a frame gets no figures and fails its goals.
func TestJudgeWithoutFrames(t *testing.T) {
	dead := Run{PeakRSSKB: 4, Errors: []string{"first frame: program exited"}}
	dead.Exit.Restored = true
	rep := Report{Results: []Result{summarise(program{Name: "dossier"}, []Run{dead})}}
	rep.judge()
	for _, g := range rep.Goals {
		if g.Pass {
			t.Errorf("goal %q passed without a frame (%s)", g.Name, g.Value)
		}
	}
}
