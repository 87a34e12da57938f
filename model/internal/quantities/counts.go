package quantities

import (
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/numbers"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Counts: a number before the plural noun it counts, named by the verb
// around it when there is one. See the rules in the package comment.

// counts reads the counted things of the sentence. Quantities with a unit,
// and counted items in reach of a seizing word, are seizures, not counts.
func (ts tokens) counts(s story.Sentence, lx *qlex, scopes *scopeMap, qs []quantity) []story.Count {
	var out []story.Count
	var seg segCursor
	for k := range qs {
		q := &qs[k]
		// A number a seizure measured ("1,200 bottles of codeine syrup")
		// is not also a count.
		if q.unit >= 0 || q.used || !ts.countable(q) {
			continue
		}
		// "Two of the five defendants": the whole a part is taken from
		// was counted where it was told.
		if k > 0 && qs[k-1].hi == q.lo-2 && ts.W(q.lo-2) == "of" && ts.W(q.lo-1) == "the" {
			continue
		}
		label, before := ts.verbBefore(q)
		head := ts.countHead(q)
		country := ""
		if head < 0 && label == "" {
			label, country = ts.headlessLabel(q, out, lx)
			if label == "" {
				continue
			}
		}
		end := q.hi
		what := label
		subset, thing := false, false
		one := -1 // "a 34-year-old man and": the token of "a", counted too
		if head >= 0 {
			var skip bool
			if label, one, skip = ts.headLabel(q, head, before, label, scopes, lx); skip {
				continue
			}
			end = head + 1
			if label != "" {
				end = ts.coordinated(end)
				what = label
				subset = ts.amongGroup(head)
			} else if l := ts.searchLabel(head); l != "" {
				what = l // "28 search warrants" were 28 searches
			} else if prev := lastCount(out); ts.partOfWhole(q.lo-1) && prev != nil {
				// "arrested 300 people, including 131 women": a part of
				// the count before.
				what = prev.What
				subset = true
			} else {
				what = ts.countLabel(q.hi, head)
				// "40 boxes", "36 seats": a number of things no verb
				// names counts no happening.
				thing = !ts.countedNoun(lastWord(what)) && !ts.damagedThing(head) && !ts.smuggledThing(q.lo)
				// "the five defendants, all of whom ...": people told of
				// before; "the 48 arrests" still counts a happening.
				if !thing && ts.countVerb(ts.W(head)) == "" && ts.v.Has(lexicon.ParticipleDeterminers, ts.W(q.lo-1)) && !ts.v.Has(lexicon.QuantityOpeners, ts.W(q.lo-1)) {
					thing = true
				}
			}
		}
		if country == "" {
			country = ts.frameCountry(q.lo, lx.Lexicon, &seg)
		}
		if thing {
			out = append(out, story.Count{What: what, Sentence: s.ID, Thing: true,
				Start: s.Start + ts.Toks[q.lo].Start, End: s.Start + ts.Toks[end-1].End})
			continue
		}
		c := ts.newCount(s, q, what, end, one, country)
		if subset {
			// Only a narrowed count moves a subset to the heap.
			sub := ts.LowSpan(ts.headStart(q), head+1)
			c.Subset = &sub
		}
		out = append(out, c)
		if head >= 0 && label != "" {
			// "were arrested in Essex and have since been charged": the
			// same people counted by a second happening.
			if l := ts.secondPassive(head); l != "" && l != c.What {
				c.What = l
				out = append(out, c)
			}
		}
	}
	return out
}

// verbBefore is the count verb before quantity q ("arrested 30
// suspects", "arrested its three crew members", "searches of six
// addresses") and the token it looks at.
func (ts tokens) verbBefore(q *quantity) (label string, before int) {
	before = q.lo - 1
	// A determiner between the verb and the number.
	switch ts.W(before) {
	case "its", "their", "his", "her", "the", "all":
		before--
	}
	label = ts.countVerb(ts.W(before))
	if label == "" && ts.W(before) == "of" {
		label = ts.countVerb(ts.W(before - 1))
	}
	if label == "" && ts.W(before) == "against" {
		label = ts.chargeBefore(before)
	}
	return label, before
}

// chargeBefore is the label of the charges the clause before "against" at
// token against brings ("filed charges in Texas on Monday against five
// men", "criminal complaints against two defendants"), "" if none.
func (ts tokens) chargeBefore(against int) string {
	for j := against - 1; j >= 0 && j >= against-12; j-- {
		w := ts.W(j)
		if w == "." || w == ";" || ts.clauseBreak(w) {
			return ""
		}
		if l, ok := ts.v.Value(lexicon.ChargeNouns, w); ok {
			return l
		}
	}
	return ""
}

// headlessLabel names what a number with no noun after it counts, and the
// country a list gives it: "All four have been charged", "arrested in
// Germany and one in Spain", "followed by the Netherlands with 48".
func (ts tokens) headlessLabel(q *quantity, out []story.Count, lx *qlex) (label, country string) {
	if label = ts.participleAfterHeadless(q, lx); label != "" {
		return label, ""
	}
	if label, _ = ts.v.Value(lexicon.HarmWords, ts.W(q.hi)); label != "" {
		return label, "" // "left thousands dead"
	}
	if ts.countAux(ts.W(q.hi)) && ts.W(q.lo-1) != "aged" {
		// The number is the subject.
		if label = ts.passiveCountVerb(q.hi - 1); label != "" {
			return label, ""
		}
	}
	prev := lastCount(out)
	if ts.W(q.lo-1) == "and" && prev != nil && ts.verbLabel(prev.What) {
		// The number stands for the previous count's noun.
		if country = ts.inCountryAt(q.hi, ts.N(), lx.Lexicon); country != "" {
			return prev.What, country
		}
		// "charged two with fraud and four with firearms offences".
		if ts.W(q.hi) == "with" {
			return prev.What, ""
		}
	}
	if ts.partOfWhole(q.lo-1) && prev != nil {
		// "25,000 users, including about 4,000 in Spain": a part of the
		// count before, counted like it.
		return prev.What, ts.inCountryAt(q.hi, ts.N(), lx.Lexicon)
	}
	if country = ts.listedCountry(q, lx.Lexicon); country != "" {
		return ts.sentenceCountLabel(out, q.lo), country
	}
	return "", country
}

// headLabel names what a number counts whose noun is at head, with the
// token of a single person counted along ("a 34-year-old man and two
// men"), -1 if none; skip is true when the number counts nothing done.
func (ts tokens) headLabel(q *quantity, head, before int, label string, scopes *scopeMap, lx *qlex) (string, int, bool) {
	w := ts.W(head)
	if ts.neverCounted(w) || ts.populationNoun(w) && (ts.W(q.lo-1) == "with" || ts.W(q.lo-1) == "of") {
		return "", -1, true
	}
	if ts.rateAfter(head) || ts.seizedItem(scopes, q.hi, head, lx) {
		return "", -1, true
	}
	if label == "" {
		label = ts.passiveCountVerb(head)
	}
	if label == "" {
		// "the 3,800 individuals charged", "five men arrested and detained".
		label = ts.participleAfter(head+1, lx)
	}
	if label == "" && ts.W(head+1) == "who" {
		// "the four subjects who were arrested operated ...": the
		// relative clause names the count when the main verb does not.
		if j := ts.passiveAt(head + 2); j >= 0 {
			label = ts.participleAfter(j, lx)
		}
	}
	if label == "" {
		// "left one man dead and two other people wounded".
		label, _ = ts.v.Value(lexicon.HarmWords, ts.W(head+1))
	}
	one := -1
	if label == "" && ts.W(before) == "and" && ts.countVerb(w) == "" {
		label = ts.coordinatedVerb(before) // "arrested a 34-year-old man and two men"
		if label != "" {
			one = ts.onePerson(before)
		}
	}
	if label == "" && ts.premisesNoun(w) && (ts.W(before) == "at" || ts.W(before) == "on") {
		label = ts.searchWarrant() // "Search warrants were executed at four addresses"
	}
	// "the government would add 1,000 new officers": a noun counted after
	// an unrealized verb is a prospect, not a count.
	if label == "" && ts.IsWord(q.lo-1) && !ts.v.StopWord(ts.W(q.lo-1)) && ts.unrealized(q.lo-1) {
		return "", -1, true
	}
	return label, one, false
}

// newCount is the count of quantity q, over tokens to end (from one when
// a single person opens it), in country.
func (ts tokens) newCount(s story.Sentence, q *quantity, what string, end, one int, country string) story.Count {
	lo := q.lo
	if one >= 0 {
		lo = one
	}
	c := story.Count{What: what, Text: ts.Span(lo, end), Sentence: s.ID,
		Start: s.Start + ts.Toks[lo].Start, End: s.Start + ts.Toks[end-1].End}
	if q.num.Exact {
		v := q.num.Val
		if one >= 0 {
			v++
		}
		c.Value = &v
	}
	if ql := q.qualifier(); ql != "" {
		c.Qualifier = &ql
	}
	if country != "" {
		// A copy, so only a count with a country moves one to the heap:
		// &country made every quantity tried allocate.
		where := country
		c.Country = &where
	}
	return c
}

// countable rules out numbers that are dates, times, years, adjectives
// ("two-year"), populations and background.
func (ts tokens) countable(q *quantity) bool {
	if q.num.Hi <= q.num.Lo {
		return false
	}
	after := ts.W(q.hi)
	switch after {
	case "-", "–", "a.m", "p.m", "am", "pm", "o'clock", "o’clock", "%", "/", ":":
		return false
	}
	if ts.v.MonthOf(ts.Text, q.lo-1) > 0 || ts.v.MonthOf(ts.Text, q.hi) > 0 || ts.v.MonthOf(ts.Text, q.lo-2) > 0 && ts.W(q.lo-1) == "." {
		return false
	}
	if q.num.Exact && ts.Kind(q.num.Lo) == token.Number && q.num.Hi == q.num.Lo+1 {
		w := ts.W(q.num.Lo)
		if len(w) == 4 && q.num.Val >= 1900 && q.num.Val <= 2100 && (ts.yearPrep(ts.W(q.lo-1)) || q.lo == 0) {
			return false
		}
	}
	// A number word inside a capitalized name: "Regional One Health",
	// "Formula One", "Air Force One".
	if q.num.Lo > 0 && ts.Kind(q.num.Lo) == token.Word && ts.Capital(q.num.Lo) && q.num.Hi == q.num.Lo+1 &&
		ts.Kind(q.num.Lo-1) == token.Word && (ts.Capital(q.num.Lo-1) || ts.Capital(q.num.Hi)) {
		return false
	}
	switch ts.W(q.lo - 1) {
	case "number", "no", "no.", "#":
		return false // "number one again": a rank
	case "of":
		if ts.v.Has(lexicon.PlaceNouns, ts.W(q.lo-2)) {
			return false
		}
	case "to":
		if ts.W(q.lo-2) == "home" {
			return false
		}
	}
	// A sentence opening "With thousands of containers arriving ..." sets a
	// scene: its numbers before the first comma are background.
	if ts.W(0) == "with" {
		comma := false
		for j := 1; j < q.lo; j++ {
			if ts.W(j) == "," {
				comma = true
				break
			}
		}
		if !comma {
			return false
		}
	}
	return true
}

// countHead is the plural noun a number counts: the first plural noun
// within four words, before any function word ("1,500 police officers").
// A singular noun is allowed after exactly one.
func (ts tokens) countHead(q *quantity) int {
	for j := q.hi; j < q.hi+4 && j < ts.N(); j++ {
		w := ts.W(j)
		if j == q.hi {
			if w == "others" {
				return -1
			}
			if ts.countExtender(w) {
				continue
			}
		}
		if !ts.IsWord(j) || ts.v.StopWord(w) || ts.Glued(j) && j == q.hi {
			// "Two of the suspects were arrested": the verb names the count.
			if w == "of" && j == q.hi && ts.W(j+1) == "the" {
				if h := ts.pluralAfter(j + 2); h >= 0 && ts.passiveCountVerb(h) != "" {
					return h
				}
			}
			return -1
		}
		if ts.pluralNoun(w) {
			// "police officers": a noun used as a modifier gives way to
			// the plural noun after it.
			for ts.pluralNoun(ts.W(j+1)) && ts.IsWord(j+1) && !ts.v.StopWord(ts.W(j+1)) && !ts.Capital(j+1) {
				j++
			}
			// A count's noun is a common noun: "107,000 Americans" names
			// people by nation, "five Colombians" likewise.
			if ts.Capital(j) {
				return -1
			}
			return j
		}
		if j == q.hi && q.num.Exact && q.num.Val == 1 && len(w) > 2 {
			if next := ts.W(j + 1); next == "" || !ts.IsWord(j+1) || ts.v.StopWord(next) || next == "dead" || next == "wounded" || next == "injured" {
				return j
			}
		}
	}
	return -1
}

// pluralAfter is the plural noun within two words from j, -1 if none.
func (ts tokens) pluralAfter(j int) int {
	for k := j; k < j+2 && k < ts.N(); k++ {
		if !ts.IsWord(k) || ts.v.StopWord(ts.W(k)) {
			return -1
		}
		if ts.pluralNoun(ts.W(k)) {
			return k
		}
	}
	return -1
}

// countLabel names what a number counts: the head noun, with a participle
// modifier kept ("planned crimes"), lowercased and plural.
func (ts tokens) countLabel(lo, head int) string {
	w := ts.W(head)
	if !ts.pluralNoun(w) {
		if plural, ok := ts.v.Value(lexicon.IrregularPlurals, w); ok {
			w = plural
		} else {
			w += "s"
		}
	}
	if head > lo {
		if m := ts.W(head - 1); len(m) > 3 && m[len(m)-2:] == "ed" && !ts.Capital(head-1) {
			return ts.LowSpan(head-1, head+1)
		}
	}
	return w
}

// coordinated extends a counted phrase over "and offices" in "75 homes and
// offices".
func (ts tokens) coordinated(end int) int {
	if ts.W(end) != "and" && ts.W(end) != "or" {
		return end
	}
	for j := end + 1; j < end+3 && j < ts.N(); j++ {
		w := ts.W(j)
		if !ts.IsWord(j) || ts.v.StopWord(w) {
			return end
		}
		if ts.pluralNoun(w) {
			return j + 1
		}
	}
	return end
}

// rateAfter reports a rate word just after the head ("arriving every day").
func (ts tokens) rateAfter(head int) bool {
	for j := head + 1; j <= head+3 && j < ts.N(); j++ {
		if ts.rateWord(ts.W(j)) {
			return true
		}
		if ts.W(j) == "," || ts.W(j) == "." {
			return false
		}
	}
	return false
}

// seizedItem reports whether the counted phrase [lo,head] names an item in
// reach of a seizing word: "confiscated 28 firearms" is a seizure, not a
// count.
func (ts tokens) seizedItem(scopes *scopeMap, lo, head int, lx *qlex) bool {
	if !scopes.in(head) {
		return false
	}
	for j := lo; j <= head; j++ {
		if it, next := ts.itemAt(j, lx); it >= 0 && next > head {
			return true
		}
	}
	return false
}

// premisesNoun reports the places a search warrant is executed at.
func (ts tokens) premisesNoun(w string) bool { return ts.v.Has(lexicon.PremisesNouns, w) }

// searchWarrant is the label of the premises a sentence about search
// warrants or searches counts ("Search warrants were executed at four
// addresses"), "" when the sentence is about neither.
func (ts tokens) searchWarrant() string {
	for j := 0; j < ts.N(); j++ {
		e, next, ok := ts.v.PhraseAt(lexicon.SearchWords, ts.Text, j)
		if !ok {
			continue
		}
		label, counted, _ := strings.Cut(e.Value, " ")
		// "Searches were conducted at six locations": searches not
		// counted themselves ("41 searches at 12 addresses" are 41).
		if counted == "" || ts.Kind(j-1) != token.Number && ts.countAux(ts.W(next)) {
			return label
		}
	}
	return ""
}

// participleAfter is the label of a count verb's participle at token j
// that follows what it counts as a reduced relative ("individuals charged
// in the case", "men arrested and detained"), "" when there is none or
// the verb is active, with an object after it ("officers arrested two
// men").
func (ts tokens) participleAfter(j int, lx *qlex) string {
	v := ts.W(j)
	// A capital participle is a headline's title case ("All 50 States
	// Sentenced to Federal Prison"), whose subject is not the number.
	if !ts.IsWord(j) || ts.Capital(j) || len(v) < 4 || v[len(v)-2:] != "ed" {
		return ""
	}
	label := ts.countVerb(v)
	if label == "" {
		return ""
	}
	next := j + 1
	w := ts.W(next)
	switch {
	case next >= ts.N():
		return label
	case ts.Kind(next) == token.Number, ts.numberWord(w, lx), ts.v.Has(lexicon.ParticipleDeterminers, w), ts.v.Has(lexicon.ObjectPronouns, w):
		return ""
	case ts.Capital(next) && ts.IsWord(next) && !ts.v.Has(lexicon.Weekdays, w) && ts.v.MonthOf(ts.Text, next) == 0:
		return "" // "agents arrested Smith"
	}
	return label
}

// participleAfterHeadless is the label of a number that a count verb's
// participle follows with no common noun between: "the 19 arrested so
// far", "six other Victorians arrested". A bare number needs a
// determiner before it, so a headline's "12 arrested" alone is not
// read as a subject.
func (ts tokens) participleAfterHeadless(q *quantity, lx *qlex) string {
	j := q.hi
	if ts.countExtender(ts.W(j)) {
		j++
	}
	if ts.Capital(j) && ts.IsWord(j) && ts.pluralNoun(ts.W(j)) {
		j++ // people named by nation or place: "Victorians"
	} else if j == q.hi && !ts.v.Has(lexicon.ParticipleDeterminers, ts.W(q.lo-1)) && ts.W(q.lo-1) != "of" {
		return ""
	}
	return ts.participleAfter(j, lx)
}

// numberWord reports a number word ("two", "dozens").
func (ts tokens) numberWord(w string, lx *qlex) bool {
	if !lx.mayBeNumber(w) {
		return false
	}
	if _, ok := numbers.Word(w, lx.Lexicon); ok {
		return true
	}
	return numbers.PluralScale(w, lx.Lexicon)
}

// searchLabel is the label of the search words that end at the head
// ("28 search warrants"), "" if none.
func (ts tokens) searchLabel(head int) string {
	for j := head - 1; j <= head; j++ {
		if e, next, ok := ts.v.PhraseAt(lexicon.SearchWords, ts.Text, j); ok && next == head+1 {
			label, _, _ := strings.Cut(e.Value, " ")
			return label
		}
	}
	return ""
}

// headStart is the first token of the noun phrase a number counts, after
// the words that only add to a count before ("more", "other").
func (ts tokens) headStart(q *quantity) int {
	if ts.countExtender(ts.W(q.hi)) {
		return q.hi + 1
	}
	return q.hi
}

// lastCount is the count just before, nil if there is none or it is a
// number of things: "raids on 12 premises, including 5 warehouses" are
// parts of the things, which lend no label.
func lastCount(out []story.Count) *story.Count {
	if len(out) == 0 || out[len(out)-1].Thing {
		return nil
	}
	return &out[len(out)-1]
}
