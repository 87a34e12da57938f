package model

import (
	"unicode"
	"unicode/utf8"
)

// ltKind is the coarse class of a token.
type ltKind uint8

const (
	ltWord  ltKind = iota // letters, possibly with digits and inner apostrophes
	ltNum                 // starts with a digit: "48", "1.2", "171,000", "5am"
	ltPoss                // the possessive "'s" / "’s" split off its word
	ltPunct               // any other single rune
)

// ltok is a token: a span of the body. Offsets are body offsets.
type ltok struct {
	start, end int
	kind       ltKind
}

// lexTokenize splits body[from:to] into tokens, appending to dst. Words keep
// inner apostrophes ("O'Brien") but a final possessive "'s" becomes its own
// token so "Europe’s" matches "Europe". Hyphens, periods and slashes are
// separate tokens, which lexicon phrases get too, so "U.S." and "AK-47"
// match themselves. Invalid UTF-8 bytes become one-byte punctuation.
func lexTokenize(dst []ltok, body string, from, to int) []ltok {
	if from < 0 {
		from = 0
	}
	if to > len(body) {
		to = len(body)
	}
	i := from
	for i < to {
		if body[i] == ' ' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:to])
		switch {
		case isSpaceRune(r):
			i += n
		case r >= '0' && r <= '9':
			j := lexScanNumber(body, i, to)
			dst = append(dst, ltok{i, j, ltNum})
			i = j
		case isLetterRune(r):
			j := lexScanWord(body, i, to)
			dst = append(dst, ltok{i, j, ltWord})
			i = j
		case isApostrophe(r) && possessiveAt(body, i, to):
			j := i + n + 1
			dst = append(dst, ltok{i, j, ltPoss})
			i = j
		default:
			dst = append(dst, ltok{i, i + n, ltPunct})
			i += n
		}
	}
	return dst
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || (r > 0x7F && unicode.IsSpace(r))
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r))
}

func isAlnumRune(r rune) bool { return isLetterRune(r) || r >= '0' && r <= '9' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// possessiveAt reports whether an apostrophe at i starts a final "'s".
func possessiveAt(s string, i, to int) bool {
	_, n := utf8.DecodeRuneInString(s[i:to])
	j := i + n
	if j >= to || (s[j] != 's' && s[j] != 'S') {
		return false
	}
	if j+1 >= to {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j+1 : to])
	return !isAlnumRune(r)
}

// scanWord returns the end of the word starting at i.
func lexScanWord(s string, i, to int) int {
	for i < to {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:to])
		if isAlnumRune(r) {
			i += n
			continue
		}
		if isApostrophe(r) && i+n < to && !possessiveAt(s, i, to) {
			r2, _ := utf8.DecodeRuneInString(s[i+n : to])
			if isLetterRune(r2) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// scanNumber returns the end of the number starting at i: digits with inner
// "." or "," groups ("1.2", "171,000"), then any letters glued on ("5am").
func lexScanNumber(s string, i, to int) int {
	for i < to {
		c := s[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == '.' || c == ',') && i+1 < to && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	if i < to {
		if r, _ := utf8.DecodeRuneInString(s[i:to]); isLetterRune(r) {
			return lexScanWord(s, i, to)
		}
	}
	return i
}

// appendFold appends the matching key of s: lowercase, Latin accents
// folded, typographic apostrophe as ASCII.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == '’' || r == '‘' {
			dst = append(dst, '\'')
			continue
		}
		if r == utf8.RuneError {
			dst = append(dst, "\uFFFD"...)
			continue
		}
		dst = append(dst, foldRune(unicode.ToLower(r))...)
	}
	return dst
}

// foldString is appendFold as a string. Summaries fold most of their
// words through it, so it allocates once: the key is built in a stack
// buffer and copied out (a growing nil slice then a string conversion
// cost two allocations, often more).
func foldString(s string) string {
	var buf [64]byte
	return string(appendFold(buf[:0], s))
}

// capClass is how a text token is capitalised.
type capClass uint8

const (
	capLower   capClass = iota // no uppercase first letter
	capInitial                 // first letter uppercase, some lowercase after
	capAll                     // every letter uppercase (one letter counts)
)

func capClassOf(s string) capClass {
	if c, ok := asciiCapClass(s); ok {
		return c
	}
	first := true
	upper, lower := 0, 0
	initial := false
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsUpper(r) {
			upper++
			if first {
				initial = true
			}
		} else if unicode.IsLower(r) {
			lower++
		}
		first = false
	}
	switch {
	case upper > 0 && lower == 0:
		return capAll
	case initial:
		return capInitial
	}
	return capLower
}

// asciiCapClass is capClassOf for ASCII words, the common case; ok is
// false when s has other bytes.
func asciiCapClass(s string) (capClass, bool) {
	upper, lower := 0, 0
	initial := false
	seen := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return 0, false
		case c >= 'A' && c <= 'Z':
			if !seen {
				initial = true
			}
			upper++
			seen = true
		case c >= 'a' && c <= 'z':
			lower++
			seen = true
		}
	}
	switch {
	case upper > 0 && lower == 0:
		return capAll, true
	case initial:
		return capInitial, true
	}
	return capLower, true
}
