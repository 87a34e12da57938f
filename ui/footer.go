package ui

import (
	"charm.land/bubbles/v2/key"
)

// footerLines is the help bar: a status message if any, the keys that act
// now (cut with "…" when narrow), and "? help · q quit" always at the right.
// The tour has a footer of its own.
func (m *Model) footerLines(w int) []string {
	if m.tour.on {
		return m.tourFooter(w)
	}
	return []string{m.memos.footer.get(footerIn{m.styles, m.keys, m.status, m.showHelp, m.searchOn, w}, drawFooter)}
}

// footerRows is the lines the footer takes at the window's width.
func (m *Model) footerRows() int {
	if m.tour.on && !m.tour.fitsOneLine(m.width) {
		return 2
	}
	return footerHeight
}

// footerIn is what the help bar is drawn from.
type footerIn struct {
	st                 *Styles
	keys               *KeyMap
	status             string
	showHelp, searchOn bool
	w                  int
}

func drawFooter(in footerIn) string {
	st, k, w := in.st, in.keys, in.w
	prefix := " "
	if in.status != "" {
		prefix = " " + st.Status.Render(ellipsis(in.status, max(w/2, 10))) + st.HelpSep.Render(" │ ")
	}
	var main, right []key.Binding
	switch {
	case in.showHelp:
		right = []key.Binding{k.CloseHelp, k.Quit}
	case in.searchOn:
		main = k.ShortHelp()
		right = []key.Binding{k.Quit}
	default:
		main = k.ShortHelp()
		right = []key.Binding{k.Help, k.Quit}
	}
	r := shortHelp(st, right, w) + " "
	left := shortHelp(st, main, w-cellWidth(prefix)-cellWidth(r)-2)
	gap := w - cellWidth(prefix) - cellWidth(left) - cellWidth(r)
	if gap < 1 {
		return fit(prefix+r, w)
	}
	return prefix + left + spaces(gap) + r
}

// shortHelp draws the enabled bindings as "key desc • key desc" in at most
// w cells, ending in "…" when some did not fit. (The help bubble's own
// ShortHelpView can overrun its width when the "…" does not fit.)
func shortHelp(st *Styles, bindings []key.Binding, w int) string {
	const sep, more = " • ", " …"
	out, used := "", 0
	for _, b := range bindings {
		if !b.Enabled() {
			continue
		}
		item := b.Help().Key + " " + b.Help().Desc
		iw := cellWidth(item)
		if used > 0 {
			iw += len(sep) - 2 // "•" is one cell
		}
		if used+iw > w-len(more) {
			if used > 0 && used+len(more) <= w {
				out += st.HelpSep.Render(more)
			}
			break
		}
		if used > 0 {
			out += st.HelpSep.Render(sep)
		}
		out += st.HelpKey.Render(b.Help().Key) + " " + st.HelpDesc.Render(b.Help().Desc)
		used += iw
	}
	return out
}
