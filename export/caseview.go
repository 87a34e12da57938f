package export

import (
	"errors"
	"reflect"
	"slices"

	"dossier/model"
	"dossier/model/casefile"
)

// caseView is what a case writer shows: a cleaned copy of the case, the
// entries the selection matches and, for every article, the view of its
// events that are sources of those entries (see the package comment for
// what a selection restricts).
type caseView struct {
	c        *casefile.Case
	sel      model.Selection
	filtered bool
	// entries are the shown entries' indices into c.Entries, in timeline
	// order.
	entries []int
	// articles holds each article's view, in article order.
	articles []*view
	// totals add up one figure per shown entry.
	totals []casefile.Total
}

var errNoCase = errors.New("export: no case")

func newCaseView(c *casefile.Case, sel model.Selection) (*caseView, error) {
	if c == nil {
		return nil, errNoCase
	}
	// Filter on the case as merged: the selection holds its spellings.
	shown := c.Filter(sel)
	totals := cleanValue(reflect.ValueOf(c.Totals(shown))).Interface().([]casefile.Total)
	cc := cleanValue(reflect.ValueOf(*c)).Interface().(casefile.Case)
	v := &caseView{c: &cc, sel: cleanSelection(sel), filtered: !sel.Empty(), entries: shown, totals: totals}
	events := make([][]int, len(cc.Articles))
	for _, i := range shown {
		for _, s := range cc.Entries[i].Sources {
			events[s.Article] = append(events[s.Article], s.Event)
		}
	}
	for a := range cc.Articles {
		// A story's events are in its timeline order: so are its view's.
		slices.Sort(events[a])
		v.articles = append(v.articles, viewOf(cc.Articles[a].Story, events[a], v.sel, v.filtered))
	}
	return v, nil
}

// entry is the i-th shown entry.
func (v *caseView) entry(i int) *casefile.Entry { return &v.c.Entries[v.entries[i]] }

// label is the label of the article a source is from.
func (v *caseView) label(s casefile.Source) string { return v.c.Articles[s.Article].Label }

// eventID is the story's ID of the event a source points to.
func (v *caseView) eventID(s casefile.Source) int { return v.c.Event(s).ID }

// sentence is the sentence a source points to.
func (v *caseView) sentence(s casefile.Source) model.Sentence { return *v.c.Sentence(s) }

// sourceLabels are the labels of an entry's articles, each once, in
// article order.
func (v *caseView) sourceLabels(e *casefile.Entry) []string {
	return v.c.Values(e, casefile.SourceFacet)
}

// span is the case's first and last day as the UI writes dates, or "".
func (v *caseView) span() string {
	if v.c.From == "" {
		return ""
	}
	from, to := v.c.From, v.c.To
	d := model.Date{Start: &from, End: &to, Precision: model.PrecisionDay}
	if from != to {
		d.Precision = model.PrecisionRange
	}
	return model.FormatDate(d)
}

// published is an article's publication day as the UI writes it, or "".
func (v *caseView) published(a int) string { return v.articles[a].publishedText() }
