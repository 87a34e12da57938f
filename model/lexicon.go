package model

import "dossier/model/internal/lexicon"

// The word lists the parser matches against (see package lexicon for
// their fields). Package data loads them from plain, hand-editable files;
// tests may build small ones by hand. Hold a Lexicon by pointer: it keeps
// the index Parse builds on first use.
type (
	Lexicon      = lexicon.Lexicon
	CountryEntry = lexicon.CountryEntry
	PlaceEntry   = lexicon.PlaceEntry
	AgencyEntry  = lexicon.AgencyEntry
	RoleEntry    = lexicon.RoleEntry
	NetworkEntry = lexicon.NetworkEntry
	ItemEntry    = lexicon.ItemEntry
	UnitEntry    = lexicon.UnitEntry
	WordEntry    = lexicon.WordEntry
)
