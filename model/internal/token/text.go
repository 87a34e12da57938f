package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text is a text cut into reading tokens, with an ASCII-lowercased copy of
// the same byte length, so token text can be compared and switched on
// without allocating. Its accessors take any index: out of range, a token
// is "", of kind None, not glued and not capitalised, so no pattern can
// index out of range.
type Text struct {
	Src, Low string
	Toks     []Token
}

// Read cuts text into reading tokens, appending to buf (pass a stack
// array's slice to keep short sentences off the heap).
func Read(text string, buf []Token) Text {
	return Text{Src: text, Low: LowerASCII(text), Toks: Scan(buf[:0], text, 0, len(text), Reading)}
}

// N is the number of tokens.
func (ts *Text) N() int { return len(ts.Toks) }

// W is token i lowercased, "" out of range.
func (ts *Text) W(i int) string {
	if i < 0 || i >= len(ts.Toks) {
		return ""
	}
	return ts.Low[ts.Toks[i].Start:ts.Toks[i].End]
}

// Kind is the kind of token i.
func (ts *Text) Kind(i int) Kind {
	if i < 0 || i >= len(ts.Toks) {
		return None
	}
	return ts.Toks[i].Kind
}

// Glued reports that token i follows the one before it with nothing
// between.
func (ts *Text) Glued(i int) bool { return i > 0 && i < len(ts.Toks) && ts.Toks[i].Glued }

// Capital reports whether token i starts with an upper-case letter.
func (ts *Text) Capital(i int) bool {
	if i < 0 || i >= len(ts.Toks) {
		return false
	}
	if c := ts.Src[ts.Toks[i].Start]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(ts.Src[ts.Toks[i].Start:])
	return unicode.IsUpper(r)
}

// IsWord reports whether token i is a word.
func (ts *Text) IsWord(i int) bool { return ts.Kind(i) == Word }

// Span is the original text from token lo to token hi-1.
func (ts *Text) Span(lo, hi int) string {
	if lo < 0 || hi > len(ts.Toks) || lo >= hi {
		return ""
	}
	return ts.Src[ts.Toks[lo].Start:ts.Toks[hi-1].End]
}

// SpanUnbracketed is Span without its bracketed groups, the gaps closed
// with one space: a gloss in parentheses ("(pounds)", "($1.4 million)")
// restates what is around it and is not part of a phrase's words.
func (ts *Text) SpanUnbracketed(lo, hi int) string {
	if lo < 0 || hi > len(ts.Toks) || lo >= hi {
		return ""
	}
	var b strings.Builder
	depth, run := 0, -1
	flush := func(end int) {
		if run < 0 {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ts.Src[ts.Toks[run].Start:ts.Toks[end-1].End])
		run = -1
	}
	for i := lo; i < hi; i++ {
		switch w := ts.W(i); {
		case w == "(" || w == "[":
			flush(i)
			depth++
		case (w == ")" || w == "]") && depth > 0:
			depth--
		case depth == 0 && run < 0:
			run = i
		}
	}
	flush(hi)
	if b.Len() == 0 {
		return ts.Span(lo, hi)
	}
	return b.String()
}

// LowSpan is Span lowercased.
func (ts *Text) LowSpan(lo, hi int) string {
	if lo < 0 || hi > len(ts.Toks) || lo >= hi {
		return ""
	}
	return ts.Low[ts.Toks[lo].Start:ts.Toks[hi-1].End]
}

// TokenEndingAt is the index of the token that ends at byte end, searching
// from token from; -1 if end falls inside a token.
func (ts *Text) TokenEndingAt(from, end int) int {
	for j := max(from, 0); j < len(ts.Toks); j++ {
		if ts.Toks[j].End == end {
			return j
		}
		if ts.Toks[j].End > end {
			return -1
		}
	}
	return -1
}

// SecondFits is false when PhraseAt(i, name, ...) must fail on name's
// second byte, a letter the text at token i does not have: finders that
// try every lexicon name sharing the token's first letter turn most of
// them away with this inlined test instead of the call.
func (ts *Text) SecondFits(i int, name string) bool {
	if len(name) < 2 || name[1] == ' ' {
		return true
	}
	j := ts.Toks[i].Start + 1
	return j < len(ts.Low) && ts.Low[j] == Lower(name[1])
}

// PhraseAt matches a lexicon phrase at token i (its lower-case letters in
// either case, its capitals only as capitals), any run of spaces in the
// text matching one space in the phrase, and returns the index of the
// token after the match (-1 if none). With plural, a trailing "s" or "es"
// after the phrase is accepted ("firearm" matches "firearms").
func (ts *Text) PhraseAt(i int, phrase string, plural bool) int {
	if i < 0 || i >= len(ts.Toks) || phrase == "" {
		return -1
	}
	low := ts.Low
	j := ts.Toks[i].Start
	if Lower(phrase[0]) != low[j] {
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
		if j >= len(low) || low[j] != Lower(phrase[p]) {
			return -1
		}
		// A capital in a lexicon name must be a capital in the text
		// ("MAD" the dirham, not "mad"); lower case matches either.
		if c := phrase[p]; 'A' <= c && c <= 'Z' && ts.Src[j] != c {
			return -1
		}
		p++
		j++
	}
	if k := ts.TokenEndingAt(i, j); k >= 0 {
		return k + 1
	}
	if plural {
		for _, suf := range [...]string{"s", "es"} {
			if strings.HasPrefix(low[j:], suf) {
				if k := ts.TokenEndingAt(i, j+len(suf)); k >= 0 {
					return k + 1
				}
			}
		}
	}
	return -1
}

// spaceRunAt is the length of the whitespace run at low[j:] (ASCII spaces
// and no-break spaces).
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

// Fields appends the words of s, split at white space as strings.Fields
// splits them, to dst: each word is a run of glued reading tokens.
func Fields(dst []string, s string) []string {
	run, prevEnd := -1, -1
	for i := 0; i < len(s); {
		start, end, kind := next(s, i, len(s), Reading)
		if kind == None {
			break
		}
		if start != prevEnd {
			if run >= 0 {
				dst = append(dst, s[run:prevEnd])
			}
			run = start
		}
		i, prevEnd = end, end
	}
	if run >= 0 {
		dst = append(dst, s[run:prevEnd])
	}
	return dst
}
