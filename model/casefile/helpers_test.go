package casefile

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"dossier/data"
	"dossier/model"
)

var lexOnce struct {
	sync.Once
	lex *model.Lexicon
	err error
}

// lexicon is the embedded word lists, loaded once for the package's tests.
func lexicon(t testing.TB) *model.Lexicon {
	t.Helper()
	lexOnce.Do(func() { lexOnce.lex, lexOnce.err = data.Lexicon() })
	if lexOnce.err != nil {
		t.Fatal(lexOnce.err)
	}
	return lexOnce.lex
}

// article is a short article written for a test.
type article struct {
	source    string
	published string // "YYYY-MM-DD", or "" for none
	body      string
}

func (a article) doc(t testing.TB) model.Document {
	t.Helper()
	d := model.Document{Source: a.source, Body: a.body}
	if a.published != "" {
		p, err := time.Parse("2006-01-02", a.published)
		if err != nil {
			t.Fatal(err)
		}
		d.Published = p
	}
	return d
}

// stories parses the articles.
func stories(t testing.TB, arts ...article) []*model.Story {
	t.Helper()
	out := make([]*model.Story, len(arts))
	for i, a := range arts {
		out[i] = model.Parse(a.doc(t), lexicon(t))
		if err := out[i].Validate(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// merged merges the articles and checks the case.
func merged(t testing.TB, arts ...article) *Case {
	t.Helper()
	c := Merge(stories(t, arts...), lexicon(t))
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	return c
}

// entryWith returns the entry holding the event whose sentence contains
// part, in article art.
func entryWith(t testing.TB, c *Case, art int, part string) *Entry {
	t.Helper()
	st := c.Articles[art].Story
	for i, ev := range st.Events {
		if strings.Contains(st.Sentences[ev.Sentence-1].Text, part) {
			return &c.Entries[c.EntryOf(art, i)]
		}
	}
	t.Fatalf("article %d has no event in a sentence with %q; events: %s", art+1, part, eventList(st))
	return nil
}

func eventList(st *model.Story) string {
	var b strings.Builder
	for _, ev := range st.Events {
		b.WriteString("\n  " + st.Sentences[ev.Sentence-1].Text)
	}
	return b.String()
}

// openCase reads the articles of a directory under testdata/case.
func openCase(t testing.TB, dir string, names ...string) []model.Document {
	t.Helper()
	var docs []model.Document
	for _, n := range names {
		d, err := data.Open(filepath.Join("..", "..", "testdata", "case", dir, n))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// readFile reads a file under testdata/case.
func readFile(t testing.TB, path ...string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{"..", "..", "testdata", "case"}, path...)...))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
