package quantities

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
	"sort"
	"strings"
)

// Seizures and counts are read from one sentence at a time.
//
// A seizure needs a seizing word (seized, confiscated, intercepted, found,
// recovered, "seizure of", "haul of"): the items the lexicon knows are
// seized when they stand in its reach, which runs from the verb to the end
// of its clause (and, for a passive verb, over its subject: "2.8 tonnes of
// cocaine was found"). "sent cocaine worth ..." has no seizing word, so it
// seizes nothing. A quantity attaches to the item right after it ("28
// firearms", "17 tonnes of cocaine", "1.2 million euros ... in cash"); in a
// list ("thousands of kilograms (pounds) of cocaine, heroin and hashish")
// only the first item carries the measure, so a total is never counted
// once per item. A vague measure keeps its unit with a nil quantity:
// "thousands of kilograms" is unit "kg", quantity nil, qualifier
// "thousands of". Money seized without an item word is cash.
//
// A count is a number before a plural noun that is not a unit, a measure
// of time or space, a territory or a seized item: "48 arrests", "about
// 200 searches", "a billion messages", "hundreds of millions of messages".
// A verb before the number names what is counted ("arrested 30 suspects"
// counts arrests). Populations ("with 11.5 million people"), rates ("every
// day") and background openers ("With thousands of containers arriving
// ...") count nothing done.

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
	any  bool
}

// reset sizes the map for n tokens, reusing its memory.
func (m *scopeMap) reset(n int) {
	if cap(m.kind) < n {
		m.kind = make([]scopeKind, n)
		m.lo = make([]int32, n)
	}
	m.kind, m.lo = m.kind[:n], m.lo[:n]
	clear(m.kind)
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
		case kind == cueVerb && ts.reducedPassive(c, lx):
			// Headline style: "160 firearms seized on Tuesday".
			m.add(ts.clauseStart(c, lx), c, scopeSubject)
		case kind == cueNoun:
			m.add(max(ts.clauseStart(c, lx), c-4), c, scopeModifier)
		}
	}
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

// definite reports a definite determiner before the item at i ("the
// drugs", "the seized cocaine"): without a quantity, a look back at
// something already reported.
func (ts tokens) definite(i int) bool {
	switch ts.W(i - 1) {
	case "the", "this", "these", "those", "that":
		return true
	}
	// "the marketplace's servers": the article is the possessor's; what
	// it owns is named for the first time.
	if p := ts.W(i - 1); strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
		return false
	}
	if ts.IsWord(i-1) && !ts.v.StopWord(ts.W(i-1)) {
		switch ts.W(i - 2) {
		case "the", "this", "these", "those":
			return true
		}
	}
	return false
}

// afterPreposition reports a preposition between token lo and the item at
// i: the item is not the head of the subject ("arrived on a truck").
func (ts tokens) afterPreposition(lo, i int) bool {
	for j := lo; j < i; j++ {
		if ts.v.Has(lexicon.PhrasePrepositions, ts.W(j)) {
			return true
		}
	}
	return false
}

// attachQuantity returns the index of the quantity that measures the item
// at token item, or -1: the closest unused quantity before it, joined to
// it directly, by "of" (or "in" for money: "euros in cash") and up to two
// modifiers ("17 tonnes of pure cocaine").
func (ts tokens) attachQuantity(qs []quantity, item int, lx *qlex) int {
	// The last quantity ending at or before the item (qs is in order).
	k := sort.Search(len(qs), func(k int) bool { return qs[k].hi > item }) - 1
	if k < 0 {
		return -1
	}
	q := &qs[k]
	if q.used {
		return -1
	}
	j := q.hi
	// "a 9mm handgun", "a .45-caliber pistol", "a 12-gauge shotgun": a
	// calibre, not how many.
	if ts.calibre(ts.W(j)) || ts.W(j) == "-" && ts.calibre(ts.W(j+1)) {
		return -1
	}
	// "2.3 million tablets of tramadol": the count is the drug's.
	if j+1 < item && q.unit < 0 && ts.packageNoun(ts.W(j)) && ts.W(j+1) == "of" {
		j += 2
	}
	if j < item && (ts.W(j) == "of" || ts.W(j) == "in" && q.money(lx)) {
		j++
	}
	for mods := 0; j < item && mods < 2 && ts.IsWord(j) && !ts.v.StopWord(ts.W(j)); mods++ {
		j++
	}
	if j == item {
		return k
	}
	return -1
}

// carriesPeople reports a vehicle's load of people right after it: "a
// boat carrying 612 migrants", "a lorry with 39 people inside".
func (ts tokens) carriesPeople(next int) bool {
	if !ts.v.Has(lexicon.CarryingWords, ts.W(next)) {
		return false
	}
	for j := next + 1; j < ts.N() && j <= next+6; j++ {
		w := ts.W(j)
		if ts.passengerNoun(w) {
			return true
		}
		if ts.Kind(j) == token.Punct && w != "," && w != "-" || ts.clauseBreak(w) {
			return false
		}
	}
	return false
}

// cashItem is the lexicon's cash item (the first of category "cash").
func cashItem(lx *qlex) (name, category string) {
	for i := range lx.Items {
		if lx.Items[i].Category == "cash" {
			return lx.Items[i].Name, "cash"
		}
	}
	return "cash", "cash"
}

// FindSeizures returns the items seized in sentence s, with quantities
// where the text gives them. Spans are body offsets. Country is left nil:
// Parse fills it from the sentence's entities and context. For a whole
// story, a Finder does the same work once per sentence with reused
// buffers.
func FindSeizures(s story.Sentence, lex *lexicon.Lexicon) []story.Seizure {
	f := Finder{lx: newQlex(lex)}
	szs, _ := f.find(s, true, false)
	return szs
}

// FindCounts returns the counted happenings and resources in sentence s
// (arrests, searches, officers, messages, phones...). Country is left nil.
func FindCounts(s story.Sentence, lex *lexicon.Lexicon) []story.Count {
	f := Finder{lx: newQlex(lex)}
	_, cts := f.find(s, false, true)
	return cts
}

// Finder finds seizures and counts sentence after sentence over the
// lexicon's shared index with reused buffers: build one per Parse and call
// Quantities or FindTokens for each sentence. It is what FindSeizures and
// FindCounts do for one sentence.
type Finder struct {
	lx     qlex
	toks   []token.Token
	qs     []quantity
	scopes scopeMap
}

// NewFinder is a Finder over lex.
func NewFinder(lex *lexicon.Lexicon) *Finder {
	return &Finder{lx: newQlex(lex)}
}

// Quantities returns the seizures and counts of sentence s (see
// FindSeizures and FindCounts).
func (f *Finder) Quantities(s story.Sentence) ([]story.Seizure, []story.Count) {
	return f.find(s, true, true)
}

func (f *Finder) find(s story.Sentence, wantSeizures, wantCounts bool) ([]story.Seizure, []story.Count) {
	if s.Text == "" {
		return nil, nil
	}
	if cap(f.toks) == 0 {
		f.toks = make([]token.Token, 0, len(s.Text)/5+4)
	}
	ts := token.Read(s.Text, f.toks[:0])
	f.toks = ts.Toks[:0]
	return f.FindTokens(s, &ts, wantSeizures, wantCounts)
}

// FindTokens is what Quantities finds, on a sentence already cut into
// reading tokens.
func (f *Finder) FindTokens(s story.Sentence, t *token.Text, wantSeizures, wantCounts bool) ([]story.Seizure, []story.Count) {
	ts := tokens{t, &f.lx.idx.Words}
	lx := &f.lx
	ts.seizeScopes(lx, &f.scopes)
	scopes := &f.scopes
	if !scopes.any && !wantCounts {
		return nil, nil
	}
	qs := ts.quantities(lx, f.qs[:0])
	f.qs = qs[:0]
	var szs []story.Seizure
	if wantSeizures && scopes.any {
		szs = ts.seizures(s, lx, scopes, qs)
	}
	var cts []story.Count
	if wantCounts && len(qs) > 0 {
		cts = ts.counts(s, lx, scopes, qs)
	}
	return szs, cts
}

// seizures reads the items seized in reach of the seizing words, marking
// the quantities it uses.
func (ts tokens) seizures(s story.Sentence, lx *qlex, scopes *scopeMap, qs []quantity) []story.Seizure {
	var out []story.Seizure
	lastEnd := -1 // the token after the last seized item's words
	for i := 0; i < ts.N(); i++ {
		kind, scopeLo := scopes.at(i)
		if kind == scopeNone || !ts.IsWord(i) || ts.v.StopWord(ts.W(i)) {
			continue
		}
		it, next := ts.itemAt(i, lx)
		if it < 0 {
			continue
		}
		if ts.notSeized(i, it, next, lx) {
			i = next - 1
			continue
		}
		// "tablets of tramadol": the drug, not the pills, is the item.
		if ts.packageNoun(ts.W(i)) && ts.W(next) == "of" {
			if it2, _ := ts.itemAt(next+1, lx); it2 >= 0 {
				continue
			}
		}
		sz := story.Seizure{Item: lx.Items[it].Name, Category: lx.Items[it].Category}
		lo, measured := ts.measure(&sz, qs, i, next, lx)
		switch {
		case measured:
		case kind == scopeModifier || ts.definite(i) || kind == scopeSubject && ts.afterPreposition(scopeLo, i):
			i = next - 1
			continue
		case ts.sameNounPhrase(lastEnd, i):
			// "3.2 million methamphetamine "yaba" pills": an unmeasured
			// item right after a seized one names the same thing.
			lastEnd = next
			i = next - 1
			continue
		}
		out = append(out, ts.placeSeizure(sz, s, lo, next))
		lastEnd = next
		i = next - 1
	}
	out = ts.measuredAnaphora(s, lx, scopes, qs, out)
	return ts.cashSeizures(s, lx, scopes, qs, out)
}

// notSeized reports an item word that names nothing seized: it qualifies
// another noun ("a truck driver", "a luxury car brand"), or it is a
// vehicle carrying people ("a fishing boat carrying 612 migrants was
// intercepted": people are rescued, not seized).
func (ts tokens) notSeized(i, it, next int, lx *qlex) bool {
	return ts.IsWord(next) && lx.itemModifies(it, ts.W(next)) ||
		lx.Items[it].Category == "vehicles" && ts.carriesPeople(next)
}

// measure gives the seizure of the item at tokens [i,next) its quantity
// or its value, marking the quantity used, and returns the token the
// seizure starts at; measured is false when the text gives neither.
func (ts tokens) measure(sz *story.Seizure, qs []quantity, i, next int, lx *qlex) (lo int, measured bool) {
	lo = i
	if k := ts.attachQuantity(qs, i, lx); k >= 0 {
		q := &qs[k]
		q.used = true
		if q.money(lx) && sz.Category != "cash" {
			// "€1.2m of cannabis": money measures a drug's value.
			valueSeizure(sz, q, lx)
		} else {
			fillSeizure(sz, q, lx)
		}
		return q.lo, true
	}
	if v := ts.valueFor(qs, i, next, lx); v >= 0 && sz.Category != "cash" {
		// "£1.5m worth of cocaine", "cocaine worth £2m", "cocaine with a
		// street value of $2 million".
		q := &qs[v]
		q.used = true
		valueSeizure(sz, q, lx)
		return min(q.lo, lo), true
	}
	return lo, false
}

// cashSeizures adds the money seized with no item word, which is cash:
// "seized $2 million".
func (ts tokens) cashSeizures(s story.Sentence, lx *qlex, scopes *scopeMap, qs []quantity, out []story.Seizure) []story.Seizure {
	for k := range qs {
		q := &qs[k]
		if q.used || !q.money(lx) || !q.num.Exact || !scopes.in(q.lo) ||
			ts.valueCue(ts.W(q.lo-1)) || ts.valueCue(ts.W(q.lo-2)) || ts.valueCue(ts.W(q.lo-3)) || ts.W(q.hi) == "worth" {
			continue
		}
		name, cat := cashItem(lx)
		sz := story.Seizure{Item: name, Category: cat}
		fillSeizure(&sz, q, lx)
		q.used = true
		out = insertByStart(out, ts.placeSeizure(sz, s, q.lo, q.hi))
	}
	return out
}

// sameNounPhrase reports an item at token i that follows the previous
// seized item's words (ending at end) with only quote marks between.
func (ts tokens) sameNounPhrase(end, i int) bool {
	if end < 0 || end > i {
		return false
	}
	for j := end; j < i; j++ {
		switch ts.W(j) {
		case "\"", "“", "”", "'", "‘", "’":
		default:
			return false
		}
	}
	return true
}

// measuredAnaphora reads a measure seized with no item of its own that
// refers back to a drug the sentence named: "seizing 3,400kg of the drug",
// "Most of the hashish, some 2,100kg, was intercepted". The item is the
// last drug named before it in the sentence; "of the drug" with none named
// is drugs.
func (ts tokens) measuredAnaphora(s story.Sentence, lx *qlex, scopes *scopeMap, qs []quantity, out []story.Seizure) []story.Seizure {
	for k := range qs {
		q := &qs[k]
		if q.used || q.unit < 0 || q.money(lx) || !scopes.in(q.lo) {
			continue
		}
		hi := q.hi
		ofThe := ts.W(q.hi) == "of" && (ts.W(q.hi+1) == "the" || ts.W(q.hi+1) == "this") && ts.anaphoricDrug(ts.W(q.hi+2))
		lo := q.lo
		for lo > 0 && (ts.W(lo-1) == "some" || ts.W(lo-1) == "about" || ts.W(lo-1) == "around" || ts.W(lo-1) == "nearly") {
			lo--
		}
		apposed := ts.W(lo-1) == "," && (ts.W(q.hi) == "," || ts.W(q.hi) == ")")
		if !ofThe && !apposed {
			continue
		}
		it := ts.drugBefore(lo, lx)
		if it < 0 && ofThe {
			it = lx.drugsItem()
		}
		if it < 0 {
			continue
		}
		if ofThe {
			hi = q.hi + 3
		}
		sz := story.Seizure{Item: lx.Items[it].Name, Category: lx.Items[it].Category}
		fillSeizure(&sz, q, lx)
		q.used = true
		out = insertByStart(out, ts.placeSeizure(sz, s, q.lo, hi))
	}
	return out
}

// drugBefore is the last drug item named in the 40 tokens before token
// hi, -1 if none.
func (ts tokens) drugBefore(hi int, lx *qlex) int {
	for i := hi - 1; i >= 0 && i >= hi-40; i-- {
		if it, _ := ts.itemAt(i, lx); it >= 0 && lx.Items[it].Category == "drugs" {
			return it
		}
	}
	return -1
}

// drugsItem is the lexicon's generic "drugs" item, -1 if it has none.
func (lx *qlex) drugsItem() int {
	for i := range lx.Items {
		if lx.Items[i].Category == "drugs" && lx.Items[i].Name == "drugs" {
			return i
		}
	}
	return -1
}

// valueSeizure keeps a money figure that values an item (not cash) as the
// seizure's equivalent: the item's own quantity is unknown.
func valueSeizure(sz *story.Seizure, q *quantity, lx *qlex) {
	if !q.num.Exact || q.unit < 0 || q.unit >= len(lx.Units) {
		return
	}
	// The qualifier ("an estimated") hedges the value, not a quantity the
	// text does not give: it is not the seizure's.
	sz.Equivalent = &story.Amount{Quantity: q.num.Val, Unit: lx.Units[q.unit].Code}
}

// valueFor is the money quantity that gives the value of the item at
// tokens [i,next), -1 if none: "£1.5m worth of cocaine", "cocaine worth
// £2m", "cocaine with a street value of $2 million", "heroin valued at
// €3m".
func (ts tokens) valueFor(qs []quantity, i, next int, lx *qlex) int {
	k := sort.Search(len(qs), func(k int) bool { return qs[k].hi > i }) - 1
	if k >= 0 && !qs[k].used && qs[k].money(lx) && ts.W(qs[k].hi) == "worth" && ts.W(qs[k].hi+1) == "of" {
		if j := qs[k].hi + 2; j == i || j+1 == i && ts.IsWord(j) && !ts.v.StopWord(ts.W(j)) {
			return k
		}
	}
	k++
	for ; k < len(qs) && qs[k].lo < next; k++ {
	}
	if k >= len(qs) || qs[k].used || !qs[k].money(lx) || qs[k].lo > next+7 {
		return -1
	}
	cue := false
	for j := next; j < qs[k].lo; j++ {
		how, ok := ts.v.Value(lexicon.ValuePhrase, ts.W(j))
		if !ok && !ts.v.Has(lexicon.ValuePhrase, ts.W(j)) {
			return -1
		}
		cue = cue || how == "cue"
	}
	if !cue {
		return -1
	}
	return k
}

// fillSeizure copies a quantity's value, unit, qualifier and equivalent.
func fillSeizure(sz *story.Seizure, q *quantity, lx *qlex) {
	if q.num.Exact {
		v := q.num.Val
		sz.Quantity = &v
	}
	if q.unit >= 0 && q.unit < len(lx.Units) {
		u := lx.Units[q.unit].Code
		sz.Unit = &u
	}
	if ql := q.qualifier(); ql != "" {
		sz.Qualifier = &ql
	}
	if q.hasEq {
		eq := q.eq
		sz.Equivalent = &eq
	}
}

// placeSeizure sets the text and body span of tokens [lo,hi).
func (ts tokens) placeSeizure(sz story.Seizure, s story.Sentence, lo, hi int) story.Seizure {
	sz.Text = ts.Span(lo, hi)
	sz.Sentence = s.ID
	sz.Start = s.Start + ts.Toks[lo].Start
	sz.End = s.Start + ts.Toks[hi-1].End
	return sz
}

// insertByStart inserts sz keeping out ordered by Start.
func insertByStart(out []story.Seizure, sz story.Seizure) []story.Seizure {
	i := len(out)
	for i > 0 && out[i-1].Start > sz.Start {
		i--
	}
	out = append(out, story.Seizure{})
	copy(out[i+1:], out[i:])
	out[i] = sz
	return out
}
