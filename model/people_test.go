package model_test

import (
	"testing"

	"dossier/model"
)

// People, publications and organisations whose names hold a place name no
// place or country of the story; the same words still do where the text
// means the place.
func TestPeopleAndPublicationsAreNoPlaces(t *testing.T) {
	lex := mustLexicon(t)
	tests := []entityCase{
		{"first name and place surname", "Police arrested two men, reporter Chelsea Lyon wrote on Monday.",
			model.KindPlace, nil},
		{"place as first name, apposition", "Sydney Brown, a spokeswoman for the department, said the men were arrested.",
			model.KindPlace, nil},
		{"country as first name and surname", "The car was stopped on the highway, witness Jordan Holland told reporters.",
			model.KindCountry, nil},
		{"said and a name of two words", "\"We are devastated,\" said Paris Hilton, who owns the house.",
			model.KindPlace, nil},
		{"title before a surname", "Prosecutors said Mr Holland had shipped the drugs.",
			model.KindCountry, nil},
		{"rank with a period", "Sgt. Victoria Chen said officers seized 40 kilograms of cocaine.",
			model.KindPlace, nil},
		{"apposition without a known first name", "Xiomara Lyon, a local resident, said she heard shots.",
			model.KindPlace, nil},
		{"apposition with an age", "Marek Holland, 34, was charged with drug trafficking.",
			model.KindCountry, nil},
		{"newspaper with the", "The Jakarta Post reported that police arrested 12 people.",
			model.KindPlace, nil},
		{"newspaper of several words", "The arrests were first reported by the New York Times.",
			model.KindPlace, nil},
		{"newspaper with a word between", "The Sydney Morning Herald reported the raid on Tuesday.",
			model.KindPlace, nil},
		{"newspaper named with of", "The Times of India said the gang had been smuggling gold.",
			model.KindCountry, nil},
		{"organisation with of", "Observers from the Organization of American States watched the vote.",
			model.KindCountry, nil},
		{"university with of", "A researcher at the University of Texas studied the seized pills.",
			model.KindPlace, nil},
		// The same words where they name the place.
		{"city after in", "Police arrested two men in Lyon on Monday.",
			model.KindPlace, []string{"Lyon|France"}},
		{"city before a lowercase role", "Sydney police seized 300 kilograms of cocaine.",
			model.KindPlace, []string{"Sydney|Australia"}},
		{"Holland for the Netherlands", "The drugs were shipped from Holland to Belgium.",
			model.KindCountry, []string{"Netherlands|", "Belgium|"}},
		{"city before an institution word", "Officers searched a warehouse near Sydney Harbour.",
			model.KindPlace, []string{"Sydney|Australia"}},
		{"a day is no surname", "Police said Friday Paris prosecutors had opened an inquiry.",
			model.KindPlace, []string{"Paris|France"}},
	}
	runEntityCases(t, lex, tests)
}

// A surname written alone later in the story is still the person; "in
// Lyon" is still the city.
func TestSurnameStaysAPerson(t *testing.T) {
	body := "Reporter Chelsea Lyon covered the trial.\n\nLyon said the verdict was expected on Friday.\n\nThe suspects were later moved to a prison in Lyon."
	st := model.Parse(model.Document{Body: body}, mustLexicon(t))
	checkStory(t, st)
	got := mentionsOf(st, "place/lyon")
	if len(got) != 1 || got[0] != "Lyon@3" {
		t.Errorf("lyon mentions %v, want only Lyon@3", got)
	}
}
