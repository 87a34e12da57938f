package ui

import (
	"strings"
)

// borderSet is the characters of one border.
type borderSet struct{ tl, tr, bl, br, h, v string }

var (
	// The focused pane gets a heavy border so focus shows without colour.
	roundBorder = borderSet{"╭", "╮", "╰", "╯", "─", "│"}
	heavyBorder = borderSet{"┏", "┓", "┗", "┛", "━", "┃"}
)

// box draws body inside a border of size w×h, with title at the left of
// the top edge and note (a scroll position, say) at the right of the
// bottom edge. It always returns exactly h lines of exactly w cells.
func box(st *Styles, w, h int, title, note string, focused bool, body []string) []string {
	if w < 2 || h < 2 {
		return block(nil, w, h)
	}
	b, bs, ts := roundBorder, st.Border, st.PaneTitle
	if focused {
		b, bs, ts = heavyBorder, st.BorderOn, st.TitleOn
	}
	out := make([]string, 0, h)
	inner := w - 2

	// Top edge: ╭ Title ───╮
	title = ellipsis(title, max(inner-2, 0))
	top := bs.Render(b.tl)
	if title != "" && inner >= 3 {
		top += ts.Render(" "+title+" ") + bs.Render(strings.Repeat(b.h, max(inner-cellWidth(title)-2, 0))+b.tr)
	} else {
		top += bs.Render(strings.Repeat(b.h, inner) + b.tr)
	}
	out = append(out, top)

	left, right := bs.Render(b.v), bs.Render(b.v)
	for i := 0; i < h-2; i++ {
		line := ""
		if i < len(body) {
			line = body[i]
		}
		out = append(out, left+fit(line, inner)+right)
	}

	note = ellipsis(note, max(inner-2, 0))
	if note != "" && inner >= 4 {
		n := cellWidth(note)
		out = append(out, bs.Render(b.bl+strings.Repeat(b.h, max(inner-n-3, 0)))+st.Muted.Render(" "+note+" ")+bs.Render(b.h+b.br))
	} else {
		out = append(out, bs.Render(b.bl+strings.Repeat(b.h, inner)+b.br))
	}
	return out
}
