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

// chipsIn is what the chips line is drawn from.
type chipsIn struct {
	env drawEnv
	f   *filtered
	w   int
	// entries is the number of a case's entries, whose filters f holds;
	// 0 for a story, whose events f filters.
	entries int
}

// chipsOut is the chips line and where its chips are.
type chipsOut struct {
	line string
	hits []chipHit
}

// chips is the header's second line for the current filters.
func (m *Model) chips() chipsOut {
	if m.caseOn() {
		cs := m.cs
		return m.memos.chips.get(chipsIn{m.env(), cs.chips, m.width, max(len(cs.c().Entries), 1)}, drawChips)
	}
	return m.memos.chips.get(chipsIn{m.env(), m.filtered, m.width, 0}, drawChips)
}

// drawChips draws the active filters as chips and the key that clears
// them, or how many events show without filters.
func drawChips(in chipsIn) chipsOut {
	st, sel, w := in.env.st, in.f.sel, in.w
	total := len(in.env.story.Events)
	kinds, count := model.Kinds[:], func(n int) string { return plural(n, "event") }
	if in.entries > 0 {
		total, kinds, count = in.entries, caseFacets, entries
	}
	if sel.Empty() {
		all := " No filters · all " + count(total)
		if total == 1 {
			all = " No filters · " + count(1)
		}
		return chipsOut{line: st.Muted.Render(all)}
	}
	line := " " + st.ChipLabel.Render("Filters")
	x := 8
	tail := st.Muted.Render("  " + itoa(len(in.f.shown)) + " of " + count(total) + " · x clears")
	tailW := cellWidth(tail)
	var hits []chipHit
	n := 0
	for _, k := range kinds {
		n += len(sel[k])
	}
	drawn := 0
	for _, k := range kinds {
		for _, v := range sel[k] {
			label := " " + clean(v) + " ×"
			cw := cellWidth(label) + 1
			more := ""
			if drawn+1 < n {
				more = " +" + itoa(n-drawn-1) + " more"
			}
			if x+1+cw+cellWidth(more)+tailW > w && drawn > 0 {
				line += st.Muted.Render(" +" + itoa(n-drawn) + " more")
				return chipsOut{line + tail, hits}
			}
			line += " " + st.Chip[k].Render(label+" ")
			hits = append(hits, chipHit{x + 1, x + 1 + cw, k, v})
			x += 1 + cw
			drawn++
		}
	}
	return chipsOut{line + tail, hits}
}
