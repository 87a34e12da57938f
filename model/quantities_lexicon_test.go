package model

// testQuantityLexicon is a small hand-built lexicon for the date, number
// and quantity tests, standing in for the data package's word lists.
func testQuantityLexicon() *Lexicon {
	lex := &Lexicon{
		Units: []UnitEntry{
			{Code: "t", Kind: "mass", Aliases: []string{"tonnes", "tonne", "tons", "ton", "metric tons"}},
			{Code: "kg", Kind: "mass", Aliases: []string{"kilograms", "kilogram", "kilos", "kilo"}},
			{Code: "g", Kind: "mass", Aliases: []string{"grams", "gram"}},
			{Code: "lb", Kind: "mass", Aliases: []string{"pounds", "pound", "lbs"}},
			{Code: "EUR", Kind: "currency", Aliases: []string{"euros", "euro", "€"}},
			{Code: "USD", Kind: "currency", Aliases: []string{"dollars", "dollar", "US dollars", "$", "US$"}},
			{Code: "GBP", Kind: "currency", Aliases: []string{"pounds sterling", "pounds", "£"}},
			{Code: "PEN", Kind: "currency", Aliases: []string{"Peruvian soles", "PEN"}},
		},
		Items: []ItemEntry{
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
