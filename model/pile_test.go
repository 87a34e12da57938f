package model

import "testing"

// TestPile adds more values than the pile's blocks grow through (16
// doubling to 4096, then 4096 each, past the 64th block) and gets them
// all back in order.
func TestPile(t *testing.T) {
	var p pile[int]
	if got := p.slice(); got == nil || len(got) != 0 {
		t.Fatalf("empty pile gives %#v, want an empty non-nil slice", got)
	}
	const n = 300_000
	for i := range n {
		p.add(i)
	}
	got := p.slice()
	if len(got) != n || cap(got) != n {
		t.Fatalf("len %d cap %d, want %d", len(got), cap(got), n)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("value %d is %d", i, v)
		}
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
