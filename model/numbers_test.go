package model

import (
	"strconv"
	"testing"
)

func TestParseNumber(t *testing.T) {
	lex := testQuantityLexicon()
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
		got, ok := parseNumber(tt.in, lex)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("parseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseNumberWithoutLexicon(t *testing.T) {
	if v, ok := parseNumber("1,500", nil); !ok || v != 1500 {
		t.Errorf("digits need no lexicon: got %v, %v", v, ok)
	}
	if _, ok := parseNumber("three", nil); ok {
		t.Error("number words come from the lexicon")
	}
	if _, ok := parseNumber("three", &Lexicon{}); ok {
		t.Error("an empty lexicon knows no number words")
	}
}

func TestVagueNumbers(t *testing.T) {
	lex := testQuantityLexicon()
	tests := []struct{ in, vague string }{
		{"hundreds of millions of messages", "hundreds of millions of"},
		{"thousands of kilograms", "thousands of"},
		{"Dozens of planned crimes", "dozens of"},
		{"tens of thousands of euros", "tens of thousands of"},
		{"several hundred officers", "several hundred"},
		{"a few thousand phones", "a few thousand"},
	}
	for _, tt := range tests {
		ts := readTokens(tt.in, nil)
		np, ok := ts.number(0, lex, false)
		if !ok || np.exact || np.vague != tt.vague {
			t.Errorf("number(%q) = %+v, %v; want vague %q", tt.in, np, ok, tt.vague)
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "Police confiscated 1.2 million euros ($ 1.4 million), £3m, a two-year probe at 5 a.m. in the U.S. — prosecution’s"
	ts := readTokens(text, nil)
	var words []string
	for i := 0; i < ts.N(); i++ {
		words = append(words, ts.Span(i, i+1))
	}
	want := []string{"Police", "confiscated", "1.2", "million", "euros", "(", "$", "1.4", "million", ")", ",",
		"£", "3", "m", ",", "a", "two", "-", "year", "probe", "at", "5", "a.m", ".", "in", "the", "U.S", ".", "—", "prosecution’s"}
	if len(words) != len(want) {
		t.Fatalf("tokens %q\nwant   %q", words, want)
	}
	for i := range want {
		if words[i] != want[i] {
			t.Fatalf("token %d = %q, want %q (all: %q)", i, words[i], want[i], words)
		}
	}
	if !ts.Glued(12) || ts.Glued(2) {
		t.Error(`"3" follows "£" with no space; "1.2" follows a space`)
	}
	if ts.W(0) != "police" {
		t.Errorf("w lowercases: %q", ts.W(0))
	}
	if ts.W(-1) != "" || ts.W(ts.N()) != "" || ts.Span(3, 2) != "" {
		t.Error("accessors must be safe out of range")
	}
}

func TestQuantityAt(t *testing.T) {
	lx := newQlex(testQuantityLexicon())
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
		ts := readTokens(tt.in, nil)
		q, ok := ts.quantityAt(0, &lx)
		if !ok {
			t.Errorf("%q: no quantity", tt.in)
			continue
		}
		got := "-"
		if q.num.exact {
			got = strconv.FormatFloat(q.num.val, 'f', -1, 64)
		}
		unit := "-"
		if q.unit >= 0 {
			unit = lx.Units[q.unit].Code
		}
		qual := q.qualifier()
		if qual == "" {
			qual = "-"
		}
		got += " " + unit + " " + qual
		if q.hasEq {
			got += " = " + strconv.FormatFloat(q.eq.Quantity, 'f', -1, 64) + " " + q.eq.Unit
		}
		if got != tt.want || ts.Span(q.lo, q.hi) != tt.text {
			t.Errorf("%q: got %q over %q, want %q over %q", tt.in, got, ts.Span(q.lo, q.hi), tt.want, tt.text)
		}
	}
}
