package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The date, quantity and count finders share one small tokenizer instead of
// regular expressions: a sentence is split once into words, numbers and
// single punctuation marks, and every pattern walks the token slice with
// bounds-checked accessors, so no input can make them index out of range.

type wtokKind uint8

const (
	wWord  wtokKind = iota + 1 // letters (and digits after a letter), inner apostrophes, "a.m", "U.S"
	wNum                       // digits with inner , . : ("1,500", "11.5", "5:30")
	wPunct                     // one rune: "$", "€", "(", "-", "–", "“" ...
)

// wtok is one token: a byte span of the text and its kind. glued reports
// that nothing separates it from the previous token ("$1.4", "two-year",
// "3m"), which is how prefixes, suffixes and hyphenated words are seen.
type wtok struct {
	s, e  int
	kind  wtokKind
	glued bool
}

// wtokens is a tokenized text with an ASCII-lowercased copy of the same
// byte length, so token text can be compared and switched on without
// allocating.
type wtokens struct {
	text, low string
	t         []wtok
}

// wtokenize splits text into wtokens, appending to buf (pass a stack array's
// slice to keep short sentences off the heap).
func wtokenize(text string, buf []wtok) wtokens {
	ts := wtokens{text: text, low: asciiLowerString(text), t: buf[:0]}
	prevEnd := -1
	for i := 0; i < len(text); {
		c := text[i]
		start := i
		var kind wtokKind
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				i++
				continue
			case asciiDigit(c):
				i++
				for i < len(text) {
					if asciiDigit(text[i]) {
						i++
						continue
					}
					if (text[i] == ',' || text[i] == '.' || text[i] == ':') && i+1 < len(text) && asciiDigit(text[i+1]) {
						i += 2
						continue
					}
					break
				}
				kind = wNum
			case asciiLetter(c):
				if n := letterCurrency(text, i); n > 0 {
					i += n // "N3.5 million": the naira sign, then the number
				} else {
					i = wscanWord(text, i)
				}
				kind = wWord
			default:
				i++
				kind = wPunct
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
				continue
			case unicode.IsLetter(r):
				i = wscanWord(text, i)
				kind = wWord
			default:
				i += size
				kind = wPunct
			}
		}
		if i <= start { // never loop forever on odd input
			i = start + 1
		}
		ts.t = append(ts.t, wtok{s: start, e: i, kind: kind, glued: start == prevEnd})
		prevEnd = i
	}
	return ts
}

// letterCurrency returns the length of a currency written in letters and
// glued to its amount, as the African and South Asian press write money:
// "N3.5 million" (naira), "R12 million" (rand), "Sh2 billion", "KSh450,000"
// (Kenyan shillings), "Rs5,000" (rupees); 0 when the text at i is no such
// prefix. A single letter counts only before an amount that reads as
// money (a thousands separator, decimals or a scale word), so "N95 masks"
// and "R2" stay words.
func letterCurrency(text string, i int) int {
	switch text[i] {
	case 'N', 'R', 'S', 'K', 'T':
	default:
		return 0
	}
	j := i
	for j < len(text) && j-i < 4 && asciiLetter(text[j]) {
		j++
	}
	if j >= len(text) || !asciiDigit(text[j]) {
		return 0
	}
	switch text[i:j] {
	case "N", "R":
	case "Sh", "KSh", "Rs", "Tk":
		return j - i
	default:
		return 0
	}
	k := j
	money := false
	for k < len(text) && (asciiDigit(text[k]) || (text[k] == ',' || text[k] == '.') && k+1 < len(text) && asciiDigit(text[k+1])) {
		if text[k] == ',' || text[k] == '.' {
			money = true
		}
		k++
	}
	if k < len(text) && asciiLetter(text[k]) {
		// "N3m", "R2bn"; "N2O" is a formula.
		if !moneyScale(text[k:], true) {
			return 0
		}
	} else if !money && !moneyScale(strings.TrimLeft(text[k:], " "), false) {
		return 0
	}
	return j - i
}

// moneyScale reports a whole scale word opening s: "million", "billion",
// "trillion", "bn", and "m" when glued to the amount ("N3m").
func moneyScale(s string, glued bool) bool {
	opens := func(sc string) bool {
		return strings.HasPrefix(s, sc) && (len(s) == len(sc) || !asciiLetter(s[len(sc)]))
	}
	return opens("million") || opens("billion") || opens("trillion") || opens("bn") || glued && opens("m")
}

// wscanWord consumes a word from i: letters and digits, an apostrophe
// between letters ("o'clock", "prosecution’s"), and single letters joined
// by periods ("a.m", "U.S"; the final period stays a token).
func wscanWord(text string, i int) int {
	segStart := i
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && (asciiLetter(c) || asciiDigit(c)) {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i += size
			continue
		}
		if r == '\'' || r == '’' {
			if n, _ := utf8.DecodeRuneInString(text[i+size:]); i+size < len(text) && unicode.IsLetter(n) {
				i += size
				continue
			}
			break
		}
		if r == '.' && i-segStart == 1 && i+1 < len(text) && asciiLetter(text[i+1]) &&
			(i+2 >= len(text) || !asciiLetter(text[i+2])) {
			i++
			segStart = i
			continue
		}
		break
	}
	return i
}

func asciiDigit(c byte) bool  { return '0' <= c && c <= '9' }
func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// asciiLowerString lowercases ASCII letters only, so byte offsets stay
// valid. Runs without capitals are copied whole.
func asciiLowerString(s string) string {
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

func (ts *wtokens) n() int { return len(ts.t) }

// w is token i lowercased, "" out of range.
func (ts *wtokens) w(i int) string {
	if i < 0 || i >= len(ts.t) {
		return ""
	}
	return ts.low[ts.t[i].s:ts.t[i].e]
}

func (ts *wtokens) kind(i int) wtokKind {
	if i < 0 || i >= len(ts.t) {
		return 0
	}
	return ts.t[i].kind
}

func (ts *wtokens) glued(i int) bool { return i > 0 && i < len(ts.t) && ts.t[i].glued }

// capital reports whether token i starts with an upper-case letter.
func (ts *wtokens) capital(i int) bool {
	if i < 0 || i >= len(ts.t) {
		return false
	}
	if c := ts.text[ts.t[i].s]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(ts.text[ts.t[i].s:])
	return unicode.IsUpper(r)
}

// word reports whether token i is a word.
func (ts *wtokens) word(i int) bool { return ts.kind(i) == wWord }

// span is the original text from token lo to token hi-1.
func (ts *wtokens) span(lo, hi int) string {
	if lo < 0 || hi > len(ts.t) || lo >= hi {
		return ""
	}
	return ts.text[ts.t[lo].s:ts.t[hi-1].e]
}

// lowSpan is span lowercased.
func (ts *wtokens) lowSpan(lo, hi int) string {
	if lo < 0 || hi > len(ts.t) || lo >= hi {
		return ""
	}
	return ts.low[ts.t[lo].s:ts.t[hi-1].e]
}

// seq reports whether the wtokens from i are the given lowercase words.
func (ts *wtokens) seq(i int, words ...string) bool {
	for k, w := range words {
		if ts.w(i+k) != w {
			return false
		}
	}
	return true
}

// tokenEndingAt is the index of the token that ends at byte end, searching
// from token from; -1 if end falls inside a token.
func (ts *wtokens) tokenEndingAt(from, end int) int {
	for j := max(from, 0); j < len(ts.t); j++ {
		if ts.t[j].e == end {
			return j
		}
		if ts.t[j].e > end {
			return -1
		}
	}
	return -1
}

// secondFits is false when phraseAt(i, name, ...) must fail on name's
// second byte, a letter the text at token i does not have: the finders
// try every lexicon name sharing the token's first letter, and this
// inlined test turns most of them away without the call.
func (ts *wtokens) secondFits(i int, name string) bool {
	if len(name) < 2 || name[1] == ' ' {
		return true
	}
	j := ts.t[i].s + 1
	return j < len(ts.low) && ts.low[j] == asciiLower(name[1])
}

// phraseAt matches a lexicon phrase at token i (its lower-case letters in
// either case, its capitals only as capitals), any run of spaces in the
// text matching one space in the phrase, and returns
// the index of the token after the match (-1 if none). With plural, a
// trailing "s" or "es" after the phrase is accepted ("firearm" matches
// "firearms").
func (ts *wtokens) phraseAt(i int, phrase string, plural bool) int {
	if i < 0 || i >= len(ts.t) || phrase == "" {
		return -1
	}
	low := ts.low
	j := ts.t[i].s
	if asciiLower(phrase[0]) != low[j] {
		return -1
	}
	for p := 0; p < len(phrase); {
		if phrase[p] == ' ' {
			n := spaceRunAt(low, j)
			if n == 0 {
				return -1
			}
			j += n
			for p < len(phrase) && phrase[p] == ' ' {
				p++
			}
			continue
		}
		if j >= len(low) || low[j] != asciiLower(phrase[p]) {
			return -1
		}
		// A capital in a lexicon name must be a capital in the text
		// ("MAD" the dirham, not "mad"); lower case matches either.
		if c := phrase[p]; 'A' <= c && c <= 'Z' && ts.text[j] != c {
			return -1
		}
		p++
		j++
	}
	if k := ts.tokenEndingAt(i, j); k >= 0 {
		return k + 1
	}
	if plural {
		for _, suf := range [...]string{"s", "es"} {
			if strings.HasPrefix(low[j:], suf) {
				if k := ts.tokenEndingAt(i, j+len(suf)); k >= 0 {
					return k + 1
				}
			}
		}
	}
	return -1
}

// spaceRunAt is the length of the whitespace run at low[j:] (ASCII spaces and
// no-break spaces).
func spaceRunAt(low string, j int) int {
	k := j
	for k < len(low) {
		switch {
		case low[k] == ' ' || low[k] == '\t' || low[k] == '\n' || low[k] == '\r':
			k++
		case low[k] == 0xC2 && k+1 < len(low) && low[k+1] == 0xA0:
			k += 2
		default:
			return k - j
		}
	}
	return k - j
}
