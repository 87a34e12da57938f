package cli

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// pageExportsDir holds the exports of every test page, one file per page
// and format (rewrite with go test ./internal/cli -run PageExports -update).
var pageExportsDir = filepath.Join(pagesDir, "exports")

// testPages lists the test articles: saved pages, Markdown, text.
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

// notArticles are the test pages that hold no story: they fail with one
// line instead of exporting.
var notArticles = map[string]bool{"link-list.html": true, "no-article.html": true}

// TestPageExports: every test page exports, as json and as markdown, to
// its golden file, the way `dossier export --format F PAGE` writes it; a
// page with no story fails with one line.
func TestPageExports(t *testing.T) {
	for _, path := range testPages(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			for _, f := range []struct{ format, ext string }{{"json", ".json"}, {"markdown", ".md"}} {
				code, out, errOut := runCmd(t, "", "export", "--format", f.format, path)
				if notArticles[name] {
					assertOneLineError(t, code, 1, out, errOut, name+": not an article")
					continue
				}
				if code != 0 || errOut != "" {
					t.Fatalf("export --format %s: exit %d, stderr %q", f.format, code, errOut)
				}
				checkGolden(t, filepath.Join(pageExportsDir, strings.TrimSuffix(name, filepath.Ext(name))+f.ext), out)
			}
		})
	}
	// No golden is left over from a page that is gone.
	files, err := os.ReadDir(pageExportsDir)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]bool{}
	for _, p := range testPages(t) {
		pages[strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))] = true
	}
	for _, f := range files {
		if !pages[strings.TrimSuffix(f.Name(), filepath.Ext(f.Name()))] {
			t.Errorf("%s is the export of no test page", filepath.Join(pageExportsDir, f.Name()))
		}
	}
}
