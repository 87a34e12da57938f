package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
)

// severalStory is a story whose first sentence reports two seizures on
// two dates.
func severalStory(t *testing.T, source string) *model.Story {
	return severalOf(t, source, "Customs seized 2 tonnes of cocaine in May 2022 and a further 800 kg of heroin in January 2023.\n\n"+
		"Police arrested three men in Antwerp on Friday.")
}

// severalOf is the story of body, whose first sentence must report two
// happenings.
func severalOf(t *testing.T, source, body string) *model.Story {
	t.Helper()
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	st := model.Parse(model.Document{Source: source, Body: body, Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}, lex)
	n := 0
	for _, e := range st.Events {
		if e.Sentence == 1 {
			n++
		}
	}
	if n != 2 {
		t.Fatalf("sentence 1 has %d events, want 2", n)
	}
	return st
}

// Every export shows each event of a sentence that reports several, each
// with its own date.
func TestExportsShowEveryEventOfASentence(t *testing.T) {
	st := severalStory(t, "AP")
	writers := []struct {
		name  string
		write func(b *bytes.Buffer) error
		// the two happenings of sentence 1, as the format writes them
		want []string
	}{
		{"json", func(b *bytes.Buffer) error { return JSON(b, st, nil) },
			[]string{`"summary": "Customs seized 2 tonnes of cocaine in May 2022"`, `"summary": "Customs seized a further 800 kg of heroin in January 2023"`, `"start": "2022-05-01"`, `"start": "2023-01-01"`}},
		{"timelinejs", func(b *bytes.Buffer) error { _, err := TimelineJS(b, st, nil); return err },
			[]string{"Customs seized 2 tonnes of cocaine in May 2022", "Customs seized a further 800 kg of heroin in January 2023", `"year": 2022`, `"year": 2023`}},
		{"csv", func(b *bytes.Buffer) error { return CSV(b, st, nil) },
			[]string{"Customs seized 2 tonnes of cocaine in May 2022,", "Customs seized a further 800 kg of heroin in January 2023,", "2022-05-01", "2023-01-01"}},
		{"markdown", func(b *bytes.Buffer) error { return Markdown(b, st, nil) },
			[]string{"Customs seized 2 tonnes of cocaine in May 2022", "Customs seized a further 800 kg of heroin in January 2023", "May 2022", "Jan 2023"}},
	}
	for _, w := range writers {
		var b bytes.Buffer
		if err := w.write(&b); err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		for _, want := range w.want {
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s lacks %q:\n%s", w.name, want, b.String())
			}
		}
	}
}

// In a case, the two happenings of one sentence are two entries, each
// joined by the same happening of another article, even on one day.
func TestCaseKeepsTheEventsOfASentenceApart(t *testing.T) {
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	body := "Belgian police arrested 30 suspects in Antwerp on Tuesday and searched 75 homes and offices."
	a, b := severalOf(t, "AP", body), severalOf(t, "Reuters", body)
	c := casefile.Merge([]*model.Story{a, b}, lex)
	if len(c.Entries) != len(a.Events) {
		t.Fatalf("%d entries, want one per happening, %d", len(c.Entries), len(a.Events))
	}
	for _, e := range c.Entries {
		if len(e.Sources) != 2 || e.Sources[0].Article == e.Sources[1].Article {
			t.Errorf("entry %q has sources %+v, want one of each article", e.Summary, e.Sources)
		}
	}
	var buf bytes.Buffer
	if err := CaseCSV(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"arrested 30 suspects", "searched 75 homes"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the case CSV lacks %q:\n%s", want, buf.String())
		}
	}
}
