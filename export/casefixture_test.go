package export

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata from what the code makes now")

var raptor struct {
	sync.Once
	c   *casefile.Case
	err error
}

// raptorCase is the embedded demo case, read and merged once for the
// package's tests.
func raptorCase(t testing.TB) *casefile.Case {
	t.Helper()
	raptor.Do(func() {
		_, docs, err := data.DemoCase()
		if err != nil {
			raptor.err = err
			return
		}
		lex, err := data.Lexicon()
		if err != nil {
			raptor.err = err
			return
		}
		raptor.c = casefile.Parse(docs, lex, nil)
	})
	if raptor.err != nil {
		t.Fatal(raptor.err)
	}
	return raptor.c
}

// caseWriters are the four formats of a case, each writing to a buffer.
var caseWriters = []struct {
	name, golden string
	write        func(b *bytes.Buffer, c *casefile.Case, sel model.Selection) error
}{
	{"json", "case.json", func(b *bytes.Buffer, c *casefile.Case, sel model.Selection) error { return CaseJSON(b, c, sel) }},
	{"timelinejs", "case.timeline.json", func(b *bytes.Buffer, c *casefile.Case, sel model.Selection) error {
		_, err := CaseTimelineJS(b, c, sel)
		return err
	}},
	{"markdown", "case.md", func(b *bytes.Buffer, c *casefile.Case, sel model.Selection) error { return CaseMarkdown(b, c, sel) }},
	{"csv", "case.csv", func(b *bytes.Buffer, c *casefile.Case, sel model.Selection) error { return CaseCSV(b, c, sel) }},
}

// caseDoc is the part of dossier.case/v1 the tests read.
type caseDoc struct {
	Schema   string `json:"schema"`
	Articles []struct {
		ID    int    `json:"id"`
		Label string `json:"label"`
		Story struct {
			Schema    string `json:"schema"`
			Sentences []struct {
				ID int `json:"id"`
			} `json:"sentences"`
			Events []struct {
				ID       int `json:"id"`
				Sentence int `json:"sentence"`
			} `json:"events"`
		} `json:"story"`
	} `json:"articles"`
	Entries []struct {
		ID            int       `json:"id"`
		Lead          sourceDoc `json:"lead"`
		Sources       []sourceDoc
		Why           []struct{ Source sourceDoc } `json:"why"`
		Figures       []struct{ From sourceDoc }   `json:"figures"`
		Disagreements []struct {
			Sides []struct {
				Claims []sourceDoc `json:"claims"`
			} `json:"sides"`
		} `json:"disagreements"`
	} `json:"entries"`
	Entities []struct {
		Articles []struct {
			Article int `json:"article"`
		} `json:"articles"`
	} `json:"entities"`
	Totals []struct {
		Parts []struct {
			Entry  int `json:"entry"`
			Figure struct{ From sourceDoc }
		} `json:"parts"`
	} `json:"totals"`
}

type sourceDoc struct {
	Article  int `json:"article"`
	Event    int `json:"event"`
	Sentence int `json:"sentence"`
}

func decodeCase(t testing.TB, b []byte) caseDoc {
	t.Helper()
	var d caseDoc
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return d
}

// checkLinks fails unless every reference of the case file points at an
// article, an event of its story and the sentence that event is in, and
// every entry and total part at a written entry.
func checkLinks(t testing.TB, d caseDoc) {
	t.Helper()
	if d.Schema != CaseSchema {
		t.Errorf("schema %q", d.Schema)
	}
	events := map[int]map[int]int{} // article → event id → sentence
	sentences := map[int]map[int]bool{}
	for i, a := range d.Articles {
		if a.ID != i+1 || a.Story.Schema != Schema {
			t.Errorf("article %d: id %d, story schema %q", i+1, a.ID, a.Story.Schema)
		}
		events[a.ID], sentences[a.ID] = map[int]int{}, map[int]bool{}
		for _, s := range a.Story.Sentences {
			sentences[a.ID][s.ID] = true
		}
		for _, e := range a.Story.Events {
			events[a.ID][e.ID] = e.Sentence
		}
	}
	check := func(where string, s sourceDoc) {
		t.Helper()
		sent, ok := events[s.Article][s.Event]
		if !ok || sent != s.Sentence || !sentences[s.Article][s.Sentence] {
			t.Errorf("%s: %+v points at no event of its article's story", where, s)
		}
	}
	written := map[int]bool{}
	for _, e := range d.Entries {
		written[e.ID] = true
		where := "entry " + strconv.Itoa(e.ID)
		check(where+" lead", e.Lead)
		if len(e.Sources) == 0 || len(e.Why) != len(e.Sources)-1 {
			t.Errorf("%s: %d sources, %d reasons", where, len(e.Sources), len(e.Why))
		}
		for _, s := range e.Sources {
			check(where+" source", s)
		}
		for _, w := range e.Why {
			check(where+" why", w.Source)
		}
		for _, f := range e.Figures {
			check(where+" figure", f.From)
		}
		for _, dis := range e.Disagreements {
			for _, sd := range dis.Sides {
				for _, cl := range sd.Claims {
					check(where+" claim", cl)
				}
			}
		}
	}
	for _, en := range d.Entities {
		for _, a := range en.Articles {
			if events[a.Article] == nil {
				t.Errorf("an entity names article %d", a.Article)
			}
		}
	}
	for _, tot := range d.Totals {
		for _, p := range tot.Parts {
			if !written[p.Entry] {
				t.Errorf("a total counts entry %d, which is not written", p.Entry)
			}
			check("total", p.Figure.From)
		}
	}
}

// checkGolden compares got with the golden file at path, first rewriting
// the file when the tests run with -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := range max(len(gl), len(wl)) {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%s is out of date at line %d; look at the difference, then rerun with -update if the change is meant.\nwant %s\ngot  %s", path, i+1, w, g)
			return
		}
	}
}
