package model_test

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"

	"dossier/model"
)

// Helpers of the tests that parse real sentences of the evaluation
// articles.

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

// dateOf is the date of the event of sentence id, "start..end", or "none".
func dateOf(st *model.Story, id int) string {
	for _, e := range st.Events {
		if e.Sentence == id {
			s, en := "nil", "nil"
			if e.Date.Start != nil {
				s = *e.Date.Start
			}
			if e.Date.End != nil {
				en = *e.Date.End
			}
			return s + ".." + en
		}
	}
	return "none"
}

// dateCase is a sentence of body whose date, once parsed against
// published, must be want ("start..end").
type dateCase struct {
	name, published, body string
	sentence              int
	want                  string
}

func runDateCases(t *testing.T, lex *model.Lexicon, tests []dateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", tt.published)
			if err != nil {
				t.Fatal(err)
			}
			st := model.Parse(model.Document{Body: tt.body, Published: pub}, lex)
			if got := dateOf(st, tt.sentence); got != tt.want {
				t.Errorf("s%d date = %s, want %s", tt.sentence, got, tt.want)
			}
		})
	}
}

// entitiesOf lists the names of a story's entities of kind k, in order.
func entitiesOf(st *model.Story, k model.Kind) []string {
	var out []string
	for _, e := range st.Entities {
		if e.Kind == k && len(e.Mentions) > 0 {
			out = append(out, e.Name+"|"+e.Country)
		}
	}
	return out
}

// entityCase is a sentence and the entities of one kind it names:
// "name|country" of the kind's mentioned entities, in order.
type entityCase struct {
	name string
	body string
	kind model.Kind
	want []string
}

// runEntityCases parses each case's sentence alone and checks its entities.
func runEntityCases(t *testing.T, lex *model.Lexicon, tests []entityCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, lex)
			if err := st.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := entitiesOf(st, tt.kind); !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got %q\nwant %q", tt.kind, got, tt.want)
			}
		})
	}
}

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
