package data

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFormatOfPath(t *testing.T) {
	for path, want := range map[string]Format{
		"page.html": FormatHTML, "PAGE.HTM": FormatHTML, "a/b.xhtml": FormatHTML,
		"story.md": FormatMarkdown, "story.markdown": FormatMarkdown,
		"story.txt": FormatText, "story.TEXT": FormatText,
		"story": FormatAuto, "story.news": FormatAuto, "-": FormatAuto, ".md/x": FormatAuto,
	} {
		if got := FormatOfPath(path); got != want {
			t.Errorf("FormatOfPath(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestFormatOfMediaType(t *testing.T) {
	for ct, want := range map[string]Format{
		"text/html; charset=utf-8": FormatHTML, "TEXT/HTML": FormatHTML, "application/xhtml+xml": FormatHTML,
		"text/markdown": FormatMarkdown, "text/x-markdown; charset=UTF-8": FormatMarkdown,
		"text/plain": FormatText, "": FormatAuto, "application/octet-stream": FormatAuto,
	} {
		if got, ok := FormatOfMediaType(ct); !ok || got != want {
			t.Errorf("FormatOfMediaType(%q) = %v, %v; want %v", ct, got, ok, want)
		}
	}
	for _, ct := range []string{"application/pdf", "image/png", "application/json", "video/mp4", "text/css", "garbage;;"} {
		if _, ok := FormatOfMediaType(ct); ok {
			t.Errorf("FormatOfMediaType(%q) is ok, want not an article's type", ct)
		}
	}
}

func TestSniff(t *testing.T) {
	for in, want := range map[string]Format{
		"<!DOCTYPE html><html><body><p>x</p>":             FormatHTML,
		"\ufeff  \n<html lang=en>":                        FormatHTML,
		"<!-- saved from url=(0042)https://x -->\n<html>": FormatHTML,
		"<?xml version=\"1.0\"?>\n<html xmlns=\"x\">":     FormatHTML,
		"<p>Police seized cocaine.</p>":                   FormatHTML,
		"<div class=story>":                               FormatHTML,
		"<meta charset=utf-8><title>T</title>":            FormatHTML,
		"# Police seize cocaine\n\nText.":                 FormatMarkdown,
		"---\ntitle: T\n---\n## Background\n\nText.":      FormatMarkdown,
		"Police told [Europol](https://x.example).":       FormatMarkdown,
		"Text.\n\n[1]: https://example.com":               FormatMarkdown,
		"![photo](a.jpg)\n\nText.":                        FormatMarkdown,
		"Text.\n\n```\ncode\n```":                         FormatMarkdown,
		"Police seized **8 tonnes**.":                     FormatMarkdown,
		"<!-- note -->\n# Title\n\nText.":                 FormatMarkdown,
		"Police seized cocaine.\nMore text.":              FormatText,
		"---\ntitle: T\n---\nPolice seized cocaine.":      FormatText,
		"title: T\n\nBody.":                               FormatText,
		"<author>: a story that starts oddly.":            FormatText,
		"<3 the police, said a sign.":                     FormatText,
		"#hashtag of the day: police.":                    FormatText,
		"Prices [rose] (sharply) in May.":                 FormatText,
		"See [1] and (2).":                                FormatText,
		"* one star: a rating.":                           FormatText,
		"- a dash\n- another":                             FormatText,
		"> a quoted line":                                 FormatText,
		"":                                                FormatText,
	} {
		if got := Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%q) = %v, want %v", in, got, want)
		}
	}
}

// The articles under testdata are plain text and must sniff as such, so
// that reading them from standard input changes nothing.
func TestSniffTestdataArticles(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*.txt")
	more, _ := filepath.Glob("../testdata/eval/*/*.txt")
	paths = append(paths, more...)
	if len(paths) < 10 {
		t.Fatalf("found only %d articles", len(paths))
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := Sniff(b); got != FormatText {
			t.Errorf("%s sniffs as %v, want text", p, got)
		}
	}
	if got := Sniff([]byte(seed)); got != FormatText {
		t.Errorf("the embedded story sniffs as %v", got)
	}
}

// Each form opens from a file without an extension, as from a pipe.
func TestOpenSniffsWithoutExtension(t *testing.T) {
	for _, name := range []string{"jsonld-newsarticle.html", "markdown-hugo.md", "plain-header.txt"} {
		b, err := os.ReadFile(filepath.Join(pagesDir, name))
		if err != nil {
			t.Fatal(err)
		}
		withExt, err := Open(filepath.Join(pagesDir, name))
		if err != nil {
			t.Fatal(err)
		}
		without, err := Open(writeFile(t, "article", string(b)))
		if err != nil {
			t.Fatal(err)
		}
		if goldenOf(without, nil) != goldenOf(withExt, nil) {
			t.Errorf("%s without its extension reads differently:\n%s", name, goldenOf(without, nil))
		}
	}
}
