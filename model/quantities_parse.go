package model

// quantity is a measured or counted amount in a sentence: an optional
// qualifier, a number (exact or vague), an optional unit before or after
// it and an optional bracketed equivalent ("1.2 million euros ($ 1.4
// million)"). Tokens [lo,hi).
type quantity struct {
	lo, hi int
	qual   string
	num    numPhrase
	unit   int // index into Lexicon.Units, -1 for counted things
	eq     Amount
	hasEq  bool
	used   bool
}

// money reports whether q is an amount of a currency.
func (q *quantity) money(lex *Lexicon) bool {
	return q.unit >= 0 && q.unit < len(lex.Units) && lex.Units[q.unit].Kind == "currency"
}

// qualifier is the qualifier to report: the written one, the vague number
// words, or both ("more than thousands of").
func (q *quantity) qualifier() string {
	switch {
	case q.num.vague == "":
		return q.qual
	case q.qual == "":
		return q.num.vague
	}
	return q.qual + " " + q.num.vague
}

// quantityAt parses a quantity starting at token i.
func (ts *wtokens) quantityAt(i int, lex *Lexicon) (quantity, bool) {
	if !ts.mayQuantity(i, lex) {
		return quantity{}, false
	}
	q := quantity{lo: i, unit: -1}
	k := i
	q.qual, k = ts.qualifierAt(k)
	// A currency before the number ("$1.4 million", "€500,000", "US$2
	// billion", "EUR 500"): only worth looking up when a number follows.
	if ts.kind(k) != wNum && (ts.kind(k+1) == wNum || ts.kind(k+2) == wNum) {
		if u, next := ts.unitAt(k, lex, false); u >= 0 && lex.Units[u].Kind == "currency" {
			q.unit, k = u, next
		} else if (ts.w(k) == "us" || ts.w(k) == "u.s") && ts.glued(k+1) {
			if u, next := ts.unitAt(k+1, lex, false); u >= 0 && lex.Units[u].Kind == "currency" {
				q.unit, k = u, next
			}
		}
	}
	num, ok := ts.number(k, lex, q.unit >= 0)
	if !ok {
		return quantity{}, false
	}
	q.num = num
	k = num.hi
	if q.unit < 0 {
		at := k
		if ts.w(at) == "-" && ts.glued(at) && ts.glued(at+1) { // "a 2-tonne haul"
			at++
		}
		// "pounds" is mass before "of" ("2,000 pounds of cocaine").
		u, next := ts.unitAt(at, lex, false)
		if u >= 0 && lex.Units[u].Kind != "mass" && (ts.w(next) == "of" || ts.w(next) == "(") {
			u, next = ts.unitAt(at, lex, true)
		}
		if u >= 0 {
			q.unit, k = u, next
		}
	}
	q.hi = k
	// A bracketed equivalent, or a bracketed gloss of the unit: "(pounds)".
	if q.unit >= 0 && ts.w(k) == "(" {
		if inner, ok := ts.quantityAt(k+1, lex); ok && ts.w(inner.hi) == ")" {
			if inner.num.exact && inner.unit >= 0 {
				q.eq = Amount{Quantity: inner.num.val, Unit: lex.Units[inner.unit].Code}
				q.hasEq = true
			}
			q.hi = inner.hi + 1
		} else if u, next := ts.unitAt(k+1, lex, lex.Units[q.unit].Kind == "mass"); u >= 0 && ts.w(next) == ")" {
			q.hi = next + 1
		}
	}
	return q, true
}

// unitAt finds the longest lexicon unit (alias or code) at token i and
// returns its index and the token after it; -1 if none. When two units
// share a name ("pounds" is lb and GBP), preferMass picks the mass unit,
// otherwise the currency.
func (ts *wtokens) unitAt(i int, lex *Lexicon, preferMass bool) (int, int) {
	if lex == nil || i < 0 || i >= ts.n() {
		return -1, -1
	}
	best, bestNext := -1, -1
	first := ts.low[ts.t[i].s]
	for u := range lex.Units {
		ue := &lex.Units[u]
		for a := -1; a < len(ue.Aliases); a++ {
			name := ue.Code
			if a >= 0 {
				name = ue.Aliases[a]
			}
			if name == "" || asciiLower(name[0]) != first {
				continue
			}
			next := ts.phraseAt(i, name, false)
			if next < 0 {
				continue
			}
			if next > bestNext || next == bestNext && (lex.Units[best].Kind == "mass") != preferMass && (ue.Kind == "mass") == preferMass {
				best, bestNext = u, next
			}
		}
	}
	return best, bestNext
}

// itemAt finds the longest lexicon item (name or alias, plural allowed) at
// token i and returns its index and the token after it; -1 if none.
func (ts *wtokens) itemAt(i int, lex *Lexicon) (int, int) {
	if lex == nil || i < 0 || i >= ts.n() || ts.kind(i) != wWord {
		return -1, -1
	}
	best, bestNext := -1, -1
	first := ts.low[ts.t[i].s]
	for it := range lex.Items {
		ie := &lex.Items[it]
		for a := -1; a < len(ie.Aliases); a++ {
			name := ie.Name
			if a >= 0 {
				name = ie.Aliases[a]
			}
			if name == "" || asciiLower(name[0]) != first {
				continue
			}
			if next := ts.phraseAt(i, name, true); next > bestNext {
				best, bestNext = it, next
			}
		}
	}
	return best, bestNext
}

// quantities finds every quantity in the sentence, left to right, without
// overlaps.
func (ts *wtokens) quantities(lex *Lexicon, dst []quantity) []quantity {
	for i := 0; i < ts.n(); {
		if q, ok := ts.quantityAt(i, lex); ok && q.hi > i {
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
func (ts *wtokens) mayQuantity(i int, lex *Lexicon) bool {
	switch ts.kind(i) {
	case wNum:
		return true
	case wPunct:
		return ts.kind(i+1) == wNum || ts.kind(i+2) == wNum
	case wWord:
	default:
		return false
	}
	if ts.kind(i+1) == wNum || ts.kind(i+2) == wNum {
		return true
	}
	w := ts.w(i)
	switch w {
	case "a", "an", "several", "many", "few", "about", "around", "approximately", "roughly",
		"nearly", "almost", "over", "some", "under", "estimated", "approx", "circa", "exactly",
		"only", "more", "less", "fewer", "at", "up", "as", "close", "upwards", "in", "just", "well":
		return true
	}
	if _, ok := numWord(w, lex); ok {
		return true
	}
	return numPluralScale(w, lex)
}
