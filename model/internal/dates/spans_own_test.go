package dates_test

import (
	"testing"
	"time"

	"dossier/model/internal/dates"
	"dossier/model/internal/modeltest"
	"dossier/model/internal/story"
)

// A sentence that dates two happenings keeps both dates, each where it
// is written; a saying's date and a sentence of one date give none.
func TestSpansOfOwnDates(t *testing.T) {
	lex := modeltest.Quantities()
	tests := []struct {
		text   string
		starts []string // the spans' starts, in sentence order; nil for no spans
		chosen int      // the span the sentence's date comes from
	}{
		{"Customs seized 2 tonnes in May 2022 and a further 800 kg on 3 January 2023.", []string{"2022-05-01", "2023-01-03"}, 1},
		{"He was arrested in 2019 and extradited in March 2021.", []string{"2019-01-01", "2021-03-01"}, 1},
		{"Police arrested 30 suspects on Tuesday and searched 75 homes.", nil, -1},
		{"Police arrested 30 suspects on Tuesday, prosecutors said on Wednesday.", nil, -1},
	}
	for _, tt := range tests {
		doc := story.Document{Body: tt.text, Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}
		r := dates.NewResolver(doc, lex)
		whole := r.Resolve(story.Sentence{ID: 1, Paragraph: 1, Start: 0, End: len(tt.text), Text: tt.text})
		spans := r.Spans(nil)
		if len(spans) != len(tt.starts) {
			t.Errorf("%q: %d spans %+v, want %d", tt.text, len(spans), spans, len(tt.starts))
			continue
		}
		for i, sp := range spans {
			if sp.Date.Start == nil || *sp.Date.Start != tt.starts[i] {
				t.Errorf("%q: span %d (%q) dated %v, want %s", tt.text, i, tt.text[sp.Lo:sp.Hi], sp.Date.Start, tt.starts[i])
			}
			if sp.Chosen != (i == tt.chosen) {
				t.Errorf("%q: span %d chosen %v, want %v", tt.text, i, sp.Chosen, i == tt.chosen)
			}
			if sp.Chosen && sp.Date.Text != whole.Text {
				t.Errorf("%q: the chosen span is %q, the sentence's date %q", tt.text, sp.Date.Text, whole.Text)
			}
		}
	}
}
