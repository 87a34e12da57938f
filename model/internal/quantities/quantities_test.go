package quantities_test

import (
	"strconv"
	"strings"
	"testing"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/modeltest"
	"dossier/model/internal/numbers"
	"dossier/model/internal/quantities"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// unbracketed is what a seizure's text must be for its body span: the
// span's words without a bracketed conversion or gloss.
func unbracketed(span string) string {
	ts := token.Read(span, nil)
	return ts.SpanUnbracketed(0, ts.N())
}

// The tests compare seizures and counts as compact strings:
// "item|category|quantity|unit|qualifier|equivalent|text" and
// "what|value|qualifier|text", with "-" for nil.
func seizureString(s story.Seizure) string {
	eq := "-"
	if s.Equivalent != nil {
		eq = fnum(&s.Equivalent.Quantity) + " " + s.Equivalent.Unit
	}
	return strings.Join([]string{s.Item, s.Category, fnum(s.Quantity), fstr(s.Unit), fstr(s.Qualifier), eq, s.Text}, "|")
}

func countString(c story.Count) string {
	return strings.Join([]string{c.What, fnum(c.Value), fstr(c.Qualifier), c.Text}, "|")
}

func fnum(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func fstr(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

// findIn runs both finders on one sentence placed at offset off of a body
// and checks the spans point at the texts.
func findIn(t *testing.T, text string, off int, lex *lexicon.Lexicon) ([]string, []string) {
	t.Helper()
	body := strings.Repeat(" ", off) + text
	s := story.Sentence{ID: 7, Paragraph: 1, Start: off, End: len(body), Text: text}
	var szs, cts []string
	for _, sz := range quantities.FindSeizures(s, lex) {
		if unbracketed(body[sz.Start:sz.End]) != sz.Text || sz.Sentence != 7 || sz.Country != nil {
			t.Errorf("seizure %q: span %d-%d is %q, sentence %d", sz.Text, sz.Start, sz.End, body[sz.Start:sz.End], sz.Sentence)
		}
		szs = append(szs, seizureString(sz))
	}
	for _, c := range quantities.FindCounts(s, lex) {
		if body[c.Start:c.End] != c.Text || c.Sentence != 7 || c.Country != nil {
			t.Errorf("count %q: span %d-%d is %q", c.Text, c.Start, c.End, body[c.Start:c.End])
		}
		cts = append(cts, countString(c))
	}
	return szs, cts
}

func sameList(t *testing.T, label, sentence string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s in %q:\n got  %q\n want %q", label, sentence, got, want)
	}
}

// quantityCases are real sentences, the seed's, then others of the same
// kind, with what the finders must read in them.
var quantityCases = modeltest.QuantityCases()

func TestFindQuantities(t *testing.T) {
	lex := modeltest.Quantities()
	for _, tt := range quantityCases {
		szs, cts := findIn(t, tt.Sentence, 100, lex)
		sameList(t, "seizures", tt.Sentence, szs, tt.Seizures)
		sameList(t, "counts", tt.Sentence, cts, tt.Counts)
	}
}

func TestFindQuantitiesSeedOffsets(t *testing.T) {
	lex := modeltest.Quantities()
	var nsz, nct int
	for _, s := range modeltest.StorySentences(modeltest.SeedBody) {
		for _, sz := range quantities.FindSeizures(s, lex) {
			if unbracketed(modeltest.SeedBody[sz.Start:sz.End]) != sz.Text {
				t.Errorf("seizure %q has span %q", sz.Text, modeltest.SeedBody[sz.Start:sz.End])
			}
			nsz++
		}
		for _, c := range quantities.FindCounts(s, lex) {
			if modeltest.SeedBody[c.Start:c.End] != c.Text {
				t.Errorf("count %q has span %q", c.Text, modeltest.SeedBody[c.Start:c.End])
			}
			nct++
		}
	}
	if nsz != 12 || nct != 9 {
		t.Errorf("seed: %d seizures and %d counts, want 12 and 9", nsz, nct)
	}
}

// Counts need the language's word lists but no items, units or number
// words; seizures need items.
func TestFindQuantitiesWithOnlyWordLists(t *testing.T) {
	s := story.Sentence{ID: 1, Text: "Police seized 2 tonnes of cocaine and arrested 30 suspects."}
	if got := quantities.FindSeizures(s, nil); got != nil {
		t.Errorf("no lexicon, no items: %v", got)
	}
	words := &lexicon.Lexicon{Words: modeltest.Words()}
	if got := quantities.FindSeizures(s, words); got != nil {
		t.Errorf("no items, no seizures: %v", got)
	}
	cts := quantities.FindCounts(s, words)
	if len(cts) != 1 || cts[0].What != "arrests" {
		t.Errorf("counts need only the word lists: %v", cts)
	}
}

func FuzzFindQuantities(f *testing.F) {
	for _, tt := range quantityCases {
		f.Add(tt.Sentence)
	}
	for _, s := range []string{"", "(", "$", "seized $", "seized (", "seized 1.2 million euros (", "seized thousands of",
		"seized a", "confiscated 99999999999999999999 tonnes", "found 5 kilos (", "arrested 30", "US$"} {
		f.Add(s)
	}
	lex := modeltest.Quantities()
	f.Fuzz(func(t *testing.T, text string) {
		s := story.Sentence{ID: 1, Start: 3, Text: text}
		body := "   " + text
		for _, sz := range quantities.FindSeizures(s, lex) {
			if sz.Start < 3 || sz.End > len(body) || sz.Start >= sz.End || unbracketed(body[sz.Start:sz.End]) != sz.Text {
				t.Fatalf("seizure %+v out of %q", sz, text)
			}
		}
		for _, c := range quantities.FindCounts(s, lex) {
			if c.Start < 3 || c.End > len(body) || c.Start >= c.End || body[c.Start:c.End] != c.Text {
				t.Fatalf("count %+v out of %q", c, text)
			}
		}
		numbers.Parse(text, lex)
	})
}

func TestQuantityFinderMatchesFinders(t *testing.T) {
	lex := modeltest.Quantities()
	f := quantities.NewFinder(lex)
	for _, tt := range quantityCases {
		s := story.Sentence{ID: 3, Start: 10, Text: tt.Sentence}
		szs, cts := f.Quantities(s)
		var a, b []string
		for _, sz := range szs {
			a = append(a, seizureString(sz))
		}
		for _, sz := range quantities.FindSeizures(s, lex) {
			b = append(b, seizureString(sz))
		}
		sameList(t, "finder seizures", tt.Sentence, a, b)
		a, b = nil, nil
		for _, c := range cts {
			if !c.Thing { // a number of things parts happenings; no count
				a = append(a, countString(c))
			}
		}
		for _, c := range quantities.FindCounts(s, lex) {
			b = append(b, countString(c))
		}
		sameList(t, "finder counts", tt.Sentence, a, b)
	}
}

// BenchmarkFindQuantities finds the seed's seizures and counts the way
// Parse should: one finder for the story.
func BenchmarkFindQuantities(b *testing.B) {
	lex := modeltest.Quantities()
	ss := modeltest.StorySentences(modeltest.SeedBody)
	b.ReportAllocs()
	for b.Loop() {
		f := quantities.NewFinder(lex)
		for _, s := range ss {
			f.Quantities(s)
		}
	}
}

// BenchmarkQuantitiesLongSentence is one 64 KiB sentence of seizing verbs
// and quantities: the reach of each verb is bounded, so the cost stays
// linear in the length.
func BenchmarkQuantitiesLongSentence(b *testing.B) {
	lex := modeltest.Quantities()
	s := story.Sentence{ID: 1, Text: strings.Repeat("2 tonnes of cocaine was seized and police confiscated $1.2 million (€1 million) in cash, ", 700)}
	b.SetBytes(int64(len(s.Text)))
	b.ReportAllocs()
	for b.Loop() {
		quantities.NewFinder(lex).Quantities(s)
	}
}

// A count told as a part of a larger one names the part it narrows to.
func TestCountSubsets(t *testing.T) {
	lex := modeltest.Quantities()
	for _, tt := range []struct {
		sentence string
		want     []string // "what|value|subset", "-" for none
	}{
		{"Three police officers were among those detained.", []string{"arrests|3|police officers"}},
		{"Police arrested 300 people, including 131 women.", []string{"arrests|300|-", "arrests|131|women"}},
		{"Police arrested 300 people, including 31 more women.", []string{"arrests|300|-", "arrests|31|women"}},
		{"Thirty people were arrested on Monday.", []string{"arrests|30|-"}},
	} {
		var got []string
		for _, c := range quantities.FindCounts(story.Sentence{ID: 1, Text: tt.sentence}, lex) {
			got = append(got, strings.Join([]string{c.What, fnum(c.Value), fstr(c.Subset)}, "|"))
		}
		sameList(t, "counts", tt.sentence, got, tt.want)
	}
}
