package ui

import (
	"strings"
)

// drawFrame draws the whole frame from the settled state: exactly height
// lines of exactly width cells, whatever the size, view or theme. It works
// on a copy of the model, so drawing cannot change the state.
func (m Model) drawFrame() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if m.lay.Mode == modeTooSmall {
		return strings.Join(m.tooSmall(w, h), "\n")
	}
	lines := make([]string, 0, h)
	lines = append(lines, fit(m.headerLine(w), w), fit(m.chips().line, w))
	lines = append(lines, m.body()...)
	for _, l := range m.footerLines(w) {
		lines = append(lines, fit(l, w))
	}
	return strings.Join(lines, "\n")
}

// tooSmall is the screen shown below the minimum size.
func (m *Model) tooSmall(w, h int) []string {
	msg := []string{
		m.styles.Strong.Render(center("terminal too small", w)),
		m.styles.Muted.Render(center("need "+itoa(minWidth)+"x"+itoa(minHeight)+", have "+itoa(w)+"x"+itoa(h), w)),
	}
	if w < 20 {
		msg = []string{m.styles.Strong.Render(center("too small", w))}
	}
	top := max((h-len(msg))/2, 0)
	out := make([]string, h)
	for i := range out {
		out[i] = spaces(w)
		if j := i - top; j >= 0 && j < len(msg) {
			out[i] = fit(msg[j], w)
		}
	}
	return out
}

// body draws the view between the header and the footer.
func (m *Model) body() []string {
	b := m.lay.Main
	if m.showHelp {
		note := ""
		if m.help.overflows() {
			note = "↑↓ scroll"
		}
		return box(m.styles, b.W, b.H, "Help", note, true, window(m.helpLines(b.W-2), m.help.top, m.help.height))
	}
	switch m.view {
	case viewArticle:
		return box(m.styles, b.W, b.H, m.article.title(m), m.article.note(), true, m.article.view(m, b.W-2))
	case viewEntities:
		if m.caseOn() {
			return m.caseEntitiesView(b)
		}
		return m.entitiesView(b)
	case viewSources:
		return m.sourcesView(b)
	case viewStats:
		if m.caseOn() {
			return m.caseStatsView(b)
		}
		lines := statsWindow(m.styles, m.ix, m.statsFigures(), m.statsLines(b.W-2), m.stats.fig, m.stats.top, m.stats.height)
		return box(m.styles, b.W, b.H, m.statsTitle(), m.statsNote(), true, lines)
	}
	return m.timelineView()
}

// timelineView draws the filters, timeline and detail panes in the
// arrangement the layout picked.
func (m *Model) timelineView() []string {
	l := m.lay
	timeline, detail := m.timelineBox, m.detailBox
	if m.caseOn() {
		timeline, detail = m.caseTimelineBox, m.caseDetailBox
	}
	switch l.Mode {
	case modeWide:
		return joinColumns(m.filtersBox(l.Filters), timeline(l.Timeline), detail(l.Detail))
	case modeMedium:
		top := joinColumns(m.filtersBox(l.Filters), timeline(l.Timeline))
		return append(top, detail(l.Detail)...)
	}
	out := []string{m.tabBar(l.Tabs.W)}
	switch m.focus {
	case paneFilters:
		return append(out, m.filtersBox(l.Filters)...)
	case paneDetail:
		return append(out, detail(l.Detail)...)
	}
	return append(out, timeline(l.Timeline)...)
}

// shows reports whether the timeline view draws pane p: every pane in the
// wide and medium layouts, only the focused one in the narrow layout.
func (m *Model) shows(p paneID) bool {
	return m.lay.Mode != modeNarrow || p == m.focus
}

// tabBar is the narrow layout's pane switcher.
func (m *Model) tabBar(w int) string {
	st := m.styles
	line := ""
	for i, name := range tabNames() {
		if m.caseOn() && paneID(i) == paneDetail {
			name = "Entry" // as wide as "Event", so tabAt holds
		}
		label := " " + itoa(i+1) + " " + name + " "
		if paneID(i) == m.focus {
			line += st.TabOn.Render(label)
		} else {
			line += st.TabOff.Render(label)
		}
		line += " "
	}
	return fit(line, w)
}

func tabNames() []string { return []string{"Filters", "Timeline", "Event"} }

// tabAt returns the pane whose tab holds column x.
func tabAt(x int) (paneID, bool) {
	pos := 0
	for i, name := range tabNames() {
		w := len(name) + 4
		if x >= pos && x < pos+w {
			return paneID(i), true
		}
		pos += w + 1
	}
	return 0, false
}

// indent pads text one cell from the left border.
func indent(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = " " + l
	}
	return out
}

// joinColumns puts blocks of equal height side by side.
func joinColumns(cols ...[]string) []string {
	if len(cols) == 0 {
		return nil
	}
	out := make([]string, len(cols[0]))
	for i := range out {
		// One allocation per line: growing a builder piece by piece
		// made most of the garbage of a frame.
		n := 0
		for _, c := range cols {
			if i < len(c) {
				n += len(c[i])
			}
		}
		var sb strings.Builder
		sb.Grow(n)
		for _, c := range cols {
			if i < len(c) {
				sb.WriteString(c[i])
			}
		}
		out[i] = sb.String()
	}
	return out
}
