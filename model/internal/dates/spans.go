package dates

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/numbers"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Spans: "since 2019", "between 2018 and 2020", "during their two-year
// investigation", "for two years", "over the past six months".

// since reads "since 2019", "since March", "since last year": from then
// until publication.
func (d *dscan) since(i int) (dcand, bool) {
	d.rangeEnd = true
	defer func() { d.rangeEnd = false }()
	k := i + 1
	switch {
	case twoWords(d.ts, k, "at", "least"), twoWords(d.ts, k, "as", "early"):
		k += 2
		if d.ts.W(k) == "as" {
			k++
		}
	}
	if c, ok := d.sinceHappening(i, k); ok {
		return c, true
	}
	x, ok := d.point(k)
	if !ok {
		// "since the operation began in November": the clause's date.
		d.rangeEnd = false
		x, ok = d.clauseDate(k)
	}
	if !ok || x.part != partDate || x.w.vague {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: x.hi}
	p, has := d.pub()
	switch {
	case x.w.known() && has:
		c.w = rangeWhen(x.w.start, p)
	case x.w.known():
		c.w = when{prec: story.PrecisionRange, start: x.w.start, note: noPublicationDate}
	default:
		c.w = unresolved(story.PrecisionRange)
	}
	c.w.ctx = x.w.ctx
	return c, true
}

// sinceHappening reads "since his arrest on Aug. 17, 2013", "since his
// return on July 16" from "since" at i: a happening named by its noun and
// dated, which is what the sentence tells of (the custody that followed
// is a state). It is dated as written.
func (d *dscan) sinceHappening(i, k int) (dcand, bool) {
	ts := d.ts
	if !ts.is(k, lexicon.HappeningPossessives) || !ts.IsWord(k+1) || ts.Capital(k+1) || ts.v.StopWord(ts.W(k+1)) {
		return dcand{}, false
	}
	if !ts.is(k+2, lexicon.PointPrepositions) {
		return dcand{}, false
	}
	x, ok := d.point(k + 3)
	if !ok || x.part != partDate || !x.w.known() || x.w.vague {
		return dcand{}, false
	}
	x.lo = i
	d.happening = [2]int{i, x.hi}
	return x, true
}

// between reads "between 2018 and 2020", "from January to March 2020".
func (d *dscan) between(i int) (dcand, bool) {
	ts := d.ts
	d.rangeEnd = true
	defer func() { d.rangeEnd = false }()
	x, ok := d.point(i + 1)
	if !ok || x.part != partDate || x.w.vague {
		return dcand{}, false
	}
	k := x.hi
	switch ts.W(k) {
	case "and":
		if ts.W(i) != "between" {
			return dcand{}, false
		}
	case "to", "until", "till", "through", "-", "–":
		if ts.W(i) != "from" {
			return dcand{}, false
		}
	default:
		return dcand{}, false
	}
	y, ok := d.point(k + 1)
	if !ok || y.part != partDate || y.w.vague {
		return dcand{}, false
	}
	// A bare first end takes the second end's year.
	if (x.raw == rawMonth || x.raw == rawDay) && !x.yearWritten && y.y > 0 && (y.raw != rawOther) {
		x.y, x.yearWritten = y.y, true
		d.resolveRaw(&x)
		if x.w.known() && y.w.known() && x.w.start.After(y.w.start) {
			x.y--
			d.resolveRaw(&x)
		}
	}
	c := dcand{lo: i, hi: y.hi}
	if !x.w.known() || !y.w.known() {
		c.w = unresolved(story.PrecisionRange)
		return c, true
	}
	c.w = rangeWhen(x.w.start, y.w.end)
	c.w.ctx = x.w.ctx || y.w.ctx
	return c, true
}

// duration reads spans that end at publication: "during their two-year
// investigation", "for two years", "over the past six months".
func (d *dscan) duration(i int) (dcand, bool) {
	ts := d.ts
	k := i
	lead := false
	switch w := ts.W(k); {
	case ts.v.Has(lexicon.SpanLeads, w):
		lead = true
		k++
	case w == "for":
		return d.forSpan(i)
	case w != "the" && ts.W(i+1) != "-":
		return dcand{}, false
	}
	// "in the past two years", "over the last six months".
	if lead && ts.W(k) == "the" && (ts.W(k+1) == "past" || ts.W(k+1) == "last" || ts.W(k+1) == "previous") {
		return d.pastSpan(i, k+2)
	}
	if ts.W(i) == "the" && (ts.W(i+1) == "past" || ts.W(i+1) == "last") {
		if c, ok := d.pastSpan(i, i+2); ok && c.w.prec == story.PrecisionRange {
			return c, true
		}
	}
	if lead && ts.W(i) == "in" {
		if c, ok := d.recentSpan(i, k); ok {
			return c, true
		}
	}
	if lead {
		if ts.is(k, lexicon.SpanDeterminers) {
			k++
		}
	} else {
		k = i
	}
	n, u, j, ok := d.hyphenSpan(k)
	if !ok {
		return dcand{}, false
	}
	if j, ok = d.durationNounAt(j); !ok {
		return dcand{}, false
	}
	lo := i
	if !lead {
		lo = k
	}
	c := dcand{lo: lo, hi: j + 1}
	p, has := d.pub()
	if !has {
		c.w = unresolved(story.PrecisionRange)
		return c, true
	}
	c.w = back(p, n, u)
	return c, true
}

// recentSpan reads "in recent years", "in recent months", "in the coming
// weeks" from i ("in"), with k the token after it: vague spans.
func (d *dscan) recentSpan(i, k int) (dcand, bool) {
	ts := d.ts
	if ts.W(k) != "recent" && !(ts.W(k) == "the" && ts.W(k+1) == "coming") {
		return dcand{}, false
	}
	j := k + 1
	if ts.W(k) == "the" {
		j++
	}
	u := ts.unitOf(ts.W(j))
	if u == unitNone {
		return dcand{}, false
	}
	note := "vague: in recent years"
	if ts.W(k) == "the" {
		note = "vague: in the coming " + ts.W(j)
	} else if u != unitYear {
		note = "vague: in recent " + ts.W(j)
	}
	return dcand{lo: i, hi: j + 1, w: vagueWhen(note)}, true
}

// durationNounAt finds the noun a span measures within three modifiers
// from j ("two-year international investigation") and returns its token.
func (d *dscan) durationNounAt(j int) (int, bool) {
	ts := d.ts
	for mods := 0; mods < 3; mods++ {
		w := ts.W(j)
		if !ts.IsWord(j) || ts.v.StopWord(w) {
			return 0, false
		}
		if ts.durationNoun(w) {
			break
		}
		j++
	}
	return j, ts.durationNoun(ts.W(j))
}

// hyphenSpan reads "two-year", "18-month", "week-long" at token k.
func (d *dscan) hyphenSpan(k int) (int, dateUnit, int, bool) {
	ts := d.ts
	if u := ts.unitOf(ts.W(k)); u != unitNone && ts.W(k+1) == "-" && ts.W(k+2) == "long" {
		return 1, u, k + 3, true
	}
	np, ok := numbers.At(ts.Text, k, d.r.lex, false)
	if !ok || !np.Exact || np.Val < 1 || np.Val > 100 || np.Hi != k+1 && ts.Kind(k) == token.Number {
		return 0, 0, 0, false
	}
	j := np.Hi
	if ts.W(j) != "-" || !ts.Glued(j) || !ts.Glued(j+1) {
		return 0, 0, 0, false
	}
	w := ts.W(j + 1)
	u := ts.unitOf(w)
	if u == unitNone || w[len(w)-1] == 's' {
		return 0, 0, 0, false
	}
	j += 2
	if ts.W(j) == "-" && ts.W(j+1) == "long" {
		j += 2
	}
	return int(np.Val), u, j, true
}

// pastSpan reads "[the] past N units" from k (after "past"/"last").
func (d *dscan) pastSpan(i, k int) (dcand, bool) {
	ts := d.ts
	n := 1
	switch w := ts.W(k); {
	case w == "few" || w == "several" || w == "couple":
		j := k + 1
		if ts.W(j) == "of" {
			j++
		}
		if u := ts.unitOf(ts.W(j)); u != unitNone {
			return dcand{lo: i, hi: j + 1, w: vagueWhen("vague: the past few " + ts.W(j))}, true
		}
		return dcand{}, false
	case ts.unitOf(w) != unitNone:
	default:
		np, ok := numbers.At(ts.Text, k, d.r.lex, false)
		if !ok || !np.Exact || np.Val < 1 || np.Val > 1000 {
			return dcand{}, false
		}
		n, k = int(np.Val), np.Hi
	}
	u := ts.unitOf(ts.W(k))
	if u == unitNone {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 1}
	p, has := d.pub()
	if !has {
		c.w = unresolved(story.PrecisionRange)
		return c, true
	}
	c.w = back(p, n, u)
	return c, true
}

// forSpan reads "for two years", "for more than a decade" (a span ending
// at publication) and "for years" (vague). "sentenced ... for five years"
// is a penalty, not a span of the story.
func (d *dscan) forSpan(i int) (dcand, bool) {
	ts := d.ts
	for j := i - 1; j >= i-5 && j >= 0; j-- {
		if ts.penaltyWord(ts.W(j)) {
			return dcand{}, false
		}
	}
	if d.isFuture() {
		return dcand{}, false
	}
	k := i + 1
	if w := ts.W(k); ts.unitOf(w) != unitNone && w[len(w)-1] == 's' {
		return dcand{lo: i, hi: k + 1, w: vagueWhen("vague: for " + w)}, true
	}
	if ts.W(k) == "the" && (ts.W(k+1) == "past" || ts.W(k+1) == "last") {
		return d.pastSpan(i, k+2)
	}
	qual, k := numbers.Qualifier(ts.Text, k, ts.v)
	n := 1
	switch ts.W(k) {
	case "a", "an":
		k++
	default:
		np, ok := numbers.At(ts.Text, k, d.r.lex, false)
		if !ok || !np.Exact || np.Val < 1 || np.Val > 1000 {
			return dcand{}, false
		}
		n, k = int(np.Val), np.Hi
	}
	u := ts.unitOf(ts.W(k))
	if u == unitNone {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 1}
	p, has := d.pub()
	if !has {
		c.w = unresolved(story.PrecisionRange)
		return c, true
	}
	c.w = back(p, n, u)
	if qual != "" {
		c.w.note = "approximate span"
	}
	return c, true
}

// twoWords reports whether tokens k and k+1 are a and b.
func twoWords(ts tokens, k int, a, b string) bool { return ts.W(k) == a && ts.W(k+1) == b }

// clauseDate finds a date within the few words of a short clause from k
// ("the operation began in November"), stopping at punctuation.
func (d *dscan) clauseDate(k int) (dcand, bool) {
	ts := d.ts
	for j := k; j < k+7 && j < ts.N(); j++ {
		if !ts.IsWord(j) {
			return dcand{}, false
		}
		switch ts.W(j) {
		case "on", "in", "during", "at":
			if x, ok := d.point(j + 1); ok && x.part == partDate && x.w.known() {
				return x, true
			}
		}
		if x, ok := d.point(j); ok && x.part == partDate && x.w.known() {
			return x, true
		}
	}
	return dcand{}, false
}
