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
	entity    int32 // index into Story.Entities, -1 for a heading
	kind      uint8 // index in model.Kinds
	mentioned bool  // an item the story does not say was seized, or their heading
}

// title is a heading row's section title.
func (r entityRow) title() string {
	if r.mentioned {
		return kindTitle(kindMentioned)
	}
	return kindTitle(model.Kinds[r.kind])
}

// setRows rebuilds the rows for the current search: entities by kind, the
// items seized apart from those only mentioned.
func (p *entitiesPane) setRows(st *model.Story, ix *storyIndex) {
	p.rows, p.heads = p.rows[:0:0], nil
	section := func(rows []entityRow) {
		if len(rows) == 0 {
			return
		}
		p.heads = append(p.heads, int32(len(p.rows)))
		p.rows = append(p.rows, entityRow{kind: rows[0].kind, entity: -1, mentioned: rows[0].mentioned})
		p.rows = append(p.rows, rows...)
	}
	for _, k := range model.Kinds {
		var rows, mentioned []entityRow
		for _, ei := range ix.byKind[k] {
			e := st.Entities[ei]
			if !containsFold(e.Name, p.query) {
				continue
			}
			r := entityRow{kind: kindCode(k), entity: int32(ei)}
			if ix.look(k, e.Name) == hlMentioned {
				r.mentioned = true
				mentioned = append(mentioned, r)
				continue
			}
			rows = append(rows, r)
		}
		section(rows)
		section(mentioned)
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

// entityCols is the widths of the entities list's columns: the widest
// name, and the mentions count's digits; the events count sits under
// its heading, which is wider than any count.
type entityCols struct{ name, mentions int }

func newEntityCols(st *model.Story) entityCols {
	c := entityCols{mentions: 1}
	for _, e := range st.Entities {
		c.name = max(c.name, cellWidth(clean(e.Name)))
		c.mentions = max(c.mentions, len(itoa(len(e.Mentions))))
	}
	return c
}

// numbers is the cells the counts take: the mentions count after a
// space, and the events count under " events". A row spends five more on
// the cursor mark, the checkbox and a space.
func (c entityCols) numbers() int { return c.mentions + 1 + len(" events") }

// split divides the inner width w between the list and the side panel,
// the list as wide as its widest row up to half the width; side is 0 when
// there is no room for one.
func (c entityCols) split(w int) (list, side int) {
	if w < 78 {
		return w, 0
	}
	list = clamp(c.name+5+c.numbers()+2, 36, min(56, w/2))
	return list, w - list
}

// entitiesSplit is the split of the body's width.
func (m *Model) entitiesSplit() (list, side int) { return m.ix.entityCols.split(m.lay.Main.W) }

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
	cols := m.ix.entityCols
	nameW := max(w-5-cols.numbers(), 1)
	for i, r := range window(p.rows, p.top, p.height) {
		if r.entity < 0 {
			// The headings stand over their counts and may reach over
			// the names, which are on other rows.
			const heads = "mentions events"
			head := " " + st.Section.Render(padRight(r.title(), max(w-1-len(heads), 1)))
			out = append(out, head+st.Muted.Render(heads))
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
		look := st.hlStyle(m.ix.look(e.Kind, e.Name))
		nums := padLeft(itoa(len(e.Mentions)), cols.mentions+1) + padLeft(ev, len(" events"))
		switch {
		case cursor:
			out = append(out, st.Cursor.Render(fit(mark+check+" "+name+nums, w)))
		case check == "[x]":
			out = append(out, mark+st.Checked.Render(check)+" "+look.Render(name)+st.Muted.Render(nums))
		default:
			out = append(out, mark+check+" "+look.Render(name)+st.Muted.Render(nums))
		}
	}
	return out
}

// fitEntities sizes the list, and the mentions beside it when there is
// room, to the body b.
func (m *Model) fitEntities(b rect) {
	listW, sideW := m.entitiesSplit()
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
	listW, sideW := m.entitiesSplit()
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
