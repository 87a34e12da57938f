package ui

import (
	"strings"
	"unicode"
)

// headerLine is the first line: app and story title on the left; source,
// dateline and publication date (or "date unknown") on the right when
// there is room.
func (m *Model) headerLine(w int) string {
	st := m.styles
	doc := m.story.Doc
	left := " " + st.Brand.Render("dossier")
	title := clean(doc.Title)
	if title == "" {
		title = "untitled story"
	}
	var meta []string
	if s := clean(doc.Source); s != "" {
		meta = append(meta, s)
	}
	if d := clean(doc.Dateline); d != "" {
		meta = append(meta, titleCase(d))
	}
	if doc.HasPublished() {
		meta = append(meta, doc.Published.Format("Mon 2 Jan 2006"))
	} else {
		// Said, not left out: it is why "on Tuesday" stays undated.
		meta = append(meta, "date unknown")
	}
	right := strings.Join(meta, " · ")
	room := w - cellWidth(left) - 3
	if rw := cellWidth(right); right != "" && room-rw-2 >= 20 {
		room -= rw + 2
	} else {
		right = ""
	}
	line := left + st.Muted.Render(" · ") + st.Title.Render(ellipsis(title, max(room, 0)))
	if right != "" {
		gap := w - cellWidth(line) - cellWidth(right) - 1
		line += spaces(gap) + st.Meta.Render(right) + " "
	}
	return line
}

// titleCase turns an all-caps dateline ("BRUSSELS") into "Brussels".
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	rs := []rune(strings.ToLower(s))
	for i := range rs {
		if i == 0 || !unicode.IsLetter(rs[i-1]) && rs[i-1] != '\'' {
			rs[i] = unicode.ToUpper(rs[i])
		}
	}
	return string(rs)
}
