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
