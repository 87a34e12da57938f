package model_test

import (
	"slices"
	"strings"
	"testing"

	"dossier/model"
)

// A participle after "and" that seizes shares the passive subject before
// it: the item is seized, by the clause that says so, not by the one that
// only names it first.
func TestSharedSubjectIsSeizedByItsOwnClause(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		name, body            string
		seizedBy, notBy, item string
		wantSeized            bool
	}{
		{"disconnected and confiscated", "The Sky ECC server was disconnected on Tuesday and confiscated by Dutch authorities.",
			"confiscated", "disconnected", "servers", true},
		{"stopped and seized", "A truck was stopped near Calais on Monday and seized by French customs officers.",
			"seized", "stopped", "trucks", true},
		{"arrested and charged seizes nothing", "A man was arrested on Tuesday and charged by police.",
			"", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, lex)
			if err := st.Validate(); err != nil {
				t.Fatal(err)
			}
			if !tt.wantSeized {
				if len(st.Seizures) != 0 {
					t.Errorf("seizures %+v, want none", st.Seizures)
				}
				return
			}
			if len(st.Seizures) != 1 || st.Seizures[0].Item != tt.item {
				t.Fatalf("seizures %+v, want one of %s", st.Seizures, tt.item)
			}
			for _, e := range st.Events {
				has := slices.Contains(e.Items, tt.item)
				switch {
				case strings.Contains(e.Summary, tt.seizedBy) && !has:
					t.Errorf("%q has items %q, want %s", e.Summary, e.Items, tt.item)
				case strings.Contains(e.Summary, tt.notBy) && !strings.Contains(e.Summary, tt.seizedBy) && has:
					t.Errorf("%q has items %q: it seizes nothing", e.Summary, e.Items)
				}
			}
		})
	}
}
