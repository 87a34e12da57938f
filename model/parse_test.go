package model

import "testing"

// handLexicon is a small hand-built lexicon for unit tests that must not
// depend on package data's word lists.
func handLexicon() *Lexicon {
	return &Lexicon{
		Countries: []CountryEntry{
			{Name: "Belgium", Code: "BE", Demonyms: []string{"Belgian", "Belgians"}},
			{Name: "Netherlands", Code: "NL", Aliases: []string{"the Netherlands", "Holland"}, Demonyms: []string{"Dutch"}},
			{Name: "Spain", Code: "ES", Demonyms: []string{"Spanish"}},
			{Name: "Morocco", Code: "MA", Demonyms: []string{"Moroccan"}},
			{Name: "United States", Code: "US", Aliases: []string{"U.S.", "US", "USA"}, Demonyms: []string{"American"}},
			{Name: "Luxembourg", Code: "LU", Demonyms: []string{"Luxembourgish"}},
			{Name: "Turkey", Code: "TR", Demonyms: []string{"Turkish"}},
		},
		Places: []PlaceEntry{
			{Name: "Brussels", Country: "Belgium", Type: "city"},
			{Name: "Antwerp", Country: "Belgium", Type: "port", Aliases: []string{"Antwerpen"}},
			{Name: "Rotterdam", Country: "Netherlands", Type: "port"},
			{Name: "The Hague", Country: "Netherlands", Type: "city"},
			{Name: "Luxembourg", Country: "Luxembourg", Type: "city"},
			{Name: "Algeciras", Country: "Spain", Type: "port"},
			{Name: "Europe", Type: "continent"},
			{Name: "Western Europe", Type: "region"},
			{Name: "South America", Type: "continent"},
			{Name: "Latin America", Type: "region", Aliases: []string{"Latin American"}},
		},
		Agencies: []AgencyEntry{
			{Name: "Europol"},
			{Name: "FBI", Country: "United States", Aliases: []string{"Federal Bureau of Investigation"}},
			{Name: "Guardia Civil", Country: "Spain", Aliases: []string{"Civil Guard"}},
			{Name: "ICE", Country: "United States"},
		},
		Roles: []RoleEntry{
			{Name: "police", Aliases: []string{"police officials", "police officers", "Police"}},
			{Name: "prosecutors", Aliases: []string{"prosecutor", "prosecution", "public prosecutor's office"}},
			{Name: "federal prosecutors", Aliases: []string{"federal prosecutor"}},
			{Name: "authorities"},
			{Name: "customs", Aliases: []string{"customs agents", "customs officers"}},
			{Name: "investigators", Aliases: []string{"investigator"}},
		},
		Networks: []NetworkEntry{{Name: "Sky ECC"}, {Name: "EncroChat"}},
		Items: []ItemEntry{
			{Name: "cocaine", Category: "drugs"},
			{Name: "heroin", Category: "drugs"},
			{Name: "hashish", Category: "drugs", Aliases: []string{"hash"}},
			{Name: "ice", Category: "drugs"},
			{Name: "cash", Category: "cash"},
			{Name: "firearms", Category: "weapons", Aliases: []string{"firearm", "guns"}},
			{Name: "jewelry", Category: "valuables", Aliases: []string{"jewellery"}},
			{Name: "diamonds", Category: "valuables"},
			{Name: "police uniforms", Category: "documents"},
			{Name: "luxury cars", Category: "vehicles"},
		},
		Triggers: []string{
			"arrest", "arrests", "arrested", "made", "seized", "seize", "confiscated", "confiscate",
			"intercepted", "broke", "raided", "searched", "searches", "carried out", "dismantled",
			"found", "uncovered", "disconnected", "prevent", "migrated", "charged", "began",
			"managed to gain access", "broken", "attacks", "convicted", "raided",
		},
		StateCues:     []string{"there are", "there is", "is one of", "are one of", "according to the research"},
		Abbreviations: []string{"Mr.", "Mrs.", "Dr.", "U.S.", "Jan.", "St.", "Gen.", "approx."},
	}
}

func TestParseNilLexicon(t *testing.T) {
	st := Parse(Document{Body: "Police arrested 3 people. They were charged."}, nil)
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
	st := Parse(Document{Body: "Belgian police arrested 48 people in Antwerp.\n\n" +
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
