package casefile

import (
	"cmp"
	"slices"
)

// Total is one thing counted or measured across entries: the sum of one
// figure per entry, never of two reports of one happening.
type Total struct {
	Key   string // as Figure.Key: "arrests", "cocaine kg", "money USD"
	What  string
	Unit  string
	Value float64
	// Parts are the entries' figures that make up the total, with the
	// source each is taken from, in timeline order.
	Parts []Part
}

// Part is one entry's figure in a total.
type Part struct {
	Entry  int // index into Case.Entries
	Figure Figure
}

// Totals adds up the figures of the given entries (indices into Entries,
// as Filter returns them; nil for all), one per entry and key, ordered by
// key. A figure an article repeats for the same period is counted once
// (see restated).
func (c *Case) Totals(entries []int) []Total {
	if entries == nil {
		entries = make([]int, len(c.Entries))
		for i := range entries {
			entries[i] = i
		}
	}
	at := map[string]int{}
	var out []Total
	for _, i := range entries {
		for _, f := range c.Entries[i].Figures {
			j, ok := at[f.Key]
			if !ok {
				j = len(out)
				at[f.Key] = j
				out = append(out, Total{Key: f.Key, What: f.What, Unit: f.Unit})
			}
			if c.restated(out[j].Parts, i, f) {
				continue
			}
			out[j].Value += f.Value
			out[j].Parts = append(out[j].Parts, Part{Entry: i, Figure: f})
		}
	}
	slices.SortFunc(out, func(a, b Total) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

// restated reports a figure f of entry i that an entry of parts already
// gives from the same article: the same number of the same thing, at
// dates that overlap. An article that tells its arrest again ("Four
// subjects were arrested", then "the four subjects arrested operated
// ...") reports one happening, even where the two sentences read too
// differently to be merged into one entry.
func (c *Case) restated(parts []Part, i int, f Figure) bool {
	at := dateSpan(c.Entries[i].Date)
	for _, p := range parts {
		if p.Figure.Value == f.Value && p.Figure.From.Article == f.From.Article &&
			dateSpan(c.Entries[p.Entry].Date).overlaps(at) {
			return true
		}
	}
	return false
}
