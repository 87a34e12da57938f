package model_test

import (
	"slices"
	"testing"

	"dossier/model"
)

// One body under several names is one agency, named by its longest name,
// with every name as a mention; bodies of different countries stay apart.
func TestOneBodySeveralNames(t *testing.T) {
	lex := mustLexicon(t)
	tests := []entityCase{
		{"Belgian, federal and Belgian federal prosecutors",
			"BRUSSELS (AP) – Belgian prosecutors said 48 people were arrested on Tuesday.\n\n" +
				"About 200 searches were carried out, according to federal prosecutors.\n\n" +
				"Belgian federal prosecutors said the network was broken.",
			model.KindAgency, []string{"Belgian federal prosecutors|Belgium"}},
		{"Belgian and Dutch prosecutors stay apart",
			"Belgian federal prosecutors said 48 people were arrested.\n\n" +
				"Dutch prosecutors said 30 suspects were detained in Rotterdam.\n\n" +
				"Belgian prosecutors said more arrests would follow.",
			model.KindAgency, []string{"Belgian federal prosecutors|Belgium", "Dutch prosecutors|Netherlands"}},
	}
	runEntityCases(t, lex, tests)

	st := model.Parse(model.Document{Body: tests[0].body}, lex)
	e := entity(st, "agency/belgian-federal-prosecutors")
	if e == nil {
		t.Fatal("no agency/belgian-federal-prosecutors")
	}
	var got []string
	for _, m := range e.Mentions {
		got = append(got, m.Text)
	}
	if want := []string{"Belgian prosecutors", "federal prosecutors", "Belgian federal prosecutors"}; !slices.Equal(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
	for _, ev := range st.Events {
		for _, a := range ev.Agencies {
			if a != "Belgian federal prosecutors" {
				t.Errorf("event %d agency %q, want the merged name", ev.Sentence, a)
			}
		}
	}
}
