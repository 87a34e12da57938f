package model_test

import (
	"fmt"
	"slices"
	"testing"

	"dossier/model"
)

// seizuresIn lists a story's seizures as "item|quantity|unit|country".
func seizuresIn(st *model.Story) []string {
	var out []string
	for _, z := range st.Seizures {
		q, u, c := "-", "-", "-"
		if z.Quantity != nil {
			q = fmt.Sprint(*z.Quantity)
		}
		if z.Unit != nil {
			u = *z.Unit
		}
		if z.Country != nil {
			c = *z.Country
		}
		out = append(out, z.Item+"|"+q+"|"+u+"|"+c)
	}
	return out
}

// countsIn lists a story's counts as "what|value|country".
func countsIn(st *model.Story) []string {
	var out []string
	for _, n := range st.Counts {
		v, c := "-", "-"
		if n.Value != nil {
			v = fmt.Sprint(*n.Value)
		}
		if n.Country != nil {
			c = *n.Country
		}
		out = append(out, n.What+"|"+v+"|"+c)
	}
	return out
}

// Round 5: what was denied, quoted as a state, or said figuratively is
// neither a happening nor a seizure.
func TestDeniedQuotedAndFigurativeOnRound5Sentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body     string
		event    bool
		seizures []string
	}{
		{"Detective Inspector Sarah Ngata of the National Organised Crime Group said Police did not find any firearms at the addresses and further arrests could not be ruled out.", false, nil},
		{"The agency did not find any drugs in a second container searched at the Tin Can Island Port in Lagos on Thursday, following an intelligence report.", true, nil},
		{"No drugs were found in the car.", false, nil},
		{`"This is one of the largest single seizures of methamphetamine at our border, and it will not be the last," Mr Kennedy said.`, false, nil},
		{`Chief executive Maya Lindqvist said the company had "seized the moment" in AI networking and expected data centre sales to exceed $10bn in fiscal 2025, up from $6.8bn in fiscal 2024.`, false, nil},
		{"Corvex said it would take a one-time charge of about $310mn to cover the cost of closing two dozen legacy product lines, which it killed off earlier this week along with roughly 600 jobs.", false, nil},
		{"The company has been trying to arrest a slide in its consumer business, where sales fell 12 per cent to $640mn.", false, nil},
		// Still happenings and seizures.
		{"Officers recovered a handgun and about 40 grams of marijuana from the apartment, but did not find the car.", true, []string{"handguns|-|-|-", "cannabis|40|g|-"}},
		{"Police not only seized 3 kilograms of cocaine but also arrested two men.", true, []string{"cocaine|3|kg|-"}},
		{"Customs seized more than 1.5 tonnes of methamphetamine last year.", true, []string{"methamphetamine|1.5|t|-"}},
		{"Three men were arrested on Friday night.", true, nil},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := len(st.Events) == 1; got != tt.event {
			t.Errorf("%q: event = %v, want %v", tt.body, got, tt.event)
		}
		if got := seizuresIn(st); !slices.Equal(got, tt.seizures) {
			t.Errorf("%q: seizures\n got %q\nwant %q", tt.body, got, tt.seizures)
		}
	}
}
