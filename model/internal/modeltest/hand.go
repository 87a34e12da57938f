package modeltest

import (
	"embed"
	"io/fs"
	"strconv"
	"strings"

	"dossier/model/internal/lexicon"
)

// The hand-built lexicons are small files in lexicons/, in the layout of
// data/lexicon (tab-separated columns, aliases separated by "|") but read
// as they are: they are fixtures, not checked word lists.
//
//go:embed lexicons
var lexicons embed.FS

// Hand is a small hand-built lexicon for unit tests that must not
// depend on package data's word lists: a few countries, places, agencies,
// roles, networks, items, triggers, cues and abbreviations.
func Hand() *lexicon.Lexicon { return load("hand") }

// Quantities is a small hand-built lexicon for the date, number and
// quantity tests, standing in for the data package's word lists: units,
// items, number words and a few triggers.
func Quantities() *lexicon.Lexicon {
	lex := load("quantities")
	if lex.Numbers == nil {
		lex.Numbers = map[string]float64{}
	}
	return lex
}

// load reads the lexicon in lexicons/dir, with the word lists of package
// data.
func load(dir string) *lexicon.Lexicon {
	lex := &lexicon.Lexicon{Words: Words()}
	rows := func(file string) [][]string {
		b, err := fs.ReadFile(lexicons, "lexicons/"+dir+"/"+file)
		if err != nil {
			return nil
		}
		var out [][]string
		for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			out = append(out, append(strings.Split(line, "\t"), "", "", ""))
		}
		return out
	}
	list := func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, "|")
	}
	for _, r := range rows("countries.tsv") {
		lex.Countries = append(lex.Countries, lexicon.CountryEntry{Name: r[0], Code: r[1], Aliases: list(r[2]), Demonyms: list(r[3])})
	}
	for _, r := range rows("places.tsv") {
		lex.Places = append(lex.Places, lexicon.PlaceEntry{Name: r[0], Country: r[1], Type: r[2], Aliases: list(r[3])})
	}
	for _, r := range rows("agencies.tsv") {
		lex.Agencies = append(lex.Agencies, lexicon.AgencyEntry{Name: r[0], Country: r[1], Aliases: list(r[2])})
	}
	for _, r := range rows("roles.tsv") {
		lex.Roles = append(lex.Roles, lexicon.RoleEntry{Name: r[0], Aliases: list(r[1])})
	}
	for _, r := range rows("networks.tsv") {
		lex.Networks = append(lex.Networks, lexicon.NetworkEntry{Name: r[0], Aliases: list(r[1])})
	}
	for _, r := range rows("items.tsv") {
		lex.Items = append(lex.Items, lexicon.ItemEntry{Name: r[0], Category: r[1], Aliases: list(r[2])})
	}
	for _, r := range rows("units.tsv") {
		lex.Units = append(lex.Units, lexicon.UnitEntry{Code: r[0], Kind: r[1], Aliases: list(r[2])})
	}
	for _, r := range rows("numbers.tsv") {
		v, err := strconv.ParseFloat(r[1], 64)
		if err != nil {
			panic(err)
		}
		if lex.Numbers == nil {
			lex.Numbers = map[string]float64{}
		}
		lex.Numbers[r[0]] = v
	}
	for _, r := range rows("triggers.txt") {
		lex.Triggers = append(lex.Triggers, r[0])
	}
	for _, r := range rows("statecues.txt") {
		lex.StateCues = append(lex.StateCues, r[0])
	}
	for _, r := range rows("abbreviations.txt") {
		lex.Abbreviations = append(lex.Abbreviations, r[0])
	}
	return lex
}
