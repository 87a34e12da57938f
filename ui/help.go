package ui

import (
	"charm.land/bubbles/v2/key"

	"dossier/model"
)

// helpIn is what the full help is drawn from.
type helpIn struct {
	st   *Styles
	keys *KeyMap
	w    int
}

// helpLines is the full help for an inner width w.
func (m *Model) helpLines(w int) []string {
	return m.memos.help.get(helpIn{m.styles, m.keys, w}, drawHelp)
}

// fitHelp sizes the help to an inner w×h.
func (m *Model) fitHelp(w, h int) {
	m.help.setTotal(len(m.helpLines(w)))
	m.help.setHeight(h)
	m.help.clamp()
}

// drawHelp is the full help: every enabled key in titled columns, then a
// legend of the markers and entity colours.
func drawHelp(in helpIn) []string {
	st, w := in.st, in.w
	groups := in.keys.FullHelp()
	titles := fullHelpTitles()
	type column struct {
		title string
		rows  [][2]string
	}
	var cols []column
	for i, g := range groups {
		c := column{title: titles[i]}
		for _, b := range g {
			if b.Enabled() {
				c.rows = append(c.rows, [2]string{b.Help().Key, b.Help().Desc})
			}
		}
		if len(c.rows) > 0 {
			cols = append(cols, c)
		}
	}
	legend := column{title: "Legend", rows: [][2]string{
		{"▸", "cursor"},
		{"[x]", "active filter"},
		{"~", "date carried from context"},
		{"▌", "sentence of a shown event"},
		{"▶ ┃", "selected event's sentence"},
		{"▌2", "sentence of 2 events"},
		{"┏━┓", "focused pane"},
	}}
	cols = append(cols, legend)

	// Lay the columns out left to right, starting a new band when full.
	var out []string
	var band []column
	bandW := 0
	flush := func() {
		if len(band) == 0 {
			return
		}
		height := 0
		for _, c := range band {
			height = max(height, len(c.rows)+1)
		}
		for r := 0; r < height; r++ {
			line := " "
			for _, c := range band {
				kw, dw := colWidths(c.rows)
				dw = max(dw, cellWidth(c.title)-kw-1)
				cell := ""
				switch {
				case r == 0:
					cell = st.Section.Render(padRight(c.title, kw+1+dw))
				case r-1 < len(c.rows):
					cell = st.HelpKey.Render(padRight(c.rows[r-1][0], kw)) + " " + st.HelpDesc.Render(padRight(c.rows[r-1][1], dw))
				default:
					cell = spaces(kw + 1 + dw)
				}
				line += cell + "   "
			}
			out = append(out, line)
		}
		out = append(out, "")
		band, bandW = nil, 0
	}
	for _, c := range cols {
		kw, dw := colWidths(c.rows)
		cw := max(kw+1+dw, cellWidth(c.title)) + 3
		if bandW+cw > w-1 && len(band) > 0 {
			flush()
		}
		band = append(band, c)
		bandW += cw
	}
	flush()

	// Where the context keys act, from the same bindings, so a newcomer
	// reading help in one pane learns what the others do.
	k := in.keys
	out = append(out, " "+st.Section.Render("In each pane"))
	for _, c := range []struct {
		where string
		keys  []key.Binding
	}{
		{"Filters", []key.Binding{k.Toggle, k.Search, k.Clear}},
		{"Timeline", []key.Binding{k.Open, k.Search}},
		{"Event", []key.Binding{with(k.Move, "scroll"), with(k.Back, "back to the timeline")}},
		{"Article", []key.Binding{k.Search, k.NextMatch, k.PrevMatch}},
		{"Entities", []key.Binding{with(k.FilterBy, "filter by the entity"), k.Search}},
	} {
		line := " " + st.Strong.Render(padRight(c.where, 9))
		for i, b := range c.keys {
			if i > 0 {
				line += st.HelpSep.Render(" · ")
			}
			line += st.HelpKey.Render(b.Help().Key) + " " + st.HelpDesc.Render(b.Help().Desc)
		}
		out = append(out, line)
	}
	out = append(out, "")

	// Entity kinds in their own styles, and the date precisions.
	kinds := " "
	for _, k := range model.Kinds {
		kinds += st.Kind[k].Render(kindTitle(k)) + "  "
	}
	out = append(out, " "+st.Section.Render("Entities"), kinds, "")
	out = append(out, " "+st.Section.Render("Dates at their precision"))
	for _, l := range wrapPlain("Tue 9 Mar 2021 05:00 (time) · Tue 9 Mar 2021 (day) · Jul 2020 (month) · 2020 (year) · Mar 2019–Mar 2021 (span) · Undated", max(w-2, 1)) {
		out = append(out, " "+st.Muted.Render(l))
	}
	return out
}

// with is b described differently, for the help's "In each pane" lines.
func with(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

func colWidths(rows [][2]string) (kw, dw int) {
	for _, r := range rows {
		kw = max(kw, cellWidth(r[0]))
		dw = max(dw, cellWidth(r[1]))
	}
	return kw, dw
}
