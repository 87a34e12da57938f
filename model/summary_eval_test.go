package model_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dossier/model"
)

// Summaries of real sentences from unseen articles: never empty, never
// opening on a fragment or a subordinate clause.
func TestSummariesOnUnseenSentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body, prefix string
	}{
		{"In Colombia, where several of the network's suppliers are based, police seized 1.5 billion pesos (about $370,000) and three light aircraft.", "Police seized"},
		{"Where several of the network's suppliers are based, police seized three light aircraft.", "Police seized"},
		{"Witnesses said at least five armed men burst into the venue shortly after 1am and opened fire on the crowd.", ""},
		{"((((((((police seized cash))))))))", ""},
		// "after" before a time is a preposition, not a clause to focus on.
		{"Officers were called to the 2000 block of Madison Avenue shortly after 2 a.m. Saturday and found a 23-year-old man with multiple gunshot wounds in the parking lot, according to the Memphis Police Department.", "Officers were called"},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if len(st.Events) != 1 {
			t.Errorf("%q: %d events, want 1", tt.body, len(st.Events))
			continue
		}
		sum := st.Events[0].Summary
		first, _ := utf8.DecodeRuneInString(sum)
		switch {
		case sum == "":
			t.Errorf("%q: empty summary", tt.body)
		case unicode.IsLower(first) || strings.HasPrefix(sum, "1am"):
			t.Errorf("%q: summary %q opens on a fragment", tt.body, sum)
		case !strings.HasPrefix(sum, tt.prefix):
			t.Errorf("%q: summary %q, want it to start %q", tt.body, sum, tt.prefix)
		}
	}
}
