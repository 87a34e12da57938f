package export

import (
	"errors"

	"dossier/model"
)

// view is what a writer shows: a cleaned copy of the story, the matching
// events and the seizures and counts that go with them (see the package
// comment for what a selection restricts).
type view struct {
	st       *model.Story
	sel      model.Selection
	filtered bool
	events   []model.Event
	seizures []model.Seizure
	counts   []model.Count
	byID     map[int]model.Sentence
}

var errNoStory = errors.New("export: no story")

func newView(st *model.Story, sel model.Selection) (*view, error) {
	if st == nil {
		return nil, errNoStory
	}
	// Filter on the story as parsed: the selection holds its spellings.
	return viewOf(cleanStory(st), st.Filter(sel), cleanSelection(sel), !sel.Empty()), nil
}

// viewOf is the view of c, a story already cleaned, showing the events at
// the indices idx, in that order; filtered says a selection chose them.
func viewOf(c *model.Story, idx []int, sel model.Selection, filtered bool) *view {
	v := &view{st: c, sel: sel, filtered: filtered,
		events: make([]model.Event, 0, len(idx)),
		byID:   make(map[int]model.Sentence, len(c.Sentences))}
	shown := make(map[int]bool, len(idx))
	for _, i := range idx {
		v.events = append(v.events, c.Events[i])
		shown[c.Events[i].Sentence] = true
	}
	for _, s := range c.Sentences {
		v.byID[s.ID] = s
	}
	v.seizures, v.counts = c.Seizures, c.Counts
	if v.filtered {
		v.seizures = keep(c.Seizures, func(s model.Seizure) bool { return shown[s.Sentence] })
		v.counts = keep(c.Counts, func(n model.Count) bool { return shown[n.Sentence] })
	}
	return v
}

func keep[T any](in []T, ok func(T) bool) []T {
	out := make([]T, 0, len(in))
	for _, x := range in {
		if ok(x) {
			out = append(out, x)
		}
	}
	return out
}

// published is the publication day as an ISO date, or nil when unknown.
func (v *view) published() *string {
	if !v.st.Doc.HasPublished() {
		return nil
	}
	s := v.st.Doc.Published.Format("2006-01-02")
	return &s
}

// publishedText is the publication day as the UI writes it, or "".
func (v *view) publishedText() string {
	p := v.published()
	if p == nil {
		return ""
	}
	return model.FormatDate(model.Date{Start: p, End: p, Precision: model.PrecisionDay})
}
