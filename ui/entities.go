package ui

import (
	"dossier/model"
)

// entitiesPane is the index of every entity by kind with its mention count;
// enter filters by the entity under the cursor. Wide enough, a side panel
// shows the sentences that mention it.
type entitiesPane struct {
	scrollList // over rows
	rows       []entityRow
	heads      []int32 // the rows that are headings, in order
	query      string
	curID      string // the cursor's entity ID, kept across rebuilds

	side      scrollList // the side panel's lines
	sideFor   mentionsFor
	sideFocus bool // the side panel has the keys
}

// entityRow is a kind heading (entity -1) or an entity. It is 8 bytes: a
// story can have ten thousand entities.
type entityRow struct {
	entity int32 // index into Story.Entities, -1 for a heading
	kind   uint8 // index in model.Kinds
}

// setRows rebuilds the rows for the current search.
func (p *entitiesPane) setRows(st *model.Story, ix *storyIndex) {
	p.rows, p.heads = p.rows[:0:0], nil
	for _, k := range model.Kinds {
		var rows []entityRow
		for _, ei := range ix.byKind[k] {
			if containsFold(st.Entities[ei].Name, p.query) {
				rows = append(rows, entityRow{kind: kindCode(k), entity: int32(ei)})
			}
		}
		if len(rows) == 0 {
			continue
		}
		p.heads = append(p.heads, int32(len(p.rows)))
		p.rows = append(p.rows, entityRow{kind: kindCode(k), entity: -1})
		p.rows = append(p.rows, rows...)
	}
	p.setTotal(len(p.rows))
	p.cur = -1
	first := -1
	for i, r := range p.rows {
		if r.entity < 0 {
			continue
		}
		if first < 0 {
			first = i
		}
		if st.Entities[r.entity].ID == p.curID {
			p.cur = i
			break
		}
	}
	if p.cur < 0 {
		p.cur = first
	}
	p.remember(st)
}

func (p *entitiesPane) remember(st *model.Story) {
	if e := p.current(); e >= 0 {
		p.curID = st.Entities[e].ID
	}
}

// current returns the entity under the cursor, or -1.
func (p *entitiesPane) current() int {
	if p.cur < 0 || p.cur >= len(p.rows) {
		return -1
	}
	return int(p.rows[p.cur].entity)
}

// isEntity reports whether row i is an entity, not a heading.
func (p *entitiesPane) isEntity(i int) bool { return p.rows[i].entity >= 0 }

// move moves the cursor by delta entities, skipping headings.
func (p *entitiesPane) move(st *model.Story, delta int) {
	if p.cur < 0 {
		return
	}
	p.moveBy(delta, p.isEntity)
	p.remember(st)
}

// clickRow moves the cursor to row if it is an entity.
func (p *entitiesPane) clickRow(st *model.Story, row int) bool {
	if row < 0 || row >= len(p.rows) || p.rows[row].entity < 0 {
		return false
	}
	p.cur = row
	p.remember(st)
	return true
}

// entitiesSplit divides the inner width between the list and the side
// panel; side is 0 when there is no room for one.
func entitiesSplit(w int) (list, side int) {
	if w < 78 {
		return w, 0
	}
	list = clamp(w*2/5, 36, 56)
	return list, w - list
}

func (p *entitiesPane) title(total int) string {
	t := "Entities · " + itoa(total)
	if p.query != "" {
		t += " · /" + p.query
	}
	return t
}

// view draws the rows in view for an inner width of w.
func (p *entitiesPane) view(m *Model, w int, searchLine string) []string {
	st := m.styles
	out := make([]string, 0, p.height+1)
	if searchLine != "" {
		out = append(out, searchLine)
	}
	if len(p.rows) == 0 {
		return append(out, "", st.Muted.Render(center("No entity matches.", w)))
	}
	const cols = 16 // "mentions" and "events" columns
	nameW := max(w-cols-5, 1)
	for i, r := range window(p.rows, p.top, p.height) {
		if r.entity < 0 {
			head := " " + st.Section.Render(padRight(kindTitle(model.Kinds[r.kind]), nameW+4))
			out = append(out, head+st.Muted.Render(padLeft("mentions", 9)+padLeft("events", 7)))
			continue
		}
		e := m.story.Entities[r.entity]
		events := m.ix.eventsWith(e.Kind, e.Name)
		check := "[ ]"
		switch {
		case m.sel.Has(e.Kind, e.Name):
			check = "[x]"
		case events == 0:
			check = "   "
		}
		ev := "–"
		if events > 0 {
			ev = itoa(events)
		}
		cursor := p.top+i == p.cur
		mark := " "
		if cursor {
			mark = "▸"
		}
		name := padRight(clean(e.Name), nameW)
		nums := padLeft(itoa(len(e.Mentions)), 9) + padLeft(ev, 7)
		switch {
		case cursor:
			out = append(out, st.Cursor.Render(fit(mark+check+" "+name+nums, w)))
		case check == "[x]":
			out = append(out, mark+st.Checked.Render(check)+" "+st.Kind[e.Kind].Render(name)+st.Muted.Render(nums))
		default:
			out = append(out, mark+check+" "+st.Kind[e.Kind].Render(name)+st.Muted.Render(nums))
		}
	}
	return out
}

// fitEntities sizes the list, and the mentions beside it when there is
// room, to the body b.
func (m *Model) fitEntities(b rect) {
	listW, sideW := entitiesSplit(b.W)
	m.fitList(&m.entities.scrollList, searchEntities, listW-2, b.H-2)
	if sideW > 0 {
		m.fitMentions(sideW-4, b.H-2)
	} else {
		m.entities.sideFocus = false
	}
}

// entitiesView is the list in its box and, when there is room, the
// mentions beside it.
func (m *Model) entitiesView(b rect) []string {
	listW, sideW := entitiesSplit(b.W)
	lines := m.entities.view(m, listW-2, m.searchLine(searchEntities))
	p := &m.entities
	note := p.valueNote(b.H-2, p.heads)
	list := box(m.styles, listW, b.H, p.title(len(m.story.Entities)), note, !p.sideFocus, lines)
	if sideW == 0 {
		return list
	}
	side, title := m.sideView(sideW - 4)
	return joinColumns(list, box(m.styles, sideW, b.H, title, p.side.rangeNote(), p.sideFocus, indent(side)))
}
