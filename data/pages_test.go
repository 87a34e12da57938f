package data

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"dossier/model"
)

var update = flag.Bool("update", false, "rewrite the golden Documents under testdata/pages")

// pagesDir holds the test articles in every form dossier reads, each with
// the story written into it (.truth) and the Document reading it gives
// (.golden).
const pagesDir = "../testdata/pages"

// goldenOf writes a Document, or an error, as a golden file shows it: the
// fields, the Meta keys in order, "---", the body as it is.
func goldenOf(doc model.Document, err error) string {
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	var b strings.Builder
	published := "unknown"
	if doc.HasPublished() {
		published = doc.Published.Format(time.DateOnly)
	}
	for _, kv := range [][2]string{{"title", doc.Title}, {"source", doc.Source}, {"url", doc.URL}, {"published", published}, {"dateline", doc.Dateline}} {
		b.WriteString(kv[0] + ": " + kv[1] + "\n")
	}
	keys := make([]string, 0, len(doc.Meta))
	for k := range doc.Meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.WriteString("meta." + k + ": " + doc.Meta[k] + "\n")
	}
	b.WriteString("---\n" + doc.Body)
	if !strings.HasSuffix(doc.Body, "\n") {
		b.WriteString("\n")
	}
	return b.String()
}

// testPages lists the articles under pagesDir.
func testPages(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, ext := range []string{"*.html", "*.md", "*.txt"} {
		m, err := filepath.Glob(filepath.Join(pagesDir, ext))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) < 10 {
		t.Fatalf("found only %d test pages", len(out))
	}
	sort.Strings(out)
	return out
}

// Every test article opens as its golden Document; a change to reading
// shows as a diff of these files (go test ./data -run Golden -update).
func TestPagesGolden(t *testing.T) {
	for _, path := range testPages(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			doc, err := Open(path)
			if err != nil {
				err = errorWithoutDir(err, path)
			}
			got := goldenOf(doc, err)
			golden := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n--- got\n%s--- want\n%s", name, filepath.Base(golden), got, want)
			}
		})
	}
}

// errorWithoutDir drops the directory from an error's file name, so the
// golden file does not depend on where the tests run.
func errorWithoutDir(err error, path string) error {
	return &inputError{msg: strings.ReplaceAll(err.Error(), path, filepath.Base(path))}
}

// Every test article with a .truth file opens as the story written into
// it: the title, source, address, day and author its markup carries, and
// its paragraphs, no more and no fewer.
func TestPagesTruth(t *testing.T) {
	for _, path := range testPages(t) {
		truthPath := strings.TrimSuffix(path, filepath.Ext(path)) + ".truth"
		b, err := os.ReadFile(truthPath)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			want, err := ParseDocument(b)
			if err != nil {
				t.Fatalf("%s: %v", truthPath, err)
			}
			got, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []struct{ name, got, want string }{
				{"title", got.Title, want.Title},
				{"source", got.Source, want.Source},
				{"url", got.URL, want.URL},
				{"published", dayString(got.Published), dayString(want.Published)},
				{"author", got.Meta["author"], want.Meta["author"]},
			} {
				if f.got != f.want {
					t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
				}
			}
			if g, w := paragraphs(got.Body), paragraphs(want.Body); strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("paragraphs differ from the story written into it:\n%s\n--- want\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
			}
		})
	}
}

// paragraphs returns the non-blank lines of a body: its paragraphs, as
// the parser counts them.
func paragraphs(body string) []string {
	var out []string
	for _, line := range strings.Split(body, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// Reading shares no state between callers: the SSH server reads for many
// sessions at once. Run under -race, this shows it.
func TestPagesReadConcurrently(t *testing.T) {
	paths := testPages(t)
	want := make(map[string]string, len(paths))
	for _, p := range paths {
		doc, err := Open(p)
		want[p] = goldenOf(doc, err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, p := range paths {
				doc, err := Open(p)
				if got := goldenOf(doc, err); got != want[p] {
					t.Errorf("%s read concurrently differs", p)
				}
			}
		})
	}
	wg.Wait()
}
