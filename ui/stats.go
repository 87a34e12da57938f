package ui

import (
	"math"
	"strings"

	"dossier/model"
)

// statsPane lists the figures of the events the filters leave, by
// section, with bars where figures share a scale. Its cursor is on a
// figure; enter goes to the figure's event, or to its sentence in the
// article when the sentence reports none the timeline shows.
type statsPane struct {
	scrollList     // over the lines; cur is the cursor figure's first line
	fig        int // the cursor's figure
}

// statsFigures is the figures of the current filters.
func (m *Model) statsFigures() *statsData {
	return m.memos.statsData.get(statsFor{m.story, m.ix, m.filtered}, newStatsData)
}

// fitStats sizes the stats to an inner w×h and keeps the cursor's figure
// in view.
func (m *Model) fitStats(w, h int) {
	p := &m.stats
	d := m.statsFigures()
	p.fig = clamp(p.fig, 0, max(d.figures-1, 0))
	out := m.statsLines(w)
	p.setTotal(len(out.lines))
	p.setHeight(h)
	p.cur = -1
	if p.fig < len(out.lineOf) {
		p.cur = out.lineOf[p.fig]
	}
	p.follow()
}

// move moves the cursor d figures.
func (p *statsPane) move(d int, figures int) {
	p.fig = clamp(p.fig+d, 0, max(figures-1, 0))
}

// currentFigure is the cursor's figure, or false.
func (m *Model) currentFigure() (figure, bool) {
	rows := m.statsFigures().rows()
	if m.stats.fig < 0 || m.stats.fig >= len(rows) {
		return figure{}, false
	}
	return rows[m.stats.fig], true
}

// statsTarget is where enter goes from the stats: the figure's event when
// the timeline shows it; else (ev -1) the figure's sentence.
func (m *Model) statsTarget() (ev int, sentence int, ok bool) {
	f, ok := m.currentFigure()
	if !ok {
		return -1, 0, false
	}
	if f.event >= 0 && m.timeline.shows(f.event) {
		return f.event, f.sentence, true
	}
	if i, found := m.ix.sentenceIndex(f.sentence); found {
		if ev := m.shownEventOf(i); ev >= 0 {
			return ev, f.sentence, true
		}
	}
	return -1, f.sentence, true
}

// statsTitle is the box title: what the figures are of.
func (m *Model) statsTitle() string {
	total := len(m.story.Events)
	sel := m.filtered.sel
	if sel.Empty() {
		return "Stats · all " + plural(total, "event")
	}
	var vals []string
	for _, k := range model.Kinds {
		for _, v := range sel[k] {
			vals = append(vals, clean(v))
		}
	}
	return "Stats · " + strings.Join(vals, ", ") + " · " + itoa(len(m.filtered.shown)) + " of " + plural(total, "event")
}

// statsNote is the box's bottom edge: the cursor figure's sentence and its
// place among the figures.
func (m *Model) statsNote() string {
	f, ok := m.currentFigure()
	if !ok {
		return ""
	}
	return "sentence " + itoa(f.sentence) + " · " + itoa(m.stats.fig+1) + "/" + itoa(m.statsFigures().figures)
}

// statsIn is what the stats lines are drawn from.
type statsIn struct {
	env     drawEnv
	data    *statsData
	w       int
	cur     int // the cursor's figure
	noneYet bool
}

// statsOut is the drawn lines and the first line of every figure.
type statsOut struct {
	lines  []string
	lineOf []int
}

// statsLines is the stats drawn for inner width w.
func (m *Model) statsLines(w int) statsOut {
	return m.memos.stats.get(statsIn{m.env(), m.statsFigures(), w, m.stats.fig, !m.filtered.sel.Empty()}, drawStats)
}

// drawStats draws the sections one below the other.
func drawStats(in statsIn) statsOut {
	st, d, w := in.env.st, in.data, in.w
	var out statsOut
	if d.figures == 0 {
		msg := "The story reports no seizures or counts."
		if in.noneYet {
			msg = "No seizures or counts in the events shown."
		}
		out.lines = []string{"", st.Muted.Render(center(msg, w))}
		return out
	}
	// The figures read best in a column of at most statsMaxW, their
	// dates at its right edge.
	lay := statsLayout{w: min(w, statsMaxW)}
	for _, f := range d.rows() {
		lay.dateW = max(lay.dateW, cellWidth(figureDate(in.env.ix, f)))
	}
	fig := 0
	for _, s := range d.sections {
		if len(out.lines) > 0 {
			out.lines = append(out.lines, "")
		}
		out.lines = append(out.lines, " "+st.Section.Render(s.title))
		for _, l := range sectionLines(in, lay, s.rows, fig) {
			if l.first {
				out.lineOf = append(out.lineOf, len(out.lines))
			}
			out.lines = append(out.lines, l.text)
		}
		fig += len(s.rows)
	}
	return out
}

// statsLine is one drawn line of a section; first marks a figure's first.
type statsLine struct {
	text  string
	first bool
}

// statsMaxW is the widest the figures are drawn.
const statsMaxW = 88

// statsLayout is the column the figures are drawn in and the width of
// their dates.
type statsLayout struct{ w, dateW int }

// figureDate is the date of a figure's event: "" when its sentence
// reports none.
func figureDate(ix *storyIndex, f figure) string {
	if f.event < 0 {
		return ""
	}
	if d := ix.date(f.event, false); d != "" {
		return d
	}
	return "undated"
}

// sectionLines draws a section's figures, the first of them figure number
// from: with bars scaled to the largest of their scale, or as words.
func sectionLines(in statsIn, lay statsLayout, rows []figure, from int) []statsLine {
	st, w, dateW := in.env.st, lay.w, lay.dateW
	labelW, textW := 0, 0
	top := map[string]float64{}
	for _, f := range rows {
		labelW = max(labelW, cellWidth(f.label))
		textW = max(textW, cellWidth(f.text))
		top[f.scale] = math.Max(top[f.scale], f.value)
	}
	labelW = min(labelW, max(w/4, 6))
	var out []statsLine
	for i, f := range rows {
		cursor := from+i == in.cur
		mark := "  "
		if cursor {
			mark = "▸ "
		}
		d := padLeft(figureDate(in.env.ix, f), dateW)
		var lines []string
		if f.bar {
			barW := clamp(w-2-labelW-1-1-textW-2-dateW, 1, 40)
			frac := 0.0
			if t := top[f.scale]; t > 0 {
				frac = f.value / t
			}
			b := bar(frac, barW)
			if !cursor {
				b = st.Bar.Render(b)
			}
			gap := max(w-2-labelW-1-barW-1-textW-dateW, 2)
			lines = []string{padRight(f.label, labelW) + " " + b + " " + padRight(f.text, textW) + spaces(gap) + d}
		} else {
			tw := max(w-2-2-dateW, 1)
			for j, l := range wrapPlain(f.text, tw) {
				if j == 0 {
					l = padRight(l, tw) + "  " + d
				}
				lines = append(lines, l)
			}
		}
		for j, l := range lines {
			m := "  "
			if j == 0 {
				m = mark
			}
			text := m + l
			if cursor {
				text = st.Cursor.Render(fit(text, in.w))
			}
			out = append(out, statsLine{text: text, first: j == 0})
		}
	}
	return out
}

// bar is a horizontal bar of frac×w cells, drawn to an eighth of a cell,
// at least a sliver for any non-zero value, padded to w.
func bar(frac float64, w int) string {
	eighths := int(math.Round(frac * float64(w*8)))
	if frac > 0 && eighths == 0 {
		eighths = 1
	}
	full, rest := eighths/8, eighths%8
	s := strings.Repeat("█", full)
	if rest > 0 {
		s += string([]rune("▏▎▍▌▋▊▉")[rest-1])
		full++
	}
	return s + spaces(w-full)
}

// currencyName names a currency code for the cash bars.
func currencyName(code string) string {
	switch code {
	case "EUR":
		return "euros"
	case "USD":
		return "dollars"
	case "GBP":
		return "pounds"
	}
	return code
}
