package ui

import (
	"dossier/model"
	"dossier/model/casefile"
)

// filterRow is one row of the filters pane: a section heading, a facet
// value, or a "none" placeholder for an empty section. It is 8 bytes and
// points into its table's facets: a story can have ten thousand values.
type filterRow struct {
	kind   uint8 // index in its table's kinds
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

// filterTable is the filters pane's rows for one state of the filters
// and its search. It is built by newFilterTable and replaced, never
// changed, so its pointer names the rows a drawing was made of.
type filterTable struct {
	kinds  []model.Kind // the facets, in order: model.Kinds, or a case's
	facets map[model.Kind][]model.FacetValue
	rows   []filterRow
	heads  []int32 // the rows that are not values, in order
	countW int     // the widest count, in digits
}

// newFilterTable lays out every facet's values that match query, under
// their headings. The item values are events' items, which are what the
// story says was seized: the items it only mentions are no filter.
func newFilterTable(kinds []model.Kind, facets map[model.Kind][]model.FacetValue, query string) *filterTable {
	t := &filterTable{kinds: kinds, facets: facets}
	for ki, k := range kinds {
		var vals []filterRow
		for i, fv := range facets[k] {
			if containsFold(fv.Value, query) {
				vals = append(vals, filterRow{kind: uint8(ki), at: int32(i)})
			}
		}
		if len(vals) == 0 && query != "" {
			// A search hides sections without a match.
			continue
		}
		t.rows = append(t.rows, filterRow{kind: uint8(ki), header: true})
		if len(vals) == 0 {
			t.rows = append(t.rows, filterRow{kind: uint8(ki), none: true})
		}
		t.rows = append(t.rows, vals...)
	}
	t.countW = 1
	for i, r := range t.rows {
		if !r.selectable() {
			t.heads = append(t.heads, int32(i))
		}
		t.countW = max(t.countW, len(itoa(t.value(r).fv.Count)))
	}
	return t
}

// filtersWant is the pane width at which every value of facets shows
// whole: the border, cursor mark, checkbox and spaces (8 cells), the name
// and the widest count.
func filtersWant(kinds []model.Kind, facets map[model.Kind][]model.FacetValue) int {
	name, count := 0, 1
	for _, k := range kinds {
		for _, fv := range facets[k] {
			name = max(name, cellWidth(clean(fv.Value)))
			count = max(count, len(itoa(fv.Count)))
		}
	}
	return name + count + 8
}

// value is the facet and value of row r (zero for a heading).
func (t *filterTable) value(r filterRow) filterValue {
	k := t.kinds[r.kind]
	if !r.selectable() {
		return filterValue{kind: k}
	}
	return filterValue{kind: k, fv: t.facets[k][r.at]}
}

// filtersPane lists every facet value with a checkbox and the number of
// events it would leave. Zero-count values stay (dimmed, count 0) so the
// list never jumps under the cursor.
type filtersPane struct {
	scrollList              // over the table's rows
	table      *filterTable // replaced, never changed
	query      string       // "/" search over value names

	// curKind, curValue identify the cursor row across rebuilds, so the
	// cursor stays on its value when counts or the search change.
	curKind  model.Kind
	curValue string

	// wantW is the pane width that shows every value and count whole. It
	// only grows, so toggling a filter never moves the panes.
	wantW int
}

// setFacets rebuilds the rows from fresh facet values.
func (p *filtersPane) setFacets(facets map[model.Kind][]model.FacetValue) {
	p.setFacetsOf(model.Kinds[:], facets)
}

// setFacetsOf rebuilds the rows of the facets kinds from fresh values.
func (p *filtersPane) setFacetsOf(kinds []model.Kind, facets map[model.Kind][]model.FacetValue) {
	old := p.cur
	p.wantW = max(p.wantW, filtersWant(kinds, facets))
	p.table = newFilterTable(kinds, facets, p.query)
	p.setTotal(len(p.table.rows))
	p.cur = -1
	for i, r := range p.table.rows {
		if v := p.table.value(r); r.selectable() && v.kind == p.curKind && v.fv.Value == p.curValue {
			p.cur = i
			break
		}
	}
	if p.cur < 0 {
		p.cur = p.nearestSelectable(max(old, 0))
	}
	p.remember()
}

// selectable reports whether row i is a value.
func (p *filtersPane) selectable(i int) bool { return p.table.rows[i].selectable() }

// nearestSelectable is the first value row at or after i, else before it.
func (p *filtersPane) nearestSelectable(i int) int {
	rows := p.table.rows
	for j := i; j < len(rows); j++ {
		if rows[j].selectable() {
			return j
		}
	}
	for j := min(i, len(rows)-1); j >= 0; j-- {
		if rows[j].selectable() {
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
	if p.cur < 0 || p.cur >= len(p.table.rows) || !p.table.rows[p.cur].selectable() {
		return filterValue{}, false
	}
	return p.table.value(p.table.rows[p.cur]), true
}

// move moves the cursor by delta value rows, skipping headings.
func (p *filtersPane) move(delta int) {
	if p.cur < 0 {
		return
	}
	p.moveBy(delta, p.selectable)
	p.remember()
}

// clickRow moves the cursor to row (an index into rows) if it is a value.
func (p *filtersPane) clickRow(row int) bool {
	if row < 0 || row >= len(p.table.rows) || !p.table.rows[row].selectable() {
		return false
	}
	p.cur = row
	p.remember()
	return true
}

// filtersIn is everything the filters box is drawn from.
type filtersIn struct {
	st      *Styles
	table   *filterTable
	list    scrollList
	query   string
	w, h    int // the box
	focused bool
	search  string // the search box while it is typed into, else ""
}

// filtersBox is the filters pane in its box of r.
func (m *Model) filtersBox(r rect) []string {
	p := &m.filters
	return m.memos.filters.get(filtersIn{
		st: m.styles, table: p.table, list: p.scrollList, query: p.query, w: r.W, h: r.H,
		focused: m.view == viewTimeline && m.focus == paneFilters,
		search:  m.searchLine(searchFilters),
	}, drawFilters)
}

// drawFilters draws the filters box: its title, the rows in view, the
// cursor's position when they overflow.
func drawFilters(in filtersIn) []string {
	title := "Filters"
	if in.query != "" {
		title = "Filters /" + in.query
	}
	note := in.list.valueNote(in.h-2, in.table.heads)
	out := make([]string, 0, in.list.height+1)
	if in.search != "" {
		out = append(out, in.search)
	}
	from, to := in.list.window()
	for i := from; i < to; i++ {
		out = append(out, filterRowView(in, in.table.rows[i], i == in.list.cur))
	}
	return box(in.st, in.w, in.h, title, note, in.focused, out)
}

func filterRowView(in filtersIn, row filterRow, cursor bool) string {
	st, w, cw := in.st, in.w-2, in.table.countW
	r := in.table.value(row)
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
	name := clean(r.fv.Value)
	if r.kind == casefile.SourceFacet {
		name = labelCut(name, nameW)
	}
	name = padRight(name, nameW)
	count := padLeft(itoa(r.fv.Count), cw)
	if cursor {
		s := st.CursorOff
		if in.focused {
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
