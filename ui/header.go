package ui

import (
	"strings"
	"unicode"
)

// headerLine is the first line: app and story title on the left; source,
// dateline and publication date (or "date unknown") on the right when
// there is room. When all three do not fit, the dateline goes first, then
// the source: the date is what the timeline's relative dates hang on.
func (m *Model) headerLine(w int) string {
	if m.caseOn() {
		return m.caseHeaderLine(w)
	}
	st := m.styles
	doc := m.story.Doc
	left := " " + st.Brand.Render("dossier")
	title := clean(doc.Title)
	if title == "" {
		title = "untitled story"
	}
	source, dateline := clean(doc.Source), clean(doc.Dateline)
	if dateline != "" {
		dateline = titleCase(dateline)
	}
	date := "date unknown" // said, not left out: it is why "on Tuesday" stays undated
	if doc.HasPublished() {
		date = doc.Published.Format("Mon 2 Jan 2006")
	}
	room := w - cellWidth(left) - 3
	right := ""
	for _, parts := range [][]string{{source, dateline, date}, {source, date}, {date}} {
		if r := joinNonEmpty(parts, " · "); room-cellWidth(r)-2 >= 20 {
			right = r
			room -= cellWidth(r) + 2
			break
		}
	}
	line := left + st.Muted.Render(" · ") + st.Title.Render(ellipsis(title, max(room, 0)))
	if right != "" {
		gap := w - cellWidth(line) - cellWidth(right) - 1
		line += spaces(gap) + st.Meta.Render(right) + " "
	}
	return line
}

// joinNonEmpty joins the parts that are not "".
func joinNonEmpty(parts []string, sep string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// titleCase turns the all-caps parts of a dateline into title case:
// "BRUSSELS" is "Brussels", "ROTTERDAM, Netherlands" "Rotterdam,
// Netherlands", "FORT LAUDERDALE, Fla." "Fort Lauderdale, Fla.".
func titleCase(s string) string {
	parts := strings.Split(s, ",")
	for i, p := range parts {
		if strings.ToUpper(p) != p {
			continue
		}
		rs := []rune(strings.ToLower(p))
		for j := range rs {
			if j == 0 || !unicode.IsLetter(rs[j-1]) && rs[j-1] != '\'' {
				rs[j] = unicode.ToUpper(rs[j])
			}
		}
		parts[i] = string(rs)
	}
	return strings.Join(parts, ",")
}
