package quantities

import (
	"testing"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// segmentStart with its cursor must find what a scan back from each token
// finds, for tokens read left to right and for a token before the last.
func TestSegmentStartCursor(t *testing.T) {
	tt := token.Read("In Spain, police arrested 31 people; in France, officers detained 12 people. Then 4 more; and 5.", nil)
	ts := tokens{&tt, new(lexicon.Vocab)}
	naive := func(lo int) int {
		s := lo
		for s > 0 && ts.W(s-1) != ";" && ts.W(s-1) != "." {
			s--
		}
		return s
	}
	var c segCursor
	order := []int{}
	for lo := 0; lo < ts.N(); lo++ {
		order = append(order, lo)
		if lo%5 == 4 {
			order = append(order, lo-3) // a step back resets the cursor
		}
	}
	for _, lo := range order {
		if got, want := ts.segmentStart(lo, &c), naive(lo); got != want {
			t.Errorf("segmentStart(%d %q) = %d, want %d", lo, ts.W(lo), got, want)
		}
	}
}
