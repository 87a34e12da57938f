package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// Dateline recognises a dateline at the start of the paragraph
// body[a:b]: place words ("BRUSSELS", "THE HAGUE", "ST. LOUIS"), an
// optional ", Country" or date, an optional "(Agency)", then a dash or
// colon. The place is in capitals, or capitalised words when an agency
// follows ("Brussels (AFP) - "), which rules out ordinary sentences. It
// returns the dateline without the agency and the offset where the first
// sentence starts, or next == a when there is none.
func Dateline(body string, a, b int, ix *lexicon.Index) (dl string, next int) {
	// The agency first: "(ANSA) - REGGIO CALABRIA, MAY 20 - Carabinieri …".
	if a < b && body[a] == '(' {
		return agencyFirst(body, a, b, ix)
	}
	placeEnd, ok := placeWords(body, a, b)
	if !ok {
		return "", a
	}
	caps := token.CapsOf(body[a:placeEnd]) == token.CapsAll
	i, textEnd, ok := datelineTail(body, placeEnd, b)
	if !ok {
		return "", a
	}
	i, agency, ok := agencyTag(body, i, b)
	if !ok || i >= b {
		return "", a
	}
	r, n := utf8.DecodeRuneInString(body[i:b])
	// "Mumbai, Aug 10 (PTI) The Directorate …": Indian wires put no dash
	// after the agency; the dateline then needs its date or a known place,
	// so "The National Crime Agency (NCA) Director …" stays a sentence.
	if agency && unicode.IsUpper(r) && (textEnd > placeEnd || isPlaceName(ix, body[a:placeEnd])) {
		return strings.TrimSpace(body[a:textEnd]), i
	}
	// Capitalised words with neither capitals nor an agency are a dateline
	// only when they name a known place and a spaced dash follows:
	// "Sydney, Australia – Police arrested …", not "Brussels - the
	// capital - voted".
	if !caps && !agency && !(token.IsDash(r) && i > textEnd && capitalAfterDash(body[i+n:b]) && isPlaceName(ix, body[a:placeEnd])) {
		return "", a
	}
	if i, ok = datelineMark(body, i, b, caps); !ok {
		return "", a
	}
	return strings.TrimSpace(body[a:textEnd]), i
}

// agencyFirst reads a dateline that opens with its agency, "(ANSA) - ",
// at body[a] == '('.
func agencyFirst(body string, a, b int, ix *lexicon.Index) (dl string, next int) {
	c := strings.IndexByte(body[a:b], ')')
	if c < 2 || c > 16 || strings.ContainsAny(body[a:a+c], " \t") {
		return "", a
	}
	i := a + c + 1
	for i < b && body[i] == ' ' {
		i++
	}
	r, n := utf8.DecodeRuneInString(body[i:b])
	if !token.IsDash(r) {
		return "", a
	}
	for i += n; i < b && body[i] == ' '; i++ {
	}
	if dl, next := Dateline(body, i, b, ix); next > i {
		return dl, next
	}
	return "", a
}

// placeWords reads up to six place words from a, each starting with a
// capital ("THE HAGUE", "ST. LOUIS"), and returns where they end; ok is
// false unless they hold two letters or more.
func placeWords(body string, a, b int) (placeEnd int, ok bool) {
	i, words := a, 0
	placeEnd = a
	for i < b && words < 6 {
		r, n := utf8.DecodeRuneInString(body[i:b])
		if !unicode.IsUpper(r) {
			break
		}
		j := i + n
		for j < b {
			r2, n2 := utf8.DecodeRuneInString(body[j:b])
			if token.IsLetter(r2) || r2 == '.' || token.IsApostrophe(r2) || r2 == '-' && j+n2 < b && body[j+n2] != ' ' {
				j += n2
				continue
			}
			break
		}
		placeEnd, words = j, words+1
		if j >= b || body[j] != ' ' {
			break
		}
		i = j + 1
	}
	return placeEnd, words > 0 && token.CountLetters(body[a:placeEnd]) >= 2
}

// datelineTail reads ", Netherlands" or ", March 9" after the place: a few
// words, no sentence punctuation. It returns where the dateline's text
// ends and where reading goes on past the spaces after it; ok is false
// when the tail holds a mark a dateline cannot.
func datelineTail(body string, placeEnd, b int) (i, textEnd int, ok bool) {
	i, textEnd = placeEnd, placeEnd
	if i < b && body[i] == ',' {
		j, spaces := i+1, 0
		for j < b && spaces <= 5 {
			r, n := utf8.DecodeRuneInString(body[j:b])
			if r == '(' || token.IsDash(r) || r == ':' {
				break
			}
			if r != ',' && r != '.' && r != ' ' && !token.IsAlnum(r) && !token.IsApostrophe(r) {
				return 0, 0, false
			}
			if r == ' ' {
				spaces++
			}
			j += n
		}
		i = j
		for textEnd = i; textEnd > placeEnd && (body[textEnd-1] == ' ' || body[textEnd-1] == '-'); textEnd-- {
		}
	}
	for i < b && body[i] == ' ' {
		i++
	}
	return i, textEnd, true
}

// agencyTag reads "(AP)", "(Reuters)" at i: one short word, and the spaces
// after it. ok is false for a bracket that is no agency.
func agencyTag(body string, i, b int) (next int, agency, ok bool) {
	if i >= b || body[i] != '(' {
		return i, false, true
	}
	c := strings.IndexByte(body[i:b], ')')
	if c < 2 || c > 16 || strings.ContainsAny(body[i:i+c], " \t") {
		return i, false, false
	}
	i += c + 1
	for i < b && body[i] == ' ' {
		i++
	}
	return i, true, true
}

// datelineMark reads the dash (or, after capitals, the colon) that ends a
// dateline at i and the spaces after it, and returns where the first
// sentence starts.
func datelineMark(body string, i, b int, caps bool) (int, bool) {
	r, n := utf8.DecodeRuneInString(body[i:b])
	switch {
	case token.IsDash(r):
		i += n
		if r == '-' && i < b && body[i] == '-' {
			i++
		}
		// A hyphen needs a space after it: "LONDON-based" is no dateline.
		if r == '-' && i < b && body[i] != ' ' && body[i] != '\t' {
			return 0, false
		}
	case r == ':' && caps:
		i += n
		if i < b && body[i] != ' ' && body[i] != '\t' {
			return 0, false
		}
	default:
		return 0, false
	}
	for i < b {
		r2, n2 := utf8.DecodeRuneInString(body[i:b])
		if !token.IsSpace(r2) {
			break
		}
		i += n2
	}
	return i, true
}

// capitalAfterDash reports whether the text after a dash opens with a
// capital letter, as a story's first sentence does.
func capitalAfterDash(s string) bool {
	s = strings.TrimLeft(s, " \t\u00a0")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPlaceName reports whether s is exactly a gazetteer place or a country.
func isPlaceName(ix *lexicon.Index, s string) bool {
	if ix == nil {
		return false
	}
	var tt lexicon.Text
	tt.Reset(s, 0, len(s))
	if len(tt.Toks) == 0 {
		return false
	}
	id := tt.Longest(ix, &ix.Entities, 0)
	if id < 0 {
		return false
	}
	ph := &ix.Phrases[id]
	return (ph.Kind == lexicon.Place || ph.Kind == lexicon.Country) && len(ph.Keys) == len(tt.Toks)
}
