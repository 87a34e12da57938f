package dates_test

import (
	"testing"
	"time"

	"dossier/model/internal/dates"
	"dossier/model/internal/modeltest"
	"dossier/model/internal/story"
)

// Before gives the sequence adverb written before a sentence's own date
// and the date the story had reached, and nothing without one.
func TestBeforeASentencesOwnDate(t *testing.T) {
	lex := modeltest.Quantities()
	first := "Police detained the man in August 2023."
	tests := []struct {
		text   string
		adverb string // "" for no span
	}{
		{"He was subsequently charged, and was extradited in January 2024.", "subsequently"},
		{"He was charged in January 2024 and subsequently extradited.", ""},
		{"He was charged, and was extradited in January 2024.", ""},
	}
	for _, tt := range tests {
		body := first + " " + tt.text
		doc := story.Document{Body: body, Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}
		r := dates.NewResolver(doc, lex)
		r.Resolve(story.Sentence{ID: 1, Paragraph: 1, Start: 0, End: len(first), Text: first})
		r.Resolve(story.Sentence{ID: 2, Paragraph: 1, Start: len(first) + 1, End: len(body), Text: tt.text})
		sp, ok := r.Before()
		if tt.adverb == "" {
			if ok {
				t.Errorf("%q: span %q, want none", tt.text, tt.text[sp.Lo:sp.Hi])
			}
			continue
		}
		if !ok || tt.text[sp.Lo:sp.Hi] != tt.adverb {
			t.Errorf("%q: span %v %+v, want %q", tt.text, ok, sp, tt.adverb)
			continue
		}
		if sp.Date.Start == nil || *sp.Date.Start != "2023-08-01" || sp.Date.Basis != story.BasisContext {
			t.Errorf("%q: dated %+v, want the context 2023-08", tt.text, sp.Date)
		}
	}
}

// "that day in January" is a day of January: when the day the story last
// named is in another month, the month dates the sentence; in the same
// month, that day does.
func TestThatDayInAMonth(t *testing.T) {
	lex := modeltest.Quantities()
	first := "Police arrested the two men on Friday."
	tests := []struct {
		text string
		want wantDate
	}{
		{"Phone records show calls between them that day in January.",
			wantDate{text: "that day in January", start: "2021-01-01", end: "2021-01-31", prec: story.PrecisionMonth, basis: story.BasisExplicit}},
		{"Phone records show calls between them that day in March.",
			wantDate{text: "that day", start: "2021-03-05", end: "2021-03-05", prec: story.PrecisionDay, basis: story.BasisContext}},
	}
	for _, tt := range tests {
		body := first + " " + tt.text
		doc := story.Document{Body: body, Published: time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC)}
		r := dates.NewResolver(doc, lex)
		r.Resolve(story.Sentence{ID: 1, Paragraph: 1, Start: 0, End: len(first), Text: first})
		got := r.Resolve(story.Sentence{ID: 2, Paragraph: 1, Start: len(first) + 1, End: len(body), Text: tt.text})
		checkDate(t, tt.text, got, tt.want)
	}
}
