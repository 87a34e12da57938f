package ui

import (
	"sort"
	"strings"

	"dossier/model"
)

// barRow is one labelled bar.
type barRow struct {
	label string
	value float64
	text  string // the value as shown
}

// statsData is the story's totals, computed once per story and read-only
// after: every model of the story shares it.
type statsData struct {
	mass, cash, counted []barRow
	unquantified        []string
	arrests, searches   []barRow
	other               []barRow
}

func newStatsData(st *model.Story) *statsData {
	d := &statsData{}
	mass, cash, counted := map[string]float64{}, map[string]float64{}, map[string]float64{}
	seenNoQty := map[string]bool{}
	for _, s := range st.Seizures {
		item := clean(s.Item)
		if s.Quantity == nil {
			if !seenNoQty[item] {
				seenNoQty[item] = true
				d.unquantified = append(d.unquantified, item)
			}
			continue
		}
		unit := ""
		if s.Unit != nil {
			unit = *s.Unit
		}
		if t, ok := massInTonnes(*s.Quantity, unit); ok {
			mass[item] += t
		} else if unit != "" {
			cash[unit] += *s.Quantity
		} else {
			counted[item] += *s.Quantity
		}
	}
	d.mass = bars(mass, func(k string, v float64) string { return trimFloat(v, 2) + " t" })
	d.cash = bars(cash, func(k string, v float64) string { return amountLabel(v, k) })
	for i := range d.cash {
		d.cash[i].label = currencyName(d.cash[i].label)
	}
	d.counted = bars(counted, func(k string, v float64) string { return humanNumber(v) })
	// Items with a quantity elsewhere are not "unquantified".
	d.unquantified = filterOut(d.unquantified, func(it string) bool { return mass[it] > 0 || counted[it] > 0 })

	arrests, searches := map[string]float64{}, map[string]float64{}
	// Other counts are keyed by what they count alone, and a story's lede
	// total is usually restated in parts further down ("killed at least 12
	// across central Europe" ... "four people died in Poland"), so adding
	// them up would invent a figure: keep the largest one any sentence
	// gives, adding only the counts of one sentence.
	other, otherIn := map[string]float64{}, map[otherKey]float64{}
	for _, c := range st.Counts {
		if c.Value == nil {
			continue
		}
		country := "country unknown"
		if c.Country != nil && *c.Country != "" {
			country = clean(*c.Country)
		}
		what := strings.ToLower(clean(c.What))
		switch {
		case strings.Contains(what, "arrest"):
			arrests[country] += *c.Value
		case strings.Contains(what, "search"), strings.Contains(what, "raid"):
			searches[country] += *c.Value
		default:
			k := otherKey{what, c.Sentence}
			otherIn[k] += *c.Value
			other[what] = max(other[what], otherIn[k])
		}
	}
	num := func(k string, v float64) string { return humanNumber(v) }
	d.arrests, d.searches, d.other = bars(arrests, num), bars(searches, num), bars(other, num)
	return d
}

// otherKey is one sentence's count of one thing.
type otherKey struct {
	what     string
	sentence int
}

func bars(m map[string]float64, text func(string, float64) string) []barRow {
	out := make([]barRow, 0, len(m))
	for k, v := range m {
		out = append(out, barRow{label: k, value: v, text: text(k, v)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].value != out[j].value {
			return out[i].value > out[j].value
		}
		return out[i].label < out[j].label
	})
	return out
}

func filterOut(in []string, drop func(string) bool) []string {
	var out []string
	for _, s := range in {
		if !drop(s) {
			out = append(out, s)
		}
	}
	return out
}
