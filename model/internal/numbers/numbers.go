// Package numbers reads the numbers of news text from reading tokens:
// digits with thousands separators and decimals ("1,500", "11.5"), scale
// words ("1.2 million", "a billion"), suffixes after money ("£3m",
// "$2bn"), number words from the lexicon ("forty-eight", "two hundred")
// and vague plurals that give no exact value ("hundreds of millions of",
// "thousands of", "dozens of"), and the qualifiers before them ("more
// than", "about", "at least").
package numbers

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// Phrase is a number found at tokens [Lo,Hi). Exact is false for vague
// amounts, whose words are in Vague ("thousands of").
type Phrase struct {
	Lo, Hi int
	Val    float64
	Exact  bool
	Vague  string
}

// Parse reads words as one number ("1.2 million", "forty-eight",
// "a billion", "1,500", "$"-less money figures like "3bn"). Vague amounts
// ("thousands of") and anything with words left over are not numbers.
func Parse(words string, lex *lexicon.Lexicon) (float64, bool) {
	var buf [32]token.Token
	ts := token.Read(words, buf[:0])
	np, ok := At(&ts, 0, lex, true)
	if !ok || !np.Exact || np.Hi != ts.N() {
		return 0, false
	}
	return np.Val, true
}

// Word is the value of a number word in the lexicon ("three",
// "million"). w must be lowercase.
func Word(w string, lex *lexicon.Lexicon) (float64, bool) {
	if lex == nil || lex.Numbers == nil || w == "" {
		return 0, false
	}
	v, ok := lex.Numbers[w]
	return v, ok
}

// scaleOf is the value of a multiplying number word: hundred, thousand,
// million, billion (any lexicon number of 100 or more) and dozen.
func scaleOf(w string, lex *lexicon.Lexicon) float64 {
	v, ok := Word(w, lex)
	if !ok {
		return 0
	}
	if v >= 100 || w == "dozen" {
		return v
	}
	return 0
}

// PluralScale reports whether w is the plural of a number of ten or more
// ("tens", "dozens", "hundreds", "thousands", "millions").
func PluralScale(w string, lex *lexicon.Lexicon) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	v, ok := Word(w[:len(w)-1], lex)
	return ok && v >= 10
}

// At parses a number starting at token i. money allows the "m", "bn"
// and "k" suffixes glued to digits ("£3m").
func At(ts *token.Text, i int, lex *lexicon.Lexicon, money bool) (Phrase, bool) {
	switch ts.Kind(i) {
	case token.Number:
		return digitNumber(ts, i, lex, money)
	case token.Word:
	default:
		return Phrase{}, false
	}
	w := ts.W(i)
	switch w {
	case "a", "an":
		if ts.W(i+1) == "few" || ts.W(i+1) == "couple" {
			return vagueScale(ts, i, i+2, lex)
		}
		if s := scaleOf(ts.W(i+1), lex); s > 0 {
			val, hi := scales(ts, s, i+2, lex)
			return Phrase{Lo: i, Hi: hi, Val: val, Exact: true}, true
		}
		return Phrase{}, false
	case "several", "many", "few":
		return vagueScale(ts, i, i+1, lex)
	}
	if PluralScale(w, lex) {
		hi, ok := vaguePlural(ts, i, lex)
		if !ok {
			return Phrase{}, false
		}
		return Phrase{Lo: i, Hi: hi, Vague: ts.LowSpan(i, hi)}, true
	}
	return wordNumber(ts, i, lex)
}

// vagueScale reads "several hundred", "a few thousand", "many thousands of"
// whose first words end before k.
func vagueScale(ts *token.Text, i, k int, lex *lexicon.Lexicon) (Phrase, bool) {
	if ts.W(k) == "of" && ts.W(i) == "a" { // "a couple of hundred"
		k++
	}
	if scaleOf(ts.W(k), lex) > 0 {
		hi := k + 1
		for scaleOf(ts.W(hi), lex) > 0 {
			hi++
		}
		return Phrase{Lo: i, Hi: hi, Vague: ts.LowSpan(i, hi)}, true
	}
	if PluralScale(ts.W(k), lex) {
		if hi, ok := vaguePlural(ts, k, lex); ok {
			return Phrase{Lo: i, Hi: hi, Vague: ts.LowSpan(i, hi)}, true
		}
	}
	return Phrase{}, false
}

// vaguePlural reads "hundreds of", "hundreds of millions of", "tens of
// thousands of" from token i and returns the token after the last "of".
func vaguePlural(ts *token.Text, i int, lex *lexicon.Lexicon) (int, bool) {
	hi := -1
	for k := i; k < i+8 && PluralScale(ts.W(k), lex) && ts.W(k+1) == "of"; k += 2 {
		hi = k + 2
	}
	return hi, hi > 0
}

// scales multiplies v by the scale words from token k on ("million",
// "hundred thousand") and returns the token after them.
func scales(ts *token.Text, v float64, k int, lex *lexicon.Lexicon) (float64, int) {
	for n := 0; n < 4; n++ {
		s := scaleOf(ts.W(k), lex)
		if s == 0 {
			break
		}
		v *= s
		k++
	}
	return v, k
}

// digitNumber reads digits at token i, a glued money suffix and scale
// words after them.
func digitNumber(ts *token.Text, i int, lex *lexicon.Lexicon, money bool) (Phrase, bool) {
	mant, frac, ok := numDigits(ts.W(i))
	if !ok {
		return Phrase{}, false
	}
	scale := 1.0
	hi := i + 1
	if ts.Glued(hi) && ts.IsWord(hi) {
		switch suf := ts.W(hi); suf {
		case "bn":
			scale = 1e9
			hi++
		case "mn":
			scale = 1e6
			hi++
		case "m", "k":
			if money {
				scale = 1e3
				if suf == "m" {
					scale = 1e6
				}
				hi++
			}
		default:
			if s := scaleOf(suf, lex); s > 0 {
				scale = s
				hi++
			}
		}
	}
	if scale == 1 {
		for n := 0; n < 3; n++ {
			s := scaleOf(ts.W(hi), lex)
			if s == 0 || ts.Glued(hi) {
				break
			}
			scale *= s
			hi++
		}
	}
	// mant*scale first, then the decimal shift: 12*1e6/10 is exactly 1.2e6.
	val := float64(mant) * scale / numPow10(frac)
	return Phrase{Lo: i, Hi: hi, Val: val, Exact: true}, true
}

// numDigits reads "1,500", "171,000", "11.5" as an integer mantissa and a
// count of decimal digits. A comma not followed by exactly three digits is
// a decimal comma ("2,8"). Times ("5:30") are not numbers.
func numDigits(s string) (mant int64, frac int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	decimal := false
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case token.Digit(c):
			if digits >= 18 {
				return 0, 0, false
			}
			mant = mant*10 + int64(c-'0')
			digits++
			if decimal {
				frac++
			}
		case c == ',' && !decimal:
			n := 0
			for n < len(s)-i-1 && token.Digit(s[i+1+n]) {
				n++
			}
			if n != 3 {
				decimal = true
			}
		case c == '.' && !decimal:
			decimal = true
		default:
			return 0, 0, false
		}
	}
	return mant, frac, digits > 0
}

func numPow10(n int) float64 {
	p := 1.0
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// wordNumber reads number words: "three", "forty-eight", "two hundred
// and fifty", "two dozen", "1.5"-free forms only.
func wordNumber(ts *token.Text, i int, lex *lexicon.Lexicon) (Phrase, bool) {
	var total, cur float64
	hi := i
	for k := i; k < ts.N() && k < i+16; {
		w := ts.W(k)
		v, ok := Word(w, lex)
		if !ok || !ts.IsWord(k) {
			break
		}
		switch {
		case v >= 1000:
			cur = max(cur, 1) * v
			total += cur
			cur = 0
		case v >= 100 || w == "dozen":
			cur = max(cur, 1) * v
		default:
			cur += v
		}
		k++
		hi = k
		// "forty-eight", "two hundred and fifty"
		if ts.W(k) == "-" && ts.Glued(k) && ts.Glued(k+1) {
			if _, ok := Word(ts.W(k+1), lex); ok {
				k++
				continue
			}
		}
		if ts.W(k) == "and" && total+cur >= 100 {
			if nv, ok := Word(ts.W(k+1), lex); ok && nv < 100 {
				k++
				continue
			}
		}
	}
	if hi == i {
		return Phrase{}, false
	}
	return Phrase{Lo: i, Hi: hi, Val: total + cur, Exact: true}, true
}

// Qualifier reads a qualifier before a number ("more than", "about",
// "at least", from the lexicon's list) and returns it with the token after
// it; "" if none. The returned strings are the list's own, so qualifiers
// cost no allocation.
func Qualifier(ts *token.Text, i int, v *lexicon.Vocab) (string, int) {
	if e, next, ok := v.PhraseAt(lexicon.Qualifiers, ts, i); ok {
		return e.Word, next
	}
	return "", i
}
