package casefile

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"dossier/model"
)

// maxLabel is the longest label, in characters: a label names a source
// in a facet list and beside each sentence.
const maxLabel = 32

// articles describes the stories as the case's articles. A label is the
// outlet's name (see outletName), else the title, else "article N";
// cut to maxLabel characters at a word. Labels are unique: the second
// article with a label gets " 2" after it, the third " 3", unless
// another article already has that label.
func articles(stories []*model.Story) []Article {
	out := make([]Article, len(stories))
	seen := map[string]bool{}
	for i, st := range stories {
		label := outletName(st.Doc.Source)
		if label == "" {
			label = shorten(st.Doc.Title)
		}
		if label == "" {
			label = "article " + strconv.Itoa(i+1)
		}
		for n, base := 2, label; seen[label]; n++ {
			label = base + " " + strconv.Itoa(n)
		}
		seen[label] = true
		out[i] = Article{ID: i + 1, Label: label, Outlet: st.Doc.Source, Story: st}
	}
	return out
}

// outletName is the name at the head of a source line, or the
// abbreviation the line gives for it: "Federal Bureau of Investigation
// (FBI), news story" is "FBI".
func outletName(s string) string {
	if i := strings.IndexAny(s, ",;("); i >= 0 {
		if s[i] == '(' {
			if j := strings.IndexByte(s[i:], ')'); j > 0 && abbreviation(s[i+1:i+j]) {
				return s[i+1 : i+j]
			}
		}
		s = s[:i]
	}
	return shorten(s)
}

// abbreviation reports a short run of capitals, digits and dots with at
// least two capitals: "FBI", "ICE", "U.S.", "AFP".
func abbreviation(s string) bool {
	caps := 0
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			caps++
		case '0' <= r && r <= '9', r == '.', r == '&', r == '-':
		default:
			return false
		}
	}
	return caps >= 2 && len(s) <= 8
}

// shorten trims s and cuts it to maxLabel characters at a word, marking
// the cut with "…".
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxLabel {
		return s
	}
	cut, n := 0, 0
	for i := range s {
		if n == maxLabel-1 {
			cut = i
			break
		}
		n++
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > maxLabel/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + "…"
}
