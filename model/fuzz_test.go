package model_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"dossier/data"
	"dossier/model"
)

// FuzzParse feeds arbitrary text to Parse with the real word lists. Its
// seed corpus runs in every go test. Parse must never panic and must keep
// every invariant of Story.Validate.
func FuzzParse(f *testing.F) {
	lex := mustLexicon(f)
	seed := mustSeed(f)
	for _, s := range []string{
		seed.Body,
		"",
		"\n\n\n",
		"...!!!???",
		`"." ." ?" !) (. ]. “”‘’ — – - … ’s 's`,
		"BRUSSELS (AP) – ",
		"BRUSSELS (AP) –",
		"THE HAGUE, Netherlands (Reuters) -",
		"___",
		"___\nCorder reported from The Hague, the Netherlands.",
		"---\n***\n___",
		"Police \xff\xfe arrested \xc3 people in Antwerp\xe2\x80. \xe2\x80\x99s",
		strings.Repeat("a", 4096),
		strings.Repeat("Antwerp’s ", 300),
		"U.S. U.S. U.S. Mr. J. 1.2. 3,000,000.5 ($ (1.4 million)",
		"Dutch police and and , , prosecutors in in Spain of, police in the of Rotterdam",
		"Belgian and and Dutch police, customs, and prosecutors in Spain and Morocco and",
		"Police said that they, adding that , according to , which , who ,",
		"Sgt. J. Chelsea Lyon, a spokeswoman, said Paris Hilton of the Organization of American States. Lyon said Mr",
		"in Dunmore, Pennsylvania, the Cherokee County Sheriff's Office, the town of Dunmore in Dunmore , Texas, said",
		"Sydney Brown, 34, Sydney Brown, a Georgia, Georgia Tech Atlanta, Georgia, and Texas, Mr. Dr Sgt. J.",
		"County County, Georgia Georgia said Said Jordan Holland, who the city of the New York Times of India Radio",
		"\r\n\r\nPolice seized 17 tonnes of cocaine.\r\n___\r\n",
		"Police seized police uniforms, cash and 28 firearms on Tuesday (AP) —",
		// Sentences of several happenings, and their broken ends.
		"Customs seized 2 tonnes of cocaine in May 2022 and a further 800 kg in January 2023.",
		"Customs seized 2 tonnes in May 2022 and a further",
		"Customs seized 2 tonnes in May 2022 and",
		"Two further suspects were arrested in Germany and one in Spain.",
		"Two suspects were arrested in Germany and one in",
		"Police arrested 30 suspects on Tuesday and searched 75 homes; in May, police seized 3 kg; and and ; ;",
		"The men were arrested in 2022; in May 2023, police seized 300 kg of cocaine in Rotterdam.",
		"29 suspects were arrested and 41 searches were carried out and 3 seized and 4 arrested and 5 searched.",
	} {
		f.Add(s)
	}
	published := time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, body string) {
		doc := model.Document{Body: body, Published: published}
		st := model.Parse(doc, lex)
		if err := st.Validate(); err != nil {
			t.Fatalf("%v\nbody: %q", err, body)
		}
		// The pipeline of long texts (the reader on its own goroutine)
		// gives the same story.
		if two := model.ParseWorkers(doc, lex, 2); !reflect.DeepEqual(two, model.ParseWorkers(doc, lex, 1)) {
			t.Fatalf("two workers parse differently\nbody: %q", body)
		}
		for _, e := range st.Events {
			if len(e.Summary) > 200 {
				t.Errorf("event %d summary is %d bytes", e.ID, len(e.Summary))
			}
		}
	})
}

func mustLexicon(tb testing.TB) *model.Lexicon {
	tb.Helper()
	lex, err := data.Lexicon()
	if err != nil {
		tb.Fatal(err)
	}
	return lex
}

func mustSeed(tb testing.TB) model.Document {
	tb.Helper()
	doc, err := data.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// repoArticles is every article in the repository's testdata (our own and
// the evaluation's), parsed from its front matter.
func repoArticles(tb testing.TB) []model.Document {
	tb.Helper()
	files, err := filepath.Glob("../testdata/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	evals, _ := filepath.Glob("../testdata/eval/r*/*.txt")
	var docs []model.Document
	for _, f := range append(files, evals...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		doc, err := data.ParseDocument(raw)
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, doc)
	}
	if len(docs) < 5 {
		tb.Fatalf("found %d articles in testdata, want the repository's articles", len(docs))
	}
	return docs
}
