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

// drawHelp is the legend first, so that what the screen's marks and
// colours mean is one key from the first screen; then every key that
// acts where the help was opened, in titled columns; then what the keys
// do in each pane.
func drawHelp(in helpIn) []string {
	out := legendLines(in.st, in.keys, in.w)
	out = append(out, "")
	out = append(out, keyColumns(in.st, in.keys, in.w)...)
	return append(out, paneLines(in.st, in.keys, in.w)...)
}

// helpToken is a piece of a flowed line: its drawing and its width.
type helpToken struct {
	s string
	w int
}

// flow lays tokens out in lines of at most w cells after a heading of
// headW cells, separated by sep.
func flow(st *Styles, head string, headW int, tokens []helpToken, w int) []string {
	const sep = " · "
	var out []string
	line, lw := " "+st.Section.Render(padRight(head, headW)), 1+headW
	first := true
	for _, t := range tokens {
		add := t.w
		if !first {
			add += len(sep) - 1 // "·" is one cell
		}
		if !first && lw+add > w {
			out = append(out, line)
			line, lw, first = " "+spaces(headW), 1+headW, true
			add = t.w
		}
		if !first {
			line += st.HelpSep.Render(sep)
		}
		line += t.s
		lw += add
		first = false
	}
	return append(out, line)
}

// legendLines says what the marks, the entity colours (or, without
// colour, glyphs) and the dates mean.
func legendLines(st *Styles, keys *KeyMap, w int) []string {
	mk := func(mark, what string) helpToken {
		return helpToken{st.HelpKey.Render(mark) + " " + st.HelpDesc.Render(what), cellWidth(mark) + 1 + cellWidth(what)}
	}
	const headW = 9
	out := []string{" " + st.Section.Render("Legend")}
	marks := []helpToken{
		mk("▸", "cursor"), mk("[x]", "active filter"), mk("~", "date carried from context"),
		mk("▌", "sentence of a shown event"), mk("▶ ┃", "the selected event's sentence"), mk("▌2", "sentence of 2 events"), mk("┏━┓", "focused pane"),
	}
	if keys.Sources.Enabled() {
		marks = append(marks, mk(disputedMark, "sources disagree ("+keys.Sources.Help().Key+" lists them)"))
	}
	out = append(out, flow(st, "Marks", headW, marks, w)...)
	var kinds []helpToken
	for _, k := range []struct {
		look  hl
		title string
	}{
		{hlCountry, kindTitle(model.KindCountry)}, {hlAgency, kindTitle(model.KindAgency)},
		{hlItem, kindTitle(model.KindItem)}, {hlMentioned, kindTitle(kindMentioned)},
		{hlPlace, kindTitle(model.KindPlace)}, {hlNetwork, kindTitle(model.KindNetwork)},
	} {
		name := k.title
		if st.NoColor {
			name = kindGlyph(k.look) + name
		}
		kinds = append(kinds, helpToken{st.hlStyle(k.look).Render(name), cellWidth(name)})
	}
	kinds = append(kinds,
		helpToken{st.Match.Render("a match"), 7},
		helpToken{st.MatchOn.Render("the current match"), 17})
	out = append(out, flow(st, "Text", headW, kinds, w)...)
	var dates []helpToken
	for _, d := range []string{"Tue 9 Mar 2021 05:00 (time)", "Tue 9 Mar 2021 (day)", "Jul 2020 (month)",
		"2020 (year)", "Mar 2019–Mar 2021 (span)", "Undated"} {
		dates = append(dates, helpToken{st.Muted.Render(d), cellWidth(d)})
	}
	return append(out, flow(st, "Dates", headW, dates, w)...)
}

// keyColumns is every enabled key in titled columns, laid out left to
// right in bands as wide as the help.
func keyColumns(st *Styles, keys *KeyMap, w int) []string {
	groups := keys.FullHelp()
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
	out := []string{" " + st.Section.Render("Keys here")}
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
					cell = st.Strong.Render(padRight(c.title, kw+1+dw))
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
	return out
}

// paneLines says what the keys do in each pane and view, so a newcomer
// reading the help in one pane learns the others. The key names come from
// the bindings.
func paneLines(st *Styles, k *KeyMap, w int) []string {
	of := func(b key.Binding, desc string) [2]string { return [2]string{b.Help().Key, desc} }
	both := func(a, b key.Binding, desc string) [2]string {
		return [2]string{a.Help().Key + "/" + b.Help().Key, desc}
	}
	type paneKeys struct {
		where string
		keys  [][2]string
	}
	panes := []paneKeys{
		{"Filters", [][2]string{of(k.Toggle, "toggle a value"), of(k.Search, "search the values")}},
		{"Timeline", [][2]string{of(k.Open, "open the event"), of(k.Search, "search the events"),
			of(k.Copy, "copy the event")}},
		{"Event", [][2]string{{"↑↓/jk", "scroll"}, both(k.PrevEvent, k.NextEvent, "previous/next event"),
			of(k.Search, "search the timeline"), of(k.Copy, "copy"), of(k.Back, "back to the timeline")}},
		{"Article", [][2]string{of(k.Search, "search"), both(k.NextMatch, k.PrevMatch, "next/previous match"),
			of(k.GoEvent, "the event of the match, or of the ▶ sentence"),
			both(k.PrevEvent, k.NextEvent, "previous/next sentence with an event"),
			{"click", "select a sentence's event"}, of(k.Copy, "copy the event")}},
		{"Entities", [][2]string{of(k.FilterBy, "filter by the entity, at its first event"),
			of(k.Search, "search"), of(k.NextPane, "to the mentions and back")}},
		{"Stats", [][2]string{{"↑↓/jk", "choose a figure"}, of(k.GoEvent, "its event, or its sentence")}},
		{"Anywhere", [][2]string{of(k.Views, "views"), of(k.Pane, "a pane of the timeline"),
			of(k.Clear, "clear the filters"), of(k.Mouse, "mouse capture"), of(k.Quit, "quit")}},
	}
	if k.Sources.Enabled() {
		// A case has entries, each with the reports of its articles.
		panes = []paneKeys{
			{"Filters", [][2]string{of(k.Toggle, "toggle a value (Sources: an article or outlet)"), of(k.Search, "search the values")}},
			{"Timeline", [][2]string{of(k.Open, "open the entry"), of(k.Search, "search the entries and their sentences"),
				of(k.Copy, "copy the entry with every source's sentence")}},
			{"Entry", [][2]string{{"↑↓/jk", "scroll"}, both(k.PrevEvent, k.NextEvent, "previous/next entry"),
				of(k.Back, "back to the timeline")}},
			{"Article", [][2]string{of(k.Search, "search"), both(k.NextMatch, k.PrevMatch, "next/previous match"),
				both(k.NextArticle, k.PrevArticle, "next/previous article"),
				both(k.PrevEvent, k.NextEvent, "previous/next sentence with an event"), of(k.GoEvent, "the entry of the ▶ sentence")}},
			{"Entities", [][2]string{of(k.FilterBy, "filter the case by the entity"), of(k.Search, "search the entities")}},
			{"Stats", [][2]string{{"↑↓/jk", "choose a figure"}, of(k.GoEvent, "the entry it comes from")}},
			{"Sources", [][2]string{{"↑↓/jk", "choose a disagreement"}, of(k.GoEvent, "its entry")}},
			{"Anywhere", [][2]string{of(k.Views, "views"), of(k.Pane, "a pane of the timeline"),
				of(k.Clear, "clear the filters"), of(k.Mouse, "mouse capture"), of(k.Quit, "quit")}},
		}
	}
	out := []string{" " + st.Section.Render("In each pane")}
	for _, c := range panes {
		var tokens []helpToken
		for _, kd := range c.keys {
			tokens = append(tokens, helpToken{st.HelpKey.Render(kd[0]) + " " + st.HelpDesc.Render(kd[1]), cellWidth(kd[0]) + 1 + cellWidth(kd[1])})
		}
		out = append(out, flow(st, c.where, 9, tokens, w)...)
	}
	return out
}

func colWidths(rows [][2]string) (kw, dw int) {
	for _, r := range rows {
		kw = max(kw, cellWidth(r[0]))
		dw = max(dw, cellWidth(r[1]))
	}
	return kw, dw
}
