package model_test

import (
	"slices"
	"testing"

	"dossier/model"
)

// entitiesOf lists the names of a story's entities of kind k, in order.
func entitiesOf(st *model.Story, k model.Kind) []string {
	var out []string
	for _, e := range st.Entities {
		if e.Kind == k && len(e.Mentions) > 0 {
			out = append(out, e.Name+"|"+e.Country)
		}
	}
	return out
}

// Real sentences from unseen articles: which entities they name, with the
// embedded word lists.
func TestEntitiesOnUnseenSentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		name string
		body string
		kind model.Kind
		want []string // "name|country" of the kind's mentioned entities
	}{
		// A network's generic last word in lowercase still names it, and
		// takes no place out of it.
		{"network with lowercase cartel", "Local media reported that the Jalisco New Generation cartel had been fighting a rival group.",
			model.KindNetwork, []string{"Jalisco New Generation Cartel|"}},
		{"no place inside a network's name", "Local media reported that the Jalisco New Generation cartel had been fighting a rival group.",
			model.KindPlace, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, lex)
			if err := st.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := entitiesOf(st, tt.kind); !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got %q\nwant %q", tt.kind, got, tt.want)
			}
		})
	}
}
