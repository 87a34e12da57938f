package entities

import (
	"slices"
	"testing"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
)

// TestEntityIDCollisions: names that slug alike get "-2", "-3" in the
// order the index lists them, kinds apart.
func TestEntityIDCollisions(t *testing.T) {
	lex := &lexicon.Lexicon{}
	p := NewPass(lex, lexicon.IndexOf(lex), "")
	for _, e := range []struct {
		kind story.Kind
		name string
	}{
		{story.KindPlace, "Sao Paulo"}, {story.KindAgency, "X Police"}, {story.KindPlace, "São Paulo"},
		{story.KindCountry, "Chad"}, {story.KindPlace, "SAO PAULO"}, {story.KindAgency, "x police"}, {story.KindPlace, "Lima"},
	} {
		p.Entity(e.kind, e.name)
	}
	var got []string
	for _, e := range p.Entities() {
		got = append(got, e.ID)
	}
	want := []string{"country/chad", "agency/x-police", "agency/x-police-2", "place/sao-paulo", "place/sao-paulo-2", "place/sao-paulo-3", "place/lima"}
	if !slices.Equal(got, want) {
		t.Errorf("IDs = %q, want %q", got, want)
	}
}

// TestGrowDoubles checks grow doubles big slices and leaves small ones
// to append.
func TestGrowDoubles(t *testing.T) {
	small := make([]int, 10)
	if got := grow(small); cap(got) != 10 {
		t.Errorf("grow of a full 10-slice has cap %d, want append's growth left to append", cap(got))
	}
	big := make([]int, 300)
	got := grow(big)
	if cap(got) != 600 || len(got) != 300 {
		t.Errorf("grow of a full 300-slice: len %d cap %d, want 300, 600", len(got), cap(got))
	}
	roomy := make([]int, 300, 400)
	if got := grow(roomy); cap(got) != 400 {
		t.Errorf("grow of a slice with room reallocated it (cap %d)", cap(got))
	}
}
