package webpage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// truth is what was written into a test page: its metadata and its story.
type truth struct {
	meta       map[string]string
	paragraphs []string
}

// readTruth reads a page's .truth file: a plain header, "---", then the
// story's paragraphs between blank lines.
func readTruth(t *testing.T, path string) truth {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, ok := strings.Cut(string(b), "\n---\n")
	if !ok {
		t.Fatalf("%s: no --- line", path)
	}
	tr := truth{meta: map[string]string{}}
	for _, line := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(line, ":")
		tr.meta[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		tr.paragraphs = append(tr.paragraphs, strings.TrimSpace(p))
	}
	return tr
}

// wordScores returns the recall and precision, over words, of got against
// the story written into the page.
func wordScores(want, got []string) (recall, precision float64) {
	count := func(paras []string) map[string]int {
		m := map[string]int{}
		for _, p := range paras {
			for _, w := range strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				m[w]++
			}
		}
		return m
	}
	w, g := count(want), count(got)
	common, nw, ng := 0, 0, 0
	for k, c := range w {
		nw += c
		common += min(c, g[k])
	}
	for _, c := range g {
		ng += c
	}
	if nw == 0 || ng == 0 {
		return 0, 0
	}
	return float64(common) / float64(nw), float64(common) / float64(ng)
}

// Each test page gives exactly the story written into it, and the
// metadata its markup carries.
func TestReadPages(t *testing.T) {
	pages, err := filepath.Glob("../../testdata/pages/*.truth")
	if err != nil || len(pages) < 6 {
		t.Fatalf("found %d pages with a .truth file: %v", len(pages), err)
	}
	for _, truthPath := range pages {
		name := strings.TrimSuffix(filepath.Base(truthPath), ".truth")
		htmlPath := strings.TrimSuffix(truthPath, ".truth") + ".html"
		if _, err := os.Stat(htmlPath); err != nil {
			continue // a Markdown or text fixture
		}
		t.Run(name, func(t *testing.T) {
			tr := readTruth(t, truthPath)
			b, err := os.ReadFile(htmlPath)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Read(b, Options{})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			published := ""
			if !p.Published.IsZero() {
				published = p.Published.Format(time.DateOnly)
			}
			for key, got := range map[string]string{"title": p.Title, "source": p.Site, "author": p.Author, "url": p.URL, "published": published} {
				if got != tr.meta[key] {
					t.Errorf("%s = %q, want %q", key, got, tr.meta[key])
				}
			}
			if strings.Join(p.Paragraphs, "\n\n") != strings.Join(tr.paragraphs, "\n\n") {
				r, pr := wordScores(tr.paragraphs, p.Paragraphs)
				t.Errorf("text differs from the story written into the page (word recall %.3f, precision %.3f):\n%s", r, pr, strings.Join(p.Paragraphs, "\n\n"))
			}
		})
	}
}

func TestReadNotArticle(t *testing.T) {
	for _, name := range []string{"link-list.html", "no-article.html"} {
		b, err := os.ReadFile(filepath.Join("../../testdata/pages", name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Read(b, Options{}); !errors.Is(err, ErrNotArticle) {
			t.Errorf("%s: err = %v, want ErrNotArticle", name, err)
		}
	}
	for name, page := range map[string]string{
		"empty":             "",
		"empty body":        "<html><head><title>T</title></head><body></body></html>",
		"menus only":        "<nav><a href=/>Home</a> <a href=/news>News</a></nav><footer>© 2024 Example</footer>",
		"scripts only":      "<script>document.write('Police seized eight tonnes of cocaine at the port of Rotterdam on Tuesday, prosecutors said.')</script>",
		"styles only":       "<style>body::after{content:'Police seized eight tonnes of cocaine at the port of Rotterdam on Tuesday, prosecutors said.'}</style>",
		"one short line":    "<p>Footage released by Dutch customs.</p>",
		"headings only":     "<h1>Police seize cocaine</h1><h2>More to follow</h2>",
		"a cookie notice":   `<div class="cookie-banner"><p>We and our partners use cookies to store and access information on your device for advertising and measurement.</p></div>`,
		"text in a comment": "<!-- Police seized eight tonnes of cocaine at the port of Rotterdam on Tuesday, prosecutors said. -->",
	} {
		if _, err := Read([]byte(page), Options{}); !errors.Is(err, ErrNotArticle) {
			t.Errorf("%s: err = %v, want ErrNotArticle", name, err)
		}
	}
}

const story = `<p>Police seized eight tonnes of cocaine at the port of Rotterdam on Tuesday, prosecutors said.</p>
<p>Three men were arrested at a warehouse in Barendrecht, south of the city, where the containers had been taken.</p>`

func TestReadLimits(t *testing.T) {
	tests := []struct {
		name string
		page string
		kind error
		msg  string
	}{
		{"over 16 MiB", "<p>" + strings.Repeat("a ", MaxSize/2+1) + "</p>", ErrTooLarge, "web page too large (over 16 MiB)"},
		{"too many elements", strings.Repeat("<i></i>", MaxElements+1), ErrTooLarge, "web page has too many elements (200001, over 200000)"},
		{"10,000 deep", strings.Repeat("<div>", 10000) + story + strings.Repeat("</div>", 10000), ErrBadMarkup, "web page nested too deeply to read"},
		{"10,000 deep, unclosed inline", story + strings.Repeat("<b><i>", 5000), ErrBadMarkup, "web page nested too deeply to read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read([]byte(tt.page), Options{})
			if !errors.Is(err, tt.kind) || err.Error() != tt.msg {
				t.Errorf("err = %v, want %q wrapping %v", err, tt.msg, tt.kind)
			}
		})
	}
	t.Run("deep but within the parser's limit", func(t *testing.T) {
		p, err := Read([]byte(strings.Repeat("<div>", 400)+story+strings.Repeat("</div>", 400)), Options{})
		if err != nil || len(p.Paragraphs) != 2 {
			t.Errorf("Read = %q, %v", p.Paragraphs, err)
		}
	})
	t.Run("a story inside 64 MiB of markup is refused by size", func(t *testing.T) {
		page := story + strings.Repeat("<span class=x>filler</span>", (64<<20)/27)
		if _, err := Read([]byte(page), Options{}); !errors.Is(err, ErrTooLarge) {
			t.Errorf("err = %v, want ErrTooLarge", err)
		}
	})
}

// Scripts, styles and templates never reach the text, whatever they hold.
func TestReadHostileMarkup(t *testing.T) {
	page := `<html><head><title>Raid</title><style>p::before{content:"STYLE"}</style>
<script>document.write("<p>SCRIPT " + "text written by a script, in a sentence of its own.</p>")</script></head>
<body><article>` + story + `<script>var x = "<p>SCRIPT INSIDE the article, long enough to be a sentence.</p>";</script>
<noscript><p>NOSCRIPT Please turn on JavaScript to see the rest of this story today.</p></noscript>
<template><p>TEMPLATE a sentence in a template, which is never shown to anyone.</p></template>
<p style="display:none">HIDDEN text that is not shown, written as a sentence all the same.</p>
<p hidden>HIDDEN text that is not shown, written as a sentence all the same.</p>
<svg><text>SVG text drawn on a picture, which reads as a sentence too.</text></svg>
</article></body></html>`
	p, err := Read([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(p.Paragraphs, "\n")
	for _, bad := range []string{"STYLE", "SCRIPT", "NOSCRIPT", "TEMPLATE", "HIDDEN", "SVG"} {
		if strings.Contains(text, bad) {
			t.Errorf("%s text reached the article:\n%s", bad, text)
		}
	}
	if len(p.Paragraphs) != 2 {
		t.Errorf("paragraphs = %q, want the story's two", p.Paragraphs)
	}
}

func TestReadCharsets(t *testing.T) {
	const euroPage = "<meta charset=%s><p>The drugs have a street value of about \x80 4.5 million, the Interior Ministry said on Monday.</p>"
	tests := []struct {
		name, page, contentType, want string
	}{
		{"windows-1252 declared in meta", strings.Replace(euroPage, "%s", "windows-1252", 1), "", "€ 4.5 million"},
		{"ISO-8859-1 is read as windows-1252, as browsers do", strings.Replace(euroPage, "%s", "iso-8859-1", 1), "", "€ 4.5 million"},
		{"the HTTP header wins over the meta", strings.Replace(euroPage, "%s", "utf-8", 1), "text/html; charset=windows-1252", "€ 4.5 million"},
		{"invalid UTF-8 is repaired, byte by byte", strings.Replace(euroPage, "%s", "utf-8", 1), "", "\uFFFD 4.5 million"},
		{"no declaration is UTF-8", "<p>The drugs have a street value of about € 4.5 million, the Interior Ministry said on Monday.</p>", "", "€ 4.5 million"},
		{"a byte-order mark is UTF-8 whatever the meta says", "\xef\xbb\xbf<meta charset=windows-1252><p>The drugs have a street value of about € 4.5 million, the Interior Ministry said on Monday.</p>", "", "€ 4.5 million"},
		{"a meta after a long comment still counts", "<!--" + strings.Repeat(" ", 2000) + "--><meta charset=windows-1252><p>The drugs have a street value of about \x80 4.5 million, the Interior Ministry said on Monday.</p>", "", "€ 4.5 million"},
		{"UTF-16 in a meta is read as UTF-8", "<meta charset=utf-16><p>The drugs have a street value of about € 4.5 million, the Interior Ministry said on Monday.</p>", "", "€ 4.5 million"},
		{"an unknown charset is UTF-8", "<meta charset=klingon><p>The drugs have a street value of about € 4.5 million, the Interior Ministry said on Monday.</p>", "", "€ 4.5 million"},
		{"Shift_JIS", "<meta charset=shift_jis><p>The police said \x93\x8c\x8b\x9e customs seized the drugs at the port on Monday, officials said.</p>", "", "東京"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Read([]byte(tt.page), Options{ContentType: tt.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Paragraphs) != 1 || !strings.Contains(p.Paragraphs[0], tt.want) {
				t.Errorf("paragraphs = %q, want one holding %q", p.Paragraphs, tt.want)
			}
		})
	}
}
