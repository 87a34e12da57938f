package casefile

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"dossier/model"
)

// synthetic builds a case of n articles of about 10 KB each from the
// repository's articles: each joins several of them, rotating, with its
// facts varied as mutate varies them (numbers, weekdays, countries,
// sentences dropped or repeated) and its publication day moved, so
// articles share some happenings and differ on others.
func synthetic(t testing.TB, n int) []model.Document {
	t.Helper()
	base := repoArticles(t)
	rng := rand.New(rand.NewPCG(uint64(n), 42))
	out := make([]model.Document, n)
	for i := range out {
		var b strings.Builder
		for k := 0; b.Len() < 9000; k++ {
			src := base[(i*7+k)%len(base)]
			if b.Len() > 0 && b.Len()+len(src.Body) > 11000 {
				continue
			}
			b.WriteString(mutate(src.Body, rng))
			b.WriteString("\n\n")
		}
		out[i] = model.Document{
			Title:     base[i%len(base)].Title,
			Source:    base[i%len(base)].Source,
			Published: time.Date(2021, 3, 10, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%90),
			Body:      b.String(),
		}
	}
	return out
}

func size(docs []model.Document) int64 {
	n := 0
	for _, d := range docs {
		n += len(d.Body)
	}
	return int64(n)
}

var synthCache struct {
	sync.Mutex
	docs    map[int][]model.Document
	stories map[int][]*model.Story
}

func cachedSynthetic(t testing.TB, n int) ([]model.Document, []*model.Story) {
	synthCache.Lock()
	defer synthCache.Unlock()
	if synthCache.docs == nil {
		synthCache.docs, synthCache.stories = map[int][]model.Document{}, map[int][]*model.Story{}
	}
	if _, ok := synthCache.docs[n]; !ok {
		docs := synthetic(t, n)
		synthCache.docs[n], synthCache.stories[n] = docs, ParseStories(docs, lexicon(t), nil)
	}
	return synthCache.docs[n], synthCache.stories[n]
}

// benchmarkCase parses and merges n articles, and reports the heap the
// case holds once built, as a multiple of the articles' size, and the
// processor time it took on all cores.
func benchmarkCase(b *testing.B, n int) {
	docs, _ := cachedSynthetic(b, n)
	lex := lexicon(b)
	b.SetBytes(size(docs))
	b.ReportAllocs()
	var held float64
	var cpu time.Duration
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		t0 := cpuTime()
		c := Parse(docs, lex, nil)
		cpu += cpuTime() - t0
		runtime.GC()
		runtime.ReadMemStats(&after)
		held = float64(after.HeapAlloc-before.HeapAlloc) / float64(size(docs))
		runtime.KeepAlive(c)
	}
	b.ReportMetric(held, "x-held")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkCase50 is a case of 50 articles, about 0.5 MB.
func BenchmarkCase50(b *testing.B) { benchmarkCase(b, 50) }

// BenchmarkCase1000 is a case of 1,000 articles, about 10 MB.
func BenchmarkCase1000(b *testing.B) { benchmarkCase(b, 1000) }

// benchmarkMerge merges n parsed articles and reports the time per event.
func benchmarkMerge(b *testing.B, n int) {
	_, sts := cachedSynthetic(b, n)
	events := 0
	for _, st := range sts {
		events += len(st.Events)
	}
	b.ReportAllocs()
	for b.Loop() {
		Merge(sts, lexicon(b))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(events), "ns/event")
}

// BenchmarkMerge100 and BenchmarkMerge1000 merge alone: the time per
// event stays flat as the case grows tenfold.
func BenchmarkMerge100(b *testing.B)  { benchmarkMerge(b, 100) }
func BenchmarkMerge1000(b *testing.B) { benchmarkMerge(b, 1000) }

// The merge weighs each report against at most maxCandidates entries,
// so its work grows with the reports, not their square: a case ten times
// the size weighs about ten times as many pairs.
func TestMergeWorkIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 330 synthetic articles")
	}
	work := func(n int) (weighed, reports int) {
		_, sts := cachedSynthetic(t, n)
		b := NewBuilder(lexicon(t))
		for _, st := range sts {
			b.Add(st)
		}
		if err := b.Case().Validate(); err != nil {
			t.Fatal(err)
		}
		return b.weighed, len(b.reports)
	}
	w30, r30 := work(30)
	w300, r300 := work(300)
	per30, per300 := float64(w30)/float64(r30), float64(w300)/float64(r300)
	t.Logf("pairs weighed per report: %.1f for %d reports, %.1f for %d", per30, r30, per300, r300)
	if per300 > maxCandidates || per300 > 3*per30+1 {
		t.Errorf("pairs weighed per report grow from %.1f to %.1f", per30, per300)
	}
}

// BenchmarkFirstOf50 is how long a case of 50 articles takes to show its
// first article, merged, as a Builder fed by ParseStories shows it;
// BenchmarkOneArticle is that article read on its own. Both start each
// run alike: the last article of the case parsed, untimed, so that the
// caches hold the same, and its garbage collected. They report the
// median run (median-ns), which other processes on a shared machine
// disturb less than the mean.
func BenchmarkFirstOf50(b *testing.B) {
	docs, _ := cachedSynthetic(b, 50)
	lex := lexicon(b)
	var runs []time.Duration
	for b.Loop() {
		b.StopTimer()
		model.Parse(docs[len(docs)-1], lex)
		runtime.GC()
		b.StartTimer()
		start := time.Now()
		bl := NewBuilder(lexicon(b))
		ParseStories(docs, lex, func(i int, st *model.Story) {
			bl.Add(st)
			if i == 0 {
				bl.Case()
				runs = append(runs, time.Since(start))
			}
		})
	}
	b.ReportMetric(median(runs), "median-ns")
}

func BenchmarkOneArticle(b *testing.B) {
	docs, _ := cachedSynthetic(b, 50)
	lex := lexicon(b)
	var runs []time.Duration
	for b.Loop() {
		b.StopTimer()
		model.Parse(docs[len(docs)-1], lex)
		runtime.GC()
		b.StartTimer()
		start := time.Now()
		Merge([]*model.Story{model.Parse(docs[0], lex)}, lexicon(b))
		runs = append(runs, time.Since(start))
	}
	b.ReportMetric(median(runs), "median-ns")
}

func median(ds []time.Duration) float64 {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return float64(ds[len(ds)/2].Nanoseconds())
}
