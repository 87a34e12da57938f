package data

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseMarkdown(t *testing.T) {
	tests := []struct {
		name, in         string
		title, published string
		meta             map[string]string
		body             string
	}{
		{
			name: "YAML front matter with lists and a block scalar",
			in: "---\ntitle: \"Police seize cocaine\"\ndate: 2024-05-02T09:41:12+02:00\ntags:\n  - drugs\n  - ports\nsummary: >\n  Customs found 8 tonnes\n  in banana crates.\ndraft: false\n---\n" +
				"# Police seize cocaine\n\nROTTERDAM — Customs [seized](https://x.example) **8 tonnes**.\n",
			title: "Police seize cocaine", published: "2024-05-02",
			meta: map[string]string{"title": "Police seize cocaine", "date": "2024-05-02T09:41:12+02:00", "tags": "", "summary": "Customs found 8 tonnes in banana crates.", "draft": "false"},
			body: "ROTTERDAM — Customs seized 8 tonnes.",
		},
		{
			name:  "a first heading is the title when there is no front matter",
			in:    "# Police seize cocaine\n\nText *here*.\n\n## More\n\nAnd here.",
			title: "Police seize cocaine",
			body:  "Text here.\n\nAnd here.",
		},
		{
			name:  "the front matter's title wins over the heading",
			in:    "---\ntitle: From the front matter\n---\n# From the heading\n\nText.",
			title: "From the front matter", meta: map[string]string{"title": "From the front matter"},
			body: "Text.",
		},
		{
			name:  "a plain header before Markdown",
			in:    "title: T\nsource: S\npublished: unknown\n\nSome *text*.",
			title: "T", meta: map[string]string{"title": "T", "source": "S", "published": "unknown"},
			body: "Some text.",
		},
		{
			name:  "character references are sanitised once resolved",
			in:    "# Title &#27;]0;owned&#7;\n\nBody &#27;[2Jhere &#x202E;evil.",
			title: "Title",
			body:  "Body here evil.",
		},
		{
			name: "an unclosed --- is a thematic break",
			in:   "---\nText after a rule.",
			body: "Text after a rule.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseMarkdown([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title {
				t.Errorf("Title = %q, want %q", doc.Title, tt.title)
			}
			if got := dayString(doc.Published); got != tt.published {
				t.Errorf("Published = %q, want %q", got, tt.published)
			}
			if len(doc.Meta) != len(tt.meta) {
				t.Errorf("Meta = %q, want %q", doc.Meta, tt.meta)
			}
			for k, v := range tt.meta {
				if doc.Meta[k] != v {
					t.Errorf("Meta[%q] = %q, want %q", k, doc.Meta[k], v)
				}
			}
			if doc.Body != tt.body {
				t.Errorf("Body = %q, want %q", doc.Body, tt.body)
			}
		})
	}
}

func TestParseMarkdownErrors(t *testing.T) {
	tests := []struct {
		name, in string
		kind     error
		msg      string
	}{
		{"empty", "", ErrEmpty, "empty file (no text)"},
		{"markup only", "![photo](x.jpg)\n\n<!-- note -->\n", ErrEmpty, "no text in the Markdown"},
		{"headings only", "# Title\n\n## Section\n", ErrEmpty, "no text in the Markdown"},
		{"bad date", "---\npublished: May 2\n---\nText.", ErrBadDate, `published: "May 2" is not a date (want YYYY-MM-DD)`},
		{"too deep", strings.Repeat("> ", 40) + "x", ErrBadMarkup, "Markdown nested over 16 deep at line 1"},
		{"too large", strings.Repeat("a\n\n", 200000), ErrTooLarge, "too large for Markdown (over 512 KiB)"},
		{"NUL", "a\x00b", ErrBinary, "binary file (contains NUL bytes), not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseMarkdown([]byte(tt.in))
			if !errors.Is(err, tt.kind) || err.Error() != tt.msg {
				t.Errorf("err = %v, want %q wrapping %v", err, tt.msg, tt.kind)
			}
		})
	}
}

// dayString is a publication day as front matter writes it, "" for none.
func dayString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
