package quantities_test

import (
	"slices"
	"testing"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/modeltest"
	"dossier/model/internal/quantities"
	"dossier/model/internal/story"
)

// Values, articles as numbers, litres, "3m euros" and bare pesos, on the
// sentences of unseen articles (testdata/eval/probes/quantities.txt).
func TestValuesAndMeasures(t *testing.T) {
	lex := modeltest.Quantities()
	lex.Units = append(lex.Units,
		lexicon.UnitEntry{Code: "l", Kind: "volume", Aliases: []string{"litres", "litre", "liters", "liter"}},
		lexicon.UnitEntry{Code: "COP", Kind: "currency", Aliases: []string{"Colombian pesos", "Colombian peso"}},
		lexicon.UnitEntry{Code: "MXN", Kind: "currency", Aliases: []string{"Mexican pesos", "Mexican peso"}})
	lex.Items = append(lex.Items, lexicon.ItemEntry{Name: "cannabis", Category: "drugs"}, lexicon.ItemEntry{Name: "fuel", Category: "other"})
	lex.Countries = []lexicon.CountryEntry{{Name: "Colombia", Demonyms: []string{"Colombian"}}, {Name: "Mexico", Demonyms: []string{"Mexican"}}}
	cases := []struct {
		sentence string
		want     []string
	}{
		{"Police seized a tonne of cocaine and half a tonne of heroin.",
			[]string{"cocaine|drugs|1|t|-|-|a tonne of cocaine", "heroin|drugs|0.5|t|-|-|half a tonne of heroin"}},
		{"Officers seized £1.5m worth of cocaine and cocaine worth £2m.",
			[]string{"cocaine|drugs|-|-|-|1500000 GBP|£1.5m worth of cocaine", "cocaine|drugs|-|-|-|2000000 GBP|cocaine"}},
		{"Officers seized cocaine with a street value of $2 million.",
			[]string{"cocaine|drugs|-|-|-|2000000 USD|cocaine"}},
		{"Gardaí seized €1.2m of cannabis in Dublin on Wednesday.",
			[]string{"cannabis|drugs|-|-|-|1200000 EUR|€1.2m of cannabis"}},
		{"Officers seized 2,000 litres of fuel.",
			[]string{"fuel|other|2000|l|-|-|2,000 litres of fuel"}},
		{"Police seized 3m euros in cash.",
			[]string{"cash|cash|3000000|EUR|-|-|3m euros in cash"}},
		{"In Colombia, police seized 1.5 billion pesos (about $370,000) in a raid.",
			[]string{"cash|cash|1500000000|COP|-|370000 USD|1.5 billion pesos"}},
		// Cash stays cash; a value with no item is not a seizure.
		{"Police seized 1.2 million euros ($1.4 million) in cash.",
			[]string{"cash|cash|1200000|EUR|-|1400000 USD|1.2 million euros in cash"}},
		{"The gang smuggled cocaine worth $5 million into Europe.", nil},
	}
	for _, tt := range cases {
		s := story.Sentence{ID: 1, Paragraph: 1, Text: tt.sentence, End: len(tt.sentence)}
		var got []string
		for _, sz := range quantities.FindSeizures(s, lex) {
			got = append(got, seizureString(sz))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got  %q\n want %q", tt.sentence, got, tt.want)
		}
		for _, c := range quantities.FindCounts(s, lex) {
			if c.What == "pesos" || c.What == "euros" {
				t.Errorf("%q: money counted as %q", tt.sentence, c.What)
			}
		}
	}
}
