package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"dossier/model"
)

func writeMarkdown(t *testing.T, st *model.Story, sel model.Selection) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Markdown(&buf, st, sel); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestMarkdownHasEveryShownEvent(t *testing.T) {
	st := fixture(t)
	out := writeMarkdown(t, st, nil)
	for _, e := range st.Events {
		if !strings.Contains(out, mdInline(e.Summary)) {
			t.Errorf("summary of event %d missing: %q", e.ID, e.Summary)
		}
		quote := "> " + mdInline(st.Sentences[e.Sentence-1].Text)
		if !strings.Contains(out, quote) {
			t.Errorf("source sentence of event %d missing: %q", e.ID, quote)
		}
	}
	for _, want := range []string{
		"# Belgian police make 48 arrests after Sky ECC network is broken\n",
		"*AP · BRUSSELS · Tue 9 Mar 2021*",
		"Showing 6 of 6 events.",
		"## Timeline", "## Entities", "## Seizures", "## Counts", "## Sources",
		"| Mar 2019–Mar 2021 | Investigators break Sky ECC | Belgium | – |",
		"| Jul 2020 | European police break EncroChat |",
		"| Tue 9 Mar 2021 05:00 | Searches begin in the Antwerp region |",
		"| undated | Police seize 3 kg of heroin \\| cut |",
		"- Belgium: 2 mentions",
		"- Antwerp (Belgium): 1 mention",
		"- cocaine (drugs): 1 mention",
		"| cocaine | drugs | more than 17 t | “more than 17 tonnes of cocaine” (¶ 3) |",
		"| phones | about 171,000 | – |",
		"(¶ 4, sentence 5)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
}

func TestMarkdownFilter(t *testing.T) {
	st := fixture(t)
	out := writeMarkdown(t, st, model.Selection{model.KindCountry: {"Netherlands"}})
	if !strings.Contains(out, "Filtered to Countries: Netherlands.") || !strings.Contains(out, "Showing 2 of 6 events.") {
		t.Errorf("filter not described:\n%s", out)
	}
	for _, e := range st.Events {
		in := strings.Contains(out, fmt.Sprintf("**%d. %s**", e.ID, mdInline(e.Summary)))
		shown := e.ID == 5 || e.ID == 6
		if in != shown {
			t.Errorf("event %d in brief = %v, want %v", e.ID, in, shown)
		}
	}
	if strings.Contains(out, "cocaine | drugs") || strings.Contains(out, "171,000") {
		t.Error("seizures and counts of hidden events leaked into the brief")
	}
}

// Every table row must keep its four columns whatever the text holds:
// pipes in a summary are escaped, so they do not split cells.
func TestMarkdownTablesKeepTheirColumns(t *testing.T) {
	st := fixture(t)
	st.Events[0].Summary = "a | b || c \\| d"
	for _, line := range strings.Split(writeMarkdown(t, st, nil), "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		cells := 0
		for i := 0; i < len(line); i++ {
			switch line[i] {
			case '\\':
				i++
			case '|':
				cells++
			}
		}
		if cells != 5 {
			t.Errorf("row with %d unescaped pipes, want 5: %q", cells, line)
		}
	}
}

func TestMdInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"*bold* _it_ `code` [link](x) <b>", `\*bold\* \_it\_ \` + "`" + `code\` + "`" + ` \[link\](x) \<b\>`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"2021. Not a list", `2021\. Not a list`},
		{"19.8 t is not a list", "19.8 t is not a list"},
		{"line\nbreak", "line break"},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		if got := mdInline(tt.in); got != tt.want {
			t.Errorf("mdInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatQuantity(t *testing.T) {
	tests := []struct {
		q    float64
		unit string
		want string
	}{
		{17, "t", "17 t"}, {2.8, "t", "2.8 t"}, {1.2e6, "EUR", "1,200,000 EUR"},
		{28, "", "28"}, {171000, "", "171,000"}, {1e9, "", "1,000,000,000"}, {1234.5, "kg", "1,234.5 kg"},
	}
	for _, tt := range tests {
		if got := formatQuantity(tt.q, tt.unit); got != tt.want {
			t.Errorf("formatQuantity(%v, %q) = %q, want %q", tt.q, tt.unit, got, tt.want)
		}
	}
}

func TestMarkdownSeizureTotals(t *testing.T) {
	st := fixture(t)
	st.Seizures = append(st.Seizures,
		model.Seizure{Item: "cocaine", Category: "drugs", Quantity: ptr(2.8), Unit: ptr("t"), Text: "2.8 tonnes of cocaine", Sentence: 3},
		model.Seizure{Item: "cocaine", Category: "drugs", Text: "cocaine", Sentence: 6},
		model.Seizure{Item: "cash", Category: "cash", Quantity: ptr(1.2e6), Unit: ptr("EUR"), Text: "1.2 million euros", Sentence: 1},
	)
	out := writeMarkdown(t, st, nil)
	for _, want := range []string{
		"| cocaine | drugs | 19.8 t | “more than 17 tonnes of cocaine” (¶ 3); “2.8 tonnes of cocaine” (¶ 3); “cocaine” (¶ 5) |",
		"| cash | cash | 1,200,000 EUR |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
}

// The brief lists the items seized apart from those the story only
// mentions.
func TestMarkdownItemsSeizedAndMentioned(t *testing.T) {
	out := writeMarkdown(t, fixture(t), nil)
	seized, mentioned := strings.Index(out, "### Items seized\n"), strings.Index(out, "### Items mentioned\n")
	cocaine, heroin, phones := strings.Index(out, "- cocaine"), strings.Index(out, "- heroin"), strings.Index(out, "- phones")
	if seized < 0 || cocaine < seized || heroin < seized || mentioned < cocaine || mentioned < heroin || phones < mentioned {
		t.Errorf("items seized at %d (cocaine %d, heroin %d), mentioned at %d (phones %d):\n%s", seized, cocaine, heroin, mentioned, phones, out)
	}
}
