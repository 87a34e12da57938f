package model_test

import (
	"testing"

	"dossier/model"
)

// The dateline's city is a place of the story, with no mention of its own;
// a city the gazetteer lacks takes the dateline's region's country. A
// dateline that is only an international body's seat names no place.
func TestDatelineCityIsAPlace(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		name, body, id, country string
	}{
		{"known city", "MADRID (AP) — Spain’s Civil Guard seized 20 tonnes of hashish.", "place/madrid", "Spain"},
		{"city of two words", "THE HAGUE, Netherlands (Reuters) - Prosecutors charged three men.", "place/the-hague", "Netherlands"},
		{"city the gazetteer lacks", "TYLER, Texas – Six people were charged with trafficking methamphetamine.", "place/tyler", "United States"},
		{"city and postal code", "TYLER, TX—U.S. Attorney John M. Bales announced that 27 people had been indicted.", "place/tyler", "United States"},
		{"the body's seat", "LYON, France – A global operation coordinated by INTERPOL led to 300 arrests.", "place/lyon", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, lex)
			checkStory(t, st)
			e := findEntity(st, tt.id)
			switch {
			case tt.country == "" && e != nil:
				t.Errorf("%s is a place of the story: %+v", tt.id, e)
			case tt.country != "" && (e == nil || e.Country != tt.country):
				t.Errorf("%s = %+v, want a place in %s (dateline %q)", tt.id, e, tt.country, st.Doc.Dateline)
			}
		})
	}
}
