package ui

import (
	"dossier/internal/sanitize"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// clean is sanitize.Inline for labels, where offsets do not matter: runs of
// whitespace collapse to one space.
func clean(s string) string {
	s = sanitize.Inline(s)
	if collapsed(s) {
		return s // most labels are: no copy per event
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports whether strings.Fields would find s's words separated
// by single spaces, with none at the ends.
func collapsed(s string) bool {
	prevSpace := true // no space at the start
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (prevSpace || r != ' ') {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}

// fastWidth is false when the environment makes box drawing and the like
// two cells wide (RUNEWIDTH_EASTASIAN); cellWidth then always defers to
// ansi.StringWidth. Computed once, never changed.
var fastWidth = ansi.StringWidth("─│▸▶▌█é€“…") == 10

// cellWidth is ansi.StringWidth (the measure Lip Gloss and the renderer
// use) with a fast path: text made only of SGR sequences, printable ASCII
// and runes known to be one cell wide on their own is measured by counting.
// Anything else, including every rune that could join a grapheme cluster,
// goes to ansi.StringWidth.
func cellWidth(s string) int {
	if !fastWidth {
		return ansi.StringWidth(s)
	}
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			w++
			i++
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j + 1
		case c < 0x80:
			return ansi.StringWidth(s)
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !narrowRune(r) {
				return ansi.StringWidth(s)
			}
			w++
			i += n
		}
	}
	return w
}

// narrowRune lists runes that are one cell wide and never part of a longer
// grapheme cluster: Latin letters and punctuation, general punctuation,
// arrows, box drawing and block elements, and the few shapes we draw.
func narrowRune(r rune) bool {
	switch {
	case r >= 0xa0 && r <= 0x24f && r != 0xad:
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e:
		return true
	case r >= 0x2190 && r <= 0x2199, r >= 0x2500 && r <= 0x259f:
		return true
	}
	switch r {
	case '€', '≈', '▸', '▶', '▾', '◂', '·', '×':
		return true
	}
	return false
}

// fit cuts or pads s (which may hold SGR sequences) to exactly w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := cellWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "")
		sw = cellWidth(s)
	}
	if sw < w {
		s += spaces(w - sw)
	}
	return s
}

// ellipsis cuts plain text to w cells with a trailing "…".
func ellipsis(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if cellWidth(s) <= w {
		return s
	}
	if fastWidth {
		// Plain text of narrow runes: cut by counting runes.
		n := 0
		for i, r := range s {
			if r < 0x20 || r >= 0x7f && !narrowRune(r) {
				return ansi.Truncate(s, w, "…")
			}
			if n == w-1 {
				return s[:i] + "…"
			}
			n++
		}
	}
	return ansi.Truncate(s, w, "…")
}

// padRight pads plain text to w cells, cutting with "…" if it is wider.
func padRight(s string, w int) string {
	s = ellipsis(s, w)
	if sw := cellWidth(s); sw < w {
		s += spaces(w - sw)
	}
	return s
}

// padLeft right-aligns plain text in w cells.
func padLeft(s string, w int) string {
	s = ellipsis(s, w)
	if sw := cellWidth(s); sw < w {
		s = spaces(w-sw) + s
	}
	return s
}

const blank = "                                                                                                                                "

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	if n <= len(blank) {
		return blank[:n]
	}
	return strings.Repeat(" ", n)
}

// block makes lines exactly w cells wide and h lines tall.
func block(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = spaces(w)
		}
	}
	return out
}

// center places plain text in the middle of w cells.
func center(s string, w int) string {
	s = ellipsis(s, w)
	pad := w - cellWidth(s)
	if pad <= 0 {
		return s
	}
	return spaces(pad/2) + s + spaces(pad-pad/2)
}

// wrapRanges word-wraps plain text into lines of at most width cells and
// returns each line's byte range. Spaces at a break are dropped; a word
// wider than the line is broken hard.
func wrapRanges(text string, width int) [][2]int { return wrapRangesAt(text, width, nil) }

// wrapRangesAt is wrapRanges for text drawn with a one-cell glyph before
// each byte offset in glyphs (ascending): a glyph moves with the word it
// starts.
func wrapRangesAt(text string, width int, glyphs []int32) [][2]int {
	if width < 1 {
		width = 1
	}
	var (
		out       [][2]int
		start     int
		lineW     int
		lastSpace = -1 // byte index of the last space on this line
		widthAtSp int
		g         int // the next glyph
	)
	for i := 0; i < len(text); {
		var cl string
		var w int
		if c := text[i]; c > 0x20 && c < 0x7f && (i+1 == len(text) || text[i+1] < 0x80) {
			// Printable ASCII not followed by a combining mark is a
			// one-cell cluster: skip the grapheme segmenter, which costs
			// most of the time on long articles.
			cl, w = text[i:i+1], 1
		} else if cl, w = ansi.FirstGraphemeCluster(text[i:], ansi.GraphemeWidth); cl == "" {
			break
		}
		for g < len(glyphs) && int(glyphs[g]) < i {
			g++
		}
		if g < len(glyphs) && int(glyphs[g]) == i {
			w++ // the glyph before the cluster
		}
		if cl == " " {
			if lineW+1 > width {
				out = append(out, [2]int{start, i})
				i++
				start, lineW, lastSpace = i, 0, -1
				continue
			}
			lastSpace, widthAtSp = i, lineW
		} else if lineW+w > width && lineW > 0 {
			if lastSpace >= start {
				out = append(out, [2]int{start, lastSpace})
				start = lastSpace + 1
				lineW -= widthAtSp + 1
				lastSpace = -1
			} else {
				out = append(out, [2]int{start, i})
				start, lineW = i, 0
			}
			continue // measure this cluster again on the new line
		}
		lineW += w
		i += len(cl)
	}
	if start < len(text) || len(out) == 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// wrapPlain wraps plain text into lines of at most width cells.
func wrapPlain(text string, width int) []string {
	rs := wrapRanges(text, width)
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = text[r[0]:r[1]]
	}
	return out
}

// containsFold reports whether s contains sub, ignoring case.
func containsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

func itoa(n int) string { return strconv.Itoa(n) }

// plural is n and a noun, the noun with an s unless n is 1: "1 event",
// "16 events".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}
