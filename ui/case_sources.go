package ui

import (
	"slices"
	"strings"

	"dossier/model/casefile"
)

// sourcesPane is the Sources view: every disagreement of the case, in
// timeline order, each side with its articles and their sentences; the
// cursor is on a disagreement and enter opens its entry.
type sourcesPane struct {
	scrollList // over the drawn lines; cur is unused
	at         int
}

// disRef is one disagreement: its entry and its place in the entry's.
type disRef struct{ entry, d int }

// disagreements lists the case's disagreements in timeline order.
func (cs *caseState) disagreements() []disRef { return cs.p.disagreements }

func disagreementsOf(c *casefile.Case) []disRef {
	var out []disRef
	for i := range c.Entries {
		for d := range c.Entries[i].Disagreements {
			out = append(out, disRef{i, d})
		}
	}
	return out
}

// sourcesOut is the view's lines and the first line of each disagreement.
type sourcesOut struct {
	lines  []string
	starts []int
}

// sourcesLines draws every disagreement at inner width w: side by side
// from sideBySideWidth, one side under the other below it.
func (m *Model) sourcesLines(w int) sourcesOut {
	return m.memos.sources.get(sourcesIn{m.styles, m.cs.p, w}, drawSources)
}

// headLine is disagreement k's first line, marked when the cursor is on
// it: drawn apart, so a move of the cursor redraws one line.
func headLine(st *Styles, c *casefile.Case, r disRef, cursor bool, w int) string {
	e := &c.Entries[r.entry]
	mark, head := "  ", st.Strong
	if cursor {
		mark, head = "▸ ", st.Cursor
	}
	return mark + head.Render(ellipsis(dateLabel(e.Date, true)+" · "+clean(e.Summary), max(w-2, 1)))
}

// sourcesIn is what the Sources view is drawn from.
type sourcesIn struct {
	st *Styles
	p  *PreparedCase
	w  int
}

func drawSources(in sourcesIn) sourcesOut {
	st, c, w := in.st, in.p.c, in.w
	refs := disagreementsOf(c)
	var o sourcesOut
	if len(refs) == 0 {
		o.lines = []string{"", st.Muted.Render(center("The articles of the case do not disagree on any figure or date.", w))}
		return o
	}
	const sideBySideWidth = 100
	for _, r := range refs {
		e := &c.Entries[r.entry]
		d := e.Disagreements[r.d]
		o.starts = append(o.starts, len(o.lines))
		o.lines = append(o.lines, headLine(st, c, r, false, w))
		o.lines = append(o.lines, "  "+st.Status.Render(disputedMark+" ")+st.Section.Render(ellipsis(disagreementWhat(e, d), max(w-4, 1))))
		n := len(d.Sides)
		if w >= sideBySideWidth && n > 1 && n <= 3 {
			colW := (w - 2 - 3*(n-1)) / n
			cols := make([][]string, n)
			height := 0
			for j, s := range d.Sides {
				cols[j] = sideLines(st, in.p, s, colW)
				height = max(height, len(cols[j]))
			}
			for y := 0; y < height; y++ {
				line := "  "
				for j := range cols {
					if j > 0 {
						line += st.Faint.Render(" │ ")
					}
					cell := ""
					if y < len(cols[j]) {
						cell = cols[j][y]
					}
					line += fit(cell, colW)
				}
				o.lines = append(o.lines, line)
			}
		} else {
			for _, s := range d.Sides {
				for _, l := range sideLines(st, in.p, s, max(w-2, 1)) {
					o.lines = append(o.lines, "  "+l)
				}
			}
		}
		o.lines = append(o.lines, "")
	}
	return o
}

// sideLines is one side of a disagreement at width w: its value, then
// each claim's article and sentence with the claim's words marked.
func sideLines(st *Styles, p *PreparedCase, s casefile.Side, w int) []string {
	c := p.c
	out := []string{st.Strong.Render(ellipsis("“"+clean(s.Value)+"”", w))}
	for j, cl := range s.Claims {
		if j == sideClaims && len(s.Claims) > sideClaims+1 {
			var more []string
			for i, rest := range s.Claims[j:] {
				if i == 0 || rest.Source.Article != s.Claims[j+i-1].Source.Article {
					more = append(more, clean(c.Articles[rest.Source.Article].Label))
				}
			}
			if len(more) > 10 {
				more = append(more[:10], "…")
			}
			for _, l := range wrapPlain("and "+itoa(len(s.Claims)-j)+" more reports: "+strings.Join(more, ", "), max(w, 1)) {
				out = append(out, st.Muted.Render(l))
			}
			break
		}
		a := &c.Articles[cl.Source.Article]
		sen := c.Sentence(cl.Source)
		out = append(out, st.Label.Render(ellipsis(clean(a.Label), w))+st.Muted.Render(ellipsis(" · ¶ "+itoa(sen.Paragraph)+" · sentence "+itoa(sen.ID), max(w-cellWidth(clean(a.Label)), 0))))
		mk := newMarked(sen.Text, sen.Start, p.preps[cl.Source.Article].ix.mentionsIn(sen.ID))
		if cl.Text != "" && cl.End > cl.Start {
			mk.mark(cl.Start-sen.Start, cl.End-sen.Start, hlMatch)
		}
		lines, _ := mk.wrap(max(w-2, 1), st)
		for _, l := range lines {
			out = append(out, st.Faint.Render("│ ")+l)
		}
		if cl.Text == "" {
			out = append(out, st.Muted.Render(ellipsis("(the date is carried from the article, not written)", w)))
		}
	}
	return out
}

// sideClaims is how many reports of a side the view quotes.
const sideClaims = 3

// fitSources sizes the view to an inner w×h and keeps the cursor's
// disagreement in view, from its first line.
func (m *Model) fitSources(w, h int) {
	p := &m.cs.sources
	o := m.sourcesLines(w)
	p.setTotal(len(o.lines))
	p.setHeight(h)
	if p.at < len(o.starts) {
		start, end := o.starts[p.at], len(o.lines)
		if p.at+1 < len(o.starts) {
			end = o.starts[p.at+1]
		}
		if start < p.top || end > p.top+p.height {
			p.top = start
			if end-start < p.height && end > p.top+p.height {
				p.top = end - p.height
			}
		}
	}
	p.clamp()
}

// sourcesView draws the Sources view in its box b.
func (m *Model) sourcesView(b rect) []string {
	p := &m.cs.sources
	refs := m.cs.disagreements()
	title := "Sources · " + plural(len(refs), "disagreement") + " across the case"
	note := ""
	if len(refs) > 0 {
		note = itoa(p.at+1) + "/" + itoa(len(refs))
	}
	o := m.sourcesLines(b.W - 2)
	lines := slices.Clone(window(o.lines, p.top, p.height))
	if p.at < len(o.starts) {
		if y := o.starts[p.at] - p.top; y >= 0 && y < len(lines) {
			lines[y] = headLine(m.styles, m.cs.c(), refs[p.at], true, b.W-2)
		}
	}
	return box(m.styles, b.W, b.H, title, note, true, lines)
}

// moveSource moves the cursor by d disagreements.
func (m *Model) moveSource(d int) {
	p := &m.cs.sources
	p.at = clamp(p.at+d, 0, max(len(m.cs.disagreements())-1, 0))
}

// goToDisagreement opens the entry of the disagreement under the cursor.
func (m *Model) goToDisagreement() {
	refs := m.cs.disagreements()
	if m.cs.sources.at >= len(refs) {
		return
	}
	m.selectEntry(refs[m.cs.sources.at].entry)
	m.setView(viewTimeline)
	m.focus = paneDetail
}
