package export

import (
	"io"

	"dossier/model"
	"dossier/model/casefile"
)

// CaseSchema names the version of the JSON file of a case of several
// articles. A change that removes or renames a field gets a new version.
const CaseSchema = "dossier.case/v1"

// The dossier.case/v1 shape. Each article keeps its story in the
// dossier.story/v1 shape; what links the articles refers into those
// stories: an article by its id, an event and a sentence by their ids in
// that article's story.
type caseJSON struct {
	Schema   string           `json:"schema"`
	From     *string          `json:"from"`
	To       *string          `json:"to"`
	Articles []articleJSON    `json:"articles"`
	Entries  []entryJSON      `json:"entries"`
	Entities []caseEntityJSON `json:"entities"`
	Totals   []totalJSON      `json:"totals"`
}

type articleJSON struct {
	ID      int       `json:"id"`
	Label   string    `json:"label"`
	Outlet  string    `json:"outlet"`
	Licence *string   `json:"licence"`
	Story   storyJSON `json:"story"`
}

type sourceJSON struct {
	Article  int `json:"article"`
	Event    int `json:"event"`
	Sentence int `json:"sentence"`
}

type entryJSON struct {
	ID            int                `json:"id"`
	Summary       string             `json:"summary"`
	Date          model.Date         `json:"date"`
	Kinds         []string           `json:"kinds"`
	Lead          sourceJSON         `json:"lead"`
	Sources       []sourceJSON       `json:"sources"`
	Why           []whyJSON          `json:"why"`
	Figures       []figureJSON       `json:"figures"`
	Disagreements []disagreementJSON `json:"disagreements"`
	Countries     []string           `json:"countries"`
	Places        []string           `json:"places"`
	Agencies      []string           `json:"agencies"`
	Networks      []string           `json:"networks"`
	Items         []string           `json:"items"`
}

type whyJSON struct {
	Source  sourceJSON  `json:"source"`
	Repeat  bool        `json:"repeat"`
	Days    *string     `json:"days"`
	Written bool        `json:"written"`
	Kinds   []string    `json:"kinds"`
	Figures []string    `json:"figures"`
	Facets  []facetJSON `json:"facets"`
	Wording float64     `json:"wording"`
	Score   int         `json:"score"`
}

type facetJSON struct {
	Kind  model.Kind `json:"kind"`
	Value string     `json:"value"`
}

type figureJSON struct {
	Key       string     `json:"key"`
	What      string     `json:"what"`
	Unit      *string    `json:"unit"`
	Value     float64    `json:"value"`
	Qualifier *string    `json:"qualifier"`
	Text      string     `json:"text"`
	From      sourceJSON `json:"from"`
	Reports   int        `json:"reports"`
	Disputed  bool       `json:"disputed"`
}

type disagreementJSON struct {
	Kind  casefile.DisagreementKind `json:"kind"`
	What  string                    `json:"what"`
	Sides []sideJSON                `json:"sides"`
}

type sideJSON struct {
	Value  string      `json:"value"`
	Claims []claimJSON `json:"claims"`
}

type claimJSON struct {
	sourceJSON
	Text  string `json:"text"`
	Start *int   `json:"start"`
	End   *int   `json:"end"`
}

type caseEntityJSON struct {
	ID       string              `json:"id"`
	Kind     model.Kind          `json:"kind"`
	Name     string              `json:"name"`
	Country  string              `json:"country,omitempty"`
	Category string              `json:"category,omitempty"`
	Seized   bool                `json:"seized,omitempty"`
	Count    int                 `json:"count"`
	Articles []entityArticleJSON `json:"articles"`
}

type entityArticleJSON struct {
	Article int    `json:"article"`
	Entity  string `json:"entity"`
	Count   int    `json:"count"`
}

type totalJSON struct {
	Key   string     `json:"key"`
	What  string     `json:"what"`
	Unit  *string    `json:"unit"`
	Value float64    `json:"value"`
	Parts []partJSON `json:"parts"`
}

type partJSON struct {
	Entry  int        `json:"entry"`
	Figure figureJSON `json:"figure"`
}

// CaseJSON writes the case in the dossier.case/v1 schema (see the README's
// Export schema and the package comment for what sel restricts), indented
// by two spaces, ending in a newline.
func CaseJSON(w io.Writer, c *casefile.Case, sel model.Selection) error {
	v, err := newCaseView(c, sel)
	if err != nil {
		return err
	}
	return encodeJSON(w, v.doc())
}

// doc is the view in the dossier.case/v1 shape.
func (v *caseView) doc() caseJSON {
	out := caseJSON{
		Schema:   CaseSchema,
		From:     nonEmpty(v.c.From),
		To:       nonEmpty(v.c.To),
		Articles: make([]articleJSON, len(v.c.Articles)),
		Entries:  make([]entryJSON, 0, len(v.entries)),
		Entities: make([]caseEntityJSON, 0, len(v.c.Entities)),
		Totals:   make([]totalJSON, 0, len(v.totals)),
	}
	for i, a := range v.c.Articles {
		lic := a.Story.Doc.Meta["licence"]
		if lic == "" {
			lic = a.Story.Doc.Meta["license"]
		}
		out.Articles[i] = articleJSON{ID: a.ID, Label: a.Label, Outlet: a.Outlet, Licence: nonEmpty(lic), Story: storyDoc(v.articles[i])}
	}
	for i := range v.entries {
		out.Entries = append(out.Entries, v.entryDoc(v.entry(i)))
	}
	for i := range v.c.Entities {
		e := &v.c.Entities[i]
		x := exported(model.Entity{ID: e.ID, Kind: e.Kind, Seized: e.Seized})
		ej := caseEntityJSON{ID: x.ID, Kind: x.Kind, Name: e.Name, Country: e.Country, Category: e.Category,
			Seized: e.Seized, Count: e.Count(), Articles: make([]entityArticleJSON, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			ej.Articles = append(ej.Articles, entityArticleJSON{Article: v.c.Articles[m.Article].ID,
				Entity: exported(v.c.Articles[m.Article].Story.Entities[m.Entity]).ID, Count: len(m.Mentions)})
		}
		out.Entities = append(out.Entities, ej)
	}
	for _, t := range v.totals {
		tj := totalJSON{Key: t.Key, What: t.What, Unit: nonEmpty(t.Unit), Value: t.Value, Parts: make([]partJSON, 0, len(t.Parts))}
		for _, p := range t.Parts {
			tj.Parts = append(tj.Parts, partJSON{Entry: v.c.Entries[p.Entry].ID, Figure: v.figureDoc(p.Figure)})
		}
		out.Totals = append(out.Totals, tj)
	}
	return out
}

func (v *caseView) entryDoc(e *casefile.Entry) entryJSON {
	ej := entryJSON{
		ID: e.ID, Summary: e.Summary, Date: e.Date, Kinds: e.Kinds, Lead: v.source(e.Lead),
		Sources:       make([]sourceJSON, 0, len(e.Sources)),
		Why:           make([]whyJSON, 0, len(e.Why)),
		Figures:       make([]figureJSON, 0, len(e.Figures)),
		Disagreements: make([]disagreementJSON, 0, len(e.Disagreements)),
		Countries:     e.Countries, Places: e.Places, Agencies: e.Agencies, Networks: e.Networks, Items: e.Items,
	}
	for _, s := range e.Sources {
		ej.Sources = append(ej.Sources, v.source(s))
	}
	for _, w := range e.Why {
		wj := whyJSON{Source: v.source(w.Source), Repeat: w.Repeat, Days: nonEmpty(w.Days), Written: w.Written,
			Kinds: w.Kinds, Figures: w.Figures, Facets: make([]facetJSON, 0, len(w.Facets)), Wording: w.Wording, Score: w.Score}
		for _, f := range w.Facets {
			wj.Facets = append(wj.Facets, facetJSON{Kind: f.Kind, Value: f.Value})
		}
		ej.Why = append(ej.Why, wj)
	}
	for _, f := range e.Figures {
		ej.Figures = append(ej.Figures, v.figureDoc(f))
	}
	for _, d := range e.Disagreements {
		dj := disagreementJSON{Kind: d.Kind, What: d.What, Sides: make([]sideJSON, 0, len(d.Sides))}
		for _, s := range d.Sides {
			sj := sideJSON{Value: s.Value, Claims: make([]claimJSON, 0, len(s.Claims))}
			for _, cl := range s.Claims {
				cj := claimJSON{sourceJSON: v.source(cl.Source), Text: cl.Text}
				if cl.End > cl.Start {
					cj.Start, cj.End = &cl.Start, &cl.End
				}
				sj.Claims = append(sj.Claims, cj)
			}
			dj.Sides = append(dj.Sides, sj)
		}
		ej.Disagreements = append(ej.Disagreements, dj)
	}
	return ej
}

func (v *caseView) figureDoc(f casefile.Figure) figureJSON {
	return figureJSON{Key: f.Key, What: f.What, Unit: nonEmpty(f.Unit), Value: f.Value, Qualifier: nonEmpty(f.Qualifier),
		Text: f.Text, From: v.source(f.From), Reports: f.Reports, Disputed: f.Disputed}
}

// source is a source as the schema refers to it: by ids, not indices.
func (v *caseView) source(s casefile.Source) sourceJSON {
	return sourceJSON{Article: v.c.Articles[s.Article].ID, Event: v.eventID(s), Sentence: s.Sentence}
}

// nonEmpty is s, or nil for "" (JSON null).
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
