package ui

import (
	"math/rand/v2"
	"testing"
)

// every4th is a list with a heading every four rows (0, 4, 8, ...).
func every4th(r int) bool { return r%4 != 0 }

func TestScrollListMoveBy(t *testing.T) {
	cases := []struct {
		name       string
		total, cur int
		d          int
		selectable func(int) bool
		want       int
	}{
		{"down one", 10, 3, 1, nil, 4},
		{"up one", 10, 3, -1, nil, 2},
		{"past the end", 10, 8, 5, nil, 9},
		{"past the start", 10, 1, -5, nil, 0},
		{"to the end", 10, 3, bigStep, nil, 9},
		{"to the start", 10, 3, -bigStep, nil, 0},
		{"at the end", 10, 9, 1, nil, 9},
		{"zero", 10, 3, 0, nil, 3},
		{"no cursor", 10, -1, 3, nil, -1},
		{"empty", 0, -1, 1, nil, -1},
		{"one row", 1, 0, bigStep, nil, 0},
		{"skips a heading", 10, 3, 1, every4th, 5},
		{"skips a heading up", 10, 5, -1, every4th, 3},
		{"counts selectable rows", 12, 1, 4, every4th, 6},
		{"stops on the last selectable", 9, 6, 5, every4th, 7},
		{"to the end skipping a heading", 9, 1, bigStep, every4th, 7},
		{"to the start skipping a heading", 9, 6, -bigStep, every4th, 1},
		{"nothing selectable that way", 5, 3, -bigStep, func(r int) bool { return r == 3 }, 3},
		{"as far as it goes with total steps", 5, 0, 5, nil, 4},
	}
	for _, c := range cases {
		l := scrollList{cur: c.cur, total: c.total, height: 4}
		l.moveBy(c.d, c.selectable)
		if l.cur != c.want {
			t.Errorf("%s: cursor %d, want %d", c.name, l.cur, c.want)
		}
	}
}

// Stepping one row at a time and jumping by d must agree, for every start,
// distance and shape of list.
func TestScrollListJumpAgreesWithSteps(t *testing.T) {
	for total := 0; total < 12; total++ {
		for cur := -1; cur < total; cur++ {
			if cur >= 0 && !every4th(cur) {
				continue
			}
			for d := -14; d <= 14; d++ {
				jump := scrollList{cur: cur, total: total}
				jump.moveBy(d, every4th)
				steps := scrollList{cur: cur, total: total}
				for range abs(d) {
					steps.moveBy(sign(d), every4th)
				}
				if jump.cur != steps.cur {
					t.Fatalf("total %d cur %d d %d: jump to %d, steps to %d", total, cur, d, jump.cur, steps.cur)
				}
			}
		}
	}
}

func sign(d int) int {
	switch {
	case d < 0:
		return -1
	case d > 0:
		return 1
	}
	return 0
}

func TestScrollListFollow(t *testing.T) {
	cases := []struct {
		name                    string
		total, height, top, cur int
		want                    int
	}{
		{"fits", 5, 10, 3, 4, 0},
		{"cursor in view stays", 40, 10, 5, 9, 5},
		{"down keeps two rows below", 40, 10, 0, 8, 1},
		{"up keeps two rows above", 40, 10, 10, 11, 9},
		{"jump to the end", 40, 10, 0, 39, 30},
		{"jump to the start", 40, 10, 30, 0, 0},
		{"height one", 40, 1, 0, 17, 17},
		{"height two", 40, 2, 0, 17, 16},
		{"height three: one row of context", 40, 3, 0, 17, 16},
		{"height zero", 40, 0, 12, 17, 0},
		{"no cursor", 40, 10, 12, -1, 0},
		{"past the end after a shrink", 12, 10, 25, 11, 2},
	}
	for _, c := range cases {
		l := scrollList{cur: c.cur, top: c.top, height: c.height, total: c.total}
		l.follow()
		if l.top != c.want {
			t.Errorf("%s: top %d, want %d", c.name, l.top, c.want)
		}
	}
}

// A resize, a shorter list and every move leave a cursor list with its
// cursor in view and its window inside the rows.
func TestScrollListCursorStaysInView(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	l := scrollList{cur: 0, total: 30, height: 8}
	for i := range 5000 {
		switch r.IntN(5) {
		case 0:
			l.setHeight(r.IntN(40))
		case 1:
			l.setTotal(1 + r.IntN(60))
			l.cur = min(l.cur, l.total-1) // as a pane puts its cursor back on a row
		case 2:
			l.moveBy(r.IntN(21)-10, nil)
		case 3:
			l.moveBy([]int{bigStep, -bigStep}[r.IntN(2)], nil)
		case 4:
			l.moveBy(r.IntN(7)-3, every4th)
		}
		l.follow()
		if l.top < 0 || l.top > l.maxTop() {
			t.Fatalf("step %d: top %d outside 0..%d (%+v)", i, l.top, l.maxTop(), l)
		}
		if l.height > 0 && (l.cur < l.top || l.cur >= l.top+l.height) {
			t.Fatalf("step %d: cursor %d out of view %d..%d (%+v)", i, l.cur, l.top, l.top+l.height, l)
		}
	}
}

func TestScrollListScrollBy(t *testing.T) {
	cases := []struct {
		name                  string
		total, height, top, d int
		overscroll            bool
		want                  int
	}{
		{"down", 40, 10, 0, 3, false, 3},
		{"up", 40, 10, 5, -3, false, 2},
		{"past the end", 40, 10, 28, 5, false, 30},
		{"past the start", 40, 10, 2, -5, false, 0},
		{"to the end", 40, 10, 0, bigStep, false, 30},
		{"to the start", 40, 10, 30, -bigStep, false, 0},
		{"fits", 5, 10, 0, 3, false, 0},
		{"height zero", 40, 0, 0, bigStep, false, 40},
		{"height one", 40, 1, 0, bigStep, false, 39},
		{"empty", 0, 10, 0, 1, false, 0},
		{"overscroll to the last row", 40, 10, 0, bigStep, true, 39},
		{"overscroll when it fits", 5, 10, 0, 3, true, 3},
	}
	for _, c := range cases {
		l := scrollList{cur: -1, top: c.top, height: c.height, total: c.total, overscroll: c.overscroll}
		l.scrollBy(c.d)
		if l.top != c.want {
			t.Errorf("%s: top %d, want %d", c.name, l.top, c.want)
		}
	}
}

// Text keeps its window inside its lines when the pane grows or the text
// gets shorter, and a window that fits never moves.
func TestScrollListClampOnResize(t *testing.T) {
	l := scrollList{cur: -1, total: 100, height: 10}
	l.scrollBy(bigStep)
	if l.top != 90 {
		t.Fatalf("end of 100 lines in 10: top %d", l.top)
	}
	l.setHeight(30) // larger
	l.clamp()
	if l.top != 70 {
		t.Fatalf("grown to 30: top %d, want 70", l.top)
	}
	l.setHeight(5) // smaller: the top line stays
	l.clamp()
	if l.top != 70 {
		t.Fatalf("shrunk to 5: top %d, want 70", l.top)
	}
	l.setTotal(40) // shorter text
	l.clamp()
	if l.top != 35 {
		t.Fatalf("40 lines in 5: top %d, want 35", l.top)
	}
	l.setTotal(3)
	l.clamp()
	if l.top != 0 {
		t.Fatalf("3 lines in 5: top %d, want 0", l.top)
	}
	l.setHeight(-4)
	if l.height != 0 {
		t.Fatalf("negative height kept: %d", l.height)
	}
}

func TestScrollListReveal(t *testing.T) {
	cases := []struct {
		name                    string
		total, height, top, row int
		want                    int
	}{
		{"in view", 100, 9, 10, 15, 10},
		{"below", 100, 9, 10, 40, 37},
		{"above", 100, 9, 40, 10, 7},
		{"near the end", 100, 9, 0, 99, 91},
		{"near the start", 100, 9, 50, 1, 0},
	}
	for _, c := range cases {
		l := scrollList{cur: -1, top: c.top, height: c.height, total: c.total}
		l.reveal(c.row)
		if l.top != c.want {
			t.Errorf("%s: top %d, want %d", c.name, l.top, c.want)
		}
	}
}

func TestScrollListNotes(t *testing.T) {
	l := scrollList{cur: 2, top: 0, height: 6, total: 40}
	if got := l.valueNote(6, nil); got != "3/40" {
		t.Errorf("valueNote %q", got)
	}
	if got := l.valueNote(40, nil); got != "" {
		t.Errorf("valueNote when it fits %q", got)
	}
	// Headings on rows 0 and 5 are not counted: row 2 is the second
	// value of 38.
	if got := l.valueNote(6, []int32{0, 5}); got != "2/38" {
		t.Errorf("valueNote with headings %q", got)
	}
	if got := l.rangeNote(); got != "1–6 of 40" {
		t.Errorf("rangeNote %q", got)
	}
	l.scrollBy(bigStep)
	if got := l.rangeNote(); got != "35–40 of 40" {
		t.Errorf("rangeNote at the end %q", got)
	}
	if got := l.percent(); got != 100 {
		t.Errorf("percent at the end %d", got)
	}
	l.scrollBy(-bigStep)
	if got := l.percent(); got != 0 {
		t.Errorf("percent at the top %d", got)
	}
	l.scrollBy(17)
	if got := l.percent(); got != 50 {
		t.Errorf("percent half way %d", got)
	}
	short := scrollList{cur: -1, height: 6, total: 6}
	if short.rangeNote() != "" || short.percent() != 100 || short.overflows() {
		t.Errorf("a list that fits: %q %d %v", short.rangeNote(), short.percent(), short.overflows())
	}
	if from, to := (&scrollList{top: 38, height: 6, total: 40}).window(); from != 38 || to != 40 {
		t.Errorf("window at the end %d..%d", from, to)
	}
	if from, to := (&scrollList{top: 50, height: 6, total: 40}).window(); from != 40 || to != 40 {
		t.Errorf("window past the end %d..%d", from, to)
	}
	if got := (&scrollList{cur: -1}).valueNote(0, nil); got != "" {
		t.Errorf("valueNote of nothing %q", got)
	}
}
