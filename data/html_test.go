package data

import (
	"errors"
	"os"
	"strings"
	"testing"
)

const htmlStory = `<p>Police seized eight tonnes of cocaine at the port of Rotterdam on Tuesday, prosecutors said.</p>
<p>Three men were arrested at a warehouse in Barendrecht, south of the city, where the containers had been taken.</p>`

// Escape sequences and other unsafe characters, raw or spelled as
// character references, in attributes, metadata and text: every field
// comes out sanitised, and the article still comes out.
func TestParseHTMLHostile(t *testing.T) {
	page := "<html><head>" +
		"<title>Raid \x1b]0;owned\x07in port</title>" +
		`<meta property="og:title" content="Raid&#27;]0;owned&#7; in port &#x202E;evil">` +
		"<meta property=\"og:site_name\" content=\"\x1b[31mHarbour\u009b2J Wire&#27;[0m\">" +
		`<meta name="author" content="Ana&#8203; Ruiz&#x2028;Second line">` +
		`<link rel="canonical" href="https://example.com/a&#27;[2Jb">` +
		`<meta property="article:published_time" content="2024-05-02T09:00:00+02:00&#27;[2J">` +
		`</head><body><article>` +
		"<p>Police seized \x1b[1meight tonnes\x1b[0m of cocaine at the port of Rotterdam on Tuesday, prosecutors said&#27;]52;c;cm0gLXJmIH4K&#7;.</p>" +
		"<p>Three men were arrested &#x1b;[2Jat a warehouse in Barendrecht, south of the city, where the containers had been taken&#0;.</p>" +
		`<p title="&#27;]0;x&#7;">A third paragraph, with a hostile title attribute, ends the story here today.</p>` +
		`</article></body></html>`
	doc, err := ParseHTML([]byte(page), "", "")
	if err != nil {
		t.Fatal(err)
	}
	fields := []string{doc.Title, doc.Source, doc.URL, doc.Dateline, doc.Body}
	for k, v := range doc.Meta {
		fields = append(fields, k, v)
	}
	for _, s := range fields {
		checkSafe(t, s)
		if strings.Contains(s, "\x1b") || strings.ContainsRune(s, '\u009b') {
			t.Errorf("an escape reached %q", s)
		}
	}
	if doc.Title != "Raid in port evil" {
		t.Errorf("Title = %q", doc.Title)
	}
	if doc.Source != "Harbour Wire" || doc.Meta["author"] != "Ana Ruiz Second line" {
		t.Errorf("Source, author = %q, %q", doc.Source, doc.Meta["author"])
	}
	if doc.HasPublished() {
		t.Errorf("a date with an escape after it was read: %v", doc.Published)
	}
	want := "Police seized eight tonnes of cocaine at the port of Rotterdam on Tuesday, prosecutors said.\n\n" +
		"Three men were arrested at a warehouse in Barendrecht, south of the city, where the containers had been taken\uFFFD.\n\n" +
		"A third paragraph, with a hostile title attribute, ends the story here today."
	if doc.Body != want {
		t.Errorf("Body = %q\nwant %q", doc.Body, want)
	}
}

func TestParseHTMLErrors(t *testing.T) {
	tests := []struct {
		name, page string
		kind       error
		msg        string
	}{
		{"no article", "<html><body><nav><a href=/>Home</a></nav></body></html>", ErrNotArticle, "not an article (no story text found in the page)"},
		{"a list of links", "<ul>" + strings.Repeat("<li><a href=/x>Police seize cocaine at the port of Rotterdam on Tuesday</a></li>", 20) + "</ul>", ErrNotArticle, "not an article (no story text found in the page)"},
		{"10,000 deep", strings.Repeat("<div>", 10000) + htmlStory, ErrBadMarkup, "web page nested too deeply to read"},
		{"many elements", htmlStory + strings.Repeat("<b></b>", 200001), ErrTooLarge, "web page has too many elements (200001, over 200000)"},
		{"over 16 MiB", htmlStory + strings.Repeat(" ", 16<<20), ErrTooLarge, "web page too large (over 16 MiB)"},
		{"NUL bytes", htmlStory + "\x00", ErrBinary, "binary file (contains NUL bytes), not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseHTML([]byte(tt.page), "", "")
			if !errors.Is(err, tt.kind) || err.Error() != tt.msg {
				t.Errorf("err = %v, want %q wrapping %v", err, tt.msg, tt.kind)
			}
		})
	}
}

// 64 MiB of markup in a file is refused with one clear line, before any
// parsing.
func TestOpenHTMLOf64MiB(t *testing.T) {
	path := writeFile(t, "big.html", htmlStory+strings.Repeat("<span>filler</span>", (MaxSize-len(htmlStory))/19))
	_, err := Open(path)
	if !errors.Is(err, ErrTooLarge) || err.Error() != path+": web page too large (over 16 MiB)" {
		t.Errorf("err = %v", err)
	}
}

// Invalid UTF-8 in a page that declares UTF-8, or declares nothing, is
// repaired: each bad byte is U+FFFD.
func TestParseHTMLInvalidUTF8(t *testing.T) {
	for _, page := range []string{
		"<meta charset=utf-8>" + strings.Replace(htmlStory, "Tuesday", "Tues\xffday", 1),
		strings.Replace(htmlStory, "Tuesday", "Tues\xffday", 1),
	} {
		doc, err := ParseHTML([]byte(page), "", "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Body, "Tues\uFFFDday") {
			t.Errorf("Body = %q", doc.Body)
		}
	}
}

// A fetched page keeps the address it was fetched from as its URL, and its
// own canonical address in Meta; without a site name, the host is the
// source.
func TestParseHTMLFetched(t *testing.T) {
	b, err := os.ReadFile(pagesDir + "/jsonld-newsarticle.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseHTML(b, "text/html; charset=utf-8", "https://harbourwire.example/r/abc?utm_source=x")
	if err != nil {
		t.Fatal(err)
	}
	if doc.URL != "https://harbourwire.example/r/abc?utm_source=x" || doc.Meta["canonical"] != "https://www.harbourwire.example/world/europe/rotterdam-cocaine-seizure-2024-05-02/" {
		t.Errorf("URL = %q, canonical = %q", doc.URL, doc.Meta["canonical"])
	}
	doc, err = ParseHTML([]byte("<title>Raid</title>"+htmlStory), "", "https://www.example.com/news/raid")
	if err != nil || doc.Source != "example.com" {
		t.Errorf("Source = %q, %v", doc.Source, err)
	}
}
