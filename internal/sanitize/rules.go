package sanitize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unsafe reports whether r may not reach a terminal or a file as it is:
// C0 controls (tab included: it moves the cursor by an amount the layout
// cannot know), DEL, C1 controls, every Unicode format character (bidi
// embeddings, overrides, isolates and marks, zero-width characters, the
// BOM, the soft hyphen, tag characters), the line and paragraph
// separators, and U+FFFD, which stands for bytes that were not UTF-8 and
// whose width terminals disagree on. A byte that is not UTF-8 decodes to
// U+FFFD, so it is unsafe too. Newline is the one control kept: callers
// that need a single line say so (Label).
func Unsafe(r rune) bool {
	switch {
	case r == '\n':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r < 0xad:
		return false
	case r == '\u2028', r == '\u2029', r == utf8.RuneError:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// Safe reports whether s holds nothing Unsafe: the common case, which
// needs no copy.
func Safe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			// Only a few multi-byte runes are unsafe: check the rest by rune.
			for _, r := range s[i:] {
				if Unsafe(r) {
					return false
				}
			}
			return true
		}
	}
	return true
}

// Blank replaces each unsafe character of s by as many spaces as it has
// bytes, so that byte offsets into s stay true in the result.
func Blank(s string) string {
	if Safe(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if Unsafe(r) {
			for j := i; j < i+n; j++ {
				b[j] = ' '
			}
		}
		i += n
	}
	return string(b)
}

// Inline is Blank for text drawn within one line of the screen: newlines
// are blanked too, so a range of the text is a range of the line.
func Inline(s string) string {
	if Safe(s) && !strings.Contains(s, "\n") {
		return s
	}
	b := []byte(Blank(s))
	for i, c := range b {
		if c == '\n' {
			b[i] = ' '
		}
	}
	return string(b)
}

// Drop removes every unsafe character of s.
func Drop(s string) string {
	if Safe(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !Unsafe(r) {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// Label keeps s to one line of at most max runes (then "…"), with each
// unsafe character and newline shown as '?'.
func Label(s string, max int) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); {
		if n == max {
			b.WriteString("…")
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\n' || Unsafe(r) {
			r = '?'
		}
		b.WriteRune(r)
		n++
		i += w
	}
	return b.String()
}

// Line keeps a message to one line of words: each unsafe character blanked,
// runs of white space, newlines included, made one space. For error
// messages, which may carry a file name or a user's text.
func Line(s string) string {
	return strings.Join(strings.Fields(Blank(s)), " ")
}
