package model_test

import (
	"slices"
	"strconv"
	"testing"

	"dossier/model"
)

// seizuresOf lists a story's seizures as "item|quantity|unit|equivalent"
// ("-" for nil).
func seizuresOf(st *model.Story) []string {
	var out []string
	for _, z := range st.Seizures {
		q, u, eq := "-", "-", "-"
		if z.Quantity != nil {
			q = strconv.FormatFloat(*z.Quantity, 'f', -1, 64)
		}
		if z.Unit != nil {
			u = *z.Unit
		}
		if z.Equivalent != nil {
			eq = strconv.FormatFloat(z.Equivalent.Quantity, 'f', -1, 64) + " " + z.Equivalent.Unit
		}
		out = append(out, z.Item+"|"+q+"|"+u+"|"+eq)
	}
	return out
}

// Real sentences from unseen articles (round 4): what is seized, and what
// is only mentioned near a seizing word — merchandise a market sells, a
// seizure promised in a quote, a boat of migrants intercepted — with the
// embedded word lists.
func TestSeizuresOnUnseenSentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"merchandise of a seized market",
			"The Justice Department announced today the seizure of Nightshade Market, one of the largest darknet marketplaces selling fentanyl, methamphetamine and stolen financial data, and the unsealing of an indictment charging three of its alleged administrators.",
			nil},
		{"a seizure promised",
			`"We will find the administrators, we will seize their servers and we will follow the money."`,
			nil},
		{"a seizure not made", "Officers did not find any drugs in the house.", nil},
		{"a seizure attempted", "Smugglers tried to recover 2 tonnes of cocaine from the sea.", nil},
		{"a boat of migrants intercepted",
			"Separately, Italian police arrested three suspected smugglers, two Tunisians and an Egyptian, after a fishing boat carrying 612 migrants was intercepted south of Calabria on Monday.",
			nil},
		{"frozen assets are held",
			"Investigators froze cryptocurrency worth €12 million and seized €1.6 million in cash, 23 luxury vehicles, real estate and electronic equipment.",
			[]string{"cryptocurrency|-|-|12000000 EUR", "cash|1600000|EUR|-", "luxury cars|23|-|-", "real estate|-|-|-", "electronic devices|-|-|-"}},
		{"passive frozen", "Bitcoin worth $3 million was frozen by prosecutors.",
			[]string{"cryptocurrency|-|-|3000000 USD"}},
		// Still seizures.
		{"what a possessor owns is new", "In coordination with the arrests, law enforcement seized the marketplace's servers in Finland and Germany and more than 1,200 bitcoin, worth approximately $96 million at current prices.",
			[]string{"servers|-|-|-", "cryptocurrency|1200|-|-"}},
		{"a definite item looks back", "Police seized the drugs.", nil},
		{"frozen as an adjective", "Police seized 1.8 tonnes of cocaine in a container of frozen chicken at the port of Santos.",
			[]string{"cocaine|1.8|t|-"}},
		{"the month May is no modal", "Police in May seized 40 firearms.",
			[]string{"firearms|40|-|-"}},
		{"a boat of drugs is seized", "The navy intercepted a boat carrying 2 tonnes of cocaine.",
			[]string{"boats|-|-|-", "cocaine|2|t|-"}},
		{"an item word that qualifies a noun", "Police seized 5 kilograms of heroin from a truck driver.",
			[]string{"heroin|5|kg|-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, lex)
			if err := st.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := seizuresOf(st); !slices.Equal(got, tt.want) {
				t.Errorf("seizures\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
