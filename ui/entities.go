package ui

import (
	"dossier/model"
)

// entitiesPane is the index of every entity by kind with its mention count;
// enter filters by the entity under the cursor. Wide enough, a side panel
// shows the sentences that mention it.
type entitiesPane struct {
	rows   []entityRow
	cur    int // index into rows of the cursor row, -1 if none
	offset int
	query  string
	curID  string // the cursor's entity ID, kept across rebuilds

	side    []string // the side panel's lines
	sideKey cacheKey
	sideOff int
}

// entityRow is a kind heading (entity -1) or an entity. It is 8 bytes: a
// story can have ten thousand entities.
type entityRow struct {
	entity int32 // index into Story.Entities, -1 for a heading
	kind   uint8 // index in model.Kinds
}

// setRows rebuilds the rows for the current search.
func (p *entitiesPane) setRows(st *model.Story, ix *storyIndex) {
	p.rows = p.rows[:0:0]
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
		p.rows = append(p.rows, entityRow{kind: kindCode(k), entity: -1})
		p.rows = append(p.rows, rows...)
	}
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

// move moves the cursor by delta entities, skipping headings.
func (p *entitiesPane) move(st *model.Story, delta int) {
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
			if p.rows[j].entity >= 0 {
				next = j
				break
			}
		}
		if next < 0 {
			break
		}
		p.cur = next
	}
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

// view draws the list for an inner size of w×h.
func (p *entitiesPane) view(m *Model, w, h int, searchLine string) []string {
	st := m.styles
	if searchLine != "" {
		h--
	}
	p.offset = scrollTo(p.offset, max(p.cur, 0), h, len(p.rows))
	out := make([]string, 0, h+1)
	if searchLine != "" {
		out = append(out, searchLine)
	}
	if len(p.rows) == 0 {
		return append(out, "", st.Muted.Render(center("No entity matches.", w)))
	}
	const cols = 16 // "mentions" and "events" columns
	nameW := max(w-cols-5, 1)
	for i, r := range window(p.rows, p.offset, h) {
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
		cursor := p.offset+i == p.cur
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

// sideView draws the sentences that mention the entity under the cursor.
func (p *entitiesPane) sideView(m *Model, w, h int) (lines []string, title string) {
	e := p.current()
	if e < 0 {
		return nil, "Mentions"
	}
	ent := m.story.Entities[e]
	k := cacheKey{e, w, m.themeGen}
	if k != p.sideKey || p.side == nil {
		p.sideKey, p.sideOff = k, 0
		p.side = mentionLines(m, ent, w)
	}
	title = clean(ent.Name) + " · " + itoa(len(ent.Mentions)) + " mentions"
	return window(p.side, p.sideOff, h), title
}

// mentionLines is each sentence mentioning ent, the mentions marked.
func mentionLines(m *Model, ent model.Entity, w int) []string {
	st := m.styles
	var out []string
	if ent.Country != "" {
		out = append(out, st.Label.Render("Country   ")+st.Kind[model.KindCountry].Render(clean(ent.Country)))
	}
	if ent.Category != "" {
		out = append(out, st.Label.Render("Category  ")+clean(ent.Category))
	}
	if len(out) > 0 {
		out = append(out, "")
	}
	// The mentions by sentence, in one pass: an entity named in thousands
	// of sentences made a scan of all its mentions per sentence quadratic.
	bySentence := map[int][]model.Mention{}
	var order []int
	for _, mn := range ent.Mentions {
		if _, ok := bySentence[mn.Sentence]; !ok {
			order = append(order, mn.Sentence)
		}
		bySentence[mn.Sentence] = append(bySentence[mn.Sentence], mn)
	}
	more := 0
	if len(order) > mentionSentencesMax {
		// Drawing every sentence of an entity named a hundred thousand
		// times took half a second a key; the article's search finds the
		// rest.
		more, order = len(order)-mentionSentencesMax, order[:mentionSentencesMax]
	}
	for _, sid := range order {
		s, ok := m.ix.sentenceOf(m.story, sid)
		if !ok {
			continue
		}
		mk := newMarked(s.Text, s.Start, m.ix.mentionsIn(s.ID))
		for _, o := range bySentence[sid] {
			mk.mark(o.Start-s.Start, o.End-s.Start, hlMatch)
		}
		out = append(out, st.Muted.Render("¶ "+itoa(s.Paragraph)+" · sentence "+itoa(s.ID)))
		lines, _ := mk.wrap(max(w-2, 1), st)
		for _, l := range lines {
			out = append(out, st.Faint.Render("│ ")+l)
		}
		out = append(out, "")
	}
	if more > 0 {
		out = append(out, st.Muted.Render("… "+itoa(more)+" more sentences: search the article (a, /)"))
	}
	return out
}

// mentionSentencesMax is how many sentences the mentions pane draws.
const mentionSentencesMax = 200
