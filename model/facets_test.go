package model_test

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"dossier/model"
)

// TestFacetsApplyIsFilterAndFacet holds the coded one-pass filter to
// Story.Filter and Story.Facet, the plain definitions, on every article in
// the repository and random selections: values that occur, values no
// event has, a facet that does not exist, one to five facets at once.
// Total must be the count of the facet with nothing selected.
func TestFacetsApplyIsFilterAndFacet(t *testing.T) {
	lex := mustLexicon(t)
	stories := []*model.Story{model.Parse(mustSeed(t), lex)}
	for _, doc := range repoArticles(t) {
		stories = append(stories, model.Parse(doc, lex))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for si, st := range stories {
		fx := model.NewFacets(st)
		sels := []model.Selection{nil, {}, {model.KindCountry: nil}, {"colour": {"red"}}}
		for range 200 {
			sel := model.Selection{}
			for _, k := range model.Kinds {
				if rng.IntN(3) > 0 {
					continue
				}
				vals := st.Facet(k, nil)
				for range 1 + rng.IntN(3) {
					if len(vals) == 0 || rng.IntN(8) == 0 {
						sel[k] = append(sel[k], "no such value")
					} else {
						sel[k] = append(sel[k], vals[rng.IntN(len(vals))].Value)
					}
				}
			}
			sels = append(sels, sel)
		}
		for _, k := range model.Kinds {
			for _, fv := range st.Facet(k, nil) {
				if got := fx.Total(k, fv.Value); got != fv.Count {
					t.Fatalf("story %d: Total(%s, %q) = %d, want %d", si, k, fv.Value, got, fv.Count)
				}
			}
			if got := fx.Total(k, "no such value"); got != 0 {
				t.Fatalf("story %d: Total(%s, no such value) = %d", si, k, got)
			}
		}
		for _, sel := range sels {
			shown, facets := fx.Apply(sel)
			if want := st.Filter(sel); !reflect.DeepEqual(shown, want) {
				t.Fatalf("story %d, %v: shown %v, want %v", si, sel, shown, want)
			}
			for _, k := range model.Kinds {
				if want := st.Facet(k, sel); !reflect.DeepEqual(facets[k], want) {
					t.Fatalf("story %d, %v, facet %s:\n got %v\nwant %v", si, sel, k, facets[k], want)
				}
			}
		}
	}
}

// BenchmarkFacetsApply filters and counts every facet of the 1 MiB story,
// what a toggle costs; BenchmarkFilterAndFacets does it the plain way.
func BenchmarkFacetsApply(b *testing.B) {
	st, sel := bigSelection(b)
	fx := model.NewFacets(st)
	b.ReportAllocs()
	for b.Loop() {
		fx.Apply(sel)
	}
}

func BenchmarkFilterAndFacets(b *testing.B) {
	st, sel := bigSelection(b)
	b.ReportAllocs()
	for b.Loop() {
		st.Filter(sel)
		for _, k := range model.Kinds {
			st.Facet(k, sel)
		}
	}
}

func bigSelection(b *testing.B) (*model.Story, model.Selection) {
	st := model.Parse(repeatedSeed(b, 1<<20), mustLexicon(b))
	return st, model.Selection{model.KindCountry: {"Netherlands"}, model.KindItem: {"cocaine", "cash"}}
}
