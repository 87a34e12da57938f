// Package safetext keeps text that someone else chose (a file name, an SSH
// user name, an error message carrying either) safe to write to a
// terminal or a log line. Each rule is one small function, so the callers
// can tell which one they use.
package safetext

import (
	"strings"
	"unicode"

	"dossier/export"
)

// printableMax is how many runes Printable keeps.
const printableMax = 64

// Printable shows s as text: every character unicode.IsPrint refuses
// becomes '?', and past printableMax runes the rest becomes "…". For
// short names: an SSH user name or TERM in the log, a file name on the
// loading screen.
func Printable(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == printableMax {
			b.WriteString("…")
			break
		}
		if !unicode.IsPrint(r) {
			r = '?'
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// OneLine keeps a message to one line and neutralises any control
// character a file name or an error text might carry to the terminal.
func OneLine(s string) string {
	return strings.Join(strings.Fields(export.Clean(s)), " ")
}
