package ui

import (
	"reflect"
	"testing"

	"dossier/model"
)

func count(what string, v float64, sentence int, country string) model.Count {
	c := model.Count{What: what, Value: &v, Sentence: sentence}
	if country != "" {
		c.Country = &country
	}
	return c
}

// Arrests and searches add up by country; other counts keep the largest
// figure one sentence gives, so a lede's total and its parts further down
// are not added together.
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
	d := newStatsData(st)
	got := func(rows []barRow) map[string]float64 {
		m := map[string]float64{}
		for _, r := range rows {
			m[r.label] = r.value
		}
		return m
	}
	for name, c := range map[string]struct {
		rows []barRow
		want map[string]float64
	}{
		"arrests":  {d.arrests, map[string]float64{"Belgium": 53, "Netherlands": 30}},
		"searches": {d.searches, map[string]float64{"country unknown": 200}},
		"other":    {d.other, map[string]float64{"killed": 12, "people": 7}},
	} {
		if g := got(c.rows); !reflect.DeepEqual(g, c.want) {
			t.Errorf("%s = %v, want %v", name, g, c.want)
		}
	}
}
