package caseload

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
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

// caseDir writes n articles into a new directory, cycling through the
// repository's, and returns it with their size. Each copy gets its own
// publication day, so copies of one text are reports on other days,
// not one happening reported n/len times.
func caseDir(tb testing.TB, n int) (string, int64) {
	tb.Helper()
	base := repoArticles(tb)
	dir := tb.TempDir()
	var size int64
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		text := publishedLine.ReplaceAll(base[i%len(base)], []byte("published: "+day.AddDate(0, 0, i).Format(time.DateOnly)))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), text, 0o644); err != nil {
			tb.Fatal(err)
		}
		size += int64(len(text))
	}
	return dir, size
}

// benchmarkLoad reads, parses and merges a directory of n articles from
// disk, as `dossier export DIR` does before writing.
func benchmarkLoad(b *testing.B, n int) {
	dir, size := caseDir(b, n)
	lex, err := data.Lexicon()
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{Lexicon: lex}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c, skips, err := Load(context.Background(), []string{dir}, opts)
		if err != nil || len(skips) > 0 || len(c.Articles) != n {
			b.Fatalf("%d articles, skips %v, %v", len(c.Articles), skips, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
}

func BenchmarkLoad1(b *testing.B)    { benchmarkLoad(b, 1) }
func BenchmarkLoad50(b *testing.B)   { benchmarkLoad(b, 50) }
func BenchmarkLoad1000(b *testing.B) { benchmarkLoad(b, 1000) }

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
