package ui

import (
	"cmp"
	"slices"
	"strings"

	"dossier/model"
	"dossier/model/casefile"
)

// The entities and stats views of a case read the whole case: one entity
// per real thing with its mentions in each article, and totals that take
// one figure per happening, each saying which article it is from.

// caseEntitiesPane lists the case's entities, by kind then by mentions.
type caseEntitiesPane struct {
	scrollList
	rows  []int  // indices into Case.Entities: those the search leaves
	query string // the "/" search over the names
}

// setRows lists those of all (the case's entities in the view's order)
// whose name holds the search, the cursor staying on its entity when the
// search leaves it.
func (p *caseEntitiesPane) setRows(c *casefile.Case, all []int) {
	was := p.current()
	p.rows = all
	if p.query != "" {
		p.rows = make([]int, 0, len(all))
		for _, i := range all {
			if containsFold(c.Entities[i].Name, p.query) {
				p.rows = append(p.rows, i)
			}
		}
	}
	p.setTotal(len(p.rows))
	p.cur = min(0, len(p.rows)-1)
	if j := slices.Index(p.rows, was); j >= 0 {
		p.cur = j
	}
}

// caseEntityWidths is the widest kind, count and name among a case's entities.
type caseEntityWidths struct{ kind, count, name int }

func caseEntityCols(c *casefile.Case) caseEntityWidths {
	w := caseEntityWidths{count: 1}
	for i := range c.Entities {
		e := &c.Entities[i]
		w.kind = max(w.kind, cellWidth(kindTitle(e.Kind)))
		w.count = max(w.count, len(itoa(e.Count())))
		w.name = max(w.name, cellWidth(clean(e.Name)))
	}
	return w
}

// caseEntityRows is the case's entities in the order the view lists them.
func caseEntityRows(c *casefile.Case) []int {
	rows := make([]int, len(c.Entities))
	for i := range rows {
		rows[i] = i
	}
	kindAt := func(k model.Kind) int { return slices.Index(model.Kinds[:], k) }
	slices.SortStableFunc(rows, func(a, b int) int {
		ea, eb := &c.Entities[a], &c.Entities[b]
		if d := cmp.Compare(kindAt(ea.Kind), kindAt(eb.Kind)); d != 0 {
			return d
		}
		if d := cmp.Compare(eb.Count(), ea.Count()); d != 0 {
			return d
		}
		return strings.Compare(ea.Name, eb.Name)
	})
	return rows
}

// current is the entity under the cursor, or -1.
func (p *caseEntitiesPane) current() int {
	if p.cur >= 0 && p.cur < len(p.rows) {
		return p.rows[p.cur]
	}
	return -1
}

func (m *Model) fitCaseEntities(w, h int) {
	p := &m.cs.entities
	p.setTotal(len(p.rows))
	m.fitList(&p.scrollList, searchEntities, w, h)
}

// caseEntitiesView draws the list in its box b: each entity's kind, name,
// mentions across the case and per article.
func (m *Model) caseEntitiesView(b rect) []string {
	st, c, p := m.styles, m.cs.c(), &m.cs.entities
	w := b.W - 2
	cw := m.cs.p.entityCols
	kindW, countW, nameW := cw.kind, cw.count, min(cw.name, max(w/3, 8))
	var out []string
	if sl := m.searchLine(searchEntities); sl != "" {
		out = append(out, sl)
	}
	switch {
	case len(p.rows) == 0 && p.query != "":
		out = append(out, "", st.Muted.Render(center("No entity matches /"+p.query, w)),
			st.Muted.Render(center("esc clears the search", w)))
	case len(p.rows) == 0:
		out = append(out, "", st.Muted.Render(center("The case names no entities.", w)))
	}
	from, to := p.window()
	for r := from; r < to; r++ {
		e := &c.Entities[p.rows[r]]
		// Only as many articles as the row can show: an entity of a
		// large case is named in hundreds.
		var per []string
		perW := 0
		for _, am := range e.Mentions {
			if perW > w {
				per = append(per, "…")
				break
			}
			p := clean(c.Articles[am.Article].Label) + " " + itoa(len(am.Mentions))
			per = append(per, p)
			perW += cellWidth(p) + 3
		}
		mark := " "
		if r == p.cur {
			mark = "▸"
		}
		check := "[ ]"
		if m.cs.sel.Has(e.Kind, e.Name) {
			check = "[x]"
		}
		line := mark + check + " " + padRight(ellipsis(clean(e.Name), nameW), nameW) + "  " +
			padRight(kindTitle(e.Kind), kindW) + "  " + padLeft(itoa(e.Count()), countW) + "  "
		rest := strings.Join(per, " · ")
		if r == p.cur {
			out = append(out, st.Cursor.Render(fit(line+rest, w)))
			continue
		}
		out = append(out, fit(line+st.Muted.Render(ellipsis(rest, max(w-cellWidth(line), 0))), w))
	}
	title := "Entities · case · " + plural(len(c.Entities), "entity")
	if len(c.Entities) != 1 {
		title = "Entities · case · " + itoa(len(c.Entities)) + " entities"
	}
	if p.query != "" {
		title += " · /" + p.query + " · " + itoa(len(p.rows)) + " shown"
	}
	note := ""
	if p.total > p.height && p.cur >= 0 {
		note = itoa(p.cur+1) + "/" + itoa(len(p.rows))
	}
	return box(st, b.W, b.H, title+" · mentions in each article", note, true, out)
}

// filterByCaseEntity toggles the entity under the cursor as a filter and
// shows the timeline, on the first entry that names it.
func (m *Model) filterByCaseEntity() {
	cs := m.cs
	i := cs.entities.current()
	if i < 0 {
		return
	}
	e := &cs.c().Entities[i]
	names := func(j int) bool { return slices.Contains(cs.c().Values(&cs.c().Entries[j], e.Kind), e.Name) }
	if !slices.ContainsFunc(cs.shown, names) && !cs.sel.Has(e.Kind, e.Name) {
		m.status = clean(e.Name) + " is in no shown entry"
		return
	}
	m.toggle(e.Kind, e.Name)
	if cs.sel.Has(e.Kind, e.Name) {
		if j := slices.IndexFunc(cs.shown, names); j >= 0 {
			cs.list.cur = j
			cs.syncEntry()
		}
	}
	m.setView(viewTimeline)
	m.focus = paneTimeline
}

// statsRule is the line over a case's stats that says how they add up,
// short enough for one line at 80 columns and wrapped below that.
const statsRule = "One figure per happening: one reported by several articles counts once."

// caseStatsOut is the case's stats drawn at a width: the lines, and for
// every figure in the order the cursor goes, its first line and its entry.
type caseStatsOut struct {
	lines []string
	first []int
	entry []int
}

// caseStatsLines is the totals of the shown entries at width w: each
// total, then the figure of every happening it adds up, as its article
// writes it, with the article and the entry.
func (m *Model) caseStatsLines(w int) []string { return m.caseStats(w).lines }

// caseStats lays out the totals of the shown entries at width w, the
// cursor's figure drawn as the cursor.
func (m *Model) caseStats(w int) caseStatsOut {
	st, c := m.styles, m.cs.c()
	totals := m.cs.shownTotals()
	if len(totals) == 0 {
		return caseStatsOut{lines: []string{"", st.Muted.Render(center("The shown entries give no figures.", w))}}
	}
	var out caseStatsOut
	add := func(l ...string) { out.lines = append(out.lines, l...) }
	for _, l := range wrapPlain(statsRule, max(w, 1)) {
		add(st.Muted.Render(l))
	}
	add("")
	for _, t := range totals {
		head := clean(t.What)
		var quals []string
		for _, p := range t.Parts {
			if q := clean(p.Figure.Qualifier); q != "" && !slices.Contains(quals, "“"+q+"”") {
				quals = append(quals, "“"+q+"”")
			}
		}
		note := " from " + entries(len(t.Parts))
		if len(quals) > 0 {
			// A sum of "more than 1,000" is no exact figure: say so.
			note += ", some written " + strings.Join(quals, ", ")
		}
		add(fit(st.Section.Render(head)+"  "+st.Strong.Render(amountLabel(t.Value, clean(t.Unit)))+st.Muted.Render(note), w))
		for _, p := range t.Parts {
			cursor := len(out.first) == m.cs.stats.fig
			out.first = append(out.first, len(out.lines))
			out.entry = append(out.entry, p.Entry)
			e := &c.Entries[p.Entry]
			f := p.Figure
			src := clean(c.Articles[f.From.Article].Label)
			if f.Reports > 1 {
				src += " and " + plural(f.Reports-1, "other article")
			}
			const numW = 14
			said := "“" + clean(f.Text) + "” (" + src + ")"
			if f.Disputed {
				// A no-break space: the mark wraps with the source it
				// qualifies, never onto a line of its own.
				said += "\u00a0" + disputedMark
			}
			mark := "  "
			if cursor {
				mark = "▸ "
			}
			var lines []string
			for j, l := range wrapPlain(said, max(w-2-numW-2, 1)) {
				num := spaces(numW)
				if j == 0 {
					num = padLeft(ellipsis(amountLabel(f.Value, clean(f.Unit)), numW), numW)
				}
				lines = append(lines, num+"  "+l)
			}
			lines = append(lines, ellipsis(spaces(numW+2)+dateLabel(e.Date, false)+" · "+clean(e.Summary), max(w-2, 1)))
			for j, l := range lines {
				switch {
				case cursor:
					l = st.Cursor.Render(fit(mark+l, w))
				case j == len(lines)-1:
					l = "  " + st.Muted.Render(l)
				default:
					l = "  " + l
				}
				if j == 0 {
					mark = "  "
				}
				add(l)
			}
		}
		add("")
	}
	return out
}

func (m *Model) fitCaseStats(w, h int) {
	p := &m.cs.stats
	p.fig = clamp(p.fig, 0, max(m.caseFigures()-1, 0))
	out := m.caseStats(w)
	p.setTotal(len(out.lines))
	p.setHeight(h)
	p.cur = -1
	if p.fig < len(out.first) {
		p.cur = out.first[p.fig]
	}
	p.follow()
}

// caseStatsPane is the case's stats: a cursor over the figures.
type caseStatsPane struct {
	scrollList     // over the lines; cur is the cursor figure's first line
	fig        int // the cursor's figure
}

// caseFigures is how many figures the case's stats list.
func (m *Model) caseFigures() int {
	n := 0
	for _, t := range m.cs.shownTotals() {
		n += len(t.Parts)
	}
	return n
}

// moveCaseFigure moves the stats' cursor d figures.
func (m *Model) moveCaseFigure(d int) {
	p := &m.cs.stats
	p.fig = clamp(p.fig+d, 0, max(m.caseFigures()-1, 0))
}

// goToCaseFigure is enter in the case's stats: the entry the cursor's
// figure comes from, in the timeline's detail pane.
func (m *Model) goToCaseFigure() {
	out := m.caseStats(max(m.lay.Main.W-2, 1))
	if f := m.cs.stats.fig; f >= 0 && f < len(out.entry) {
		m.selectEntry(out.entry[f])
		m.setView(viewTimeline)
		m.focus = paneDetail
	}
}

// caseStatsView draws the totals in their box b.
func (m *Model) caseStatsView(b rect) []string {
	p := &m.cs.stats
	title := "Stats · case · " + itoa(len(m.cs.shown)) + " of " + entries(len(m.cs.c().Entries))
	out := m.caseStats(b.W - 2)
	note := ""
	if len(out.first) > 0 {
		note = "figure " + itoa(p.fig+1) + "/" + itoa(len(out.first))
	}
	return box(m.styles, b.W, b.H, title, note, true, window(out.lines, p.top, p.height))
}
