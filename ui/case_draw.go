package ui

import (
	"slices"
	"strings"
	"time"

	"dossier/model"
	"dossier/model/casefile"
)

// disputedMark is the timeline's mark of an entry whose sources give
// different figures or dates; the legend explains it. It is a glyph, not
// a colour, so it reads the same without colour.
const disputedMark = "≠"

func entries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return itoa(n) + " entries"
}

// caseHeaderLine is the first line of a case: the app, the case and its
// articles, and the months its entries span.
func (m *Model) caseHeaderLine(w int) string {
	st, c := m.styles, m.cs.c()
	left := " " + st.Brand.Render("dossier")
	title := "Case · " + plural(len(c.Articles), "article")
	if cs := m.cs; cs.read < cs.readOf {
		title += " · reading " + itoa(cs.read) + " of " + itoa(cs.readOf) + "…"
	}
	right := monthSpan(c.From, c.To)
	room := w - cellWidth(left) - 3
	if right != "" && room-cellWidth(right)-2 >= cellWidth(title) {
		room -= cellWidth(right) + 2
	} else {
		right = ""
	}
	line := left + st.Muted.Render(" · ") + st.Title.Render(ellipsis(title, max(room, 0)))
	if right != "" {
		line += spaces(w-cellWidth(line)-cellWidth(right)-1) + st.Meta.Render(right) + " "
	}
	return line
}

// monthSpan is the months from..to ("YYYY-MM-DD") cover: "May 2025",
// "Aug 2021–May 2025". Months, not days: an entry dated to a month has
// no first day the text gives.
func monthSpan(from, to string) string {
	a, aerr := time.Parse("2006-01-02", from)
	b, berr := time.Parse("2006-01-02", to)
	switch {
	case aerr != nil:
		return ""
	case berr != nil || a.Format("Jan 2006") == b.Format("Jan 2006"):
		return a.Format("Jan 2006")
	}
	return a.Format("Jan 2006") + "–" + b.Format("Jan 2006")
}

// caseTimelineBox is the case's timeline: one row per entry, its date,
// a mark when its sources disagree, its summary and its sources.
func (m *Model) caseTimelineBox(r rect) []string {
	cs, st, c := m.cs, m.styles, m.cs.c()
	focused := m.focus == paneTimeline
	w := r.W - 2
	var out []string
	if sl := m.searchLine(searchTimeline); sl != "" {
		out = append(out, sl)
	}
	l := &cs.list
	switch {
	case len(c.Entries) == 0:
		out = append(out, "", st.Muted.Render(center("The case reports no events.", w)))
	case len(cs.shown) == 0 && cs.query != "" && cs.total > 0:
		out = append(out, "", st.Muted.Render(center("No entry matches /"+cs.query, w)),
			st.Muted.Render(center("esc clears the search", w)))
	case len(cs.shown) == 0:
		out = append(out, "", st.Muted.Render(center("No entries match the filters.", w)),
			st.Muted.Render(center("x clears them", w)))
	}
	lay := m.caseRowLayout(w)
	from, to := l.window()
	for i := from; i < to && len(cs.shown) > 0; i++ {
		out = append(out, m.caseRow(cs.shown[i], i == l.cur, focused, lay)...)
	}
	title := "Timeline " + itoa(len(cs.shown)) + " of " + entries(len(c.Entries))
	if cs.query != "" {
		title += " /" + cs.query
	}
	note := ""
	if l.total > l.height && l.cur >= 0 {
		note = itoa(l.cur+1) + "/" + itoa(len(cs.shown))
	}
	return box(st, r.W, r.H, title, note, focused, out)
}

// caseRowLayout is the widths of a row's date and sources columns at
// inner width w, the long dates and the sources when there is room, and
// the lines a row takes: two where one would leave the summary under
// caseSummaryMin cells or cut a shown entry's summary, the summary going
// on under itself and the sources at the right of the second line.
type caseRowLayout struct {
	w, date, sources int
	long             bool
	lines            int
}

// caseSummaryMin is the least of a summary a one-line row may show.
const caseSummaryMin = 40

func (m *Model) caseRowLayout(w int) caseRowLayout {
	short, long, src := m.cs.cols.shortW, m.cs.cols.longW, m.cs.cols.sourcesW
	l := caseRowLayout{w: w, date: min(short, max(w/3, 4)), lines: 1}
	if w >= 100 && long > short {
		l.long, l.date = true, long
	}
	l.sources = min(src, max(w/4, w-l.date-8-caseSummaryMin))
	// A summary the line cuts while a second line would show it goes on
	// under itself, as a story's timeline does.
	if w >= 40 && (l.summaryW() < caseSummaryMin || m.cs.cols.summaryW > l.summaryW()) {
		l.lines = 2
		l.sources = min(src, max(l.summaryW()*2/5, 6))
	}
	return l
}

// summaryW is the summary's width on a row's first line.
func (l caseRowLayout) summaryW() int {
	if l.lines == 2 {
		return max(l.w-1-1-l.date-2-1-1, 1)
	}
	return max(l.w-1-1-l.date-2-1-1-2-l.sources, 1)
}

// caseRow is entry i's row: one line, or two (see caseRowLayout).
func (m *Model) caseRow(i int, cursor, focused bool, lay caseRowLayout) []string {
	st, c := m.styles, m.cs.c()
	e, row := &c.Entries[i], &m.cs.p.rows[i]
	base, dateSt, markSt, srcSt := Style{}, st.Date, st.Status, st.Muted
	if cursor {
		base = st.CursorOff
		if focused {
			base = st.Cursor
		}
		dateSt, markSt, srcSt = base, base, base
	}
	mark := " "
	if cursor {
		mark = "▸"
	}
	dis := " "
	if len(e.Disagreements) > 0 {
		dis = disputedMark
	}
	sumW := lay.summaryW()
	var b spans
	b.add(base, mark+" ")
	date := row.short
	if lay.long {
		date = row.long
	}
	addMatches(&b, ellipsis(date, lay.date), m.cs.query, lay.date, dateSt, st.Match)
	b.add(base, "  ")
	b.add(markSt, dis)
	b.add(base, " ")
	summary := clean(e.Summary)
	sources := padLeft(labelCut(row.sources, lay.sources), lay.sources)
	if lay.lines == 1 {
		addMatches(&b, ellipsis(summary, sumW), m.cs.query, sumW, base, st.Match)
		if lay.sources > 0 {
			b.add(base, "  ")
			b.add(srcSt, sources)
		}
		return []string{fit(b.String(), lay.w)}
	}
	first, rest := summary, ""
	if ws := wrapPlain(summary, sumW); len(ws) > 1 {
		first = ws[0]
		rest = strings.TrimSpace(strings.TrimPrefix(summary, first))
	}
	addMatches(&b, first, m.cs.query, sumW, base, st.Match)
	restW := max(sumW-2-lay.sources, 1)
	var b2 spans
	b2.add(base, spaces(lay.w-sumW))
	addMatches(&b2, ellipsis(rest, restW), m.cs.query, restW, base, st.Match)
	b2.add(base, "  ")
	b2.add(srcSt, sources)
	return []string{fit(b.String(), lay.w), fit(b2.String(), lay.w)}
}

// fitCaseTimeline sizes the case's timeline list to an inner w×h and
// keeps the cursor in view.
func (m *Model) fitCaseTimeline(w, h int) {
	if m.searching(searchTimeline) {
		h--
		m.fitSearchBox(w)
	}
	m.cs.list.setHeight(h / m.caseRowLayout(w).lines)
	m.cs.list.follow()
}

// fitCaseDetail sizes the detail pane to its box r; another entry starts
// it at its top.
func (m *Model) fitCaseDetail(r rect) {
	cs := m.cs
	i := cs.current()
	cs.detail.setTotal(len(m.caseDetailLines(i, r.W-4)))
	cs.detail.setHeight(r.H - 2)
	if i != cs.detailEntry {
		cs.detailEntry, cs.detail.top = i, 0
	}
	cs.detail.clamp()
}

// caseDetailBox is the detail pane of the selected entry.
func (m *Model) caseDetailBox(r rect) []string {
	cs := m.cs
	i := cs.current()
	title := "Entry"
	if i >= 0 {
		title = "Entry " + itoa(cs.list.cur+1) + " of " + itoa(len(cs.shown))
	}
	lines := indent(window(m.caseDetailLines(i, r.W-4), cs.detail.top, cs.detail.height))
	return box(m.styles, r.W, r.H, title, cs.detail.rangeNote(), m.focus == paneDetail, lines)
}

// caseDetailLines is entry i at width w: its date, where the sources
// disagree, each source's article and sentence and why it was merged,
// the figures the case counts for it, and the entities its sources name.
func (m *Model) caseDetailLines(i, w int) []string {
	return m.memos.caseDetail.get(caseDetailIn{m.styles, m.cs.p, i, w}, drawCaseDetail)
}

// caseDetailIn is what an entry's detail is drawn from.
type caseDetailIn struct {
	st    *Styles
	p     *PreparedCase
	entry int // -1: none selected
	w     int
}

func drawCaseDetail(in caseDetailIn) []string {
	st, c, i, w := in.st, in.p.c, in.entry, in.w
	if i < 0 {
		return []string{"", st.Muted.Render(center("No entry selected.", w))}
	}
	e := &c.Entries[i]
	var out []string
	para := func(style Style, text string, width int) {
		for _, l := range wrapPlain(text, max(width, 1)) {
			out = append(out, style.Render(l))
		}
	}
	if e.Date.Precision == model.PrecisionUnknown {
		out = append(out, st.Strong.Render("Undated"))
	} else {
		out = append(out, st.Strong.Render(dateLabel(e.Date, true))+st.Muted.Render(" · "+precisionWords(e.Date.Precision)))
	}
	labels := c.Values(e, casefile.SourceFacet)
	for j := range labels {
		labels[j] = clean(labels[j])
	}
	para(st.Muted, "Reported by "+plural(len(labels), "article")+": "+strings.Join(labels, ", "), w)
	if len(e.Disagreements) > 0 {
		out = append(out, "")
		out = append(out, st.Status.Render(disputedMark+" The sources disagree"))
		for _, d := range e.Disagreements {
			para(Style{}, disagreementLine(c, e, d), w)
		}
		para(st.Muted, "S lists every disagreement with its sentences", w)
	}
	for j, s := range e.Sources {
		if j == detailSources && len(e.Sources) > detailSources+1 {
			out = append(out, "")
			para(st.Muted, "and "+itoa(len(e.Sources)-j)+" more reports of it, from the articles listed at the top", w)
			break
		}
		out = append(out, "")
		a := &c.Articles[s.Article]
		head := clean(a.Label)
		if t := clean(a.Story.Doc.Title); t != "" && t != head {
			head += " · " + t
		}
		out = append(out, st.Label.Render(ellipsis(head, w)))
		sen := c.Sentence(s)
		mk := newMarked(sen.Text, sen.Start, in.p.preps[s.Article].ix.mentionsIn(sen.ID))
		lines, _ := mk.wrap(max(w-2, 1), st)
		for _, l := range lines {
			out = append(out, st.Faint.Render("│ ")+l)
		}
		where := "¶ " + itoa(sen.Paragraph) + " · sentence " + itoa(sen.ID)
		if j == 0 {
			para(st.Muted, where, w)
			continue
		}
		for _, why := range e.Why {
			if why.Source == s {
				where += " · merged: " + whyWords(why)
				break
			}
		}
		para(st.Muted, where, w)
	}
	if len(e.Figures) > 0 {
		out = append(out, "")
		out = append(out, st.Section.Render("Figures, counted once in the stats"))
		for _, f := range e.Figures {
			from := clean(c.Articles[f.From.Article].Label)
			if f.Reports > 1 {
				from += "; " + itoa(f.Reports) + " articles give it"
			}
			t := clean(f.Text) + " (" + from + ")"
			if f.Disputed {
				t += " " + disputedMark
			}
			para(Style{}, t, w)
		}
	}
	const labelW = 10
	field := func(label string, values []string) {
		if len(values) == 0 {
			return
		}
		vs := make([]string, len(values))
		for j, v := range values {
			vs[j] = clean(v)
		}
		for j, l := range wrapPlain(strings.Join(vs, ", "), max(w-labelW, 1)) {
			lab := spaces(labelW)
			if j == 0 {
				lab = st.Label.Render(padRight(label, labelW))
			}
			out = append(out, lab+l)
		}
	}
	if len(e.Countries)+len(e.Places)+len(e.Agencies)+len(e.Networks)+len(e.Items) > 0 {
		out = append(out, "")
	}
	field("Countries", e.Countries)
	field("Places", e.Places)
	field("Agencies", e.Agencies)
	field("Networks", e.Networks)
	field("Items", e.Items)
	return out
}

// detailSources is how many of an entry's reports its detail quotes: a
// happening a hundred articles report is read a few at a time.
const detailSources = 20

// disagreementLine is one disagreement in a line: what, and each side
// with the articles that give it.
func disagreementLine(c *casefile.Case, e *casefile.Entry, d casefile.Disagreement) string {
	var sides []string
	for _, s := range d.Sides {
		sides = append(sides, "“"+clean(s.Value)+"” ("+claimArticles(c, s)+")")
	}
	return disagreementWhat(e, d) + ": " + strings.Join(sides, " against ")
}

// disagreementWhat says in words what a disagreement is about: the
// figure's key ("drugs kg") is the merge's, not the reader's.
func disagreementWhat(e *casefile.Entry, d casefile.Disagreement) string {
	if d.Kind == casefile.DisagreeDate {
		return "the date differs"
	}
	what := clean(d.What)
	for _, f := range e.Figures {
		if f.Key != d.What {
			continue
		}
		what = clean(f.What)
		if f.Unit != "" {
			what += " (" + clean(f.Unit) + ")"
		}
		break
	}
	if d.Kind == casefile.DisagreeBound {
		return what + ": one exact figure, one bound"
	}
	return what + ": the figures differ"
}

// claimArticles lists the articles of a side's claims.
func claimArticles(c *casefile.Case, s casefile.Side) string {
	var out []string
	for j, cl := range s.Claims {
		if j == 0 || cl.Source.Article != s.Claims[j-1].Source.Article {
			out = append(out, clean(c.Articles[cl.Source.Article].Label))
		}
	}
	return strings.Join(out, ", ")
}

// whyWords says what a source shares with the entry it was merged into:
// "same day (22 May 2025, publication day) · same kind: arrest · …".
func whyWords(w casefile.Why) string {
	var parts []string
	if w.Repeat {
		parts = append(parts, "its article tells it again")
	}
	if w.Days != "" {
		day := "same day"
		if strings.Contains(w.Days, "/") {
			day = "overlapping dates"
		}
		basis := "written in both"
		if !w.Written {
			basis = "from the dates of the articles"
		}
		parts = append(parts, day+" ("+daysLabel(w.Days)+", "+basis+")")
	}
	if len(w.Kinds) > 0 {
		parts = append(parts, "same kind: "+cleanJoin(w.Kinds))
	}
	if len(w.Figures) > 0 {
		parts = append(parts, "same figures: "+cleanJoin(slices.Compact(slices.Clone(w.Figures))))
	}
	names := map[model.Kind][]string{}
	var order []model.Kind
	for _, f := range w.Facets {
		if _, ok := names[f.Kind]; !ok {
			order = append(order, f.Kind)
		}
		names[f.Kind] = append(names[f.Kind], clean(f.Value))
	}
	for _, k := range order {
		noun := strings.ToLower(kindTitle(k))
		if k == model.KindItem {
			noun = "items" // seized in both: an entry's items are its events
		}
		parts = append(parts, "same "+noun+": "+strings.Join(names[k], ", "))
	}
	if w.Wording > 0 {
		parts = append(parts, itoa(int(w.Wording*100+0.5))+"% of words shared")
	}
	if len(parts) == 0 {
		return "no shared evidence recorded"
	}
	return strings.Join(parts, " · ")
}

// labelCut cuts an article's label to w cells in its middle: labels
// that differ only at their end ("U.S. Department of Justice 2") stay
// apart when cut.
func labelCut(s string, w int) string {
	if cellWidth(s) <= w || w < 8 {
		return ellipsis(s, w)
	}
	rs := []rune(s)
	tail := ""
	for i := len(rs) - 1; i >= 0 && cellWidth(string(rs[i:])) <= w/3; i-- {
		tail = string(rs[i:])
	}
	return ellipsis(s, w-cellWidth(tail)) + tail
}

// cleanJoin is the values, each made safe for the terminal, joined.
func cleanJoin(vs []string) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = clean(v)
	}
	return strings.Join(out, ", ")
}

// daysLabel writes a day or a run of days ("2025-05-22",
// "2025-04-01/2025-04-30") for the reader.
func daysLabel(days string) string {
	a, b, span := strings.Cut(days, "/")
	ta, err := time.Parse("2006-01-02", a)
	if err != nil {
		return days
	}
	if !span {
		return ta.Format("2 Jan 2006")
	}
	tb, err := time.Parse("2006-01-02", b)
	if err != nil {
		return days
	}
	return ta.Format("2 Jan 2006") + "–" + tb.Format("2 Jan 2006")
}
