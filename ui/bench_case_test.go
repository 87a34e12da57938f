package ui

import (
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
)

// caseDocs is n articles from the demo case's, repeated under distinct
// titles.
func caseDocs(tb testing.TB, n int) ([]model.Document, *model.Lexicon) {
	tb.Helper()
	_, demo, err := data.DemoCase()
	if err != nil {
		tb.Fatal(err)
	}
	lex, err := data.Lexicon()
	if err != nil {
		tb.Fatal(err)
	}
	docs := make([]model.Document, n)
	for i := range docs {
		docs[i] = demo[i%len(demo)]
		docs[i].Title += " (" + strconv.Itoa(i+1) + ")"
	}
	return docs, lex
}

// firstFrame is the frame a model shows at 140x40.
func firstFrame(m Model) string {
	return update(m, tea.WindowSizeMsg{Width: 140, Height: 40}).View().Content
}

// BenchmarkStoryFirstFrame is one article, from its text to its first
// frame at 140x40: parse, model, frame.
func BenchmarkStoryFirstFrame(b *testing.B) {
	docs, lex := caseDocs(b, 1)
	var runs []time.Duration
	for b.Loop() {
		settleHeap(b)
		start := time.Now()
		_ = firstFrame(New(model.Parse(docs[0], lex), Options{Theme: "dark"}))
		runs = append(runs, time.Since(start))
	}
	b.ReportMetric(medianNs(runs), "median-ns")
}

// BenchmarkCaseFirstFrame is a case of 50 articles from their texts to
// the first frame at 140x40, as the app shows it: the articles parse in
// parallel and the first frame is drawn from the first article merged,
// the others arriving after it (CaseMsg). Both first-frame benchmarks
// collect the garbage of the run before, untimed. The time to the first frame is
// median-ns; the rest of the case is parsed and merged in the loop too.
func BenchmarkCaseFirstFrame(b *testing.B) {
	docs, lex := caseDocs(b, 50)
	var runs []time.Duration
	for b.Loop() {
		settleHeap(b)
		start := time.Now()
		bl := casefile.NewBuilder(lex)
		casefile.ParseStories(docs, lex, func(i int, st *model.Story) {
			bl.Add(st)
			if i == 0 {
				_ = firstFrame(NewCase(bl.Case(), Options{Theme: "dark"}))
				runs = append(runs, time.Since(start))
			}
		})
	}
	b.ReportMetric(medianNs(runs), "median-ns")
}

// BenchmarkCaseWholeFirstFrame is the same case's first frame when it
// waits for every article: parse, merge, model, frame.
func BenchmarkCaseWholeFirstFrame(b *testing.B) {
	docs, lex := caseDocs(b, 50)
	var runs []time.Duration
	for b.Loop() {
		settleHeap(b)
		start := time.Now()
		_ = firstFrame(NewCase(casefile.Parse(docs, lex, nil), Options{Theme: "dark"}))
		runs = append(runs, time.Since(start))
	}
	b.ReportMetric(medianNs(runs), "median-ns")
}

// BenchmarkCaseGrow is one later build of a 50-article case taken by a
// running model: prepare the new article, keep the reader's place,
// redraw.
func BenchmarkCaseGrow(b *testing.B) {
	docs, lex := caseDocs(b, 50)
	stories := casefile.ParseStories(docs, lex, nil)
	c49 := casefile.Merge(stories[:49], lex)
	c50 := casefile.Merge(stories, lex)
	prep := PrepareCase(c49)
	m := update(prep.New(Options{Theme: "dark"}), tea.WindowSizeMsg{Width: 140, Height: 40})
	b.ReportAllocs()
	for b.Loop() {
		_ = update(m, CaseMsg{Case: prep.Grow(c50), Read: 50, Total: 50}).View()
	}
}

// settleHeap collects the garbage of the run before, untimed, so that a
// run does not pay for the one before it.
func settleHeap(b *testing.B) {
	b.StopTimer()
	runtime.GC()
	b.StartTimer()
}

func medianNs(ds []time.Duration) float64 {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return float64(ds[len(ds)/2].Nanoseconds())
}

// BenchmarkCaseMoveDown is a j (then k) press on a case of 300 articles
// through Update and View.
func BenchmarkCaseMoveDown(b *testing.B) {
	docs, lex := caseDocs(b, 300)
	m := update(NewCase(casefile.Parse(docs, lex, nil), Options{Theme: "dark"}), tea.WindowSizeMsg{Width: 140, Height: 40})
	benchUpdate(b, m, keyMsg("j"), keyMsg("k"))
}
