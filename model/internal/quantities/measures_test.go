package quantities_test

import (
	"testing"

	"dossier/model/internal/modeltest"
	"dossier/model/internal/quantities"
)

func TestQuantityAt(t *testing.T) {
	lex := modeltest.Quantities()
	tests := []struct {
		in, want string // want: "value unit qualifier [= equivalent]", "-" for none
		text     string
	}{
		{"$1.4 million", "1400000 USD -", "$1.4 million"},
		{"$ 1.4 million", "1400000 USD -", "$ 1.4 million"},
		{"€500,000", "500000 EUR -", "€500,000"},
		{"£3m", "3000000 GBP -", "£3m"},
		{"US$2 billion", "2000000000 USD -", "US$2 billion"},
		{"2bn euros", "2000000000 EUR -", "2bn euros"},
		{"EUR 500,000", "500000 EUR -", "EUR 500,000"},
		{"1.2 million euros ($ 1.4 million) in cash", "1200000 EUR - = 1400000 USD", "1.2 million euros ($ 1.4 million)"},
		{"thousands of kilograms (pounds) of cocaine", "- kg thousands of", "thousands of kilograms (pounds)"},
		{"more than 17 tonnes of cocaine", "17 t more than", "more than 17 tonnes"},
		{"2-tonne haul", "2 t -", "2-tonne"},
		{"17kg of heroin", "17 kg -", "17kg"},
		{"2,000 pounds of cocaine", "2000 lb -", "2,000 pounds"},
		{"an estimated 300 officers", "300 - an estimated", "an estimated 300"},
		{"hundreds of millions of dollars", "- USD hundreds of millions of", "hundreds of millions of dollars"},
		{"forty-eight arrests", "48 - -", "forty-eight"},
	}
	for _, tt := range tests {
		got, span, ok := quantities.QuantityAt(tt.in, lex)
		if !ok {
			t.Errorf("%q: no quantity", tt.in)
			continue
		}
		if got != tt.want || span != tt.text {
			t.Errorf("%q: got %q over %q, want %q over %q", tt.in, got, span, tt.want, tt.text)
		}
	}
}
