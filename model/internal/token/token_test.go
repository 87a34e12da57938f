package token

import (
	"slices"
	"strings"
	"testing"
)

// tokens renders a scan as its token texts, kinds marked for words (no
// mark), numbers (#), possessives (') and punctuation (.), and a "+" before
// a glued token.
func tokens(text string, st Style) string {
	var out []string
	for _, t := range Scan(nil, text, 0, len(text), st) {
		s := text[t.Start:t.End]
		switch t.Kind {
		case Number:
			s = "#" + s
		case Possessive:
			s = "'" + s
		case Punct:
			s = "." + s
		}
		if t.Glued {
			s = "+" + s
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestScanStyles(t *testing.T) {
	tests := []struct{ in, lexical, reading string }{
		{"Europe’s ports", "Europe +'’s ports", "Europe’s ports"},
		{"the U.S. Attorney", "the U +.. +S +.. Attorney", "the U.S +.. Attorney"},
		{"at 5am", "at #5am", "at #5 +am"},
		{"at 5:30 a.m.", "at #5 +.: +#30 a +.. +m +..", "at #5:30 a.m +.."},
		{"N3.5 million", "N3 +.. +#5 million", "N +#3.5 million"},
		{"171,000 and 1.2", "#171,000 and #1.2", "#171,000 and #1.2"},
		{"o'clock", "o'clock", "o'clock"},
		{"AK-47", "AK +.- +#47", "AK +.- +#47"},
		{"$1.4m", ".$ +#1.4m", ".$ +#1.4 +m"},
		{"a\vb", "a +.\v +b", "a b"},
	}
	for _, tt := range tests {
		if got := tokens(tt.in, Lexical); got != tt.lexical {
			t.Errorf("lexical %q = %q, want %q", tt.in, got, tt.lexical)
		}
		if got := tokens(tt.in, Reading); got != tt.reading {
			t.Errorf("reading %q = %q, want %q", tt.in, got, tt.reading)
		}
	}
}

func TestScanRange(t *testing.T) {
	text := "Police in Antwerp seized cocaine"
	got := Scan(nil, text, 10, 17, Lexical)
	if len(got) != 1 || text[got[0].Start:got[0].End] != "Antwerp" {
		t.Errorf("Scan(10, 17) = %v, want Antwerp alone", got)
	}
	if got := Scan(nil, text, -5, 1000, Lexical); len(got) != 5 {
		t.Errorf("Scan with out-of-range bounds = %d tokens, want 5", len(got))
	}
}

func TestTextAccessorsOutOfRange(t *testing.T) {
	ts := Read("Seized 3 kg", nil)
	for _, i := range []int{-1, 3, 100} {
		if ts.W(i) != "" || ts.Kind(i) != None || ts.Glued(i) || ts.Capital(i) || ts.IsWord(i) {
			t.Errorf("token %d out of range is not empty", i)
		}
	}
	if ts.W(0) != "seized" || !ts.Capital(0) || ts.Kind(1) != Number || ts.Span(1, 3) != "3 kg" || ts.Span(2, 1) != "" {
		t.Errorf("accessors on %q: %q %v %v %q", ts.Src, ts.W(0), ts.Capital(0), ts.Kind(1), ts.Span(1, 3))
	}
}

func TestPhraseAt(t *testing.T) {
	ts := Read("They seized 3 firearms and 2 metric  tons of MAD", nil)
	if got := ts.PhraseAt(3, "firearm", true); got != 4 {
		t.Errorf("PhraseAt(firearm, plural) = %d, want 4", got)
	}
	if got := ts.PhraseAt(3, "firearm", false); got != -1 {
		t.Errorf("PhraseAt(firearm) = %d, want -1", got)
	}
	if got := ts.PhraseAt(6, "metric tons", false); got != 8 {
		t.Errorf("PhraseAt(metric tons) over two spaces = %d, want 8", got)
	}
	if got := ts.PhraseAt(9, "mad", false); got != 10 {
		t.Errorf("PhraseAt(mad) = %d, want 10", got)
	}
	if low := Read("mad", nil); low.PhraseAt(0, "MAD", false) != -1 {
		t.Error("PhraseAt(MAD) matches lower-case text")
	}
}

func TestFold(t *testing.T) {
	if got := Fold("Curaçao’s STRASSE Straße"); got != "curacao's strasse strasse" {
		t.Errorf("Fold = %q", got)
	}
	if CapsOf("ICE") != CapsAll || CapsOf("Ice") != CapsInitial || CapsOf("ice") != CapsLower || CapsOf("Édith") != CapsInitial {
		t.Error("CapsOf misclassifies")
	}
}

// FuzzFields holds Fields to strings.Fields: summaries split sentences
// into words through the tokeniser and must see the same words.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"", " a  b ", "Police\u00a0seized\u2003cash.", "x\u0085y\vz\fw", "\xff \xfe", "N3.5 million’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("Fields(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzScan checks that tokens cover every byte that is not white space,
// in order and without overlap, in both styles.
func FuzzScan(f *testing.F) {
	f.Add("Europe’s 5:30 a.m. N3.5 million U.S. \xff")
	f.Fuzz(func(t *testing.T, s string) {
		for _, st := range []Style{Lexical, Reading} {
			prev := 0
			for _, tok := range Scan(nil, s, 0, len(s), st) {
				if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
					t.Fatalf("style %d: token [%d,%d) after %d in %q", st, tok.Start, tok.End, prev, s)
				}
				if strings.TrimSpace(s[prev:tok.Start]) != "" && st == Reading {
					t.Fatalf("reading: %q skipped in %q", s[prev:tok.Start], s)
				}
				prev = tok.End
			}
		}
	})
}

func TestReadTokens(t *testing.T) {
	text := "Police confiscated 1.2 million euros ($ 1.4 million), £3m, a two-year probe at 5 a.m. in the U.S. — prosecution’s"
	ts := Read(text, nil)
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

func TestSpanUnbracketed(t *testing.T) {
	tests := []struct{ in, want string }{
		{"thousands of kilograms (pounds) of cocaine", "thousands of kilograms of cocaine"},
		{"1.2 million euros ($1.4 million) in cash", "1.2 million euros in cash"},
		{"20 kilograms (about 44 pounds) of heroin", "20 kilograms of heroin"},
		{"17 tonnes of cocaine", "17 tonnes of cocaine"},
		{"(pounds)", "(pounds)"},
		{"two tons [1.8 tonnes] of hashish", "two tons of hashish"},
		{"5 kg (11 lb)", "5 kg"},
	}
	for _, tt := range tests {
		ts := Read(tt.in, nil)
		if got := ts.SpanUnbracketed(0, ts.N()); got != tt.want {
			t.Errorf("SpanUnbracketed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
