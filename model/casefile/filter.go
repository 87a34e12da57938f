package casefile

import (
	"cmp"
	"slices"
	"strings"

	"dossier/model"
)

// SourceFacet is the facet of a case's articles: its values are the
// articles' labels, and selecting an outlet's name selects every article
// of that outlet.
const SourceFacet model.Kind = "source"

// Facets lists the facets of a case in the order the UI shows them: the
// story's five, then the sources.
func Facets() []model.Kind {
	return append(model.Kinds[:len(model.Kinds):len(model.Kinds)], SourceFacet)
}

const numFacets = len(model.Kinds) + 1

// filter is the entries coded for filtering, like model.Facets for a
// story's events: each facet value a number, each entry the numbers of
// its values. It is built once per case and read-only afterwards.
type filter struct {
	entries int
	facets  [numFacets]codes
	// outlets maps an outlet to the labels of its articles.
	outlets map[string][]string
}

// codes is one facet: its values and each entry's values as codes.
type codes struct {
	values []string // code → value
	total  []int32  // entries with each value
	order  []int32  // codes by total, descending, then by value
	code   map[string]int32
	off    []int32 // entry i's codes are ids[off[i]:off[i+1]]
	ids    []int32
}

func newFilter(c *Case) *filter {
	f := &filter{entries: len(c.Entries), outlets: map[string][]string{}}
	for _, a := range c.Articles {
		if a.Outlet != "" {
			f.outlets[a.Outlet] = append(f.outlets[a.Outlet], a.Label)
		}
	}
	for fi, k := range Facets() {
		fc := &f.facets[fi]
		fc.code = map[string]int32{}
		fc.off = make([]int32, 1, len(c.Entries)+1)
		for i := range c.Entries {
			start := len(fc.ids)
			for _, v := range c.Values(&c.Entries[i], k) {
				code, ok := fc.code[v]
				if !ok {
					code = int32(len(fc.values))
					fc.code[v] = code
					fc.values = append(fc.values, v)
					fc.total = append(fc.total, 0)
				}
				if !slices.Contains(fc.ids[start:], code) {
					fc.ids = append(fc.ids, code)
					fc.total[code]++
				}
			}
			fc.off = append(fc.off, int32(len(fc.ids)))
		}
		fc.order = make([]int32, len(fc.values))
		for i := range fc.order {
			fc.order[i] = int32(i)
		}
		slices.SortFunc(fc.order, func(a, b int32) int {
			if c := cmp.Compare(fc.total[b], fc.total[a]); c != 0 {
				return c
			}
			return strings.Compare(fc.values[a], fc.values[b])
		})
	}
	return f
}

// Filter returns the indices into Entries of the entries sel selects, in
// timeline order: values OR within a facet, facets AND together.
func (c *Case) Filter(sel model.Selection) []int {
	shown, _ := c.Apply(sel)
	return shown
}

// Apply returns the entries sel selects and, for every facet of Facets,
// each value with the number of entries it would leave if it were
// selected given the other facets, ordered by entries over the whole
// case (most first) then by value, so a list cursor does not jump as the
// selection changes. It is model.Facets.Apply for a case.
func (c *Case) Apply(sel model.Selection) (shown []int, facets map[model.Kind][]model.FacetValue) {
	f := c.filter
	var active [numFacets]bool
	var chosen [numFacets][]bool
	unknown := false // a facet the case does not have: nothing passes it
	for k, vs := range sel {
		if len(vs) == 0 {
			continue
		}
		fi := slices.Index(Facets(), k)
		if fi < 0 {
			unknown = true
			continue
		}
		fc := &f.facets[fi]
		active[fi] = true
		chosen[fi] = make([]bool, len(fc.values))
		for _, v := range vs {
			if code, ok := fc.code[v]; ok {
				chosen[fi][code] = true
			}
			if k == SourceFacet {
				for _, l := range f.outlets[v] {
					if code, ok := fc.code[l]; ok {
						chosen[fi][code] = true
					}
				}
			}
		}
	}
	var counts [numFacets][]int
	for fi := range f.facets {
		counts[fi] = make([]int, len(f.facets[fi].values))
	}
	shown = make([]int, 0, f.entries)
	for i := 0; i < f.entries; i++ {
		// An entry counts for a value of facet k when it passes every
		// other facet: no failure, or its only failure is k itself.
		fails, failed := 0, -1
		if unknown {
			fails, failed = 1, -2
		}
		for fi := range f.facets {
			if active[fi] && !f.facets[fi].anyChosen(i, chosen[fi]) {
				fails++
				failed = fi
			}
		}
		if fails == 0 {
			shown = append(shown, i)
		}
		for fi := range f.facets {
			if fails == 0 || fails == 1 && failed == fi {
				fc := &f.facets[fi]
				for _, code := range fc.ids[fc.off[i]:fc.off[i+1]] {
					counts[fi][code]++
				}
			}
		}
	}
	facets = make(map[model.Kind][]model.FacetValue, numFacets)
	for fi, k := range Facets() {
		fc := &f.facets[fi]
		out := make([]model.FacetValue, len(fc.order))
		for i, code := range fc.order {
			out[i] = model.FacetValue{Value: fc.values[code], Count: counts[fi][code], Selected: chosen[fi] != nil && chosen[fi][code]}
		}
		facets[k] = out
	}
	return shown, facets
}

func (fc *codes) anyChosen(i int, chosen []bool) bool {
	for _, code := range fc.ids[fc.off[i]:fc.off[i+1]] {
		if chosen[code] {
			return true
		}
	}
	return false
}
