package caseload

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"testing"
	"time"

	"dossier/data"
)

// repoArticles are the repository's articles with front matter, in path
// order: real texts of every length the tests use.
func repoArticles(tb testing.TB) [][]byte {
	tb.Helper()
	var out [][]byte
	root := filepath.Join("..", "..", "testdata")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".txt" {
			return err
		}
		b, err := os.ReadFile(p)
		if err == nil && bytes.HasPrefix(b, []byte("---\n")) && bytes.Contains(b, []byte("\ntitle:")) {
			out = append(out, b)
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(out) < 3 {
		tb.Fatalf("%d articles under %s", len(out), root)
	}
	return out
}

var publishedLine = regexp.MustCompile(`(?m)^published: .*$`)

// datedOn gives an article with front matter the publication day d, in
// place of its own or, for a release that gives none, as a new line.
func datedOn(article []byte, d time.Time) []byte {
	line := []byte("published: " + d.Format(time.DateOnly))
	if publishedLine.Match(article) {
		return publishedLine.ReplaceAll(article, line)
	}
	return append(append(append([]byte("---\n"), line...), '\n'), article[len("---\n"):]...)
}

// caseDir writes n articles into a new directory, cycling through the
// repository's, and returns it with their size. Each copy gets its own
// publication day, so copies of one text are reports on other days,
// not one happening reported n/len times.
func caseDir(tb testing.TB, n int) (string, int64) {
	return caseDirOf(tb, n, 0)
}

// caseDirOf is caseDir with every article at least minBytes long: the
// bodies of the next repository articles follow the first one's until it
// is, so a case can have the 10 KB articles from real text.
func caseDirOf(tb testing.TB, n, minBytes int) (string, int64) {
	tb.Helper()
	base := repoArticles(tb)
	dir := tb.TempDir()
	var size int64
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		article := base[i%len(base)]
		for j := 1; len(article) < minBytes && j < len(base); j++ {
			article = append(append(bytes.Clone(article), "\n\n"...), body(base[(i+j)%len(base)])...)
		}
		text := datedOn(article, day.AddDate(0, 0, i))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), text, 0o644); err != nil {
			tb.Fatal(err)
		}
		size += int64(len(text))
	}
	return dir, size
}

// benchmarkLoad reads, parses and merges a directory of n articles of at
// least minBytes from disk, as `dossier export DIR` does before writing.
// held/input is the heap the loaded case keeps after a collection, over
// the bytes read; the collections are not timed.
func benchmarkLoad(b *testing.B, n, minBytes int) {
	dir, size := caseDirOf(b, n, minBytes)
	lex, err := data.Lexicon()
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{Lexicon: lex}
	b.SetBytes(size)
	b.ReportAllocs()
	var held float64
	for b.Loop() {
		b.StopTimer()
		base := heapAfterGC()
		b.StartTimer()
		c, skips, err := Load(context.Background(), []string{dir}, opts)
		if err != nil || len(skips) > 0 || len(c.Articles) != n {
			b.Fatalf("%d articles, skips %v, %v", len(c.Articles), skips, err)
		}
		b.StopTimer()
		held = max(held, float64(heapAfterGC()-base)/float64(size))
		runtime.KeepAlive(c)
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
	b.ReportMetric(held, "held/input")
}

func BenchmarkLoad1(b *testing.B)    { benchmarkLoad(b, 1, 0) }
func BenchmarkLoad50(b *testing.B)   { benchmarkLoad(b, 50, 0) }
func BenchmarkLoad1000(b *testing.B) { benchmarkLoad(b, 1000, 0) }

// BenchmarkLoad1000Long is the scale: 1,000 articles of about
// 10 KB, 10 MB in all.
func BenchmarkLoad1000Long(b *testing.B) { benchmarkLoad(b, 1000, 10_000) }

// TestLongCaseHeldUnder20x holds the memory goal where it is not noisy:
// the heap a case of long articles keeps once loaded, over its size.
func TestLongCaseHeldUnder20x(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 200 articles")
	}
	dir, size := caseDirOf(t, 200, 10_000)
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	base := heapAfterGC()
	c, skips, err := Load(context.Background(), []string{dir}, Options{Lexicon: lex})
	if err != nil || len(skips) > 0 || len(c.Articles) != 200 {
		t.Fatalf("%d articles, skips %v, %v", len(c.Articles), skips, err)
	}
	held := float64(heapAfterGC()-base) / float64(size)
	runtime.KeepAlive(c)
	t.Logf("%d bytes read, %.1fx held", size, held)
	if held > 20 {
		t.Errorf("a loaded case holds %.1fx its %d bytes, over 20x", held, size)
	}
}

func heapAfterGC() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// body is an article without its front matter.
func body(article []byte) []byte {
	if rest, ok := bytes.CutPrefix(article, []byte("---\n")); ok {
		if _, after, ok := bytes.Cut(rest, []byte("\n---\n")); ok {
			return after
		}
	}
	return article
}

// TestCaseDirIsWhatTheBenchmarksRead: the benchmarks' directory opens
// whole, each copy dated its own day.
func TestCaseDirIsWhatTheBenchmarksRead(t *testing.T) {
	n := len(repoArticles(t)) + 2
	dir, _ := caseDir(t, n)
	c, skips, err := Load(context.Background(), []string{dir}, Options{})
	if err != nil || len(skips) > 0 || len(c.Articles) != n {
		t.Fatalf("%d articles of %d, skips %v, %v", len(c.Articles), n, skips, err)
	}
	days := map[string]bool{}
	for _, a := range c.Articles {
		days[a.Story.Doc.Published.Format(time.DateOnly)] = true
	}
	if len(days) != n {
		t.Errorf("%d publication days for %d articles", len(days), n)
	}
}
