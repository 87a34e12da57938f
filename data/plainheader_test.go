package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestParseDocumentPlainHeader(t *testing.T) {
	may2 := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name                  string
		in                    string
		title, source, author string
		published             time.Time
		meta                  map[string]string
		body                  string
	}{
		{
			name:  "closed by ---",
			in:    "title: Police seize cocaine in port\nsource: Example News\npublished: 2024-05-02\n---\nROTTERDAM — Customs seized 8 tonnes.\n",
			title: "Police seize cocaine in port", source: "Example News", published: may2,
			meta: map[string]string{"title": "Police seize cocaine in port", "source": "Example News", "published": "2024-05-02"},
			body: "ROTTERDAM — Customs seized 8 tonnes.\n",
		},
		{
			name:  "closed by a blank line",
			in:    "Title: Raid\nAuthor: Ana Ruiz\n\nMADRID — Police seized hashish.",
			title: "Raid", author: "Ana Ruiz",
			meta: map[string]string{"title": "Raid", "author": "Ana Ruiz"},
			body: "MADRID — Police seized hashish.",
		},
		{
			name:  "every known key, CRLF, spaces around the colon",
			in:    "title : T\r\nsource: S\r\nurl: https://example.com/a?b=1\r\npublished: 2024-05-02\r\ndateline: ROME\r\nauthor: A\r\n\r\n\r\nBody.",
			title: "T", source: "S", author: "A", published: may2,
			meta: map[string]string{"title": "T", "source": "S", "url": "https://example.com/a?b=1", "published": "2024-05-02", "dateline": "ROME", "author": "A"},
			body: "Body.",
		},
		{
			name:  "published: unknown is no date",
			in:    "title: T\npublished: unknown\n---\nBody.",
			title: "T",
			meta:  map[string]string{"title": "T", "published": "unknown"},
			body:  "Body.",
		},
		{
			name: "published: Unknown, any case",
			in:   "published: Unknown\n\nBody.",
			meta: map[string]string{"published": "Unknown"},
			body: "Body.",
		},
		{
			name:      "date stands in for published",
			in:        "title: T\ndate: 2024-05-02\n\nBody.",
			title:     "T",
			published: may2,
			meta:      map[string]string{"title": "T", "date": "2024-05-02"},
			body:      "Body.",
		},
		{
			name:      "published wins over date",
			in:        "published: 2024-05-02\ndate: 2020-01-01\n\nBody.",
			published: may2,
			meta:      map[string]string{"published": "2024-05-02", "date": "2020-01-01"},
			body:      "Body.",
		},
		{
			name: "published: unknown wins over date",
			in:   "published: unknown\ndate: 2020-01-01\n\nBody.",
			meta: map[string]string{"published": "unknown", "date": "2020-01-01"},
			body: "Body.",
		},
		{
			name:      "a date with a time of day keeps the day as written",
			in:        "date: 2022-08-19T22:30:00-04:00\n\nBody.",
			published: time.Date(2022, 8, 19, 0, 0, 0, 0, time.UTC),
			meta:      map[string]string{"date": "2022-08-19T22:30:00-04:00"},
			body:      "Body.",
		},
		{
			name:   "the --- after a plain header is not left for the byline",
			in:     "source: AP\n---\nBRUSSELS (AP) — One.\n---\nTwo.",
			source: "AP",
			meta:   map[string]string{"source": "AP"},
			body:   "BRUSSELS (AP) — One.\n---\nTwo.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseDocument([]byte(tt.in))
			if err != nil {
				t.Fatalf("ParseDocument: %v", err)
			}
			if doc.Title != tt.title || doc.Source != tt.source || doc.Meta["author"] != tt.author {
				t.Errorf("title, source, author = %q %q %q, want %q %q %q", doc.Title, doc.Source, doc.Meta["author"], tt.title, tt.source, tt.author)
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

// Near misses: text that starts like a plain header but is a story. Each
// must come back whole, with no fields set.
func TestParseDocumentPlainHeaderNearMisses(t *testing.T) {
	for _, in := range []string{
		"BRUSSELS (AP) – Police said: 48 people were arrested.\n\nMore.",
		"Police said: 48 people were arrested.\n\nMore.",
		"Update: the port reopened on Tuesday.\n\nMore.",
		"Editor's note: this story has been corrected.\n\nBody.",
		"source: AP\nBRUSSELS (AP) – Police said: more.\n\nMore.", // not closed before a story line
		"title: T\nlang: en\n\nBody.",                             // an unknown key among known ones
		"title: T",                                                // no close, nothing after
		"title: T\nsource: S",                                     // no close
		"\ntitle: T\n\nBody.",                                     // not at the very top
		"  \ntitle: T\n\nBody.",                                   // not at the very top
		"Title of the report — Police said\n\nBody.",              // no colon
		"titles: many\n\nBody.",                                   // a key that is not known
		"https://example.com/story\n\nBody.",                      // a colon, but in a URL
		"Sources: police and customs officials.\n\nBody.",         // a plural is not a key
		"Dateline BRUSSELS: Police made arrests.\n\nMore text.",   // key with a space
		"10:30 a.m. — Police arrived.\n\nBody.",                   // a time of day
		"Author of the plan: the mayor, officials said.\n\nBody.", // known word, more after it
	} {
		doc, err := ParseDocument([]byte(in))
		if err != nil {
			t.Errorf("ParseDocument(%q): %v", in, err)
			continue
		}
		if doc.Meta != nil || doc.Title != "" || doc.Body != trimLeadingBlankLines(in) {
			t.Errorf("ParseDocument(%q) took a header: meta %v, body %q", in, doc.Meta, doc.Body)
		}
	}
}

func TestParseDocumentPlainHeaderErrors(t *testing.T) {
	tests := []struct {
		name, in string
		kind     error
		msg      string
	}{
		{"bad published", "published: 2 May 2024\n\nBody.", ErrBadDate, `published: "2 May 2024" is not a date (want YYYY-MM-DD)`},
		{"bad date", "date: yesterday\n\nBody.", ErrBadDate, `date: "yesterday" is not a date (want YYYY-MM-DD)`},
		{"a time is not a published day", "published: 2024-05-02T10:00:00Z\n\nBody.", ErrBadDate, `published: "2024-05-02T10:00:00Z" is not a date (want YYYY-MM-DD)`},
		{"header and nothing else", "title: T\n---\n", ErrEmpty, "no text after the front matter"},
		{"header, blank line, blank lines", "title: T\n\n \n\n", ErrEmpty, "no text after the front matter"},
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

func TestFrontMatterUnknownAndDate(t *testing.T) {
	doc, err := ParseDocument([]byte("---\ntitle: T\npublished: unknown\n---\nBody."))
	if err != nil || !doc.Published.IsZero() || doc.Meta["published"] != "unknown" {
		t.Errorf("published: unknown in --- front matter: %+v, %v", doc, err)
	}
	doc, err = ParseDocument([]byte("---\ndate: 2024-05-02 10:00:00 +0200\n---\nBody."))
	if err != nil || doc.Published.Format(time.DateOnly) != "2024-05-02" {
		t.Errorf("date in --- front matter: %v, %v", doc.Published, err)
	}
}

// The articles under testdata have no plain header: reading them must not
// find one, so they read as they always have.
func TestTestdataArticlesHaveNoPlainHeader(t *testing.T) {
	paths, err := filepath.Glob("../testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../testdata/eval/*/*.txt")
	paths = append(paths, more...)
	if len(paths) < 10 {
		t.Fatalf("found only %d articles under testdata", len(paths))
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.HasPrefix(b, []byte("---")) {
			continue
		}
		doc, err := ParseDocument(b)
		if err != nil {
			t.Errorf("%s: %v", p, err)
		} else if doc.Meta != nil {
			t.Errorf("%s: a plain header was found: %v", p, doc.Meta)
		}
	}
}
