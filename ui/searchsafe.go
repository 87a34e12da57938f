package ui

import "strings"

// safeQuery drops from a search query what displaySafe would blank: C0
// and C1 controls, bidi controls, invalid UTF-8. The query is echoed in the
// search box and in pane titles, so a bidi override typed or pasted into
// it would reorder the rest of the line on screen (found by FuzzRootModel).
// Dropped rather than blanked: the reader meant no space there either.
func safeQuery(q string) string {
	if isSafe(q) {
		return q
	}
	return strings.Map(func(r rune) rune {
		if unsafeRune(r) {
			return -1
		}
		return r
	}, q)
}
