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
	q := quantity{lo: i, unit: -1}
	k := i
	q.qual, k = ts.qualifierAt(k)
	// "US$2 billion": a country prefix glued to a currency sign.
	if (ts.w(k) == "us" || ts.w(k) == "u.s") && ts.kind(k+1) == wPunct && ts.glued(k+1) {
		if u, next := ts.unitAt(k+1, lex, false); u >= 0 && lex.Units[u].Kind == "currency" {
			q.unit, k = u, next
		}
	}
	if q.unit < 0 && ts.kind(k) != wNum {
		if u, next := ts.unitAt(k, lex, false); u >= 0 && lex.Units[u].Kind == "currency" {
			if nk := ts.kind(next); nk == wNum || nk == wWord && next < ts.n() {
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
		preferMass := false
		if u, next := ts.unitAt(at, lex, false); u >= 0 {
			_ = u
			preferMass = ts.w(next) == "of" || ts.w(next) == "("
		}
		if u, next := ts.unitAt(at, lex, preferMass); u >= 0 {
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
	for u := range lex.Units {
		ue := &lex.Units[u]
		try := func(name string) {
			next := ts.phraseAt(i, name, false)
			if next < 0 {
				return
			}
			if next > bestNext || next == bestNext && (lex.Units[best].Kind == "mass") != preferMass && (ue.Kind == "mass") == preferMass {
				best, bestNext = u, next
			}
		}
		try(ue.Code)
		for _, a := range ue.Aliases {
			try(a)
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
	for it := range lex.Items {
		ie := &lex.Items[it]
		if next := ts.phraseAt(i, ie.Name, true); next > bestNext {
			best, bestNext = it, next
		}
		for _, a := range ie.Aliases {
			if next := ts.phraseAt(i, a, true); next > bestNext {
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
