package model_test

import (
	"slices"
	"sort"
	"testing"

	"dossier/model/internal/lexicon"
)

// TestWordListsMatchTheStages holds the word lists of package data to the
// lists the stages read: a list the stages read and data lacks would be
// silently empty, a file no stage reads is a misspelt name.
func TestWordListsMatchTheStages(t *testing.T) {
	lex := mustLexicon(t)
	var have []string
	for name, entries := range lex.Words {
		have = append(have, name)
		if len(entries) == 0 {
			t.Errorf("word list %s is empty", name)
		}
	}
	want := slices.Clone(lexicon.ListNames())
	sort.Strings(have)
	sort.Strings(want)
	if !slices.Equal(have, want) {
		t.Errorf("word lists in data:\n %q\nlists the stages read:\n %q", have, want)
	}
}
