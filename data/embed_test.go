package data

import (
	"strings"
	"testing"
	"time"
)

func TestDefault(t *testing.T) {
	doc, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC); !doc.Published.Equal(want) || !doc.HasPublished() {
		t.Errorf("Published = %v, want %v", doc.Published, want)
	}
	if doc.Source != "AP" || doc.Dateline != "BRUSSELS" || !strings.Contains(doc.Title, "Sky ECC") {
		t.Errorf("front matter: source %q dateline %q title %q", doc.Source, doc.Dateline, doc.Title)
	}
	if !strings.HasPrefix(doc.Body, "BRUSSELS (AP) – Belgian police made 48 arrests on Tuesday") {
		t.Errorf("body starts %q", doc.Body[:min(len(doc.Body), 60)])
	}
	if !strings.HasSuffix(doc.Body, "___\nCorder reported from The Hague, the Netherlands.") {
		t.Errorf("body ends %q", doc.Body[max(0, len(doc.Body)-60):])
	}
	// Reading must not change a byte of the story: the body is the file
	// after its front matter, curly quotes, en dash and all.
	_, raw, ok := strings.Cut(strings.TrimPrefix(seed, "---\n"), "\n---\n")
	if !ok {
		t.Fatal("seed.txt has no front matter")
	}
	if doc.Body != raw {
		t.Error("body differs from the embedded file after its front matter")
	}
	for _, s := range []string{"’", "“", "”", "–"} {
		if !strings.Contains(doc.Body, s) {
			t.Errorf("body lost %q", s)
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}
