package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsSpace reports the white space lexical tokens skip: ASCII blanks and line
// ends, the no-break space and every other Unicode space.
func IsSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || (r > 0x7F && unicode.IsSpace(r))
}

// IsLetter reports a rune that can be part of a lexical word: an ASCII
// letter, or any other letter or combining mark.
func IsLetter(r rune) bool { return isLetter(r, Lexical) }

// IsAlnum is IsLetter or an ASCII digit.
func IsAlnum(r rune) bool { return IsLetter(r) || r >= '0' && r <= '9' }

// IsApostrophe reports a straight or a typographic apostrophe.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' }

// IsDash reports a hyphen or a dash.
func IsDash(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '―' }

// Digit, Letter and Lower are the ASCII tests the scanners make byte by
// byte.
func Digit(c byte) bool  { return '0' <= c && c <= '9' }
func Letter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func Lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// LowerASCII lowercases ASCII letters only, so byte offsets stay valid.
// A string without capitals is returned as it is.
func LowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	run := 0
	for ; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[run:i])
			b.WriteByte(c + 'a' - 'A')
			run = i + 1
		}
	}
	b.WriteString(s[run:])
	return b.String()
}

// CountLetters is how many letters s holds.
func CountLetters(s string) int {
	n := 0
	for _, r := range s {
		if IsLetter(r) {
			n++
		}
	}
	return n
}

// Caps is how a word is capitalised.
type Caps uint8

const (
	CapsLower   Caps = iota // no uppercase first letter
	CapsInitial             // first letter uppercase, some lowercase after
	CapsAll                 // every letter uppercase (one letter counts)
)

// CapsOf classifies the capitals of s.
func CapsOf(s string) Caps {
	if c, ok := asciiCaps(s); ok {
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
		return CapsAll
	case initial:
		return CapsInitial
	}
	return CapsLower
}

// asciiCaps is CapsOf for ASCII words, the common case; ok is false when
// s has other bytes.
func asciiCaps(s string) (Caps, bool) {
	upper, lower := 0, 0
	initial := false
	seen := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
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
		return CapsAll, true
	case initial:
		return CapsInitial, true
	}
	return CapsLower, true
}

// IsInitialism reports "J." or "U.S." or "U.K.": single capital letters,
// each followed by a period.
func IsInitialism(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsUpper(r) || i+n >= len(w) || w[i+n] != '.' {
			return false
		}
		i += n + 1
	}
	return true
}
