package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/model"
)

// checkReadable fails unless a Document read from outside is fit to keep:
// every string sanitised, the one-line fields on one line, the body
// paragraphs of text with one blank line between, no blank paragraph, the
// day at UTC midnight.
func checkReadable(t *testing.T, doc model.Document) {
	t.Helper()
	for _, s := range []string{doc.Title, doc.Source, doc.URL, doc.Dateline} {
		checkSafe(t, s)
		if strings.Contains(s, "\n") {
			t.Fatalf("a one-line field spans lines: %q", s)
		}
	}
	for k, v := range doc.Meta {
		checkSafe(t, k)
		checkSafe(t, v)
		if strings.Contains(k+v, "\n") {
			t.Fatalf("a Meta field spans lines: %q: %q", k, v)
		}
	}
	checkSafe(t, doc.Body)
	if strings.TrimSpace(doc.Body) == "" {
		t.Fatalf("blank body")
	}
	for _, p := range strings.Split(doc.Body, "\n\n") {
		if p == "" || strings.TrimSpace(p) != p || strings.Contains(p, "\n") {
			t.Fatalf("body paragraph %q in %q is not one trimmed line", p, doc.Body)
		}
	}
	if doc.HasPublished() && (doc.Published.Location() != time.UTC || doc.Published.Hour() != 0) {
		t.Fatalf("Published %v is not a day at UTC midnight", doc.Published)
	}
}

// checkOneSentinel fails unless err is one clean line wrapping exactly one
// of the sentinels.
func checkOneSentinel(t *testing.T, err error, sentinels ...error) {
	t.Helper()
	n := 0
	for _, s := range sentinels {
		if errors.Is(err, s) {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("error %q wraps %d of the sentinels, want 1", err, n)
	}
	if msg := err.Error(); msg == "" || strings.Contains(msg, "\n") {
		t.Fatalf("error is not one line: %q", msg)
	}
	checkSafe(t, err.Error())
}

// addPages adds the test pages with the given extension to a fuzz corpus.
func addPages(f *testing.F, ext string, add func([]byte)) {
	paths, err := filepath.Glob(filepath.Join(pagesDir, "*"+ext))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no %s test pages: %v", ext, err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		add(b)
	}
}

// FuzzHTML feeds arbitrary pages, with a Content-Type, to ParseHTML. Its
// seed corpus (the test pages and hostile fragments) runs in every go
// test.
//
//	go test ./data/ -run '^$' -fuzz FuzzHTML -fuzztime 10m -parallel 1
//
// It must never panic. On success the Document is fit to keep (see
// checkReadable) and reading is deterministic; on failure the error is one
// clean line wrapping exactly one sentinel.
func FuzzHTML(f *testing.F) {
	addPages(f, ".html", func(b []byte) { f.Add(b, "") })
	for _, s := range []struct{ page, ct string }{
		{htmlStory, ""},
		{htmlStory, "text/html; charset=windows-1252"},
		{"<meta charset=shift_jis>" + htmlStory + "\x93\x8c\x8b\x9e", ""},
		{"<meta charset=utf-16>" + htmlStory, "text/html; charset=utf-16"},
		{"<title>\x1b]0;owned\x07T</title>" + strings.Replace(htmlStory, "Tuesday", "Tues\x1b[2Jday", 1), ""},
		{`<meta property="og:title" content="&#27;[31mT"><meta name=author content="&#x202e;A">` + htmlStory, ""},
		{`<script type="application/ld+json">{"@type":["NewsArticle"],"headline":"&#27;]0;x&#7;H","author":[{"name":"A"},"B",{"@id":"#p"}],"publisher":{"@id":"#o"},"@graph":[{"@id":"#o","name":"O"}],"datePublished":"2024-13-45"}</script>` + htmlStory, ""},
		{`<script type="application/ld+json">[[[[[[{"@type":"Article","headline":"deep"}]]]]]]</script>` + htmlStory, ""},
		{`<script type="application/ld+json">{"@type":"Article","headline":</script>` + htmlStory, ""},
		{"<time datetime='2024-05-02T23:59:59-12:00'>x</time><article>" + htmlStory + "</article>", ""},
		{strings.Repeat("<div>", 600) + htmlStory, ""},
		{strings.Repeat("<table><tr><td>", 100) + htmlStory, ""},
		{"<p>" + strings.Repeat("<a href=x>link</a> ", 50) + "</p>" + htmlStory, ""},
		{"<div class=cookie-consent>" + htmlStory + "</div>", ""},
		{"<div class=has-ad>" + htmlStory + htmlStory + "</div>", ""},
		{"\xef\xbb\xbf<p>" + "\u2028\u2029\u200b\u00ad" + "</p>" + htmlStory, ""},
		{"<pre>" + htmlStory + "</pre><br><br><br>", ""},
		{"<svg><foreignObject><p>x</p></foreignObject></svg><math><mi>x</mi></math>" + htmlStory, ""},
		{"<p>a&#0;b&#x110000;c&#xd800;d</p>" + htmlStory, ""},
		{"", ""},
		{"<", ""},
	} {
		f.Add([]byte(s.page), s.ct)
	}
	sentinels := []error{ErrBinary, ErrTooLarge, ErrBadMarkup, ErrNotArticle}
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		doc, err := ParseHTML(page, contentType, "")
		if err != nil {
			checkOneSentinel(t, err, sentinels...)
			return
		}
		checkReadable(t, doc)
		again, err := ParseHTML(page, contentType, "")
		if err != nil || goldenOf(again, nil) != goldenOf(doc, nil) {
			t.Fatalf("reading twice differs: %v", err)
		}
	})
}

// FuzzMarkdown feeds arbitrary bytes to ParseMarkdown. Its seed corpus
// runs in every go test.
//
//	go test ./data/ -run '^$' -fuzz FuzzMarkdown -fuzztime 10m -parallel 1
//
// It must never panic. On success the Document is fit to keep (see
// checkReadable) and holds no Markdown heading line; on failure the error
// is one clean line wrapping exactly one sentinel.
func FuzzMarkdown(f *testing.F) {
	addPages(f, ".md", func(b []byte) { f.Add(b) })
	for _, s := range []string{
		"# Title\n\nText with [a link](https://x) and **bold** and `code`.",
		"---\ntitle: T\ntags:\n  - a\nsummary: |\n  one\n  two\n---\n## Sub\n\nText.",
		"title: T\n\n> quote\n> > nested\n\n- a\n- b\n\n1. c\n",
		"&#27;]0;owned&#7;Text &#x202E;evil &#0; &#xD800; &amp;amp;",
		"# \x1b[31mTitle\n\nBody\x1b]0;x\x07.",
		"<!-- c -->\n<div>\nraw\n</div>\n\n![i](x)\n\n[r]: https://x\n",
		"| a | b |\n|---|---|\n| c | d |\n\n- [x] done\n\n~~struck~~",
		"```\nfenced\n```\n\n    indented\n\n***\n",
		"Text\\\nhard break  \nand more",
		"Title\n=====\n\nText\n----\n",
		strings.Repeat("> ", 16) + "deep",
		strings.Repeat("[a](", 3000),
		"---\n---\n# Only a heading",
		"---\npublished: 2024-13-01\n---\nText.",
		"",
	} {
		f.Add([]byte(s))
	}
	sentinels := []error{ErrBinary, ErrTooLarge, ErrEmpty, ErrBadDate, ErrFrontMatter, ErrBadMarkup}
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := ParseMarkdown(in)
		if err != nil {
			checkOneSentinel(t, err, sentinels...)
			return
		}
		checkReadable(t, doc)
	})
}
