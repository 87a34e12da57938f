package data

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// page200KB is the JSON-LD test page grown to about 200 KB the way real
// news pages are heavy: an inline state script, menus of links and
// "more stories" lists around the same story.
func page200KB(tb testing.TB) []byte {
	src, err := os.ReadFile(filepath.Join(pagesDir, "jsonld-newsarticle.html"))
	if err != nil {
		tb.Fatal(err)
	}
	var fill strings.Builder
	fill.WriteString(`<script>window.__STATE__ = {"stories":[`)
	for i := 0; fill.Len() < 100<<10; i++ {
		fmt.Fprintf(&fill, `{"id":%d,"headline":"Story number %d about the port","url":"/world/story-%d","tags":["a","b","c"]},`, i, i, i)
	}
	fill.WriteString(`{}]};</script><section class="more-stories"><ul>`)
	for i := 0; fill.Len() < 200<<10-len(src); i++ {
		fmt.Fprintf(&fill, `<li class="card"><a href="/world/story-%d"><img src="/i/%d.jpg" alt=""><span class="label">World</span> Story number %d about the port</a> <time datetime="2024-05-01">1 May</time></li>`, i, i, i)
	}
	fill.WriteString("</ul></section>")
	page := strings.Replace(string(src), "</body>", fill.String()+"</body>", 1)
	return []byte(page)
}

// BenchmarkReadPage200KB reads a 200 KB page to a Document;
// BenchmarkReadSameText reads the same story as text with a plain header.
//
//	go test ./data -run '^$' -bench 'Read(Page200KB|SameText)' -benchmem
func BenchmarkReadPage200KB(b *testing.B) {
	page := page200KB(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseHTML(page, "", ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadSameText(b *testing.B) {
	text, err := os.ReadFile(filepath.Join(pagesDir, "jsonld-newsarticle.truth"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseDocument(text); err != nil {
			b.Fatal(err)
		}
	}
}

// The grown page still reads as the story in it.
func TestPage200KBReadsAsItsStory(t *testing.T) {
	page := page200KB(t)
	if len(page) < 190<<10 {
		t.Fatalf("page is %d bytes", len(page))
	}
	got, err := ParseHTML(page, "", "")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Open(filepath.Join(pagesDir, "jsonld-newsarticle.html"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Body != want.Body || got.Title != want.Title {
		t.Errorf("the grown page reads differently:\n%s", got.Body)
	}
}
