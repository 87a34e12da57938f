package data

import (
	"dossier/internal/sanitize"

	"errors"
	"strings"
	"testing"
)

// FuzzFrontMatter feeds arbitrary bytes to ParseDocument. Its seed corpus
// runs in every go test.
//
//	go test ./data/ -run '^$' -fuzz FuzzFrontMatter -fuzztime 10m -parallel 1
//
// It must never panic. On success: the body is a suffix of the sanitised
// input, is not blank, starts with no blank line and parses again to
// itself; no field carries a control character; the known fields are the
// Meta values of their keys, the publication day is the one "published"
// (or, without it, "date") gives, and a plain header holds known keys only. On failure: the error wraps exactly one of
// the bad-input sentinels and is one clean line.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: Police bust a ring\nsource: AP\nurl: https://example.com/x\npublished: 2021-03-09\ndateline: BRUSSELS\n---\nBRUSSELS (AP) – Police made arrests.",
		"---\r\ntitle: \"quoted: colon\"\r\n---\r\n\r\nBody.\r\n",
		"---\n---\nbody",
		"---\n---\n",
		"---\n# comment\n\nkey-1_x: 'v'\n---\n\n\n  indented body",
		"---\nno colon here\n---\nbody",
		"---\npublished: 2021-02-30\n---\nbody",
		"---\npublished: 9 March 2021\n---\nbody",
		"---\nTitle: a\ntitle: b\n---\nbody",
		"---\ntitle: unclosed\nbody without a closing rule",
		"--- \ntitle: x\n--- \nbody",
		"---",
		"---\n",
		"\n---\ntitle: not at the top\n---\nbody",
		"---\ntitle: \x1b]0;pwned\x07 real title\n---\n\x1b[2J\x1b]52;c;cm0gLXJmIH4K\x07body \u202eevil\u200b",
		"---\ntitle: \u009d0;t\u009c\ndateline: \x1bPq#0\x1b\\X\n---\nbody",
		"---\n\u2028title: x\u2029---\nbody",
		"---\ntitle\x00: x\n---\nbody",
		"\xff\xfe-\x00-\x00-\x00",
		"---\ntitle: \xff\xc3\n---\n\xe2\x80",
		"\t\r\n \n",
		"",
		"title: Police seize cocaine in port\nsource: Example News\npublished: 2024-05-02\n---\nROTTERDAM — Customs seized 8 tonnes.",
		"Title: T\r\nAuthor: A\r\n\r\nBody.",
		"published: unknown\n\nBody.",
		"date: 2022-08-19T22:30:00-04:00\n\nBody.",
		"date: 2022-08-19T22:30:00-04:00\npublished: 2024-13-01\n\nBody.",
		"title: a\n\ntitle: b\n\nbody",
		"source: AP\nBRUSSELS (AP) – Police said: more.\n\nMore.",
		"BRUSSELS (AP) – Police said: 48 arrests.",
		"title: T\nlang: en\n\nBody.",
		"title: \x1b]0;x\x07T\n\nBody.",
		"title: T\n---\n",
		"title: T",
	} {
		f.Add([]byte(s))
	}
	sentinels := []error{ErrBinary, ErrTooLarge, ErrEmpty, ErrBadDate, ErrFrontMatter}
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := ParseDocument(in)
		if err != nil {
			n := 0
			for _, s := range sentinels {
				if errors.Is(err, s) {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("error %q wraps %d sentinels, want 1", err, n)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") || msg == "" {
				t.Fatalf("error is not one line: %q", msg)
			}
			checkSafe(t, err.Error())
			return
		}
		text := sanitize.Text(normalizeNewlines(string(in)))
		if !strings.HasSuffix(text, doc.Body) {
			t.Fatalf("body %q is not a suffix of the sanitised input %q", doc.Body, text)
		}
		if strings.TrimSpace(doc.Body) == "" {
			t.Fatalf("blank body from %q", in)
		}
		if first, _, _ := strings.Cut(doc.Body, "\n"); strings.TrimSpace(first) == "" {
			t.Fatalf("body starts with a blank line: %q", doc.Body)
		}
		for _, s := range []string{doc.Body, doc.Title, doc.Source, doc.URL, doc.Dateline} {
			checkSafe(t, s)
		}
		for k, v := range doc.Meta {
			checkSafe(t, k)
			checkSafe(t, v)
			if strings.Contains(k+v, "\n") {
				t.Fatalf("a front matter field spans lines: %q: %q", k, v)
			}
		}
		if doc.Meta != nil {
			for key, got := range map[string]string{"title": doc.Title, "source": doc.Source, "url": doc.URL, "dateline": doc.Dateline} {
				if doc.Meta[key] != got {
					t.Fatalf("%s = %q, Meta has %q", key, got, doc.Meta[key])
				}
			}
			if p, ok := doc.Meta["published"]; ok {
				if noDate(p) != doc.Published.IsZero() || !noDate(p) && doc.Published.Format("2006-01-02") != strings.TrimSpace(p) {
					t.Fatalf("published %q read as %v", p, doc.Published)
				}
			} else if d := doc.Meta["date"]; !noDate(d) && doc.Published.Format("2006-01-02") != strings.TrimSpace(d)[:10] {
				t.Fatalf("date %q read as %v", d, doc.Published)
			} else if noDate(d) && !doc.Published.IsZero() {
				t.Fatalf("no date, yet Published is %v", doc.Published)
			}
		} else if doc.Title != "" || !doc.Published.IsZero() {
			t.Fatalf("fields set without front matter: %+v", doc)
		}
		if doc.Meta != nil && !strings.HasPrefix(text, "---") {
			// A plain header holds known keys only.
			for k := range doc.Meta {
				if !plainKeys[k] {
					t.Fatalf("plain header took unknown key %q", k)
				}
			}
		}
		// The body alone is already clean: parsing it again changes
		// nothing, unless it opens with front matter or a plain header of
		// its own.
		if _, _, header := splitPlainHeader(doc.Body); !strings.HasPrefix(doc.Body, "---") && !header {
			again, err := ParseDocument([]byte(doc.Body))
			if err != nil || again.Body != doc.Body {
				t.Fatalf("body does not parse to itself: %q -> %q, %v", doc.Body, again.Body, err)
			}
		}
	})
}

// checkSafe fails if s holds anything reading would have removed.
func checkSafe(t *testing.T, s string) {
	t.Helper()
	if sanitize.Text(s) != s {
		t.Fatalf("not sanitised: %q", s)
	}
}
