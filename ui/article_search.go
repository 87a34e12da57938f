package ui

import (
	"strings"

	"dossier/internal/sanitize"
	"dossier/model"
)

// articleSearch is the article's "/" search: the body offset of every
// case-insensitive match, in reading order. Matches stay inside a
// paragraph.
type articleSearch struct {
	query   string
	matches []int
	// pending: the matches of query are being searched for off the
	// update loop (a long article); matches is empty until they come.
	pending bool
}

// set searches for q, or, with async, leaves the search pending when it
// would read the whole text. Typing extends a search one letter at a time,
// so when q extends the last query only the last matches are checked
// again: a few of them rather than the whole text.
func (s *articleSearch) set(st *model.Story, ix *storyIndex, q string, async bool) {
	prev, known := s.query, !s.pending
	s.query, s.pending = q, false
	if q == "" || len(ix.paragraphs) == 0 {
		s.matches = nil
		return
	}
	if known && prev != "" && isASCII(q) && len(q) > len(prev) && strings.EqualFold(q[:len(prev)], prev) && !hasBorder(prev) {
		// prev cannot overlap itself, so its matches are all its
		// occurrences, and every occurrence of q is one of them.
		s.matches = narrowMatches(st, ix, s.matches, q)
		return
	}
	if async {
		s.matches, s.pending = nil, true
		return
	}
	s.matches = findInArticle(st, ix, q)
}

// narrowMatches keeps the occurrences of q among matches, the
// occurrences of a prefix of q, without overlaps.
func narrowMatches(st *model.Story, ix *storyIndex, matches []int, q string) []int {
	body := st.Doc.Body
	// Matches and paragraphs both run forward: walk them together.
	kept, next, pi := matches[:0], 0, 0
	_, end := paragraphSpan(st, ix, 0)
	for _, at := range matches {
		if at < next {
			continue // q overlaps the match kept before
		}
		for at >= end && pi+1 < len(ix.paragraphs) {
			pi++
			_, end = paragraphSpan(st, ix, pi)
		}
		if at+len(q) <= end && foldEqualASCII(body[at:at+len(q)], q) {
			kept = append(kept, at)
			next = at + len(q)
		}
	}
	return kept
}

// findInArticle returns the body offsets of the matches of q, paragraph by
// paragraph. It reads only the story and its index, so it can run off the
// update loop.
func findInArticle(st *model.Story, ix *storyIndex, q string) []int {
	var out []int
	for pi := range ix.paragraphs {
		start, end := paragraphSpan(st, ix, pi)
		out = appendMatches(out, st.Doc.Body[start:end], start, q)
	}
	return out
}

// appendMatches appends the body offsets of the case-insensitive matches
// of q in text (which starts at body offset base).
func appendMatches(dst []int, text string, base int, q string) []int {
	if !isASCII(q) || q[0] <= ' ' {
		for _, r := range findFold(sanitize.Inline(text), q) {
			dst = append(dst, base+r[0])
		}
		return dst
	}
	// An ASCII query: scan for its first byte in either case and compare
	// the rest in place, with no lower-cased copy of the text.
	lo, up := asciiLower(q[0]), asciiUpper(q[0])
	for i := 0; i+len(q) <= len(text); {
		j := indexEither(text[i:], lo, up)
		if j < 0 || i+j+len(q) > len(text) {
			break
		}
		if at := i + j; foldEqualASCII(text[at:at+len(q)], q) {
			dst = append(dst, base+at)
			i = at + len(q)
			continue
		}
		i += j + 1
	}
	return dst
}

// hasBorder reports whether a proper prefix of q equals its suffix,
// ignoring case ("abab", "aa"): only then can two matches of q overlap.
func hasBorder(q string) bool {
	for k := 1; k < len(q); k++ {
		if strings.EqualFold(q[:k], q[len(q)-k:]) {
			return true
		}
	}
	return false
}

// indexEither is the first index of byte a or b in s, or -1.
func indexEither(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	if a == b {
		return i
	}
	lim := s
	if i >= 0 {
		lim = s[:i]
	}
	if j := strings.IndexByte(lim, b); j >= 0 {
		return j
	}
	return i
}

// foldEqualASCII reports whether text equals the ASCII query q ignoring
// ASCII case, a control character (a line break) matching a space.
func foldEqualASCII(text, q string) bool {
	for i := 0; i < len(q); i++ {
		c := text[i]
		if c < 0x20 {
			c = ' '
		}
		if asciiLower(c) != asciiLower(q[i]) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}
