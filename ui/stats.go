package ui

import (
	"math"
	"sort"
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
	p.setTotal(out.total)
	p.setHeight(h)
	p.cur = -1
	if p.fig < len(out.lineOf) {
		p.cur = int(out.lineOf[p.fig])
	}
	p.follow()
}

// move moves the cursor d figures.
func (p *statsPane) move(d int, figures int) {
	p.fig = clamp(p.fig+d, 0, max(figures-1, 0))
}

// currentFigure is the cursor's figure, or false.
func (m *Model) currentFigure() (figure, bool) {
	return m.statsFigures().at(m.stats.fig)
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

// statsIn is what the stats' layout is worked out from.
type statsIn struct {
	env     drawEnv
	data    *statsData
	w       int
	noneYet bool
}

// statsOut is where every line of the stats is: the sections' titles and
// the first line of every figure, with the widths they are drawn at. Only
// the lines in view are drawn from it, so a story with very many figures
// holds a number for each, not its text.
type statsOut struct {
	lay    statsLayout
	w      int // the pane's inner width, which the cursor's line fills
	secs   []sectionLay
	lineOf []int32 // the first line of every figure
	total  int     // lines in all
	empty  string  // what is shown when there are no figures
}

// sectionLay is where a section is and the widths of its columns.
type sectionLay struct {
	title         string
	head          int // its title's line
	from          int // its first figure's number
	labelW, textW int
	top           map[string]float64 // the largest figure of each scale, the bars' full length
}

// statsLines is the stats' layout for inner width w.
func (m *Model) statsLines(w int) statsOut {
	return m.memos.stats.get(statsIn{m.env(), m.statsFigures(), w, !m.filtered.sel.Empty()}, layoutStats)
}

// layoutStats places the sections one below the other, a blank line
// between them.
func layoutStats(in statsIn) statsOut {
	d, w := in.data, in.w
	out := statsOut{w: w}
	if d.figures == 0 {
		out.empty = "The story reports no seizures or counts."
		if in.noneYet {
			out.empty = "No seizures or counts in the events shown."
		}
		out.total = 2
		return out
	}
	// The figures read best in a column of at most statsMaxW, their
	// dates at its right edge.
	out.lay = statsLayout{w: min(w, statsMaxW)}
	for _, s := range d.sections {
		for _, f := range s.rows {
			out.lay.dateW = max(out.lay.dateW, cellWidth(figureDate(in.env.ix, f)))
		}
	}
	out.lineOf = make([]int32, 0, d.figures)
	line, fig := 0, 0
	for i, s := range d.sections {
		if i > 0 {
			line++
		}
		sec := sectionLay{title: s.title, head: line, from: fig, top: map[string]float64{}}
		for _, f := range s.rows {
			sec.labelW = max(sec.labelW, cellWidth(f.label))
			sec.textW = max(sec.textW, cellWidth(f.text))
			sec.top[f.scale] = math.Max(sec.top[f.scale], f.value)
		}
		sec.labelW = min(sec.labelW, max(out.lay.w/4, 6))
		line++
		for _, f := range s.rows {
			out.lineOf = append(out.lineOf, int32(line))
			line += figureHeight(out.lay, f)
		}
		out.secs = append(out.secs, sec)
		fig += len(s.rows)
	}
	out.total = line
	return out
}

// statsWindow draws the h lines of the stats from line top, the figure
// cur under the cursor.
func statsWindow(st *Styles, ix *storyIndex, d *statsData, out statsOut, cur, top, h int) []string {
	if d.figures == 0 {
		return window([]string{"", st.Muted.Render(center(out.empty, out.w))}, top, h)
	}
	lines := make([]string, 0, h)
	drawn, drawnFig := []string(nil), -1
	for l := max(top, 0); l < min(top+h, out.total); l++ {
		si := sort.Search(len(out.secs), func(i int) bool { return out.secs[i].head > l }) - 1
		sec := out.secs[si]
		switch {
		case l == sec.head:
			lines = append(lines, " "+st.Section.Render(sec.title))
			continue
		case si+1 < len(out.secs) && l == out.secs[si+1].head-1:
			lines = append(lines, "")
			continue
		}
		fig := sort.Search(len(out.lineOf), func(i int) bool { return int(out.lineOf[i]) > l }) - 1
		if fig != drawnFig {
			f, _ := d.at(fig)
			drawn, drawnFig = figureLines(st, ix, out, sec, f, fig == cur), fig
		}
		lines = append(lines, drawn[l-int(out.lineOf[fig])])
	}
	return lines
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

// figureHeight is the lines a figure takes: one for a bar, its words
// wrapped for the others.
func figureHeight(lay statsLayout, f figure) int {
	if f.bar {
		return 1
	}
	return len(wrapPlain(f.text, wordsWidth(lay)))
}

// wordsWidth is the width of a figure given in words, beside its date.
func wordsWidth(lay statsLayout) int { return max(lay.w-2-2-lay.dateW, 1) }

// figureLines draws a figure of section sec: a bar scaled to the largest
// of its scale, or its words.
func figureLines(st *Styles, ix *storyIndex, out statsOut, sec sectionLay, f figure, cursor bool) []string {
	w, dateW, labelW, textW := out.lay.w, out.lay.dateW, sec.labelW, sec.textW
	mark := "  "
	if cursor {
		mark = "▸ "
	}
	d := padLeft(figureDate(ix, f), dateW)
	var lines []string
	if f.bar {
		barW := clamp(w-2-labelW-1-1-textW-2-dateW, 1, 40)
		frac := 0.0
		if t := sec.top[f.scale]; t > 0 {
			frac = f.value / t
		}
		b := bar(frac, barW)
		if !cursor {
			b = st.Bar.Render(b)
		}
		gap := max(w-2-labelW-1-barW-1-textW-dateW, 2)
		lines = []string{padRight(f.label, labelW) + " " + b + " " + padRight(f.text, textW) + spaces(gap) + d}
	} else {
		tw := wordsWidth(out.lay)
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
		lines[j] = m + l
		if cursor {
			lines[j] = st.Cursor.Render(fit(lines[j], out.w))
		}
	}
	return lines
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
