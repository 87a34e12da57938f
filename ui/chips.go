package ui

import (
	"dossier/model"
)

// chipHit is where a chip was drawn on the chips line, so a click on it
// removes that filter.
type chipHit struct {
	x0, x1 int
	kind   model.Kind
	value  string
}

// chipsLine is the header's second line: the active filters as chips and
// the key that clears them, or how many events show without filters.
func (m *Model) chipsLine(w int) (string, []chipHit) {
	st := m.styles
	total := len(m.story.Events)
	if m.sel.Empty() {
		return st.Muted.Render(" No filters · all " + itoa(total) + " events"), nil
	}
	line := " " + st.ChipLabel.Render("Filters")
	x := 8
	tail := st.Muted.Render("  " + itoa(len(m.shown)) + " of " + itoa(total) + " events · x clears")
	tailW := cellWidth(tail)
	var hits []chipHit
	n := 0
	for _, k := range model.Kinds {
		n += len(m.sel[k])
	}
	drawn := 0
	for _, k := range model.Kinds {
		for _, v := range m.sel[k] {
			label := " " + clean(v) + " ×"
			cw := cellWidth(label) + 1
			more := ""
			if drawn+1 < n {
				more = " +" + itoa(n-drawn-1) + " more"
			}
			if x+1+cw+cellWidth(more)+tailW > w && drawn > 0 {
				line += st.Muted.Render(" +" + itoa(n-drawn) + " more")
				return line + tail, hits
			}
			line += " " + st.Chip[k].Render(label+" ")
			hits = append(hits, chipHit{x + 1, x + 1 + cw, k, v})
			x += 1 + cw
			drawn++
		}
	}
	return line + tail, hits
}
