package quantities

import (
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Per-country counts: wire copy about a multi-country operation lists its
// arrests country by country ("Spain accounted for the largest number of
// arrests, with 61, followed by the Netherlands with 48", "arrests in
// Spain (61), the Netherlands (48)", "In Spain, 61 people were arrested;
// in Italy, 37."). A bare number in such a list counts what the sentence
// counts, in the country the list names next to it.

// countryEndingAt is the country whose name (not demonym) ends just before
// token end, and the token it starts at; "" if none. Only capitalized
// names match: "turkey" is not Turkey.
func (ts tokens) countryEndingAt(end int, lex *lexicon.Lexicon) (string, int) {
	if lex == nil || end <= 0 {
		return "", -1
	}
	for k := end - 1; k >= 0 && k >= end-5; k-- {
		if !ts.Capital(k) {
			if ts.W(k) == "the" {
				continue
			}
			if ts.IsWord(k) || ts.W(k) != "." {
				break
			}
			continue
		}
		text := ts.Span(k, end)
		for ci := range lex.Countries {
			c := &lex.Countries[ci]
			if c.Name == text {
				return c.Name, k
			}
			for _, a := range c.Aliases {
				if strings.TrimPrefix(a, "the ") == text && a != "US" {
					return c.Name, k
				}
			}
		}
	}
	return "", -1
}

// listedCountry reads the list forms around a bare number q: "<country>
// with N", "<country> (N)", "in <country>, N". After "…, with N" the
// country is the clause's subject, the nearest country before it.
func (ts tokens) listedCountry(q *quantity, lex *lexicon.Lexicon) string {
	switch ts.W(q.lo - 1) {
	case "with":
		if c, _ := ts.countryEndingAt(q.lo-1, lex); c != "" {
			return c
		}
		if ts.W(q.lo-2) == "," {
			for j := q.lo - 3; j >= 0; j-- {
				if ts.Kind(j) == token.Number || ts.W(j) == ";" {
					break
				}
				if c, _ := ts.countryEndingAt(j+1, lex); c != "" {
					return c
				}
			}
		}
	case "(":
		if ts.W(q.hi) == ")" {
			c, _ := ts.countryEndingAt(q.lo-1, lex)
			return c
		}
	case ",":
		if c, k := ts.countryEndingAt(q.lo-1, lex); c != "" && ts.W(k-1) == "in" {
			return c
		}
		if c, k := ts.countryEndingAt(q.lo-1, lex); c != "" && ts.W(k) == "the" && ts.W(k-1) == "in" {
			return c
		}
	}
	return ""
}

// frameCountry is the country of an "In Spain, 61 people were arrested"
// frame: "in <country> ," opening the clause the number stands in.
func (ts tokens) frameCountry(lo int, lex *lexicon.Lexicon, seg *segCursor) string {
	// A later clause's own frame is nearer: "In Spain, police arrested
	// 31 …, while in North Macedonia officers detained 12 people".
	for j := lo - 2; j > 0 && j >= lo-7; j-- {
		if ts.W(j) != "in" {
			continue
		}
		switch ts.W(j - 1) {
		case "while", "whereas", "and", ",", ";":
		default:
			continue
		}
		if c := ts.inCountryAt(j, lo, lex); c != "" {
			return c
		}
		break
	}
	start := ts.segmentStart(lo, seg)
	if ts.W(start) != "in" {
		return ""
	}
	for j := start + 2; j < lo && j <= start+6; j++ {
		if ts.W(j) == "," {
			if c, k := ts.countryEndingAt(j, lex); c != "" && (k == start+1 || k == start+2 && ts.W(start+1) == "the") {
				return c
			}
			return ""
		}
	}
	return ""
}

// sentenceCountLabel is the count noun a list of bare numbers counts: the
// label of the sentence's last count, else the first count word
// ("arrests", "arrested") before token lo.
func (ts tokens) sentenceCountLabel(out []story.Count, lo int) string {
	if prev := lastCount(out); prev != nil {
		return prev.What
	}
	for j := 0; j < lo; j++ {
		if l := ts.countVerb(ts.W(j)); l != "" {
			return l
		}
	}
	return ""
}

// segCursor remembers the last segment start found, so that the counts of
// one sentence, read left to right, find theirs in one pass between them:
// scanning back to the sentence start for each made a long sentence of
// counts quadratic.
type segCursor struct {
	lo, start int
	ok        bool
}

// segmentStart is the first token of the segment (between ";" or "." and
// the next) that holds token lo.
func (ts tokens) segmentStart(lo int, c *segCursor) int {
	bound := 0
	if c != nil && c.ok && lo >= c.lo {
		bound = c.lo
	}
	start := lo
	for start > bound && ts.W(start-1) != ";" && ts.W(start-1) != "." {
		start--
	}
	if start == bound && bound > 0 {
		start = c.start
	}
	if c != nil {
		*c = segCursor{lo: lo, start: start, ok: true}
	}
	return start
}

// inCountryAt is the country named by "in <Country>" at token j ("and one
// in Spain"), ending by token hi, "" if none.
func (ts tokens) inCountryAt(j, hi int, lex *lexicon.Lexicon) string {
	if ts.W(j) != "in" {
		return ""
	}
	first := j + 1
	if ts.W(first) == "the" {
		first++
	}
	for end := first + 1; end <= first+3 && end <= hi && ts.Capital(end-1); end++ {
		if c, k := ts.countryEndingAt(end, lex); c != "" && k >= first {
			return c
		}
	}
	return ""
}
