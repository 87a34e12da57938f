package model_test

import (
	"testing"

	"dossier/model"
)

// Sub-national regions of large countries, and the abbreviations US
// datelines and wire copy write states with.
func TestSubNationalRegions(t *testing.T) {
	lex := mustLexicon(t)
	tests := []entityCase{
		{"Indian state", "Police in Bihar arrested four men with idols stolen from a temple.",
			model.KindPlace, []string{"Bihar|India"}},
		{"Indian state of two words", "The statue was stolen from a temple in Madhya Pradesh in 2008.",
			model.KindPlace, []string{"Madhya Pradesh|India"}},
		{"Brazilian state", "Federal police seized 2 tonnes of cocaine in Mato Grosso.",
			model.KindPlace, []string{"Mato Grosso|Brazil"}},
		{"Philippine province", "The typhoon made landfall in Samar before crossing Leyte.",
			model.KindPlace, []string{"Samar|Philippines", "Leyte|Philippines"}},
		{"Mexican state", "Soldiers found a drug lab in Nayarit.",
			model.KindPlace, []string{"Nayarit|Mexico"}},
		{"Canadian territory", "RCMP officers in Nunavut seized cocaine.",
			model.KindPlace, []string{"Nunavut|Canada"}},
		{"US state", "The shipment was stopped on a highway in Wisconsin.",
			model.KindPlace, []string{"Wisconsin|United States"}},
		{"US state abbreviation", "He was arrested at his home in Scranton, Pa., on Tuesday.",
			model.KindPlace, []string{"Scranton|United States", "Pennsylvania|United States"}},
		{"US state abbreviation of two letters", "The company is based in Newark, N.J., and ships worldwide.",
			model.KindPlace, []string{"Newark|United States", "New Jersey|United States"}},
		// A country that shares its name with a US state is the state
		// where the text means it.
		{"state after its city", "A tornado hit the city of Atlanta, Georgia, on Friday.",
			model.KindPlace, []string{"Atlanta|United States", "Georgia|United States"}},
		{"no country beside the state", "A tornado hit the city of Atlanta, Georgia, on Friday.",
			model.KindCountry, nil},
		{"state in a list of states", "Storms swept across Alabama, Georgia and Mississippi.",
			model.KindPlace, []string{"Alabama|United States", "Georgia|United States", "Mississippi|United States"}},
		{"a name after the state in a US story", "Police in Atlanta said a dorm at Georgia Tech was damaged.",
			model.KindPlace, []string{"Atlanta|United States"}},
		{"the country stays the country", "Police in Tbilisi, Georgia, arrested two men.",
			model.KindCountry, []string{"Georgia|"}},
		{"the country alone", "Georgia and Armenia signed a border treaty.",
			model.KindCountry, []string{"Georgia|", "Armenia|"}},
	}
	runEntityCases(t, lex, tests)
}
