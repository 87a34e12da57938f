package ui

import (
	"reflect"
	"strings"
	"testing"

	"dossier/model"
)

func count(what string, v float64, sentence int, country string) model.Count {
	c := model.Count{What: what, Value: &v, Sentence: sentence, Text: itoa(int(v)) + " " + what}
	if country != "" {
		c.Country = &country
	}
	return c
}

// statsOf is the figures of st with no filter on.
func statsOf(st *model.Story) *statsData {
	ix := newStoryIndex(st)
	return newStatsData(statsFor{st, ix, &filtered{sel: model.Selection{}}})
}

// section is the label and text of every figure of the section titled
// title.
func section(d *statsData, title string) [][2]string {
	var out [][2]string
	for _, s := range d.sections {
		if s.title == title {
			for _, f := range s.rows {
				out = append(out, [2]string{f.label, f.text})
			}
		}
	}
	return out
}

// Counts of one sentence of one thing add up; counts of different
// sentences stand side by side, since a story restates its lede's total
// in parts further down. A figure without a country says what it is.
func TestStatsCounts(t *testing.T) {
	st := &model.Story{Counts: []model.Count{
		count("arrests", 48, 1, "Belgium"),
		count("arrests", 30, 4, "Netherlands"),
		count("arrests", 5, 6, "Belgium"),
		count("searches", 200, 2, ""),
		count("killed", 12, 1, "Poland"), // the lede: across central Europe
		count("killed", 4, 3, "Poland"),
		count("killed", 6, 4, "Romania"),
		count("people", 3, 5, ""), // two counts of one sentence add up
		count("people", 4, 5, ""),
		count("people", 6, 7, ""),
	}}
	for i := range st.Counts {
		st.Sentences = append(st.Sentences, model.Sentence{ID: i + 1})
	}
	d := statsOf(st)
	for title, want := range map[string][][2]string{
		"Arrests":      {{"Belgium", "48"}, {"Netherlands", "30"}, {"Belgium", "5"}},
		"Searches":     {{"no country given", "“200 searches”"}},
		"Other counts": {{"", "12 killed"}, {"", "4 killed"}, {"", "6 killed"}, {"", "7 people"}, {"", "6 people"}},
	} {
		if got := section(d, title); !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %v, want %v", title, got, want)
		}
	}
}

// Figures keep their qualifiers, and the seizures of two sentences are
// not added up: the seed's 17 t of this operation and the 2.8 t found in
// an earlier investigation stand side by side.
func TestStatsKeepWhatTheTextSays(t *testing.T) {
	d := statsOf(fixtureStory(t))
	for title, want := range map[string][][2]string{
		"Seized by mass": {{"cocaine", "more than 17 t"}, {"cocaine", "2.8 t"}},
		"Cash seized":    {{"euros", "€1.2 million (≈ $1.4 million)"}},
		"Searches":       {{"Belgium", "about 200"}, {"Netherlands", "75"}},
		"Other counts":   {{"", "more than 1,500 officers"}, {"", "1 billion messages"}, {"", "about 171,000 phones"}, {"", "hundreds of millions of messages"}},
	} {
		if got := section(d, title); !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %v, want %v", title, got, want)
		}
	}
	if got := section(d, "Seized, no number given"); len(got) != 2 || !strings.HasPrefix(got[0][1], "firearms, jewelry") {
		t.Errorf("no quantity = %v", got)
	}
}

// The stats follow the filters and say so in their title; enter on a
// figure goes to its event.
func TestStatsFollowTheFilters(t *testing.T) {
	m := sized(t, 120, 40, Options{Selection: model.Selection{model.KindCountry: {"Netherlands"}}, View: "stats"})
	out := plain(m)
	if want := "Stats · Netherlands · " + itoa(len(m.filtered.shown)) + " of 17 events"; !strings.Contains(out, want) {
		t.Fatalf("no filtered title:\n%s", out)
	}
	body := strings.Join(strings.Split(out, "\n")[3:], "\n")
	for _, gone := range []string{"€1.2 million", "48", "more than 17 t"} {
		if strings.Contains(body, gone) {
			t.Errorf("Belgium's %q is in the Netherlands' stats:\n%s", gone, out)
		}
	}
	if !strings.Contains(body, "28") || !strings.Contains(body, "30") {
		t.Errorf("the Netherlands' 28 firearms and 30 arrests are missing:\n%s", out)
	}
	m = press(m, "x")
	if !strings.Contains(plain(m), "Stats · all 17 events") {
		t.Fatalf("x: no whole-story title:\n%s", plain(m))
	}
	// The first figure is the 17 t of sentence 5; enter shows its event.
	if f, _ := m.currentFigure(); f.sentence != 5 || !m.keys.GoEvent.Enabled() {
		t.Fatalf("first figure: sentence %d, enter live %v", f.sentence, m.keys.GoEvent.Enabled())
	}
	m = press(m, "j", "enter")
	if m.view != viewTimeline || m.focus != paneDetail || m.story.Events[m.timeline.current()].Sentence != 12 {
		t.Fatalf("enter on the 2.8 t: view %d focus %d event %d", m.view, m.focus, m.timeline.current())
	}
	// A figure whose sentence reports no event opens its sentence.
	m = press(m, "s", "G")
	for f, _ := m.currentFigure(); f.event >= 0; f, _ = m.currentFigure() {
		m = press(m, "k")
	}
	f, _ := m.currentFigure()
	m = press(m, "enter")
	if m.view != viewArticle {
		t.Fatalf("enter on a figure of sentence %d with no event: view %d", f.sentence, m.view)
	}
	if top := m.article.lay.lines[m.article.top]; int(top.sent) > f.sentence-1 || m.article.top+m.article.height <= int(m.article.lay.sentLine[f.sentence-1]) {
		t.Fatalf("the article does not show sentence %d", f.sentence)
	}
}
