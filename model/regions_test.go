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
	}
	runEntityCases(t, lex, tests)
}
