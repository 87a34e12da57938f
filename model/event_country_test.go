package model_test

import (
	"slices"
	"testing"

	"dossier/model"
)

// A happening whose sentence names no country is in the country the story
// is set in (its dateline, its places), unless a body or place beyond any
// one country acts in it.
func TestEventsTakeTheStoryCountry(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		name, body, sentence string
		want                 []string
	}{
		{"a US city's dateline", "MEMPHIS, Tenn. (WREG) — Memphis police arrested a man on Saturday.\n\nHe was taken to a hospital and died a short time later.",
			"He was taken", []string{"United States"}},
		{"after the story's agency", "Belgian police made 48 arrests on Tuesday.\n\nOfficers seized 28 firearms during the searches.",
			"Officers seized", []string{"Belgium"}},
		{"a regional body sets no country", "BRUSSELS (AP) – Belgian police made 48 arrests on Tuesday.\n\nIn July last year European police broke another network called EncroChat.",
			"European police", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, lex)
			if err := st.Validate(); err != nil {
				t.Fatal(err)
			}
			s := sentenceWith(t, st, tt.sentence)
			e := eventOf(st, s.ID)
			if e == nil {
				t.Fatalf("sentence %q has no event", tt.sentence)
			}
			if !slices.Equal(e.Countries, tt.want) {
				t.Errorf("countries %q, want %q", e.Countries, tt.want)
			}
		})
	}
}
