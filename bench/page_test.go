//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/data"
)

// TestHeavyPageReadsAsItsStory: the -page run's page is about 200 KB and
// reads as the same story, title and day as its text, so the two rows
// compare the same article.
func TestHeavyPageReadsAsItsStory(t *testing.T) {
	dir := t.TempDir()
	page, text, err := writePageArticles("..", dir)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(page); err != nil || fi.Size() < pageSize*95/100 || fi.Size() > pageSize*105/100 {
		t.Fatalf("page: %v, %v", fi.Size(), err)
	}
	p, err := data.Open(page)
	if err != nil {
		t.Fatal(err)
	}
	x, err := data.Open(text)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(p.Body) != strings.TrimSpace(x.Body) || p.Title != x.Title || !p.Published.Equal(x.Published) || p.Source != x.Source {
		t.Errorf("the page reads differently from its text:\npage %q %q %v\n%s\ntext %q %q %v\n%s",
			p.Title, p.Source, p.Published, p.Body, x.Title, x.Source, x.Published, x.Body)
	}
	if filepath.Ext(page) != ".html" || filepath.Ext(text) != ".txt" {
		t.Errorf("names %s, %s", page, text)
	}
}

// TestPageRatio: a -page report carries the page/text ratio of first
// frames and no goals that need the floor.
func TestPageRatio(t *testing.T) {
	rep := Report{Results: []Result{
		{program: program{Name: textName}, FirstFrameMs: &Stats{Median: 40}},
		{program: program{Name: pageName}, FirstFrameMs: &Stats{Median: 50}},
	}}
	rep.judge()
	if rep.PageRatio == nil || *rep.PageRatio != 1.25 || rep.FirstFrameRatio != nil {
		t.Errorf("page ratio %v, floor ratio %v", rep.PageRatio, rep.FirstFrameRatio)
	}
}

// TestCaseRatio: a -case report carries the case/one ratio of first
// frames and judges it against issue 15's goal.
func TestCaseRatio(t *testing.T) {
	for _, c := range []struct {
		caseMs float64
		pass   bool
	}{{59, true}, {61, false}} {
		rep := Report{CaseArticles: 50, Results: []Result{
			{program: program{Name: oneName}, FirstFrameMs: &Stats{Median: 40}},
			{program: program{Name: caseName}, FirstFrameMs: &Stats{Median: c.caseMs}},
		}}
		rep.judge()
		if rep.CaseRatio == nil || len(rep.Goals) != 1 || rep.Goals[0].Pass != c.pass {
			t.Errorf("case %v ms against 40: ratio %v, goals %+v", c.caseMs, rep.CaseRatio, rep.Goals)
		}
	}
}

// TestCaseArticlesSkipNotes: the -case run takes the annotated articles
// of a folder and leaves out its notes, score lists and probes (front
// matter but no annotation), going round again for more.
func TestCaseArticlesSkipNotes(t *testing.T) {
	src := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "---\ntitle: A\n---\nPolice arrested two men.\n", "sub/b.txt": "---\ntitle: B\n---\nCustoms seized cocaine.\n",
		"a.gold.json": "{}", "sub/b.gold.json": "{}",
		"probes/probe.txt": "---\npublished: 2023-10-12\n---\n• 4.2 tonnes of cocaine confiscated\n",
		"floors.txt":       "# scores\nr1/a 0.9\n", "NOTES.md": "---\nnotes\n---\n",
	} {
		p := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir, one, _, _, err := writeCase(src, t.TempDir(), 5)
	if err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil || len(ents) != 5 {
		t.Fatalf("%d files in the case (%v), want 5", len(ents), err)
	}
	for _, e := range ents {
		if strings.Contains(e.Name(), "floors") || strings.Contains(e.Name(), "NOTES") || strings.Contains(e.Name(), "probe") {
			t.Errorf("%s is in the case", e.Name())
		}
	}
	if filepath.Dir(one) == dir {
		t.Errorf("the one article %s is inside the case", one)
	}
}
