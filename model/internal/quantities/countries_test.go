package quantities_test

import (
	"slices"
	"strconv"
	"testing"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/modeltest"
	"dossier/model/internal/quantities"
	"dossier/model/internal/story"
)

// Europol-style per-country lists give one count per country, with the
// country the list names next to the number.
func TestCountryLists(t *testing.T) {
	lex := modeltest.Quantities()
	lex.Countries = []lexicon.CountryEntry{
		{Name: "Spain", Demonyms: []string{"Spanish"}},
		{Name: "Netherlands", Aliases: []string{"the Netherlands", "Holland"}, Demonyms: []string{"Dutch"}},
		{Name: "Italy", Demonyms: []string{"Italian"}},
		{Name: "Germany", Demonyms: []string{"German"}},
		{Name: "Turkey"},
	}
	cases := []struct {
		sentence string
		want     []string
	}{
		{"Spain accounted for the largest number of arrests, with 61, followed by the Netherlands with 48, Italy with 37 and Germany with 29.",
			[]string{"arrests|61|Spain", "arrests|48|Netherlands", "arrests|37|Italy", "arrests|29|Germany"}},
		{"Arrests were made in Spain (61), the Netherlands (48) and Italy (37).",
			[]string{"arrests|61|Spain", "arrests|48|Netherlands", "arrests|37|Italy"}},
		{"In Spain, 61 people were arrested; in Italy, 37.",
			[]string{"arrests|61|Spain", "arrests|37|Italy"}},
		// A population is not a list entry; no count word, no count.
		{"Spain, with 47 million people, is a major entry point.", nil},
		{"The Netherlands (17) and Spain (23) took part.", nil},
		{"Officers arrested 14 people in Spain.", []string{"arrests|14|-"}},
	}
	for _, tt := range cases {
		s := story.Sentence{ID: 1, Paragraph: 1, Text: tt.sentence, End: len(tt.sentence)}
		var got []string
		for _, c := range quantities.FindCounts(s, lex) {
			country := "-"
			if c.Country != nil {
				country = *c.Country
			}
			v := -1.0
			if c.Value != nil {
				v = *c.Value
			}
			got = append(got, c.What+"|"+strconv.FormatFloat(v, 'f', -1, 64)+"|"+country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got  %q\n want %q", tt.sentence, got, tt.want)
		}
	}
}
