package model_test

import (
	"testing"

	"dossier/model"
	"dossier/model/internal/modeltest"
)

func handLexicon() *model.Lexicon { return modeltest.Hand() }

func TestParseNilLexicon(t *testing.T) {
	st := model.Parse(model.Document{Body: "Police arrested 3 people. They were charged."}, nil)
	if len(st.Sentences) != 2 {
		t.Fatalf("sentences = %d, want 2", len(st.Sentences))
	}
	if len(st.Events) != 0 {
		t.Errorf("events without triggers = %d, want 0", len(st.Events))
	}
}

// The quantities of a story point to one string per country: a story of
// many counts in one country keeps one copy of its name.
func TestQuantitiesShareCountries(t *testing.T) {
	st := model.Parse(model.Document{Body: "Belgian police arrested 48 people in Antwerp.\n\n" +
		"Belgian police seized 2 tonnes of cocaine in Antwerp.\n\n" +
		"Dutch police arrested 30 people in Rotterdam."}, handLexicon())
	byCountry := map[string]*string{}
	n := 0
	check := func(c *string) {
		if c == nil {
			return
		}
		n++
		if p, ok := byCountry[*c]; ok && p != c {
			t.Errorf("two strings for %s", *c)
		}
		byCountry[*c] = c
	}
	for _, z := range st.Seizures {
		check(z.Country)
	}
	for _, c := range st.Counts {
		check(c.Country)
	}
	if n != 3 || *byCountry["Belgium"] != "Belgium" || *byCountry["Netherlands"] != "Netherlands" {
		t.Fatalf("%d quantities with a country, %v: want 3 in Belgium and the Netherlands", n, byCountry)
	}
}
