package ui

import (
	"math"
	"strings"

	"dossier/model"
)

// statsPane draws seizure totals and counts by country as bars.
type statsPane struct {
	scrollList            // over the lines
	data       *statsData // the story's, shared by every model of it
}

// fitStats sizes the stats to an inner w×h.
func (m *Model) fitStats(w, h int) {
	m.stats.setTotal(len(m.statsLines(w)))
	m.stats.setHeight(h)
	m.stats.clamp()
}

// statsIn is what the stats are drawn from.
type statsIn struct {
	st   *Styles
	data *statsData
	w    int
}

// statsLines is the stats drawn for inner width w.
func (m *Model) statsLines(w int) []string {
	return m.memos.stats.get(statsIn{m.styles, m.stats.data, w}, drawStats)
}

// drawStats draws seizures and counts, side by side when there is room.
func drawStats(in statsIn) []string {
	st, d, w := in.st, in.data, in.w
	if w >= 100 {
		cw := (w - 3) / 2
		left, right := seizedLines(st, d, cw), countLines(st, d, cw)
		if len(left) == 0 || len(right) == 0 {
			return append(left, right...)
		}
		rows := max(len(left), len(right))
		out := make([]string, rows)
		for i := range out {
			l, r := "", ""
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			out[i] = fit(l, cw) + st.Faint.Render(" │ ") + r
		}
		return out
	}
	out := seizedLines(st, d, w)
	if c := countLines(st, d, w); len(c) > 0 {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, c...)
	}
	if len(out) == 0 {
		out = append(out, "", st.Muted.Render(center("The story reports no seizures or counts.", w)))
	}
	return out
}

// section appends a titled block of bars to out.
func section(st *Styles, out []string, title string, rows []barRow, w int) []string {
	if len(rows) == 0 {
		return out
	}
	if len(out) > 0 {
		out = append(out, "")
	}
	out = append(out, " "+st.Section.Render(title))
	return append(out, barLines(st, rows, w)...)
}

// seizedLines is what was seized: by mass, cash, counted, and without a
// quantity.
func seizedLines(st *Styles, d *statsData, w int) []string {
	var out []string
	out = section(st, out, "Seized by mass (tonnes)", d.mass, w)
	out = section(st, out, "Cash seized", d.cash, w)
	out = section(st, out, "Items seized, counted", d.counted, w)
	if len(d.unquantified) > 0 {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, " "+st.Section.Render("Seized, no quantity given"))
		for _, l := range wrapPlain(strings.Join(d.unquantified, " · "), max(w-2, 1)) {
			out = append(out, "  "+st.Kind[model.KindItem].Render(l))
		}
	}
	return out
}

// countLines is arrests and searches by country, then the other counts.
func countLines(st *Styles, d *statsData, w int) []string {
	var out []string
	out = section(st, out, "Arrests by country", d.arrests, w)
	out = section(st, out, "Searches by country", d.searches, w)
	if len(d.other) > 0 {
		// Officers, messages and phones share no scale: list them.
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, " "+st.Section.Render("Other counts")+st.Faint.Render(" · largest figure given"))
		numW := 0
		for _, r := range d.other {
			numW = max(numW, cellWidth(r.text))
		}
		for _, r := range d.other {
			out = append(out, "  "+st.Strong.Render(padLeft(r.text, numW))+" "+r.label)
		}
	}
	return out
}

// barLines draws rows as "label  █████▍ 48", bars scaled to the largest.
func barLines(st *Styles, rows []barRow, w int) []string {
	labelW, numW := 0, 0
	top := 0.0
	for _, r := range rows {
		labelW = max(labelW, len([]rune(r.label)))
		numW = max(numW, len([]rune(r.text)))
		top = math.Max(top, r.value)
	}
	labelW = min(labelW, max(w/3, 6))
	barW := clamp(w-labelW-numW-5, 1, 48)
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		frac := 0.0
		if top > 0 {
			frac = r.value / top
		}
		out = append(out, "  "+padRight(r.label, labelW)+" "+st.Bar.Render(bar(frac, barW))+" "+st.Strong.Render(padLeft(r.text, numW)))
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
