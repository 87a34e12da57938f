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
		// A force named for its place keeps its name and the place's country.
		{"county force", "Kent Police said on Thursday they had arrested 14 people in Maidstone and Dartford last week.",
			model.KindAgency, []string{"Kent Police|United Kingdom"}},
		{"state police", "The Illinois State Police and the FBI searched a warehouse in Joliet.",
			model.KindAgency, []string{"Illinois State Police|United States", "FBI|United States"}},
		{"sheriff's office", "The Pinellas County Sheriff's Office said deputies found a man dead in his car.",
			model.KindAgency, []string{"Pinellas County Sheriff's Office|United States"}},
		{"highway patrol", "The Florida Highway Patrol closed the interstate for several hours.",
			model.KindAgency, []string{"Florida Highway Patrol|United States"}},
		{"constabulary", "Officers from Lancashire Constabulary seized cannabis plants.",
			model.KindAgency, []string{"Lancashire Constabulary|United Kingdom"}},
		{"lowercase role stays a qualified role", "Amsterdam police arrested two men.",
			model.KindAgency, []string{"Dutch police|Netherlands"}},
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

// The probe's title-case dateline, with the embedded gazetteer.
func TestMixedCaseDatelineOnUnseenText(t *testing.T) {
	st := model.Parse(model.Document{Body: "Sydney, Australia – Police arrested 12 people on Monday.\n\nPolice said the suspects were arrested on Tuesday."}, mustLexicon(t))
	if st.Doc.Dateline != "Sydney, Australia" || st.Sentences[0].Text != "Police arrested 12 people on Monday." {
		t.Errorf("dateline %q, first sentence %q", st.Doc.Dateline, st.Sentences[0].Text)
	}
}
