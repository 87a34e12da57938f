package quantities

import (
	"sort"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
)

// The value of a seizure: money that measures an item ("€1.2m of
// cannabis", "cocaine worth £2m") rather than cash seized.

// valueSeizure keeps a money figure that values an item (not cash) as the
// seizure's equivalent: the item's own quantity is unknown.
func valueSeizure(sz *story.Seizure, q *quantity, lx *qlex) {
	if !q.num.Exact || q.unit < 0 || q.unit >= len(lx.Units) {
		return
	}
	// The qualifier ("an estimated") hedges the value, not a quantity the
	// text does not give: it is not the seizure's.
	sz.Equivalent = &story.Amount{Quantity: q.num.Val, Unit: lx.Units[q.unit].Code}
}

// valueFor is the money quantity that gives the value of the item at
// tokens [i,next), -1 if none: "£1.5m worth of cocaine", "cocaine worth
// £2m", "cocaine with a street value of $2 million", "heroin valued at
// €3m".
func (ts tokens) valueFor(qs []quantity, i, next int, lx *qlex) int {
	k := sort.Search(len(qs), func(k int) bool { return qs[k].hi > i }) - 1
	if k >= 0 && !qs[k].used && qs[k].money(lx) && ts.W(qs[k].hi) == "worth" && ts.W(qs[k].hi+1) == "of" {
		if j := qs[k].hi + 2; j == i || j+1 == i && ts.IsWord(j) && !ts.v.StopWord(ts.W(j)) {
			return k
		}
	}
	k++
	for ; k < len(qs) && qs[k].lo < next; k++ {
	}
	if k >= len(qs) || qs[k].used || !qs[k].money(lx) || qs[k].lo > next+7 {
		return -1
	}
	cue := false
	for j := next; j < qs[k].lo; j++ {
		how, ok := ts.v.Value(lexicon.ValuePhrase, ts.W(j))
		if !ok && !ts.v.Has(lexicon.ValuePhrase, ts.W(j)) {
			return -1
		}
		cue = cue || how == "cue"
	}
	if !cue {
		return -1
	}
	return k
}

// fillSeizure copies a quantity's value, unit, qualifier and equivalent.
func fillSeizure(sz *story.Seizure, q *quantity, lx *qlex) {
	if q.num.Exact {
		v := q.num.Val
		sz.Quantity = &v
	}
	if q.unit >= 0 && q.unit < len(lx.Units) {
		u := lx.Units[q.unit].Code
		sz.Unit = &u
	}
	if ql := q.qualifier(); ql != "" {
		sz.Qualifier = &ql
	}
	if q.hasEq {
		eq := q.eq
		sz.Equivalent = &eq
	}
}
