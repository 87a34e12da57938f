package ui

import (
	"strings"

	"dossier/model"
)

// detailPane shows the selected event: its date and where the date came
// from, the source sentence with entities highlighted, the entities,
// seizures and counts, and its place in the article.
type detailPane struct {
	offset int
	key    cacheKey // what lines were drawn for
	lines  []string
}

// cacheKey is what a pane's drawn lines depend on: the item shown (an
// event, an entity), the width and the theme.
type cacheKey struct{ item, width, theme int }

// content returns the pane's lines for event ev at inner width w, drawing
// them only when the event, width or theme changed.
func (p *detailPane) content(m *Model, ev, w int) []string {
	k := cacheKey{ev, w, m.themeGen}
	if k != p.key || p.lines == nil {
		if k.item != p.key.item {
			p.offset = 0
		}
		p.key = k
		p.lines = detailLines(m, ev, w)
	}
	return p.lines
}

// view draws the pane for an inner size of w×h; note is the scroll position.
func (p *detailPane) view(m *Model, w, h int) (lines []string, note string) {
	all := p.content(m, m.timeline.current(), w)
	p.offset = clamp(p.offset, 0, max(len(all)-h, 0))
	if len(all) > h {
		note = itoa(p.offset+1) + "–" + itoa(min(p.offset+h, len(all))) + " of " + itoa(len(all))
	}
	return window(all, p.offset, h), note
}

// scroll moves the text by delta lines; the next view clamps it.
func (p *detailPane) scroll(delta int) {
	p.offset = max(p.offset+delta, 0)
	if delta > 0 && p.lines != nil {
		p.offset = min(p.offset, len(p.lines)-1)
	}
}

func detailLines(m *Model, ev, w int) []string {
	st := m.styles
	if ev < 0 {
		return []string{"", st.Muted.Render(center("No event selected.", w))}
	}
	e := m.story.Events[ev]
	var out []string

	// Date, precision and basis in words.
	if undated(e) {
		out = append(out, st.Strong.Render("Undated"))
	} else {
		out = append(out, st.Strong.Render(dateLabel(e.Date, true))+st.Muted.Render(" · "+precisionWords(e.Date.Precision)))
	}
	basis := basisWords(e.Date.Basis)
	if undated(e) && e.Date.Basis == model.BasisExplicit {
		basis = "the sentence gives no date it can be placed at"
	}
	if e.Date.Basis == model.BasisContext {
		basis = "~ " + basis
	}
	if t := clean(e.Date.Text); t != "" {
		basis += ": “" + t + "”"
	}
	for _, l := range wrapPlain(basis, w) {
		out = append(out, st.Muted.Render(l))
	}
	if n := clean(e.Date.Note); n != "" {
		for _, l := range wrapPlain("("+n+")", w) {
			out = append(out, st.Muted.Render(l))
		}
	}
	out = append(out, "")

	// The source sentence, entities highlighted by kind.
	s, ok := m.ix.sentenceOf(m.story, e.Sentence)
	if ok {
		quote := st.Faint.Render("│ ")
		mk := newMarked(s.Text, s.Start, m.ix.mentionsIn(s.ID))
		lines, _ := mk.wrap(max(w-2, 1), st)
		for _, l := range lines {
			out = append(out, quote+l)
		}
		out = append(out, "")
	}

	// The entities of the event, then what the sentence reports.
	const labelW = 10
	field := func(label string, values []string, k model.Kind) {
		if len(values) == 0 {
			return
		}
		var sb strings.Builder
		var spans []kindSpan
		for i, v := range values {
			if i > 0 {
				sb.WriteString(", ")
			}
			v = clean(v)
			spans = append(spans, newSpan(sb.Len(), sb.Len()+len(v), k))
			sb.WriteString(v)
		}
		mk := newMarked(sb.String(), 0, spans)
		lines, _ := mk.wrap(max(w-labelW, 1), st)
		for i, l := range lines {
			lab := spaces(labelW)
			if i == 0 {
				lab = st.Label.Render(padRight(label, labelW))
			}
			out = append(out, lab+l)
		}
	}
	field("Countries", e.Countries, model.KindCountry)
	field("Places", e.Places, model.KindPlace)
	field("Agencies", e.Agencies, model.KindAgency)
	field("Networks", e.Networks, model.KindNetwork)
	field("Items", e.Items, model.KindItem)
	list := func(label string, items []string) {
		for i, it := range items {
			for j, l := range wrapPlain(it, max(w-labelW, 1)) {
				lab := spaces(labelW)
				if i == 0 && j == 0 {
					lab = st.Label.Render(padRight(label, labelW))
				}
				out = append(out, lab+l)
			}
		}
	}
	var seized, counted []string
	for _, sz := range m.ix.seizuresIn(e.Sentence) {
		seized = append(seized, seizureLabel(sz))
	}
	for _, c := range m.ix.countsIn(e.Sentence) {
		counted = append(counted, countLabel(c))
	}
	list("Seized", seized)
	list("Counts", counted)

	// Where it is in the article.
	if ok {
		out = append(out, "", st.Muted.Render("¶ "+itoa(s.Paragraph)+" · sentence "+itoa(s.ID)))
	}
	return out
}
