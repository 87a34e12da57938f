// Package lexicon holds the word lists the parser matches against and
// their index: the lists as package data loads them (Lexicon, re-exported
// by model), and the lookups every stage shares, built once per Lexicon
// (phrases by their first words, item and unit names by first letter, the
// number-word filter).
package lexicon

import "sync"

// Lexicon is the word lists the parser matches against. Package data loads
// it from plain, hand-editable files; tests may build small ones by hand.
// The parser never mutates it, so one Lexicon serves every parse.
type Lexicon struct {
	Countries []CountryEntry
	Places    []PlaceEntry
	Agencies  []AgencyEntry
	// Roles are generic law-enforcement and judicial bodies named without a
	// proper name ("police", "prosecutors", "federal prosecutors",
	// "customs", "coast guard", "authorities"). Preceded by a demonym or
	// country ("Dutch police", "police in Spain") they become that
	// country's agency; alone they take the country from context.
	Roles    []RoleEntry
	Networks []NetworkEntry
	Items    []ItemEntry
	// ItemHeads are nouns that make an item word written right before
	// them a mere modifier ("truck driver", "luxury car brand", "car
	// plant"): no item is named or seized there. Lowercase, one word each.
	ItemHeads []string
	Units     []UnitEntry
	// Numbers maps number words to values: "one" 1 ... "twenty" 20,
	// "dozen" 12, "hundred" 100, "thousand" 1e3, "million" 1e6, "billion" 1e9.
	Numbers map[string]float64
	// Triggers are the verbs and nouns that mark a sentence as reporting a
	// happening ("arrested", "seized", "raided", "dismantled", "charged"),
	// in every inflection that should match. Sentences without one are
	// states or background and do not become events.
	Triggers []string
	// StateCues mark background even when a trigger is present
	// ("there are", "is one of", "according to the research").
	StateCues []string
	// Abbreviations end with a period that does not end a sentence
	// ("Mr.", "U.S.", "Jan.", "St.").
	Abbreviations []string
	// Words are the named lists of the language's words and phrases the
	// stages reason with: month and weekday names, units of time, verbs
	// of saying, the nouns that take up a happening, the words that end a
	// headline... (see List for the names). A list the map lacks is
	// empty.
	Words map[string][]WordEntry

	// once guards idx, the matching index IndexOf builds from the lists
	// on first use and reuses: building it costs more than parsing a story.
	// Fill the lists before the first Parse and do not change them after.
	// Hold a Lexicon by pointer (go vet flags copies of the sync.Once).
	once sync.Once
	idx  *Index
}

// CountryEntry is a country with every name it goes by.
type CountryEntry struct {
	Name     string   // canonical short name: "Netherlands", "United States"
	Code     string   // ISO 3166-1 alpha-2
	Aliases  []string // ISO and common names: "the Netherlands", "Holland", "U.S.", "USA"
	Demonyms []string // adjectives and demonyms: "Dutch", "Belgian", "American"
}

// PlaceEntry is a city, port, region or continent. Country is "" for
// places without one ("South America", "Western Europe").
type PlaceEntry struct {
	Name    string
	Country string
	Type    string // city, port, region, continent
	Aliases []string
}

// AgencyEntry is a named body ("Europol", "FBI", "FIOD"). Country is ""
// for international bodies.
type AgencyEntry struct {
	Name    string
	Country string
	Aliases []string
}

// RoleEntry is a generic body; see Lexicon.Roles.
type RoleEntry struct {
	Name    string   // canonical: "police", "prosecutors", "federal prosecutors"
	Aliases []string // "police officials", "prosecution", "public prosecutor's office"
}

// NetworkEntry is an encrypted network or criminal service.
type NetworkEntry struct {
	Name    string
	Aliases []string
}

// ItemEntry is a seizable item.
type ItemEntry struct {
	Name     string // canonical singular or mass noun: "cocaine", "firearms", "cash"
	Category string // drugs, cash, weapons, vehicles, valuables, documents, devices
	Aliases  []string
}

// UnitEntry is a unit of mass or a currency.
type UnitEntry struct {
	Code    string   // t, kg, g, lb, EUR, USD, GBP ...
	Kind    string   // mass or currency
	Aliases []string // "tonnes", "tons", "metric tons", "kilograms", "kilos", "euros", "€", "$", "dollars"
}
