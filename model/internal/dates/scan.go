package dates

import (
	"slices"
	"time"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/numbers"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// The date scanner finds every temporal expression of one sentence and
// resolves it at once against the publication day (news mode, as in
// HeidelTime) or, for expressions that point at another sentence ("the
// following day", "around five in the morning"), against the context date.

// Parts of a candidate: a full date, or a time of day that needs a day.
const (
	partDate  uint8 = iota
	partClock       // "at 5 a.m.", "around five in the morning", "noon"
	partDay         // "in the morning", "at dawn", "in the early hours"
)

// Raw kinds keep what was written, so a range can lend a year to its
// first end ("between January and March 2020").
const (
	rawOther uint8 = iota
	rawYear
	rawMonth
	rawDay
)

// dcand is one date expression in a sentence: tokens [lo,hi) and its
// resolution.
type dcand struct {
	lo, hi int
	w      when
	part   uint8
	hh, mm int
	approx bool
	saying bool
	// background marks dates in a relative clause (", which began in
	// January"): they date something else than the sentence reports.
	background  bool
	raw         uint8
	y, m, d     int
	yearWritten bool
	// days marks a span of named days ("on Tuesday and Wednesday"):
	// a range as short as a day, which may anchor the story.
	days bool
}

type dscan struct {
	r   *Resolver
	ts  tokens
	ctx when
	// ctxFlash: ctx is a carried flashback date.
	ctxFlash bool
	// tense is 0 until asked, then 1 (past or present) or 2 (future).
	tense uint8
	out   []dcand
	// rangeEnd is set while reading the ends of "between X and Y", where a
	// bare number is a year.
	rangeEnd bool
	// happening is the last "since his arrest on …" expression read:
	// a date of a happening the sentence names.
	happening [2]int
}

func (d *dscan) pub() (time.Time, bool) { return d.r.pub, d.r.hasPub }

// run finds the sentence's date expressions. Every expression holds an
// anchor word (a number, a calendar name, a unit of time, a part of the
// day, a vague time adverb) and starts at most reach tokens before it, so
// only those windows are tried: most of a sentence is skipped at the cost
// of one switch per token.
func (d *dscan) run() {
	const reach = 10
	n := d.ts.N()
	next := 0 // the first token not yet tried
	for a := 0; a < n; a++ {
		if !d.anchor(a) {
			continue
		}
		for i := max(next, a-reach); i <= a && i < n; {
			if c, ok := d.at(i); ok && c.hi > i {
				c.saying = d.saying(c)
				c.background = d.inRelativeClause(c.lo) || d.comparative(c.lo) || d.prospect(c.lo)
				d.out = append(d.out, c)
				i = c.hi
				next = i
				continue
			}
			i++
			next = i
		}
		a = max(a, next-1)
	}
}

// anchorLists are the lists whose words anchor a date expression.
var anchorLists = lexicon.Set(lexicon.DateAnchors, lexicon.TimeUnits, lexicon.Seasons, lexicon.Weekdays)

// anchor reports tokens without which no date expression exists.
func (d *dscan) anchor(i int) bool {
	ts := d.ts
	switch ts.Kind(i) {
	case token.Number:
		return true
	case token.Word:
	default:
		return false
	}
	if ts.onAny(i, anchorLists) {
		return true
	}
	return ts.Capital(i) && ts.monthOf(i) > 0
}

// isFuture reports whether the sentence is in the future tense, reading
// it the first time it is asked.
func (d *dscan) isFuture() bool {
	if d.tense == 0 {
		d.tense = 1
		if d.ts.futureTense() {
			d.tense = 2
		}
	}
	return d.tense == 2
}

// at tries every pattern at token i, the longest and most specific first.
func (d *dscan) at(i int) (dcand, bool) {
	ts := d.ts
	if !d.mayStart(i) {
		return dcand{}, false
	}
	switch ts.W(i) {
	case "since":
		if c, ok := d.since(i); ok {
			return c, true
		}
	case "between", "from":
		if c, ok := d.between(i); ok {
			return c, true
		}
	case "prior", "before":
		if c, ok := d.beforeVague(i); ok {
			return c, true
		}
	case "after":
		if c, ok := d.afterVague(i); ok {
			return c, true
		}
	}
	if c, ok := d.duration(i); ok {
		return c, true
	}
	if c, ok := d.clock(i); ok {
		return c, true
	}
	if c, ok := d.dayPart(i); ok {
		return c, true
	}
	// "Late on Sunday", "early on Tuesday".
	if note := ts.modNote(ts.W(i), unitDay); note != "" && ts.W(i+1) == "on" {
		if c, ok := d.point(i + 2); ok && c.part == partDate && c.w.prec == story.PrecisionDay {
			c.lo = i
			if c.w.note == "" {
				c.w.note = note
			}
			return c, true
		}
	}
	if ts.is(i, lexicon.PointPrepositions) {
		if c, ok := d.point(i + 1); ok && c.part == partDate {
			c.lo = i
			return c, true
		}
		if ts.W(i) == "of" {
			return dcand{}, false
		}
	}
	if c, ok := d.point(i); ok {
		return c, true
	}
	return d.vagueWord(i)
}

// point is a date that can stand alone or end a range.
func (d *dscan) point(i int) (dcand, bool) {
	if c, ok := d.weekday(i); ok {
		return c, true
	}
	if c, ok := d.relative(i); ok {
		return c, true
	}
	if c, ok := d.monthDate(i); ok {
		return c, true
	}
	if c, ok := d.dayMonth(i); ok {
		return c, true
	}
	if c, ok := d.yearDate(i); ok {
		return c, true
	}
	if c, ok := d.season(i); ok {
		return c, true
	}
	return d.agoShift(i)
}

// saying reports whether a date belongs to a verb of saying ("said
// Tuesday", "said in a statement on Tuesday", "told AP on Monday", "Police
// on Tuesday said", "On Tuesday, police said") rather than to the happening
// the sentence reports.
func (d *dscan) saying(c dcand) bool {
	ts := d.ts
	// "…, according to figures released in January": the date of the
	// source, not of what it reports.
	for j := c.lo - 1; j >= 0 && j >= c.lo-6; j-- {
		w := ts.W(j)
		if w == "according" && ts.W(j+1) == "to" {
			return true
		}
		if w == "," || w == ";" || w == "." {
			break
		}
	}
	for j, n := c.lo-1, 0; j >= 0 && n < 8; j, n = j-1, n+1 {
		w := ts.W(j)
		if ts.sayVerb(w) {
			return true
		}
		if !ts.sayGap(w) && !(ts.IsWord(j) && ts.Capital(j)) {
			break
		}
	}
	if ts.sayVerb(ts.W(c.hi)) {
		return true
	}
	first := 0
	for first < ts.N() && ts.Kind(first) == token.Punct {
		first++
	}
	if c.lo == first {
		for j := c.hi; j < c.hi+6 && j < ts.N(); j++ {
			w := ts.W(j)
			if ts.sayVerb(w) {
				return true
			}
			if !ts.IsWord(j) && w != "," {
				break
			}
		}
	}
	return false
}

// futureTense reports whether the sentence speaks of the future, which
// turns "on Friday" and "in July" forward.
func (ts tokens) futureTense() bool {
	for j := 0; j < ts.N(); j++ {
		w := ts.W(j)
		if ts.futureCue(w) {
			return true
		}
		if ts.v.Has(lexicon.FutureVerbs, w) {
			if to, _ := ts.v.Value(lexicon.FutureVerbs, w); (ts.W(j+1) == "to" || to == "") && ts.v.BeAux(ts.W(j-1)) {
				return true
			}
		}
	}
	return false
}

// openerLists are the lists whose words may start a date expression.
var openerLists = lexicon.Set(lexicon.DateOpeners, lexicon.Weekdays, lexicon.Seasons, lexicon.TimeUnits)

// mayStart reports whether a date expression can start at token i: a
// number, a calendar name, a number word or one of the words that open the
// patterns. Most tokens fail here, which keeps the scan cheap.
func (d *dscan) mayStart(i int) bool {
	ts := d.ts
	switch ts.Kind(i) {
	case token.Number:
		return true
	case token.Word:
	default:
		return false
	}
	w := ts.W(i)
	if ts.onAny(i, openerLists) || ts.monthOf(i) > 0 {
		return true
	}
	// A number word only matters before what the patterns read after a
	// number: "two-year", "five in the morning", "three years ago".
	if next := ts.W(i + 1); next != "-" && !ts.is(i+1, lexicon.ClockFollowers) && ts.unitOf(next) == unitNone {
		return false
	}
	if !d.r.nums.Maybe(w) {
		return false
	}
	_, ok := numbers.Word(w, d.r.lex)
	return ok
}

// prospect reports a date in a future clause after a past one: "The men
// were remanded in custody and will reappear in court on March 28" dates
// the hearing to come, not the remand. A sentence wholly about the future
// ("Both men will appear in court on Monday") keeps its date.
func (d *dscan) prospect(i int) bool {
	ts := d.ts
	f := -1
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		w := ts.W(j)
		if w == "," || w == ";" || w == ":" || w == "." {
			return false
		}
		if ts.futureCue(w) && w != "upcoming" && w != "forthcoming" || (w == "due" || w == "set") && ts.W(j+1) == "to" && ts.v.BeAux(ts.W(j-1)) {
			f = j
			break
		}
	}
	if f < 0 {
		return false
	}
	for j := 0; j < f; j++ {
		switch ts.W(j) {
		case "was", "were", "had":
			return true
		}
	}
	return false
}

// clauseMarks are the punctuation marks that end a relative clause.
var clauseMarks = []string{",", ";", ":", "(", ")", "—", "–"}

// inRelativeClause reports whether token i lies in a non-restrictive
// relative clause: from ", which" (who, whom, whose, where) to the next
// comma or the end of the sentence.
func (d *dscan) inRelativeClause(i int) bool {
	ts := d.ts
	for j := i - 1; j > 0 && j >= i-40; j-- {
		switch w := ts.W(j); {
		case w != "that" && ts.is(j, lexicon.Relatives) || w == "where":
			return ts.W(j-1) == ","
		case w == "that" || w == "when":
			// "a legal battle that began when he was arrested on
			// March 3, 2022": the start of something else.
			if ts.is(j+1, lexicon.BeginningVerbs) {
				return true
			}
			if when, _ := ts.v.Value(lexicon.BeginningVerbs, ts.W(j-1)); ts.W(j) == "when" && when == "when" {
				return true
			}
		case slices.Contains(clauseMarks, w):
			// ", ending a legal battle that …": a participial clause
			// after the main one.
			if ts.W(j) == "," && j < i-1 && ts.participleClause(ts.W(j+1)) {
				return true
			}
			return false
		}
	}
	return false
}

// participleClause reports an -ing word that opens a trailing clause about
// something else (", ending …", ", capping …", ", bringing …"); prepositions
// in -ing ("including", "during", "following") are not such clauses.
func (ts tokens) participleClause(w string) bool {
	return len(w) >= 6 && w[len(w)-3:] == "ing" && !ts.v.Has(lexicon.IngWords, w)
}

// comparative reports "since <date>" or "this year" after a superlative
// in its clause ("the largest single haul … since 2019", "one of the
// largest hauls this year"): a comparison, not the time of the happening.
func (d *dscan) comparative(i int) bool {
	ts := d.ts
	if ts.W(i) != "since" && !(ts.W(i) == "this" && ts.unitOf(ts.W(i+1)) != unitNone) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-15; j-- {
		w := ts.W(j)
		switch {
		case w == "," || w == ";" || w == ":" || w == ".":
			return false
		case ts.v.Has(lexicon.Superlatives, w):
			return true
		}
	}
	return false
}

// tokens is a sentence's reading tokens with the lexicon's word lists,
// the receiver of the date patterns.
type tokens struct {
	*token.Text
	v *lexicon.Vocab
	// lists is, for each token, the word lists its word is on: a
	// pattern's test of a token is then a bit, not a lookup.
	lists []lexicon.ListSet
}

// newTokens is the tokens t with their word lists, kept in buf.
func newTokens(t *token.Text, v *lexicon.Vocab, buf []lexicon.ListSet) tokens {
	buf = buf[:0]
	for i := range t.Toks {
		buf = append(buf, v.ListsOf(t.W(i)))
	}
	return tokens{Text: t, v: v, lists: buf}
}

// is reports whether token i is on list l.
func (ts tokens) is(i int, l lexicon.List) bool {
	return i >= 0 && i < len(ts.lists) && ts.lists[i].Has(l)
}

// onAny reports whether token i is on any list of s.
func (ts tokens) onAny(i int, s lexicon.ListSet) bool {
	return i >= 0 && i < len(ts.lists) && ts.lists[i].Any(s)
}
