package model

import (
	"cmp"
	"slices"
	"strings"
)

// Facets is a story's events coded for filtering: each facet value a
// number, each event the numbers of its values. Story.Filter and
// Story.Facet hash every value of every event once per facet; on a story
// of a hundred thousand events that made each toggle take a quarter of a
// second. Build Facets once per story; it is read-only afterwards, and
// Apply filters and counts all five facets in one pass.
type Facets struct {
	events int
	kinds  [len(Kinds)]facetCodes
}

// facetCodes is one facet: its values and each event's values as codes.
// It is kept small per value and per event: a story of ten thousand places
// has ten thousand values.
type facetCodes struct {
	values  []string // code → value
	byValue []int32  // codes in value order, for lookups
	total   []int32  // events with each value, over all events
	order   []int32  // codes by total, descending, then by value
	// Event i's codes, without repeats, are ids[off[i]:off[i+1]]; off is
	// nil when no event has a value of the facet.
	off []int32
	ids []int32
}

// NewFacets codes the events of st.
func NewFacets(st *Story) *Facets {
	f := &Facets{events: len(st.Events)}
	for ki, k := range Kinds {
		fc := &f.kinds[ki]
		code := map[string]int32{}
		fc.off = make([]int32, 1, len(st.Events)+1)
		for _, e := range st.Events {
			start := len(fc.ids)
			for _, v := range e.Values(k) {
				c, ok := code[v]
				if !ok {
					c = int32(len(fc.values))
					code[v] = c
					fc.values = append(fc.values, v)
					fc.total = append(fc.total, 0)
				}
				if !containsCode(fc.ids[start:], c) {
					fc.ids = append(fc.ids, c)
					fc.total[c]++
				}
			}
			fc.off = append(fc.off, int32(len(fc.ids)))
		}
		if len(fc.ids) == 0 {
			fc.off = nil
		}
		fc.values, fc.total, fc.ids = slices.Clip(fc.values), slices.Clip(fc.total), slices.Clip(fc.ids)
		fc.byValue = make([]int32, len(fc.values))
		for i := range fc.byValue {
			fc.byValue[i] = int32(i)
		}
		slices.SortFunc(fc.byValue, func(a, b int32) int { return strings.Compare(fc.values[a], fc.values[b]) })
		fc.order = slices.Clone(fc.byValue)
		slices.SortStableFunc(fc.order, func(a, b int32) int { return cmp.Compare(fc.total[b], fc.total[a]) })
	}
	return f
}

// code is value v's code, or false when no event has v.
func (fc *facetCodes) code(v string) (int32, bool) {
	i, ok := slices.BinarySearchFunc(fc.byValue, v, func(c int32, v string) int { return strings.Compare(fc.values[c], v) })
	if !ok {
		return 0, false
	}
	return fc.byValue[i], true
}

// codes is event i's codes.
func (fc *facetCodes) codes(i int) []int32 {
	if fc.off == nil {
		return nil
	}
	return fc.ids[fc.off[i]:fc.off[i+1]]
}

// Total is how many events have value v of facet k.
func (f *Facets) Total(k Kind, v string) int {
	ki := kindIndex(k)
	if ki < 0 {
		return 0
	}
	c, ok := f.kinds[ki].code(v)
	if !ok {
		return 0
	}
	return int(f.kinds[ki].total[c])
}

func containsCode(cs []int32, c int32) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// Apply returns what Story.Filter(sel) and Story.Facet(k, sel) for every
// kind return, from one pass over the events.
func (f *Facets) Apply(sel Selection) (shown []int, facets map[Kind][]FacetValue) {
	// Per facet, the selected codes; a selected value no event has
	// selects nothing but still makes its facet active.
	var active [len(Kinds)]bool
	var chosen [len(Kinds)][]bool
	unknown := false // a facet that is not one of Kinds: no event passes it
	for k, vs := range sel {
		if len(vs) == 0 {
			continue
		}
		ki := kindIndex(k)
		if ki < 0 {
			unknown = true
			continue
		}
		fc := &f.kinds[ki]
		active[ki] = true
		chosen[ki] = make([]bool, len(fc.values))
		for _, v := range vs {
			if c, ok := fc.code(v); ok {
				chosen[ki][c] = true
			}
		}
	}
	var counts [len(Kinds)][]int
	for ki := range f.kinds {
		counts[ki] = make([]int, len(f.kinds[ki].values))
	}
	shown = make([]int, 0, f.events)
	for i := 0; i < f.events; i++ {
		// An event counts for a value of facet k when it passes every
		// other facet: no failure, or its only failure is k itself.
		fails, failed := 0, -1
		if unknown {
			fails, failed = 1, -2
		}
		for ki := range f.kinds {
			if active[ki] && !f.kinds[ki].anyChosen(i, chosen[ki]) {
				fails++
				failed = ki
			}
		}
		if fails == 0 {
			shown = append(shown, i)
		}
		for ki := range f.kinds {
			if fails == 0 || fails == 1 && failed == ki {
				fc := &f.kinds[ki]
				for _, c := range fc.codes(i) {
					counts[ki][c]++
				}
			}
		}
	}
	facets = make(map[Kind][]FacetValue, len(Kinds))
	for ki, k := range Kinds {
		fc := &f.kinds[ki]
		out := make([]FacetValue, len(fc.order))
		for i, c := range fc.order {
			out[i] = FacetValue{Value: fc.values[c], Count: counts[ki][c], Selected: chosen[ki] != nil && chosen[ki][c]}
		}
		facets[k] = out
	}
	return shown, facets
}

// anyChosen reports whether event i has one of the chosen codes.
func (fc *facetCodes) anyChosen(i int, chosen []bool) bool {
	for _, c := range fc.codes(i) {
		if chosen[c] {
			return true
		}
	}
	return false
}

func kindIndex(k Kind) int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return -1
}
