// Package modeltest holds the fixtures the parser's tests share: small
// hand-built lexicons, so a test's expectations do not move when the real
// word lists grow, and the seed story one paragraph per line.
package modeltest

import (
	"sync"

	"dossier/data"
	"dossier/model/internal/lexicon"
)

// Words are the word lists of package data, which the hand-built lexicons
// share: the language's vocabulary is the same for every test. They are
// read once and never written to.
var Words = sync.OnceValue(func() map[string][]lexicon.WordEntry {
	lex, err := data.Lexicon()
	if err != nil {
		panic(err)
	}
	return lex.Words
})

// Hand is a small hand-built lexicon for unit tests that must not
// depend on package data's word lists: a few countries, places, agencies,
// roles, networks, items, triggers, cues and abbreviations.
func Hand() *lexicon.Lexicon {
	return &lexicon.Lexicon{
		Words: Words(),
		Countries: []lexicon.CountryEntry{
			{Name: "Belgium", Code: "BE", Demonyms: []string{"Belgian", "Belgians"}},
			{Name: "Netherlands", Code: "NL", Aliases: []string{"the Netherlands", "Holland"}, Demonyms: []string{"Dutch"}},
			{Name: "Spain", Code: "ES", Demonyms: []string{"Spanish"}},
			{Name: "Morocco", Code: "MA", Demonyms: []string{"Moroccan"}},
			{Name: "United States", Code: "US", Aliases: []string{"U.S.", "US", "USA"}, Demonyms: []string{"American"}},
			{Name: "Luxembourg", Code: "LU", Demonyms: []string{"Luxembourgish"}},
			{Name: "Turkey", Code: "TR", Demonyms: []string{"Turkish"}},
		},
		Places: []lexicon.PlaceEntry{
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
		Agencies: []lexicon.AgencyEntry{
			{Name: "Europol"},
			{Name: "FBI", Country: "United States", Aliases: []string{"Federal Bureau of Investigation"}},
			{Name: "Guardia Civil", Country: "Spain", Aliases: []string{"Civil Guard"}},
			{Name: "ICE", Country: "United States"},
		},
		Roles: []lexicon.RoleEntry{
			{Name: "police", Aliases: []string{"police officials", "police officers", "Police"}},
			{Name: "prosecutors", Aliases: []string{"prosecutor", "prosecution", "public prosecutor's office"}},
			{Name: "federal prosecutors", Aliases: []string{"federal prosecutor"}},
			{Name: "authorities"},
			{Name: "customs", Aliases: []string{"customs agents", "customs officers"}},
			{Name: "investigators", Aliases: []string{"investigator"}},
		},
		Networks: []lexicon.NetworkEntry{{Name: "Sky ECC"}, {Name: "EncroChat"}},
		Items: []lexicon.ItemEntry{
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

// Quantities is a small hand-built lexicon for the date, number and
// quantity tests, standing in for the data package's word lists: units,
// items, number words and a few triggers.
func Quantities() *lexicon.Lexicon {
	lex := &lexicon.Lexicon{
		Words: Words(),
		Units: []lexicon.UnitEntry{
			{Code: "t", Kind: "mass", Aliases: []string{"tonnes", "tonne", "tons", "ton", "metric tons"}},
			{Code: "kg", Kind: "mass", Aliases: []string{"kilograms", "kilogram", "kilos", "kilo"}},
			{Code: "g", Kind: "mass", Aliases: []string{"grams", "gram"}},
			{Code: "lb", Kind: "mass", Aliases: []string{"pounds", "pound", "lbs"}},
			{Code: "EUR", Kind: "currency", Aliases: []string{"euros", "euro", "€"}},
			{Code: "USD", Kind: "currency", Aliases: []string{"dollars", "dollar", "US dollars", "$", "US$"}},
			{Code: "GBP", Kind: "currency", Aliases: []string{"pounds sterling", "pounds", "£"}},
			{Code: "PEN", Kind: "currency", Aliases: []string{"Peruvian soles", "PEN"}},
		},
		Items: []lexicon.ItemEntry{
			{Name: "cocaine", Category: "drugs"},
			{Name: "heroin", Category: "drugs"},
			{Name: "hashish", Category: "drugs", Aliases: []string{"hash"}},
			{Name: "methamphetamine", Category: "drugs", Aliases: []string{"meth"}},
			{Name: "cash", Category: "cash"},
			{Name: "firearms", Category: "weapons", Aliases: []string{"firearm", "guns", "gun"}},
			{Name: "jewelry", Category: "valuables", Aliases: []string{"jewellery"}},
			{Name: "diamonds", Category: "valuables", Aliases: []string{"diamond"}},
			{Name: "police uniforms", Category: "equipment"},
			{Name: "luxury cars", Category: "vehicles", Aliases: []string{"luxury car"}},
			{Name: "trucks", Category: "vehicles", Aliases: []string{"truck"}},
			{Name: "drugs", Category: "drugs"},
		},
		Numbers:  map[string]float64{},
		Triggers: []string{"arrested", "seized", "confiscated", "dismantled", "broke", "raided", "searched", "charged", "made", "arrests"},
	}
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range words {
		lex.Numbers[w] = float64(i)
	}
	for w, v := range map[string]float64{"thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
		"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9} {
		lex.Numbers[w] = v
	}
	return lex
}
