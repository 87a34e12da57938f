package data

import (
	"errors"
	"testing"
	"time"
)

func TestParseDocumentFrontMatter(t *testing.T) {
	march9 := time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		in        string
		title     string
		source    string
		url       string
		dateline  string
		published time.Time
		meta      map[string]string
		body      string
	}{
		{
			name: "all known keys",
			in: "---\ntitle: Police bust a ring\nsource: AP\nurl: https://example.com/x\npublished: 2021-03-09\ndateline: BRUSSELS\n---\n" +
				"BRUSSELS (AP) – Police made arrests.\nSecond paragraph.",
			title: "Police bust a ring", source: "AP", url: "https://example.com/x", dateline: "BRUSSELS", published: march9,
			meta: map[string]string{"title": "Police bust a ring", "source": "AP", "url": "https://example.com/x", "published": "2021-03-09", "dateline": "BRUSSELS"},
			body: "BRUSSELS (AP) – Police made arrests.\nSecond paragraph.",
		},
		{
			name: "no front matter",
			in:   "Police made arrests.\n\nMore text.\n",
			body: "Police made arrests.\n\nMore text.\n",
		},
		{
			name:  "unknown keys kept, keys case-insensitive, values unquoted",
			in:    "---\nTitle: \"Quoted: title\"\nAuthor: Raf Casert\nlang: en\n---\nBody.",
			title: "Quoted: title",
			meta:  map[string]string{"title": "Quoted: title", "author": "Raf Casert", "lang": "en"},
			body:  "Body.",
		},
		{
			name:  "CRLF line ends",
			in:    "---\r\ntitle: T\r\npublished: 2021-03-09\r\n---\r\n\r\nLine one.\r\nLine two.\r\n",
			title: "T", published: march9,
			meta: map[string]string{"title": "T", "published": "2021-03-09"},
			body: "Line one.\nLine two.\n",
		},
		{
			name:  "old Mac CR line ends",
			in:    "---\rtitle: T\r---\rLine one.\rLine two.",
			title: "T", meta: map[string]string{"title": "T"},
			body: "Line one.\nLine two.",
		},
		{
			name:   "leading blank lines trimmed, indentation kept",
			in:     "---\nsource: AP\n---\n\n   \n\t\n  Indented first line.\n",
			source: "AP", meta: map[string]string{"source": "AP"},
			body: "  Indented first line.\n",
		},
		{
			name:  "blank lines and comments inside front matter",
			in:    "---\n# a note\n\ntitle: T\n---\nBody.",
			title: "T", meta: map[string]string{"title": "T"},
			body: "Body.",
		},
		{
			name:  "byte-order mark before front matter",
			in:    "\ufeff---\ntitle: T\n---\nBody.",
			title: "T", meta: map[string]string{"title": "T"},
			body: "Body.",
		},
		{
			name: "empty published is unknown, not an error",
			in:   "---\npublished:\n---\nBody.",
			meta: map[string]string{"published": ""},
			body: "Body.",
		},
		{
			name: "unclosed --- is body, not front matter",
			in:   "---\nA story that starts with a rule.",
			body: "---\nA story that starts with a rule.",
		},
		{
			name:  "escape sequences stripped from front matter and body",
			in:    "---\ntitle: \x1b]0;owned\x07Real title\x1b[31m\n---\nBody \x1b[2Jhere.",
			title: "Real title", meta: map[string]string{"title": "Real title"},
			body: "Body here.",
		},
		{
			name: "invalid UTF-8 repaired, parsing goes on",
			in:   "Police seized \xff cocaine.",
			body: "Police seized \uFFFD cocaine.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseDocument([]byte(tt.in))
			if err != nil {
				t.Fatalf("ParseDocument: %v", err)
			}
			if doc.Title != tt.title || doc.Source != tt.source || doc.URL != tt.url || doc.Dateline != tt.dateline {
				t.Errorf("fields = %q %q %q %q, want %q %q %q %q", doc.Title, doc.Source, doc.URL, doc.Dateline, tt.title, tt.source, tt.url, tt.dateline)
			}
			if !doc.Published.Equal(tt.published) || doc.Published.Location() != time.UTC {
				t.Errorf("Published = %v, want %v UTC", doc.Published, tt.published)
			}
			if len(doc.Meta) != len(tt.meta) {
				t.Errorf("Meta = %v, want %v", doc.Meta, tt.meta)
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

func TestParseDocumentErrors(t *testing.T) {
	tests := []struct {
		name, in string
		kind     error
		msg      string
	}{
		{"empty", "", ErrEmpty, "empty file (no text)"},
		{"whitespace only", " \n\t\r\n  ", ErrEmpty, "empty file (no text)"},
		{"NUL among escapes", "\x1b[31m\x00", ErrBinary, "binary file (contains NUL bytes), not text"},
		{"escapes only", "\x1b[31m\x1b]0;x\x07\n", ErrEmpty, "empty file (no text)"},
		{"only front matter", "---\ntitle: T\n---\n", ErrEmpty, "no text after the front matter"},
		{"front matter then blank lines", "---\ntitle: T\n---\n\n \n", ErrEmpty, "no text after the front matter"},
		{"NUL bytes", "Police\x00seized", ErrBinary, "binary file (contains NUL bytes), not text"},
		{"UTF-16", "\xff\xfeP\x00o\x00", ErrBinary, "UTF-16 text, not UTF-8 (save it as UTF-8)"},
		{"bad date", "---\npublished: 2021-13-40\n---\nBody.", ErrBadDate, `published: "2021-13-40" is not a date (want YYYY-MM-DD)`},
		{"date with time", "---\npublished: 2021-03-09T10:00:00Z\n---\nBody.", ErrBadDate, `published: "2021-03-09T10:00:00Z" is not a date (want YYYY-MM-DD)`},
		{"US-style date", "---\npublished: 03/09/2021\n---\nBody.", ErrBadDate, `published: "03/09/2021" is not a date (want YYYY-MM-DD)`},
		{"line without colon", "---\ntitle: T\njust words\n---\nBody.", ErrFrontMatter, `front matter line 3: want "key: value", got "just words"`},
		{"key with spaces", "---\nmy key: v\n---\nBody.", ErrFrontMatter, `front matter line 2: want "key: value", got "my key: v"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDocument([]byte(tt.in))
			if !errors.Is(err, tt.kind) {
				t.Fatalf("err = %v, want %v", err, tt.kind)
			}
			if err.Error() != tt.msg {
				t.Errorf("message = %q, want %q", err.Error(), tt.msg)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	got, err := ParseDate("2021-03-09")
	if err != nil || !got.Equal(time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC)) || got.Location() != time.UTC {
		t.Errorf("ParseDate(2021-03-09) = %v, %v", got, err)
	}
	for _, bad := range []string{"", "2021-02-30", "2021-3-9", "yesterday", "9 March 2021"} {
		if _, err := ParseDate(bad); !errors.Is(err, ErrBadDate) {
			t.Errorf("ParseDate(%q) err = %v, want ErrBadDate", bad, err)
		}
	}
	if _, err := ParseDate(" 2021-03-09 "); err != nil {
		t.Errorf("surrounding spaces should be ignored: %v", err)
	}
}
