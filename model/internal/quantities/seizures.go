package quantities

import (
	"sort"
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// definite reports a definite determiner before the item at i ("the
// drugs", "the seized cocaine"): without a quantity, a look back at
// something already reported.
func (ts tokens) definite(i int) bool {
	if ts.v.Has(lexicon.DefiniteDeterminers, ts.W(i-1)) {
		return true
	}
	// "the marketplace's servers": the article is the possessor's; what
	// it owns is named for the first time.
	if p := ts.W(i - 1); strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
		return false
	}
	if ts.IsWord(i-1) && !ts.v.StopWord(ts.W(i-1)) {
		// "that" two words back is more often a conjunction ("said
		// that stolen cars").
		if w := ts.W(i - 2); w != "that" && ts.v.Has(lexicon.DefiniteDeterminers, w) {
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
		case kind == scopeModifier || kind == scopeSubject && ts.afterPreposition(scopeLo, i):
			i = next - 1
			continue
		case ts.definite(i):
			// "found cocaine in the car": where it was, not what.
			if ts.afterPreposition(scopeLo, i) {
				i = next - 1
				continue
			}
			sz.LookBack = true
		case ts.sameNounPhrase(lastEnd, i):
			// "3.2 million methamphetamine "yaba" pills": an unmeasured
			// item right after a seized one names the same thing.
			lastEnd = next
			i = next - 1
			continue
		}
		sz = ts.placeSeizure(sz, s, lo, next)
		if cue := scopes.sharedCue(i); cue >= 0 {
			sz.Anchor = s.Start + ts.Toks[cue].Start
		}
		out = append(out, sz)
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

// placeSeizure sets the body span of tokens [lo,hi) and its text, which
// leaves out a bracketed conversion or gloss: the span still covers it.
func (ts tokens) placeSeizure(sz story.Seizure, s story.Sentence, lo, hi int) story.Seizure {
	sz.Text = ts.SpanUnbracketed(lo, hi)
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
