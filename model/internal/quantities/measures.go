package quantities

import (
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/numbers"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// quantity is a measured or counted amount in a sentence: an optional
// qualifier, a number (exact or vague), an optional unit before or after
// it and an optional bracketed equivalent ("1.2 million euros ($ 1.4
// million)"). Tokens [lo,hi).
type quantity struct {
	lo, hi int
	qual   string
	num    numbers.Phrase
	unit   int // index into Lexicon.Units, -1 for counted things
	eq     story.Amount
	hasEq  bool
	used   bool
}

// money reports whether q is an amount of a currency.
func (q *quantity) money(lx *qlex) bool {
	return q.unit >= 0 && q.unit < len(lx.Units) && lx.Units[q.unit].Kind == "currency"
}

// qualifier is the qualifier to report: the written one, the vague number
// words, or both ("more than thousands of").
func (q *quantity) qualifier() string {
	switch {
	case q.num.Vague == "":
		return q.qual
	case q.qual == "":
		return q.num.Vague
	}
	return q.qual + " " + q.num.Vague
}

// quantityAt parses a quantity starting at token i.
func (ts tokens) quantityAt(i int, lx *qlex) (quantity, bool) {
	if !ts.mayQuantity(i, lx) {
		return quantity{}, false
	}
	return ts.quantityFrom(i, lx)
}

// quantityFrom is quantityAt for a token that passed mayQuantity.
func (ts tokens) quantityFrom(i int, lx *qlex) (quantity, bool) {
	q := quantity{lo: i, unit: -1}
	k := i
	q.qual, k = numbers.Qualifier(ts.Text, k, ts.v)
	q.unit, k = ts.currencyBefore(k, lx)
	num, ok := ts.articleMeasure(k, lx)
	if !ok {
		num, ok = numbers.At(ts.Text, k, lx.Lexicon, q.unit >= 0)
	}
	if !ok {
		return quantity{}, false
	}
	// "3m euros": a money suffix before a currency word.
	if q.unit < 0 && ts.Glued(num.Hi) && (ts.W(num.Hi) == "m" || ts.W(num.Hi) == "k") {
		if u, _ := ts.unitAt(num.Hi+1, lx, false); u >= 0 && lx.Units[u].Kind == "currency" {
			if n, ok := numbers.At(ts.Text, k, lx.Lexicon, true); ok {
				num = n
			}
		}
	}
	q.num = num
	k = num.Hi
	if q.unit < 0 {
		q.unit, k = ts.unitAfter(k, lx)
	}
	q.hi = k
	ts.bracketed(&q, lx)
	// "180,000 pounds ($227,000) in cash": "pounds" is sterling when money
	// surrounds it, though the lexicon lists it as mass.
	if q.unit >= 0 && lx.Units[q.unit].Kind == "mass" &&
		(q.hasEq && lx.currency(q.eq.Unit) || ts.W(q.hi) == "in" && ts.W(q.hi+1) == "cash" || ts.W(q.hi) == "cash") {
		if u := lx.currencyNamed(ts.LowSpan(num.Hi, k)); u >= 0 {
			q.unit = u
		}
	}
	return q, true
}

// currencyBefore reads a currency before the number at k ("$1.4 million",
// "€500,000", "US$2 billion", "EUR 500"), and returns it (-1 if none) with
// the token where the number starts. It is only worth looking up when a
// number follows.
func (ts tokens) currencyBefore(k int, lx *qlex) (unit, next int) {
	if !ts.currencyPrefix(k) || ts.Kind(k+1) != token.Number && ts.Kind(k+2) != token.Number {
		return -1, k
	}
	if u, next := ts.unitAt(k, lx, false); u >= 0 && lx.Units[u].Kind == "currency" {
		// "Rs. 45 lakh": the sign's abbreviation point.
		if ts.W(next) == "." && ts.Glued(next) && ts.Kind(next+1) == token.Number {
			next++
		}
		return u, next
	}
	if (ts.W(k) == "us" || ts.W(k) == "u.s") && ts.Glued(k+1) {
		if u, next := ts.unitAt(k+1, lx, false); u >= 0 && lx.Units[u].Kind == "currency" {
			return u, next
		}
	}
	return -1, k
}

// unitAfter reads the unit after a number ending at k ("17 tonnes", "a
// 2-tonne haul", "2,000 pounds of cocaine", "1.5 billion pesos"), -1 if
// none, with the token after the quantity.
func (ts tokens) unitAfter(k int, lx *qlex) (unit, next int) {
	at := k
	if ts.W(at) == "-" && ts.Glued(at) && ts.Glued(at+1) { // "a 2-tonne haul"
		at++
	}
	// "pounds" is mass before "of" ("2,000 pounds of cocaine").
	u, next := ts.unitAt(at, lx, false)
	if u >= 0 && lx.Units[u].Kind != "mass" && (ts.W(next) == "of" || ts.W(next) == "(") {
		u, next = ts.unitAt(at, lx, true)
	}
	if u < 0 && (ts.W(at) == "pesos" || ts.W(at) == "peso") {
		u, next = ts.pesoOf(lx), at+1 // bare "pesos": the sentence's country's
	}
	if u < 0 {
		return -1, k
	}
	return u, next
}

// bracketed reads a bracketed equivalent after q ("1.2 million euros
// ($ 1.4 million)") or a bracketed gloss of its unit ("(pounds)") into q.
func (ts tokens) bracketed(q *quantity, lx *qlex) {
	k := q.hi
	if q.unit < 0 || ts.W(k) != "(" {
		return
	}
	if inner, ok := ts.quantityAt(k+1, lx); ok && ts.W(inner.hi) == ")" {
		// Only money keeps its conversion: a mass's bracketed figure
		// ("20 kilograms (about 44 pounds)") restates the same mass. The
		// outer unit may still read as a mass here when its word also
		// names a currency ("180,000 pounds ($227,000)").
		money := lx.Units[q.unit].Kind == "currency" || lx.currencyNamed(ts.W(q.hi-1)) >= 0
		if inner.num.Exact && inner.unit >= 0 && money && lx.Units[inner.unit].Kind == "currency" {
			q.eq = story.Amount{Quantity: inner.num.Val, Unit: lx.Units[inner.unit].Code}
			q.hasEq = true
		}
		q.hi = inner.hi + 1
	} else if u, next := ts.unitAt(k+1, lx, lx.Units[q.unit].Kind == "mass"); u >= 0 && ts.W(next) == ")" {
		q.hi = next + 1
	}
}

// currency reports whether code names a currency of the lexicon.
func (lx *qlex) currency(code string) bool {
	for i := range lx.Units {
		if lx.Units[i].Code == code {
			return lx.Units[i].Kind == "currency"
		}
	}
	return false
}

// currencyNamed is the currency one of whose names is word or starts with
// it ("pounds" in "pounds sterling"), -1 if none.
func (lx *qlex) currencyNamed(word string) int {
	if word == "" {
		return -1
	}
	for i := range lx.Units {
		if lx.Units[i].Kind != "currency" {
			continue
		}
		for _, a := range lx.Units[i].Aliases {
			if len(a) >= len(word) && strings.EqualFold(a[:len(word)], word) && (len(a) == len(word) || a[len(word)] == ' ') {
				return i
			}
		}
	}
	return -1
}

// unitAt finds the longest lexicon unit (alias or code) at token i and
// returns its index and the token after it; -1 if none. When two units
// share a name ("pounds" is lb and GBP), preferMass picks the mass unit,
// otherwise the currency.
func (ts tokens) unitAt(i int, lx *qlex, preferMass bool) (int, int) {
	if i < 0 || i >= ts.N() {
		return -1, -1
	}
	best, bestNext := -1, -1
	try := func(u int, name string) {
		next := ts.PhraseAt(i, name, false)
		if next < 0 {
			return
		}
		if next > bestNext || next == bestNext && (lx.Units[best].Kind == "mass") != preferMass && (lx.Units[u].Kind == "mass") == preferMass {
			best, bestNext = u, next
		}
	}
	for _, ref := range lx.idx.UnitsAt(ts.Low[ts.Toks[i].Start]) {
		if ts.SecondFits(i, ref.Name) {
			try(int(ref.Idx), ref.Name)
		}
	}
	return best, bestNext
}

// itemAt finds the longest lexicon item (name or alias, plural allowed) at
// token i and returns its index and the token after it; -1 if none.
func (ts tokens) itemAt(i int, lx *qlex) (int, int) {
	if i < 0 || i >= ts.N() || ts.Kind(i) != token.Word {
		return -1, -1
	}
	best, bestNext := -1, -1
	for _, ref := range lx.idx.ItemsAt(ts.Low[ts.Toks[i].Start]) {
		if !ts.SecondFits(i, ref.Name) {
			continue
		}
		if next := ts.PhraseAt(i, ref.Name, true); next > bestNext {
			best, bestNext = int(ref.Idx), next
		}
	}
	return best, bestNext
}

// quantities finds every quantity in the sentence, left to right, without
// overlaps.
func (ts tokens) quantities(lx *qlex, dst []quantity) []quantity {
	for i := 0; i < ts.N(); {
		if !ts.mayQuantity(i, lx) {
			i++
			continue
		}
		if q, ok := ts.quantityFrom(i, lx); ok && q.hi > i {
			dst = append(dst, q)
			i = q.hi
			continue
		}
		i++
	}
	return dst
}

// mayQuantity is a cheap test that a quantity can start at token i: a
// number, a number word, a qualifier, an article before a scale word, or
// anything followed closely by a number (a currency).
func (ts tokens) mayQuantity(i int, lx *qlex) bool {
	switch ts.Kind(i) {
	case token.Number:
		return true
	case token.Punct:
		return ts.Kind(i+1) == token.Number || ts.Kind(i+2) == token.Number
	case token.Word:
	default:
		return false
	}
	if ts.Kind(i+1) == token.Number || ts.Kind(i+2) == token.Number {
		return true
	}
	w := ts.W(i)
	if ts.v.Has(lexicon.QuantityOpeners, w) {
		return true
	}
	if !lx.mayBeNumber(w) {
		return false
	}
	if _, ok := numbers.Word(w, lx.Lexicon); ok {
		return true
	}
	return numbers.PluralScale(w, lx.Lexicon)
}

// currencyPrefix reports tokens that can write a currency before a number:
// a symbol ("$", "€"), a code ("EUR", "US$", "NZ$") or letters glued to a
// symbol. Words ("euros") come after the number.
func (ts tokens) currencyPrefix(k int) bool {
	switch ts.Kind(k) {
	case token.Punct:
		return true
	case token.Word:
		if ts.Kind(k+1) == token.Punct && ts.Glued(k+1) {
			return true
		}
		w := ts.Src[ts.Toks[k].Start:ts.Toks[k].End]
		// A capitalized letter sign before its amount: glued ("N3.5
		// million", "KSh450,000"; the tokenizer split it off only for
		// money) or, from two letters, spaced ("Rs 45 lakh", "Rs 1,960
		// crore"). The currency lookup decides.
		if len(w) <= 3 && ts.Kind(k+1) == token.Number && (len(w) >= 2 || ts.Glued(k+1)) && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
		if len(w) < 2 || len(w) > 4 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if w[i] < 'A' || w[i] > 'Z' {
				return false
			}
		}
		return true
	}
	return false
}

// articleMeasure reads "a tonne", "an ounce", "half a tonne" as 1 or 0.5 of
// a unit of measure (not money: "a dollar" is rarely a quantity).
func (ts tokens) articleMeasure(k int, lx *qlex) (numbers.Phrase, bool) {
	val, at := 1.0, k
	if ts.W(k) == "half" && (ts.W(k+1) == "a" || ts.W(k+1) == "an") {
		val, at = 0.5, k+1
	} else if ts.W(k) != "a" && ts.W(k) != "an" {
		return numbers.Phrase{}, false
	}
	if u, _ := ts.unitAt(at+1, lx, true); u < 0 || lx.Units[u].Kind == "currency" {
		return numbers.Phrase{}, false
	}
	return numbers.Phrase{Lo: k, Hi: at + 1, Val: val, Exact: true}, true
}

// pesoOf is the peso of the country the sentence names ("In Colombia,
// police seized 1.5 billion pesos": Colombian pesos), -1 when the sentence
// names no country with a peso. Bare "pesos" names several currencies, so
// the lexicon leaves it out.
func (ts tokens) pesoOf(lx *qlex) int {
	if lx.Lexicon == nil {
		return -1
	}
	for j := 1; j <= ts.N(); j++ {
		if !ts.Capital(j - 1) {
			continue
		}
		c, _ := ts.countryEndingAt(j, lx.Lexicon)
		demonym := ""
		for ci := range lx.Countries {
			ce := &lx.Countries[ci]
			if c != "" && ce.Name == c && len(ce.Demonyms) > 0 {
				demonym = ce.Demonyms[0]
				break
			}
			if c == "" {
				for _, d := range ce.Demonyms {
					if d == ts.Span(j-1, j) {
						demonym = ce.Demonyms[0]
						break
					}
				}
			}
			if demonym != "" {
				break
			}
		}
		if demonym == "" {
			continue
		}
		if u := lx.currencyNamed(demonym + " pesos"); u >= 0 {
			return u
		}
	}
	return -1
}
