package numbers

import (
	"testing"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// numberLexicon knows the number words zero to twenty, thirty, forty,
// fifty and the scales.
func numberLexicon() *lexicon.Lexicon {
	lex := &lexicon.Lexicon{Numbers: map[string]float64{}}
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

func TestParseNumber(t *testing.T) {
	lex := numberLexicon()
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"48", 48, true},
		{"1,500", 1500, true},
		{"171,000", 171000, true},
		{"1.2", 1.2, true},
		{"2.8", 2.8, true},
		{"11.5", 11.5, true},
		{"1.2 million", 1.2e6, true},
		{"11.5 million", 11.5e6, true},
		{"a billion", 1e9, true},
		{"a dozen", 12, true},
		{"two dozen", 24, true},
		{"three", 3, true},
		{"Forty-eight", 48, true},
		{"two hundred", 200, true},
		{"two hundred and fifty", 250, true},
		{"one hundred twelve", 112, true},
		{"three thousand", 3000, true},
		{"2 million", 2e6, true},
		{"3bn", 3e9, true},
		{"3m", 3e6, true},
		{"1,250,000", 1250000, true},
		{"2,5", 2.5, true}, // a decimal comma
		{"hundreds of millions", 0, false},
		{"thousands of", 0, false},
		{"dozens of", 0, false},
		{"several hundred", 0, false},
		{"", 0, false},
		{"police", 0, false},
		{"5:30", 0, false},
		{"1.2.3", 0, false},
		{"48 arrests", 0, false},
		{"99999999999999999999999", 0, false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in, lex)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseNumberWithoutLexicon(t *testing.T) {
	if v, ok := Parse("1,500", nil); !ok || v != 1500 {
		t.Errorf("digits need no lexicon: got %v, %v", v, ok)
	}
	if _, ok := Parse("three", nil); ok {
		t.Error("number words come from the lexicon")
	}
	if _, ok := Parse("three", &lexicon.Lexicon{}); ok {
		t.Error("an empty lexicon knows no number words")
	}
}

func TestVagueNumbers(t *testing.T) {
	lex := numberLexicon()
	tests := []struct{ in, vague string }{
		{"hundreds of millions of messages", "hundreds of millions of"},
		{"thousands of kilograms", "thousands of"},
		{"Dozens of planned crimes", "dozens of"},
		{"tens of thousands of euros", "tens of thousands of"},
		{"several hundred officers", "several hundred"},
		{"a few thousand phones", "a few thousand"},
	}
	for _, tt := range tests {
		ts := token.Read(tt.in, nil)
		np, ok := At(&ts, 0, lex, false)
		if !ok || np.Exact || np.Vague != tt.vague {
			t.Errorf("number(%q) = %+v, %v; want vague %q", tt.in, np, ok, tt.vague)
		}
	}
}
