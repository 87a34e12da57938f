package quantities

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// The reach of a seizing word: the object of a verb ("seized X"), the
// subject of a passive ("X was found") or the modifiers before a seizing
// noun ("a cocaine haul"), to the end of the clause, unless the verb is
// denied, figurative or only an aim.

// A seizing word reaches the object of a verb ("seized X"), the subject
// of a passive ("X was found"), or the modifiers before a seizing noun ("a
// cocaine haul").
type scopeKind uint8

// Scope kinds, strongest first. Items only in a subject scope need a
// quantity or must head the subject (not "on a truck" in "The drugs
// arrived on a truck and were found"); items only in a modifier scope need
// a quantity: "the largest meth seizure" mostly looks back at a seizure
// already reported, "a 2-tonne cocaine haul" reports one.
const (
	scopeNone scopeKind = iota
	scopeModifier
	scopeSubject
	scopeObject
)

// maxReach bounds how far a seizing word reaches, in tokens, so a
// pathological sentence costs linear time.
const maxReach = 60

// scopeMap is, for every token, the strongest seizing scope it lies in
// and where that scope starts.
type scopeMap struct {
	kind []scopeKind
	lo   []int32
	// cue is, for a subject shared with a later participle, its seizing
	// word's token plus one (0 for none).
	cue []int32
	any bool
}

// reset sizes the map for n tokens, reusing its memory.
func (m *scopeMap) reset(n int) {
	if cap(m.kind) < n {
		m.kind = make([]scopeKind, n)
		m.lo = make([]int32, n)
		m.cue = make([]int32, n)
	}
	m.kind, m.lo, m.cue = m.kind[:n], m.lo[:n], m.cue[:n]
	clear(m.kind)
	clear(m.cue)
	m.any = false
}

func (m *scopeMap) add(lo, hi int, kind scopeKind) {
	for j := max(lo, 0); j < hi && j < len(m.kind); j++ {
		if kind > m.kind[j] {
			m.kind[j], m.lo[j] = kind, int32(lo)
		}
		m.any = true
	}
}

// at is the strongest scope token i lies in, and where it starts.
// addShared adds a subject scope [lo,hi) whose seizing word is token cue.
func (m *scopeMap) addShared(lo, hi, cue int) {
	m.add(lo, hi, scopeSubject)
	for j := max(lo, 0); j < hi && j < len(m.cue); j++ {
		m.cue[j] = int32(cue + 1)
	}
}

// sharedCue is the seizing word's token of a shared subject at token i, or -1.
func (m *scopeMap) sharedCue(i int) int {
	if i < 0 || i >= len(m.cue) {
		return -1
	}
	return int(m.cue[i]) - 1
}

func (m *scopeMap) at(i int) (scopeKind, int) {
	if i < 0 || i >= len(m.kind) {
		return scopeNone, 0
	}
	return m.kind[i], int(m.lo[i])
}

// in reports whether token i lies in any scope.
func (m *scopeMap) in(i int) bool {
	k, _ := m.at(i)
	return k != scopeNone
}

// seizeScopes maps the reach of every seizing word in the sentence.
func (ts tokens) seizeScopes(lx *qlex, m *scopeMap) {
	m.reset(ts.N())
	for c := 0; c < ts.N(); c++ {
		if !ts.IsWord(c) {
			continue
		}
		kind := ts.seizeCue(ts.W(c))
		if kind == cueNone && ts.smuggleVerb(ts.W(c)) && ts.caughtBefore(c) {
			// "arrested … for attempting to smuggle 4.6kg of cocaine":
			// what the courier was caught with was seized, when measured.
			m.add(c+1, ts.clauseEnd(c+1, lx), scopeModifier)
			continue
		}
		if kind == cueNone || ts.negatedCue(c) || ts.v.FigurativeObject(ts.W(c+1), ts.W(c+2)) || ts.verdictAfter(ts.W(c+1)) {
			continue
		}
		// "frozen" seizes only as a verb ("assets were frozen", "have
		// frozen", "cash and assets frozen"), not as an adjective
		// ("frozen fish", "frozen chicken").
		if ts.W(c) == "frozen" && !ts.v.BeAux(ts.W(c-1)) && !ts.v.HaveAux(ts.W(c-1)) && !ts.reducedPassive(c, lx) {
			continue
		}
		if kind == cueVerb && ts.unrealized(c) {
			continue
		}
		m.add(c+1, ts.clauseEnd(c+1, lx), scopeObject)
		passive := ts.W(c+1) == "by" || ts.v.BeAux(ts.W(c-1)) ||
			ts.v.BeAux(ts.W(c-2)) && (ts.W(c-1) == "also" || len(ts.W(c-1)) > 2 && ts.W(c - 1)[len(ts.W(c-1))-2:] == "ly")
		switch {
		case kind == cueVerb && passive:
			m.add(ts.clauseStart(c, lx), c, scopeSubject)
			// "The server was disconnected on Tuesday and confiscated by
			// Dutch authorities": a participle after "and" shares the
			// subject of the passive before it.
			if ts.W(c-1) == "and" {
				if b := ts.passiveBefore(c - 1); b >= 0 {
					m.addShared(ts.clauseStart(b, lx), b, c)
				}
			}
		case kind == cueVerb && ts.reducedPassive(c, lx):
			// Headline style: "160 firearms seized on Tuesday".
			m.add(ts.clauseStart(c, lx), c, scopeSubject)
		case kind == cueNoun:
			m.add(max(ts.clauseStart(c, lx), c-4), c, scopeModifier)
			// "The seizures, to which HSI contributed, include 180
			// firearms": the noun's verb comes after the aside.
			if k := ts.asideEnd(c + 1); k > 0 {
				m.add(k, ts.clauseEnd(k, lx), scopeObject)
			}
		}
	}
}

// asideEnd is the token after a relative clause set off by commas that
// opens at token j (", which police made in May," or ", to which HSI
// contributed,"), 0 when none opens there.
func (ts tokens) asideEnd(j int) int {
	if ts.W(j) != "," {
		return 0
	}
	rel := j + 1
	if ts.relative(rel + 1) {
		rel++ // "to which", "by whom"
	}
	if !ts.relative(rel) {
		return 0
	}
	for k := rel + 1; k < ts.N() && k < rel+maxReach; k++ {
		switch ts.W(k) {
		case ",":
			return k + 1
		case ".", ";", ":":
			return 0
		}
	}
	return 0
}

// passiveBefore is the token of the "was" or "were" of the passive that
// the "and" at token and joins a participle to, or -1: it must come
// within a few words and no punctuation before the "and".
func (ts tokens) passiveBefore(and int) int {
	for j := and - 1; j >= 0 && j >= and-8; j-- {
		if ts.Kind(j) == token.Punct {
			return -1
		}
		if ts.v.BeAux(ts.W(j)) {
			return j
		}
	}
	return -1
}

// caughtBefore reports an arrest or interception verb before token c in
// the sentence: "arrested … for attempting to smuggle", "caught trying to
// smuggle". A conviction ("convicted of smuggling 4 tonnes between 2018
// and 2020") reports no seizure.
func (ts tokens) caughtBefore(c int) bool {
	for j := c - 1; j >= 0 && j >= c-30; j-- {
		if how, ok := ts.v.Value(lexicon.CatchWords, ts.W(j)); ok {
			return how == "caught"
		}
	}
	return false
}

// negatedCue reports a seizing verb that is denied: "did not find any
// drugs", "didn't recover", "never found", "failed to find", "no drugs were
// found", "nothing was seized". What was not found was not seized.
func (ts tokens) negatedCue(c int) bool {
	for j := c - 1; j >= 0 && j >= c-3; j-- {
		switch w := ts.W(j); w {
		case "not":
			return ts.W(j+1) != "only" // "not only seized …"
		case "never", "n't", "n’t", "failed", "without":
			return true
		case ",", ";", ":", "and", "but":
			j = -1
		default:
			if lexicon.Contracted(w, "n't", "n’t") {
				return true
			}
		}
	}
	// A passive whose subject is denied: "No drugs were found".
	if ts.v.BeAux(ts.W(c-1)) || ts.v.BeAux(ts.W(c-2)) {
		for j := c - 1; j >= 0 && j >= c-12; j-- {
			switch ts.W(j) {
			case ",", ";", ":", "(":
				return false
			case "no", "nothing", "none":
				if j == 0 || ts.Kind(j-1) == token.Punct {
					return true
				}
			}
		}
	}
	return false
}

// verdictAfter reports the word after "found" that makes it a verdict or a
// state, not a find: "found guilty of conspiracy to import class A drugs",
// "found not guilty", "found dead". Nothing was held.
func (ts tokens) verdictAfter(next string) bool { return ts.v.Has(lexicon.VerdictWords, next) }

// reducedPassive reports a seizing participle right after a measured noun
// phrase that opens its clause, as headlines and bullets write it: "€2.3m
// in cash seized in Spain", "4.2 tonnes of cocaine confiscated". The
// phrase must open with the number (or a currency sign before it), so
// "Police seized" stays active.
func (ts tokens) reducedPassive(c int, lx *qlex) bool {
	lo := ts.clauseStart(c, lx)
	for lo < c && ts.Kind(lo) == token.Punct && ts.Kind(lo+1) != token.Number {
		lo++ // bullet markers
	}
	if c-lo < 2 || c-lo > 14 || !ts.IsWord(c-1) || ts.v.StopWord(ts.W(c-1)) {
		return false
	}
	first := lo
	if ts.Kind(first) == token.Punct || ts.currencyPrefix(first) && ts.Kind(first+1) == token.Number {
		first++
	}
	if ts.Kind(first) != token.Number {
		return false
	}
	// Another number may open a coordinated phrase: "76 firearms and 1.2
	// tonnes of cocaine seized".
	for j := first + 1; j < c; j++ {
		if ts.v.BeAux(ts.W(j)) || ts.Kind(j) == token.Number && ts.W(j-1) != "and" && ts.W(j-1) != "," && !ts.currencyPrefix(j-1) {
			return false
		}
	}
	return c-lo <= 8 || ts.coordinatedPhrase(first, c)
}

// coordinatedPhrase reports "and" between tokens lo and hi.
func (ts tokens) coordinatedPhrase(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if ts.W(j) == "and" {
			return true
		}
	}
	return false
}

// unrealized reports a seizing verb that tells of no seizure: after a
// modal ("we will seize their servers", "could be confiscated"), a
// negation ("did not find", "were never recovered") or an aim ("plans to
// seize", "tried to confiscate"), through auxiliaries and adverbs.
func (ts tokens) unrealized(c int) bool {
	for j := c - 1; j >= 0 && j >= c-4; j-- {
		w := ts.W(j)
		switch {
		case ts.v.Modal(w) && !ts.Capital(j), ts.v.Negation(w):
			// Capitalised "May" is the month: "Police in May seized".
			return true
		case w == "to":
			return ts.aimWord(ts.W(j - 1))
		case ts.v.BeAux(w), ts.v.HaveAux(w), w == "also", w == "then", w == "later", w == "soon", w == "still",
			w == "eventually", w == "ever", len(w) > 4 && w[len(w)-2:] == "ly":
			continue
		default:
			return false
		}
	}
	return false
}

// clauseEnd is the first token from i that ends the clause. A verb of
// trade ends a seizing word's reach too: what "a darknet marketplace
// selling fentanyl" sells is merchandise, not what was seized.
func (ts tokens) clauseEnd(i int, lx *qlex) int {
	for j := i; j < ts.N() && j < i+maxReach; j++ {
		if ts.breaksClause(j, lx) || ts.tradeVerb(ts.W(j)) {
			return j
		}
	}
	return min(ts.N(), i+maxReach)
}

// clauseStart is the first token of the clause that ends before token c.
func (ts tokens) clauseStart(c int, lx *qlex) int {
	for j := c - 1; j >= 0 && j >= c-maxReach; j-- {
		if ts.breaksClause(j, lx) {
			return j + 1
		}
	}
	return max(0, c-maxReach)
}

// breaksClause reports a clause boundary at token j: a subordinating word,
// a closing punctuation mark, or another happening verb of the lexicon.
func (ts tokens) breaksClause(j int, lx *qlex) bool {
	w := ts.W(j)
	if ts.clauseBreak(w) {
		return true
	}
	// Trigger nouns ("arrests", "raid") name things inside a clause; only
	// past verb forms ("arrested") end one.
	if len(w) < 4 || w[len(w)-2:] != "ed" || !ts.IsWord(j) || ts.seizeCue(w) != cueNone {
		return false
	}
	return lx.pastTrigger(w)
}

// relative reports a relative word at j that can open an aside after a
// comma: "which", "who", "whom"; ", that" opens none.
func (ts tokens) relative(j int) bool {
	w := ts.W(j)
	return w != "that" && ts.v.Has(lexicon.Relatives, w)
}
