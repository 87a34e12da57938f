// Package token is the one tokeniser of the parser. It cuts a text into
// words, numbers and punctuation marks, each a byte span of the text that
// knows whether it is glued to the token before it (nothing between them),
// and it folds and classifies what it cut.
//
// Two stages read a text differently, so a scan follows one of two
// conventions (Style):
//
//   - Lexical tokens are what lexicon phrases are matched on (entities,
//     triggers, cues). A final possessive is a token of its own, so
//     "Europe’s" matches "Europe"; a number keeps the letters glued to it
//     ("5am", "9mm"); periods always stand alone, so "U.S." is "U", ".",
//     "S", ".", the way the lexicon's own phrases are cut.
//   - Reading tokens are what numbers, quantities and dates are read from.
//     A word keeps its apostrophes ("prosecution’s"), single letters joined
//     by periods are one word ("a.m", "U.S"), a number keeps a clock's
//     colon ("5:30") and lets a glued unit stand as the next token ("3",
//     "m"), and a currency written in letters is split off its amount
//     ("N3.5 million" is "N", "3.5", "million").
//
// Summaries read a sentence as words separated by white space: Fields
// gives them as the runs of glued reading tokens.
package token

import (
	"unicode"
	"unicode/utf8"
)

// Kind is the coarse class of a token.
type Kind uint8

const (
	None       Kind = iota // no token: what the accessors give out of range
	Word                   // letters, possibly with digits and inner apostrophes
	Number                 // starts with a digit: "48", "1.2", "171,000"
	Possessive             // a final "'s" or "’s" split off its word (lexical only)
	Punct                  // any other single rune
)

// Token is a span [Start, End) of the text it was cut from. Glued reports
// that it starts where the token before it ends ("$1.4", "two-year").
type Token struct {
	Start, End int
	Kind       Kind
	Glued      bool
}

// Style is a tokenisation convention; see the package comment.
type Style uint8

const (
	Lexical Style = iota
	Reading
)

// Scan cuts text[from:to] into tokens, appending them to dst. Invalid UTF-8
// bytes become one-byte punctuation.
func Scan(dst []Token, text string, from, to int, st Style) []Token {
	from, to = max(from, 0), min(to, len(text))
	prevEnd := -1
	for i := from; i < to; {
		start, end, kind := next(text, i, to, st)
		if kind == None {
			break
		}
		dst = append(dst, Token{Start: start, End: end, Kind: kind, Glued: start == prevEnd})
		i, prevEnd = end, end
	}
	return dst
}

// next finds the first token of text[i:to], skipping white space; kind is
// None when there is none.
func next(text string, i, to int, st Style) (start, end int, kind Kind) {
	for i < to {
		start = i
		if c := text[i]; c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || st == Reading && (c == '\v' || c == '\f'):
				i++
				continue
			case Digit(c):
				return start, scanNumber(text, i, to, st), Number
			case Letter(c):
				if st == Reading {
					if n := letterCurrency(text, i, to); n > 0 {
						return start, i + n, Word // "N3.5 million": the naira sign, then the number
					}
				}
				return start, scanWord(text, i, to, st), Word
			case c == '\'' && st == Lexical && possessiveAt(text, i, to):
				return start, i + 2, Possessive
			}
			return start, i + 1, Punct
		}
		r, n := utf8.DecodeRuneInString(text[i:to])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case isLetter(r, st):
			return start, scanWord(text, i, to, st), Word
		case r == '’' && st == Lexical && possessiveAt(text, i, to):
			return start, i + n + 1, Possessive
		}
		return start, i + n, Punct
	}
	return to, to, None
}

// isLetter reports whether r can start or continue a word. Lexical tokens
// count combining marks as letters, reading tokens do not.
func isLetter(r rune, st Style) bool {
	if r < utf8.RuneSelf {
		return Letter(byte(r))
	}
	if st == Reading {
		return unicode.IsLetter(r)
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r))
}

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
	return !IsAlnum(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// an apostrophe between letters ("o'clock"; in lexical tokens not a final
// possessive), and in reading tokens single letters joined by periods
// ("a.m", "U.S"; the final period stays a token).
func scanWord(s string, i, to int, st Style) int {
	seg := i
	for i < to {
		if c := s[i]; c < utf8.RuneSelf && (Letter(c) || Digit(c)) {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:to])
		if isLetter(r, st) || st == Reading && unicode.IsDigit(r) {
			i += n
			continue
		}
		if r == '\'' || r == '’' {
			if i+n < to && (st == Reading || !possessiveAt(s, i, to)) {
				if r2, _ := utf8.DecodeRuneInString(s[i+n : to]); isLetter(r2, st) {
					i += n
					continue
				}
			}
			break
		}
		if st == Reading && r == '.' && i-seg == 1 && i+1 < to && Letter(s[i+1]) && (i+2 >= to || !Letter(s[i+2])) {
			i++
			seg = i
			continue
		}
		break
	}
	return i
}

// scanNumber returns the end of the number starting at i: digits with
// inner "." or "," groups ("1.2", "171,000"), and ":" in reading tokens
// ("5:30"). A lexical number runs on over letters glued to it ("5am").
func scanNumber(s string, i, to int, st Style) int {
	for i < to {
		c := s[i]
		if Digit(c) {
			i++
			continue
		}
		if (c == '.' || c == ',' || c == ':' && st == Reading) && i+1 < to && Digit(s[i+1]) {
			i += 2
			continue
		}
		break
	}
	if st == Lexical && i < to {
		if r, _ := utf8.DecodeRuneInString(s[i:to]); isLetter(r, Lexical) {
			return scanWord(s, i, to, Lexical)
		}
	}
	return i
}
