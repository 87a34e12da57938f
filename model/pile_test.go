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
