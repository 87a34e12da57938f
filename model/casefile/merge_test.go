package casefile

import (
	"slices"
	"strings"
	"testing"

	"dossier/model"
)

// ref names an event by its article and a unique part of its sentence.
type ref struct {
	art  int
	part string
}

type disagreeWant struct {
	at    ref
	kind  DisagreementKind
	what  string
	sides []string // each side's Value, in order
}

type mergeCase struct {
	name     string
	arts     []article
	together [][]ref // each group shares one entry, which holds nothing else
	apart    [][2]ref
	disagree []disagreeWant
	agree    []ref // entries without disagreements
}

// The articles are written for these tests. Wednesday 10 March 2021 is
// their publication day, so "on Tuesday" is 9 March.
const pub = "2021-03-10"

var mergeCases = []mergeCase{
	{
		name: "the same happening in two wordings",
		arts: []article{
			{"AP", pub, "Belgian police arrested 48 people in Antwerp on Tuesday in a crackdown on drug traffickers."},
			{"Reuters", pub, "On Tuesday, 48 suspects were detained in Antwerp by Belgian police, officials said."},
		},
		together: [][]ref{{{0, "arrested 48"}, {1, "48 suspects"}}},
		agree:    []ref{{0, "arrested 48"}},
	},
	{
		name: "two happenings on the same day",
		arts: []article{
			{"AP", pub, "Belgian police arrested 48 people in Antwerp on Tuesday."},
			{"Reuters", pub, "Spanish police seized 2 tonnes of cocaine in Algeciras on Tuesday."},
			{"AFP", pub, "Belgian police arrested 12 people in Ghent on Tuesday."},
		},
		apart: [][2]ref{
			{{0, "Antwerp"}, {1, "Algeciras"}},
			{{0, "Antwerp"}, {2, "Ghent"}},
			{{1, "Algeciras"}, {2, "Ghent"}},
		},
	},
	{
		name: "conflicting figures",
		arts: []article{
			{"AP", pub, "Belgian police arrested 48 people in Antwerp on Tuesday. Customs officers seized 17 tonnes of cocaine in the port of Antwerp on Monday."},
			{"Reuters", pub, "More than 40 people were arrested in Antwerp on Tuesday, Belgian police said. Customs officers seized 27 tonnes of cocaine in the port of Antwerp on Monday."},
		},
		together: [][]ref{
			{{0, "arrested 48"}, {1, "More than 40"}},
			{{0, "17 tonnes"}, {1, "27 tonnes"}},
		},
		disagree: []disagreeWant{
			{ref{0, "arrested 48"}, DisagreeFigure, "arrests", []string{"48 people", "More than 40 people"}},
			{ref{0, "17 tonnes"}, DisagreeFigure, "cocaine kg", []string{"17 tonnes of cocaine", "27 tonnes of cocaine"}},
		},
	},
	{
		name: "conflicting dates",
		arts: []article{
			{"AP", pub, "Belgian police arrested 48 people in Antwerp on Tuesday."},
			{"Reuters", pub, "Belgian police arrested 48 people in Antwerp on Monday."},
			{"AFP", pub, "Belgian police arrested 48 people in Antwerp on 20 February."},
		},
		together: [][]ref{{{0, "Tuesday"}, {1, "Monday"}}},
		apart:    [][2]ref{{{0, "Tuesday"}, {2, "February"}}},
		disagree: []disagreeWant{
			{ref{0, "Tuesday"}, DisagreeDate, "date", []string{"Tue 9 Mar 2021", "Mon 8 Mar 2021"}},
		},
	},
	{
		name: "compatible figures",
		arts: []article{
			{"AP", pub, "Officers seized more than $330,000 and 80,000 pills in raids in New Jersey on Monday. Police arrested 270 people across Europe on Tuesday."},
			{"Reuters", pub, "Officers seized more than $330 thousand and 80 thousand pills in raids in New Jersey on Monday. Police arrested more than 270 people across Europe on Tuesday."},
		},
		together: [][]ref{
			{{0, "$330,000"}, {1, "$330 thousand"}},
			{{0, "arrested 270"}, {1, "more than 270"}},
		},
		agree: []ref{{0, "$330,000"}},
		// The same number, once exact and once a bound: shown, not a
		// contradiction.
		disagree: []disagreeWant{
			{ref{0, "arrested 270"}, DisagreeBound, "arrests", []string{"270 people", "more than 270 people"}},
		},
	},
	{
		name: "one article repeating itself",
		arts: []article{
			{"AP", pub, "Police arrested 48 people in Antwerp on Tuesday. The raids began before dawn. " +
				"The 48 arrests in Antwerp followed a two-year investigation. Belgian police arrested 12 people in Ghent on Tuesday."},
		},
		together: [][]ref{{{0, "arrested 48"}, {0, "The 48 arrests"}}},
		apart: [][2]ref{
			{{0, "arrested 48"}, {0, "before dawn"}},
			{{0, "arrested 48"}, {0, "Ghent"}},
		},
		agree: []ref{{0, "arrested 48"}},
	},
	{
		name: "little evidence",
		arts: []article{
			{"AP", pub, "Belgian police arrested 48 people in Antwerp on Tuesday. Belgian police raided homes in Antwerp on Monday."},
			{"Reuters", pub, "Belgian police arrested a man in Ghent on Tuesday. Police raids took place in Antwerp on Monday, Belgian prosecutors said."},
		},
		// The same day and country, and Belgian bodies: one place.
		together: [][]ref{{{0, "raided homes"}, {1, "raids took place"}}},
		// The same day, country and agency, but two places.
		apart: [][2]ref{{{0, "arrested 48"}, {1, "Ghent"}}},
	},
	{
		name: "two people doing the same in one article",
		arts: []article{
			{"DOJ", pub, "Joshua Vasquez pleaded guilty on April 24, 2024, in Alexandria to drug charges. " +
				"Joseph Vasquez pleaded guilty on April 24, 2024, in Alexandria to drug charges."},
		},
		apart: [][2]ref{{{0, "Joshua"}, {0, "Joseph"}}},
	},
	{
		name: "an undated report of a dated happening",
		arts: []article{
			{"Blog", "", "Belgian police arrested 48 people in Antwerp in a crackdown on drug traffickers."},
			{"AP", pub, "Belgian police arrested 48 people in Antwerp on Tuesday."},
		},
		together: [][]ref{{{0, "crackdown"}, {1, "Tuesday"}}},
		agree:    []ref{{1, "Tuesday"}},
	},
	{
		name: "two sentencings in round-ups, undated",
		arts: []article{
			{"DOJ", pub, "In a fourth example, a San Fernando Valley man, Brian McDonald, 23, was sentenced to more than 20 years in federal prison in the Central District of California for using darknet marketplaces to sell hundreds of thousands of dollars’ worth of fentanyl-laced pills and cocaine to buyers nationwide."},
			{"ICE", pub, "HSI worked on the following cases.\n\nCentral District of California | Two Southern California Men Who Supplied Fentanyl Sold to Darknet Customers in All 50 States Sentenced to Federal Prison | United States Department of Justice\n\nRuiz of Orange County was sentenced to 17 years."},
		},
		// Half the words of the shorter and no figure, with only the
		// publication day for a date: two sentencings.
		apart: [][2]ref{{{0, "McDonald"}, {1, "Two Southern"}}},
	},
}

func TestMergeTable(t *testing.T) {
	for _, tc := range mergeCases {
		t.Run(tc.name, func(t *testing.T) {
			c := merged(t, tc.arts...)
			for _, group := range tc.together {
				e := entryWith(t, c, group[0].art, group[0].part)
				for _, r := range group[1:] {
					if other := entryWith(t, c, r.art, r.part); other != e {
						t.Errorf("%q and %q are in entries %d and %d, want one", group[0].part, r.part, e.ID, other.ID)
					}
				}
				if len(e.Sources) != len(group) {
					t.Errorf("entry %d has %d sources, want %d", e.ID, len(e.Sources), len(group))
				}
			}
			for _, p := range tc.apart {
				if a, b := entryWith(t, c, p[0].art, p[0].part), entryWith(t, c, p[1].art, p[1].part); a == b {
					t.Errorf("%q and %q share entry %d (why: %+v)", p[0].part, p[1].part, a.ID, a.Why)
				}
			}
			for _, d := range tc.disagree {
				e := entryWith(t, c, d.at.art, d.at.part)
				i := slices.IndexFunc(e.Disagreements, func(x Disagreement) bool { return x.What == d.what })
				if i < 0 {
					t.Errorf("entry %d: no disagreement on %s; have %+v", e.ID, d.what, e.Disagreements)
					continue
				}
				got := e.Disagreements[i]
				var sides []string
				for _, s := range got.Sides {
					sides = append(sides, s.Value)
				}
				if got.Kind != d.kind || !slices.Equal(sides, d.sides) {
					t.Errorf("entry %d: disagreement %s %q, want %s %q", e.ID, got.Kind, sides, d.kind, d.sides)
				}
			}
			for _, r := range tc.agree {
				if e := entryWith(t, c, r.art, r.part); len(e.Disagreements) > 0 {
					t.Errorf("entry %d: disagreements %+v, want none", e.ID, e.Disagreements)
				}
			}
		})
	}
}

// A merged entry says why: the shared day, kind, figure and facets.
func TestMergeSaysWhy(t *testing.T) {
	c := merged(t, mergeCases[0].arts...)
	e := entryWith(t, c, 0, "arrested 48")
	if len(e.Why) != 1 {
		t.Fatalf("entry %d: %d reasons, want 1", e.ID, len(e.Why))
	}
	w := e.Why[0]
	if w.Source != e.Sources[1] || w.Repeat || w.Days != "2021-03-09" || !w.Written ||
		!slices.Equal(w.Kinds, []string{"arrest"}) || !slices.Equal(w.Figures, []string{"48 suspects"}) {
		t.Errorf("why = %+v", w)
	}
	for _, want := range []FacetName{{"country", "Belgium"}, {"agency", "Belgian police"}, {"place", "Antwerp"}} {
		if !slices.Contains(w.Facets, want) {
			t.Errorf("why lacks %v: %+v", want, w.Facets)
		}
	}
	if w.Score < acceptScore {
		t.Errorf("score %d below %d", w.Score, acceptScore)
	}
	if e.Summary == "" || e.Date.Text == "" || e.Lead != e.Sources[0] {
		t.Errorf("lead %+v, summary %q, date %+v", e.Lead, e.Summary, e.Date)
	}
	f := e.Figures
	if len(f) != 1 || f[0].Key != "arrests" || f[0].Value != 48 || f[0].Reports != 2 || f[0].Disputed || f[0].From != e.Sources[0] {
		t.Errorf("figures = %+v", f)
	}
}

// An undated report never dates the entry; the dated one leads it.
func TestUndatedReportDoesNotLead(t *testing.T) {
	c := merged(t, mergeCases[8].arts...)
	e := entryWith(t, c, 0, "crackdown")
	if e.Lead.Article != 1 || e.Date.Text != "on Tuesday" || c.From != "2021-03-09" || c.To != "2021-03-09" {
		t.Errorf("lead %+v, date %q, case %s..%s", e.Lead, e.Date.Text, c.From, c.To)
	}
}

// The disagreement's claims point at each source's own words.
func TestDisagreementClaims(t *testing.T) {
	c := merged(t, mergeCases[2].arts...)
	e := entryWith(t, c, 0, "17 tonnes")
	d := e.Disagreements[0]
	for i, want := range []string{"17 tonnes", "27 tonnes"} {
		if len(d.Sides[i].Claims) != 1 {
			t.Fatalf("side %d: %d claims", i, len(d.Sides[i].Claims))
		}
		cl := d.Sides[i].Claims[0]
		body := c.Articles[cl.Source.Article].Story.Doc.Body
		if cl.Source.Article != i || !strings.Contains(body[cl.Start:cl.End], want) {
			t.Errorf("side %d claim %+v", i, cl)
		}
	}
	// The entry's figure is the first article's, flagged as disputed.
	if f := e.Figures[0]; f.Value != 17000 || f.Unit != "kg" || !f.Disputed || f.From.Article != 0 {
		t.Errorf("figure %+v", f)
	}
	dates := merged(t, mergeCases[3].arts...)
	de := entryWith(t, dates, 0, "Tuesday")
	for i, want := range []string{"on Tuesday", "on Monday"} {
		cl := de.Disagreements[0].Sides[i].Claims[0]
		if cl.Text != want || dates.Articles[cl.Source.Article].Story.Doc.Body[cl.Start:cl.End] != want {
			t.Errorf("date side %d claim %+v", i, cl)
		}
	}
}

// An item is seized in the case when any article says it was; one the
// articles only mention stays mentioned.
func TestCaseItemSeizedInAnyArticle(t *testing.T) {
	c := merged(t,
		article{"A", "2024-05-02", "Police seized 2 kg of cocaine in Antwerp on Monday, after grenade attacks in the port."},
		article{"B", "2024-05-02", "Dealers in Antwerp used phones. Police said grenade attacks and phones were a worry, and that customs seized 40 phones on Monday."})
	for _, tt := range []struct {
		name   string
		seized bool
	}{{"cocaine", true}, {"phones", true}, {"grenades", false}} {
		e := c.Entity(model.KindItem, tt.name)
		if e == nil {
			t.Errorf("no case entity %s", tt.name)
			continue
		}
		if e.Seized != tt.seized {
			t.Errorf("%s seized %v, want %v", tt.name, e.Seized, tt.seized)
		}
	}
}
