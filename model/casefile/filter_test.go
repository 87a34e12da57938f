package casefile

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"dossier/model"
)

// naiveApply is Apply by the definition: an entry passes a facet when it
// has one of its selected values (an outlet standing for its articles'
// labels), and a value's count is the entries that have it and pass every
// other facet.
func naiveApply(c *Case, sel model.Selection) (shown []int, counts map[model.Kind]map[string]int) {
	want := func(k model.Kind) []string {
		vs := slices.Clone(sel[k])
		if k == SourceFacet {
			for _, v := range sel[k] {
				for _, a := range c.Articles {
					if a.Outlet == v {
						vs = append(vs, a.Label)
					}
				}
			}
		}
		return vs
	}
	known := Facets()
	passes := func(e *Entry, skip model.Kind) bool {
		for k, vs := range sel {
			if len(vs) == 0 || k == skip {
				continue
			}
			if !slices.Contains(known, k) {
				return false
			}
			w := want(k)
			if !slices.ContainsFunc(c.Values(e, k), func(v string) bool { return slices.Contains(w, v) }) {
				return false
			}
		}
		return true
	}
	counts = map[model.Kind]map[string]int{}
	for _, k := range known {
		counts[k] = map[string]int{}
	}
	for i := range c.Entries {
		e := &c.Entries[i]
		if passes(e, "") {
			shown = append(shown, i)
		}
		for _, k := range known {
			pass := passes(e, k)
			for _, v := range c.Values(e, k) {
				if _, ok := counts[k][v]; !ok {
					counts[k][v] = 0
				}
				if pass {
					counts[k][v]++
				}
			}
		}
	}
	return shown, counts
}

// checkApply compares Apply with the definition and checks its order.
func checkApply(t testing.TB, c *Case, sel model.Selection) {
	t.Helper()
	shown, facets := c.Apply(sel)
	wantShown, wantCounts := naiveApply(c, sel)
	if len(shown) != len(wantShown) || len(shown) > 0 && !slices.Equal(shown, wantShown) {
		t.Errorf("selection %v: shown %v, want %v", sel, shown, wantShown)
	}
	for _, k := range Facets() {
		got := map[string]int{}
		for _, fv := range facets[k] {
			got[fv.Value] = fv.Count
		}
		if !reflect.DeepEqual(got, wantCounts[k]) {
			t.Errorf("selection %v: %s counts %v, want %v", sel, k, got, wantCounts[k])
		}
	}
}

func TestFilterSources(t *testing.T) {
	c := raptorCase(t)
	checkApply(t, c, nil)
	fbi := c.Filter(model.Selection{SourceFacet: {"FBI"}})
	if len(fbi) == 0 {
		t.Fatal("no entry from FBI")
	}
	for _, i := range fbi {
		if !slices.Contains(c.Values(&c.Entries[i], SourceFacet), "FBI") {
			t.Errorf("entry %d has no FBI source", i+1)
		}
	}
	// The outlet as its front matter writes it selects its articles.
	if byOutlet := c.Filter(model.Selection{SourceFacet: {c.Articles[2].Outlet}}); !slices.Equal(byOutlet, fbi) {
		t.Errorf("outlet selects %v, label %v", byOutlet, fbi)
	}
	// Sources AND other facets: FBI's entries that name the DEA.
	sel := model.Selection{SourceFacet: {"FBI"}, model.KindAgency: {"DEA"}}
	checkApply(t, c, sel)
	_, facets := c.Apply(sel)
	var fbiValue model.FacetValue
	for _, fv := range facets[SourceFacet] {
		if fv.Value == "FBI" {
			fbiValue = fv
		}
	}
	if !fbiValue.Selected || fbiValue.Count != len(c.Filter(model.Selection{model.KindAgency: {"DEA"}, SourceFacet: {"FBI"}})) {
		t.Errorf("FBI value %+v", fbiValue)
	}
	// A value no entry has selects nothing; a facet the case lacks too.
	if got := c.Filter(model.Selection{SourceFacet: {"nobody"}}); len(got) != 0 {
		t.Errorf("unknown source selects %v", got)
	}
	if got := c.Filter(model.Selection{"colour": {"red"}}); len(got) != 0 {
		t.Errorf("unknown facet selects %v", got)
	}
	checkApply(t, c, model.Selection{"colour": {"red"}})
	// Facet values keep their order whatever is selected.
	_, all := c.Apply(nil)
	for k, vs := range facets {
		if len(vs) != len(all[k]) {
			t.Fatalf("%s: %d values, %d unfiltered", k, len(vs), len(all[k]))
		}
		for i := range vs {
			if vs[i].Value != all[k][i].Value {
				t.Errorf("%s value %d: %q, unfiltered %q", k, i, vs[i].Value, all[k][i].Value)
			}
		}
	}
}

// Random selections over the repository's articles agree with the
// definition.
func TestFilterMatchesDefinition(t *testing.T) {
	c := Merge(parseStories(repoArticles(t), lexicon(t), 2, nil), lexicon(t))
	_, facets := c.Apply(nil)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		sel := model.Selection{}
		for _, k := range Facets() {
			vs := facets[k]
			for n := rng.IntN(3); n > 0 && len(vs) > 0; n-- {
				sel[k] = append(sel[k], vs[rng.IntN(len(vs))].Value)
			}
			if rng.IntN(4) > 0 {
				delete(sel, k)
			}
		}
		checkApply(t, c, sel)
	}
}
