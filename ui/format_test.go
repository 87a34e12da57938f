package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"dossier/internal/sanitize"
	"dossier/model"
)

func TestDateLabel(t *testing.T) {
	s := func(v string) *string { return &v }
	cases := []struct {
		d           model.Date
		long, short string
	}{
		{model.Date{Start: s("2021-03-09T05:00"), Precision: model.PrecisionTime}, "Tue 9 Mar 2021 05:00", "9 Mar 2021 05:00"},
		{model.Date{Start: s("2021-03-09"), Precision: model.PrecisionDay}, "Tue 9 Mar 2021", "9 Mar 2021"},
		{model.Date{Start: s("2020-07-01"), End: s("2020-07-31"), Precision: model.PrecisionMonth}, "Jul 2020", "Jul 2020"},
		{model.Date{Start: s("2020-01-01"), End: s("2020-12-31"), Precision: model.PrecisionYear}, "2020", "2020"},
		{model.Date{Start: s("2019-03-09"), End: s("2021-03-09"), Precision: model.PrecisionRange}, "Mar 2019–Mar 2021", "2019–2021"},
		{model.Date{Start: s("2019-01-01"), End: s("2021-12-31"), Precision: model.PrecisionRange}, "2019–2021", "2019–2021"},
		{model.Date{Start: s("2021-03-01"), End: s("2021-03-09"), Precision: model.PrecisionRange}, "1–9 Mar 2021", "1–9 Mar 2021"},
		{model.Date{Start: s("2021-01-15"), End: s("2021-03-09"), Precision: model.PrecisionRange}, "15 Jan–9 Mar 2021", "15 Jan–9 Mar 2021"},
		{model.Date{Precision: model.PrecisionUnknown}, "undated", "undated"},
		{model.Date{Start: s("garbage"), Precision: model.PrecisionDay}, "undated", "undated"},
		{model.Date{Start: nil, Precision: model.PrecisionDay}, "undated", "undated"},
	}
	for _, c := range cases {
		if got := dateLabel(c.d, true); got != c.long {
			t.Errorf("dateLabel(%v, long) = %q, want %q", c.d.Precision, got, c.long)
		}
		if got := dateLabel(c.d, false); got != c.short {
			t.Errorf("dateLabel(%v, short) = %q, want %q", c.d.Precision, got, c.short)
		}
	}
}

func TestAmounts(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	s := func(v string) *string { return &v }
	cases := []struct {
		in   model.Seizure
		want string
	}{
		{model.Seizure{Item: "cash", Quantity: f(1.2e6), Unit: s("EUR"), Equivalent: &model.Amount{Quantity: 1.4e6, Unit: "USD"}}, "€1.2 million cash (≈ $1.4 million)"},
		{model.Seizure{Item: "cocaine", Quantity: f(17), Unit: s("t"), Qualifier: s("more than")}, "more than 17 t cocaine"},
		{model.Seizure{Item: "firearms", Quantity: f(28)}, "28 firearms"},
		{model.Seizure{Item: "cocaine", Quantity: f(2.8), Unit: s("t")}, "2.8 t cocaine"},
		{model.Seizure{Item: "cash", Quantity: f(250000), Unit: s("CHF")}, "250,000 CHF cash"},
		{model.Seizure{Item: "cocaine", Text: "thousands of kilograms (pounds) of cocaine"}, "thousands of kilograms (pounds) of cocaine"},
		{model.Seizure{Item: "jewelry"}, "jewelry"},
	}
	for _, c := range cases {
		if got := seizureLabel(c.in); got != c.want {
			t.Errorf("seizureLabel = %q, want %q", got, c.want)
		}
	}
	for q, want := range map[float64]string{1e9: "1 billion", 171000: "171,000", 11.5: "11.5", 1500: "1,500", 48: "48", 1.25e6: "1.25 million"} {
		if got := humanNumber(q); got != want {
			t.Errorf("humanNumber(%v) = %q, want %q", q, got, want)
		}
	}
	if got := countLabel(model.Count{What: "searches", Value: f(200), Qualifier: s("about")}); got != "about 200 searches" {
		t.Errorf("countLabel = %q", got)
	}
}

func TestWrapRanges(t *testing.T) {
	cases := []struct {
		in    string
		width int
		want  []string
	}{
		{"the quick brown fox", 10, []string{"the quick", "brown fox"}},
		{"the quick brown fox", 9, []string{"the quick", "brown fox"}},
		{"abcdefghij klm", 4, []string{"abcd", "efgh", "ij", "klm"}},
		{"", 5, []string{""}},
		{"a  b", 1, []string{"a", "", "b"}},
		{"日本語のテキスト", 5, []string{"日本", "語の", "テキ", "スト"}},
	}
	for _, c := range cases {
		got := wrapPlain(c.in, c.width)
		if len(got) != len(c.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("wrap(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
				break
			}
		}
	}
}

func TestInlineTextKeepsOffsets(t *testing.T) {
	in := "a\x1b]0;pwned\x07b\u202ec\u0085d"
	got := sanitize.Inline(in)
	if len(got) != len(in) {
		t.Fatalf("length %d, want %d", len(got), len(in))
	}
	for _, r := range got {
		if sanitize.Unsafe(r) {
			t.Fatalf("unsafe rune %U left in %q", r, got)
		}
	}
	if sanitize.Inline("plain text, “quoted” – fine") != "plain text, “quoted” – fine" {
		t.Fatal("safe text changed")
	}
}

// clean must give what collapsing with strings.Fields gives, and give a
// label that is already clean back without copying it (the timeline keeps
// one per event).
func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Police seized cash", "Police seized cash"},
		{"  Police  seized\tcash \n", "Police seized cash"},
		{"a\u00a0b", "a b"},
		{"a\u2003b", "a b"},
		{" a", "a"},
		{"a ", "a"},
		{"   ", ""},
		{"a\x1b]0;x\x07b", "a ]0;x b"},
		{"€1.2 million – “quoted”", "€1.2 million – “quoted”"},
	} {
		if got := clean(c.in); got != c.want {
			t.Errorf("clean(%q) = %q, want %q", c.in, got, c.want)
		}
		if got, want := clean(c.in), strings.Join(strings.Fields(sanitize.Inline(c.in)), " "); got != want {
			t.Errorf("clean(%q) = %q, strings.Fields gives %q", c.in, got, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { _ = clean("Police seized 17 tonnes of cocaine") }); n != 0 {
		t.Errorf("clean of a clean label allocates %v times", n)
	}
}

// TestCellWidthAgreesWithAnsi: the fast path must measure exactly what the
// renderer and the size property measure.
func TestCellWidthAgreesWithAnsi(t *testing.T) {
	samples := []string{"", "plain", "\x1b[1;38;2;1;2;3mbold\x1b[m text", "─│╭╮┏━┓▸▶▌█▏▎", "€1.2 million · ≈ $1.4 × “quoted” – ‘x’ …",
		"Curaçao, São Paulo, Łódź", "日本語", "e\u0301", "👍🏽", "🇧🇪", "▶\ufe0f", "a\u200bb", "\x1b]0;title\x07x", "tab\there", "·•↑↓"}
	for r := rune(0xa0); r < 0x2600; r++ {
		samples = append(samples, string(r), "x"+string(r)+"y")
	}
	for _, s := range samples {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	}
}
