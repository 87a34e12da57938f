package model

import (
	"slices"
	"sort"
)

// Selection is the active facet values: values OR within a facet, facets AND
// together. The zero value selects everything. A Selection is a value the
// UI copies and changes; it never aliases the Story.
type Selection map[Kind][]string

// Has reports whether value v of facet k is selected.
func (s Selection) Has(k Kind, v string) bool { return slices.Contains(s[k], v) }

// Empty reports whether nothing is selected.
func (s Selection) Empty() bool {
	for _, vs := range s {
		if len(vs) > 0 {
			return false
		}
	}
	return true
}

// Toggle returns a copy of s with value v of facet k flipped.
func (s Selection) Toggle(k Kind, v string) Selection {
	out := s.Clone()
	if i := slices.Index(out[k], v); i >= 0 {
		out[k] = slices.Delete(out[k], i, i+1)
		if len(out[k]) == 0 {
			delete(out, k)
		}
		return out
	}
	out[k] = append(out[k], v)
	return out
}

// Clone returns a deep copy.
func (s Selection) Clone() Selection {
	out := make(Selection, len(s))
	for k, vs := range s {
		if len(vs) > 0 {
			out[k] = slices.Clone(vs)
		}
	}
	return out
}

// Matches reports whether event e passes every facet of s except skip
// (pass "" to skip none). Skipping one facet is how a value's count is
// computed "given the other active facets".
func (s Selection) Matches(e Event, skip Kind) bool {
	for k, want := range s {
		if k == skip || len(want) == 0 {
			continue
		}
		if !anyIn(e.Values(k), want) {
			return false
		}
	}
	return true
}

func anyIn(have, want []string) bool {
	for _, h := range have {
		if slices.Contains(want, h) {
			return true
		}
	}
	return false
}

// Filter returns the indices into s.Events of the events that sel matches,
// in timeline order.
func (st *Story) Filter(sel Selection) []int {
	out := make([]int, 0, len(st.Events))
	for i, e := range st.Events {
		if sel.Matches(e, "") {
			out = append(out, i)
		}
	}
	return out
}

// FacetValue is one value of a facet with the number of events it would
// leave if it were selected, given the other active facets.
type FacetValue struct {
	Value    string
	Count    int
	Selected bool
}

// Facet returns every value of facet k that occurs in an event, with counts
// under sel, ordered by count (descending, over all events) then name. The
// order does not depend on sel, so a list cursor does not jump as filters
// change.
func (st *Story) Facet(k Kind, sel Selection) []FacetValue {
	total := map[string]int{}
	shown := map[string]int{}
	for _, e := range st.Events {
		vals := e.Values(k)
		if len(vals) == 0 {
			continue
		}
		// Within a facet, values OR: selecting v leaves the events that
		// have v and pass the other facets.
		pass := sel.Matches(e, k)
		for _, v := range uniq(vals) {
			total[v]++
			if pass {
				shown[v]++
			}
		}
	}
	out := make([]FacetValue, 0, len(total))
	for v := range total {
		out = append(out, FacetValue{Value: v, Count: shown[v], Selected: sel.Has(k, v)})
	}
	sort.Slice(out, func(i, j int) bool {
		if total[out[i].Value] != total[out[j].Value] {
			return total[out[i].Value] > total[out[j].Value]
		}
		return out[i].Value < out[j].Value
	})
	return out
}

func uniq(vs []string) []string {
	if len(vs) < 2 {
		return vs
	}
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}
