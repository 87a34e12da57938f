package ui

import (
	"slices"
	"strings"

	"dossier/model"
)

// detailPane shows the selected event: its date and where the date came
// from, the source sentence with entities highlighted, the entities,
// seizures and counts, and its place in the article.
type detailPane struct {
	scrollList        // over the lines of the event
	ev         int    // the event last shown: another starts at the top
	query      string // the timeline search it was shown for
}

// fitDetail sizes the pane to its box r for the selected event. Another
// event, or another search, starts it at its top, or where the search's
// first match in the sentence comes into view.
func (m *Model) fitDetail(r rect) {
	p := &m.detail
	ev := m.timeline.current()
	d := m.detailLines(ev, r.W-4)
	p.setTotal(len(d.lines))
	p.setHeight(r.H - 2)
	if ev != p.ev || m.timeline.query != p.query {
		p.ev, p.query, p.top = ev, m.timeline.query, 0
		if d.match >= 0 {
			p.reveal(d.match)
		}
	}
	p.clamp()
}

// detailBox is the pane in its box of r.
func (m *Model) detailBox(r rect) []string {
	p := &m.detail
	lines := indent(window(m.detailLines(m.timeline.current(), r.W-4).lines, p.top, p.height))
	title := "Event"
	if ev := m.timeline.current(); ev >= 0 {
		title = "Event " + itoa(m.timeline.pos()+1) + " of " + itoa(len(m.timeline.items))
	}
	return box(m.styles, r.W, r.H, title, p.rangeNote(), m.focus == paneDetail, lines)
}

// detailIn is what the lines of an event are drawn from.
type detailIn struct {
	env   drawEnv
	ev    int // -1: none selected
	w     int
	query string // the timeline search, marked in the sentence
}

// detailOut is the lines of an event and the first line with a match of
// the search in its sentence (-1: none).
type detailOut struct {
	lines []string
	match int
}

// detailLines is the lines of event ev at width w.
func (m *Model) detailLines(ev, w int) detailOut {
	return m.memos.detail.get(detailIn{m.env(), ev, w, m.timeline.query}, drawDetail)
}

func drawDetail(in detailIn) detailOut {
	d := detailOut{match: -1}
	d.lines = detailLinesOf(in, &d.match)
	return d
}

func detailLinesOf(in detailIn, matchLine *int) []string {
	st, ev, w := in.env.st, in.ev, in.w
	if ev < 0 {
		return []string{"", st.Muted.Render(center("No event selected.", w))}
	}
	e := in.env.story.Events[ev]
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
	s, ok := in.env.ix.sentenceOf(in.env.story, e.Sentence)
	if ok {
		quote := st.Faint.Render("│ ")
		mk := newMarked(s.Text, s.Start, in.env.ix.mentionsIn(s.ID))
		matches := findFold(mk.text, in.query)
		for _, r := range matches {
			mk.mark(r[0], r[1], hlMatch)
		}
		lines, ranges := mk.wrap(max(w-2, 1), st)
		for i, l := range lines {
			if *matchLine < 0 && len(matches) > 0 && ranges[i][1] > matches[0][0] {
				*matchLine = len(out)
			}
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
			spans = append(spans, kindSpan{int32(sb.Len()), int32(sb.Len() + len(v)), in.env.ix.lookIn(e.Sentence, k, v)})
			sb.WriteString(v)
		}
		mk := newMarked(sb.String(), 0, spans)
		mk.plain = true // the label says the kind
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
	for _, sz := range in.env.ix.seizuresIn(e.Sentence) {
		seized = append(seized, seizureLabel(sz))
	}
	for _, c := range in.env.ix.countsIn(e.Sentence) {
		counted = append(counted, countLabel(c))
	}
	list("Seized", seized)
	list("Counts", counted)

	// Where it is in the article.
	if ok {
		where := "¶ " + itoa(s.Paragraph) + " · sentence " + itoa(s.ID)
		if i, ok := in.env.ix.sentenceIndex(s.ID); ok {
			// A sentence may report several happenings: say which
			// of them this is, so the others are looked for.
			if evs := in.env.ix.eventsOfSentence(i); len(evs) > 1 {
				where += " · event " + itoa(slices.Index(evs, int32(ev))+1) + " of " + itoa(len(evs)) + " in it"
			}
		}
		out = append(out, "", st.Muted.Render(where))
	}
	return out
}
