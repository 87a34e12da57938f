package ui

import (
	"dossier/model"
)

// filterRow is one row of the filters pane: a section heading, a facet
// value, or a "none" placeholder for an empty section. It is 8 bytes and
// points into the pane's facets: a story can have ten thousand values.
type filterRow struct {
	kind   uint8 // index in model.Kinds
	header bool
	none   bool
	at     int32 // the value's index in facets[kind]
}

func (r filterRow) selectable() bool { return !r.header && !r.none }

// filterValue is a value row: its facet and its value.
type filterValue struct {
	kind model.Kind
	fv   model.FacetValue
}

// filtersPane lists every facet value with a checkbox and the number of
// events it would leave. Zero-count values stay (dimmed, count 0) so the
// list never jumps under the cursor.
type filtersPane struct {
	facets map[model.Kind][]model.FacetValue
	rows   []filterRow
	countW int // the widest count, in digits
	cur    int // index into rows of the cursor row, -1 if none
	offset int
	query  string // "/" search over value names

	// curKind, curValue identify the cursor row across rebuilds, so the
	// cursor stays on its value when counts or the search change.
	curKind  model.Kind
	curValue string

	// The drawn box and what it was drawn from: a key in another pane
	// (a move in the timeline, the most common) leaves it as it was.
	gen    int // bumped when the rows change
	boxKey filtersBoxKey
	box    []string
}

type filtersBoxKey struct {
	gen, cur, offset, w, h, theme int
	focused                       bool
	query, search                 string
}

// setFacets rebuilds the rows from fresh facet values.
func (p *filtersPane) setFacets(facets map[model.Kind][]model.FacetValue) {
	old := p.cur
	p.gen++
	p.facets = facets
	p.rows = p.rows[:0:0]
	for ki, k := range model.Kinds {
		var vals []filterRow
		for i, fv := range facets[k] {
			if containsFold(fv.Value, p.query) {
				vals = append(vals, filterRow{kind: uint8(ki), at: int32(i)})
			}
		}
		if len(vals) == 0 && p.query != "" {
			continue // a search hides sections without a match
		}
		p.rows = append(p.rows, filterRow{kind: uint8(ki), header: true})
		if len(vals) == 0 {
			p.rows = append(p.rows, filterRow{kind: uint8(ki), none: true})
		}
		p.rows = append(p.rows, vals...)
	}
	p.countW = 1
	for _, r := range p.rows {
		p.countW = max(p.countW, len(itoa(p.value(r).fv.Count)))
	}
	p.cur = -1
	for i, r := range p.rows {
		if v := p.value(r); r.selectable() && v.kind == p.curKind && v.fv.Value == p.curValue {
			p.cur = i
			break
		}
	}
	if p.cur < 0 {
		p.cur = p.nearestSelectable(max(old, 0))
	}
	p.remember()
}

// value is the facet and value of row r (zero for a heading).
func (p *filtersPane) value(r filterRow) filterValue {
	k := model.Kinds[r.kind]
	if !r.selectable() {
		return filterValue{kind: k}
	}
	return filterValue{kind: k, fv: p.facets[k][r.at]}
}

// nearestSelectable is the first value row at or after i, else before it.
func (p *filtersPane) nearestSelectable(i int) int {
	for j := i; j < len(p.rows); j++ {
		if p.rows[j].selectable() {
			return j
		}
	}
	for j := min(i, len(p.rows)-1); j >= 0; j-- {
		if p.rows[j].selectable() {
			return j
		}
	}
	return -1
}

func (p *filtersPane) remember() {
	if r, ok := p.current(); ok {
		p.curKind, p.curValue = r.kind, r.fv.Value
	}
}

// current returns the value under the cursor.
func (p *filtersPane) current() (filterValue, bool) {
	if p.cur < 0 || p.cur >= len(p.rows) || !p.rows[p.cur].selectable() {
		return filterValue{}, false
	}
	return p.value(p.rows[p.cur]), true
}

// move moves the cursor by delta value rows, skipping headings.
func (p *filtersPane) move(delta int) {
	if p.cur < 0 {
		return
	}
	step := 1
	if delta < 0 {
		step, delta = -1, -delta
	}
	for ; delta > 0; delta-- {
		next := -1
		for j := p.cur + step; j >= 0 && j < len(p.rows); j += step {
			if p.rows[j].selectable() {
				next = j
				break
			}
		}
		if next < 0 {
			break
		}
		p.cur = next
	}
	p.remember()
}

// clickRow moves the cursor to row (an index into rows) if it is a value.
func (p *filtersPane) clickRow(row int) bool {
	if row < 0 || row >= len(p.rows) || !p.rows[row].selectable() {
		return false
	}
	p.cur = row
	p.remember()
	return true
}

// title is the pane title.
func (p *filtersPane) title() string {
	if p.query != "" {
		return "Filters /" + p.query
	}
	return "Filters"
}

// view draws the pane's rows for an inner size of w×h.
func (p *filtersPane) view(st *Styles, w, h int, focused bool, searchLine string) []string {
	if searchLine != "" {
		h--
	}
	p.offset = scrollTo(p.offset, max(p.cur, 0), h, len(p.rows))
	cw := p.countW
	out := make([]string, 0, h+1)
	if searchLine != "" {
		out = append(out, searchLine)
	}
	for i, r := range window(p.rows, p.offset, h) {
		out = append(out, p.rowView(st, r, p.offset+i == p.cur, focused, w, cw))
	}
	return out
}

func (p *filtersPane) rowView(st *Styles, row filterRow, cursor, focused bool, w, cw int) string {
	r := p.value(row)
	switch {
	case row.header:
		return " " + st.Section.Render(ellipsis(kindTitle(r.kind), w-1))
	case row.none:
		return "   " + st.Muted.Render("none")
	}
	check := "[ ]"
	if r.fv.Selected {
		check = "[x]"
	}
	mark := " "
	if cursor {
		mark = "▸"
	}
	nameW := max(w-len(check)-cw-3, 1)
	name := padRight(clean(r.fv.Value), nameW)
	count := padLeft(itoa(r.fv.Count), cw)
	if cursor {
		s := st.CursorOff
		if focused {
			s = st.Cursor
		}
		return s.Render(fit(mark+check+" "+name+" "+count, w))
	}
	if r.fv.Count == 0 {
		return st.Faint.Render(mark + check + " " + name + " " + count)
	}
	if r.fv.Selected {
		return mark + st.Checked.Render(check) + " " + st.Strong.Render(name) + " " + st.Muted.Render(count)
	}
	return mark + check + " " + name + " " + st.Muted.Render(count)
}
