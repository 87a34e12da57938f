package dates

// Dates relative to the publication day or to the context: weekdays,
// today and yesterday, this/last/next units, "two days ago", "a week
// earlier", "the following day".

import (
	"strconv"
	"time"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/numbers"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

func (d *dscan) weekday(i int) (dcand, bool) {
	ts := d.ts
	k, rel, note := i, 0, ""
	// "last Tuesday", "this Friday" (within this week), "early Monday".
	switch lead := ts.deicticLead(ts.W(k)); lead {
	case leadCalendar, leadSpan:
		rel, k = ts.direction(ts.W(k), -1, 2, 1), k+1
	default:
		if n := ts.modNote(ts.W(k), unitDay); n != "" {
			note, k = n, k+1
		}
	}
	wd, ok := ts.weekdayOf(ts.W(k))
	if !ok {
		return dcand{}, false
	}
	k++
	if part := ts.W(k); ts.is(k, lexicon.DayParts) && !ts.eve(part) {
		note, k = ts.partNote(part), k+1
	}
	// "Tuesday, March 9, 2021": the calendar date wins.
	j := k
	if ts.W(j) == "," {
		j++
	}
	if c, ok := d.monthDate(j); ok && c.raw == rawDay {
		c.lo = i
		return c, true
	}
	if c, ok := d.dayMonth(j); ok && c.raw == rawDay {
		c.lo = i
		return c, true
	}
	c := dcand{lo: i, hi: k}
	p, has := d.pub()
	if !has {
		c.w = unresolved(story.PrecisionDay)
		return c, true
	}
	var t time.Time
	switch {
	case rel == -1:
		t = weekdayBack(p, wd, true)
	case rel == 1:
		t = weekdayForward(p, wd, true)
	case rel == 2:
		t = mondayOf(p).AddDate(0, 0, (int(wd)+6)%7)
	case d.isFuture():
		t = weekdayForward(p, wd, false)
	default:
		t = weekdayBack(p, wd, false)
	}
	c.w = dayWhen(t)
	c.w.note = note
	// "on Tuesday and Wednesday": two days, the second after the first
	// within the week (and not ahead of the paper unless in the future
	// tense).
	if rel == 0 && note == "" && ts.W(k) == "and" && ts.W(i-1) != "between" {
		j := k + 1
		if ts.W(j) == "on" {
			j++
		}
		if wd2, ok := ts.weekdayOf(ts.W(j)); ok && wd2 != wd {
			t2 := weekdayForward(t, wd2, true)
			if !t2.After(p) || d.isFuture() {
				c.hi = j + 1
				c.w = rangeWhen(t, t2)
				c.days = true
			}
		}
	}
	return c, true
}

// relative reads today/yesterday, this/last/next + unit, month or season,
// "earlier this year", "late last year", "the following day", "that day".
func (d *dscan) relative(i int) (dcand, bool) {
	ts := d.ts
	w0 := ts.W(i)
	if off, part, ok := ts.deicticDay(w0); ok {
		return d.relativeDay(i, off, ts.partNote(part), i+1)
	}
	if ts.deicticLead(w0) != leadNone {
		if c, ok, done := d.deictic(i); done {
			return c, ok
		}
	}
	switch w0 {
	case "early", "late", "earlier", "later", "mid":
		if c, ok := d.modifiedUnit(i); ok {
			return c, true
		}
	case "the", "that", "same":
		if w0 == "the" && ts.W(i+1) == "weekend" {
			return d.theWeekend(i)
		}
		return d.contextDay(i)
	}
	if (w0 == "earlier" || w0 == "later") && ts.W(i+1) == "that" {
		if u := ts.unitOf(ts.W(i + 2)); u == unitDay {
			c := dcand{lo: i, hi: i + 3, w: d.base()}
			c.w.ctx = true
			return c, true
		}
	}
	return dcand{}, false
}

// relativeDay is the day off days from publication, tokens [i,hi).
func (d *dscan) relativeDay(i, off int, note string, hi int) (dcand, bool) {
	c := dcand{lo: i, hi: hi}
	p, has := d.pub()
	if !has {
		c.w = unresolved(story.PrecisionDay)
		return c, true
	}
	c.w = dayWhen(p.AddDate(0, 0, off))
	c.w.note = note
	return c, true
}

// deictic reads last/this/next/past/previous/coming + night, part of the
// day, weekend, unit, month or season at i. done is false when nothing
// after the word makes it a date and the other patterns may still read it.
func (d *dscan) deictic(i int) (c dcand, ok, done bool) {
	ts := d.ts
	w0, w1 := ts.W(i), ts.W(i+1)
	lead := ts.deicticLead(w0)
	// "last night", "this morning": a part of yesterday or today.
	if e, next, ok := ts.v.PhraseAt(lexicon.DeicticParts, ts.Text, i); ok {
		off, _ := strconv.Atoi(e.Value)
		c, ok = d.relativeDay(i, off, ts.partNote(w1), next)
		return c, ok, true
	}
	p, has := d.pub()
	c = dcand{lo: i, hi: i + 2}
	n := ts.direction(w0, -1, 0, 1)
	if w1 == "weekend" {
		if !has {
			c.w = unresolved(story.PrecisionRange)
			return c, true, true
		}
		c.w = weekend(p, n)
		return c, true, true
	}
	if u := ts.unitOf(w1); u != unitNone && w1[len(w1)-1] != 's' {
		c, ok = d.deicticUnit(i, u, n)
		return c, ok, true
	}
	if lead != leadCalendar {
		return dcand{}, false, false
	}
	if m := ts.monthOf(i + 1); m > 0 {
		c.hi = ts.monthEnd(i + 1)
		if !has {
			c.w = unresolved(story.PrecisionMonth)
			return c, true, true
		}
		y := p.Year()
		switch n {
		case -1:
			if m >= int(p.Month()) {
				y--
			}
		case 1:
			if m <= int(p.Month()) {
				y++
			}
		}
		c.w = monthWhen(y, m)
		c.raw, c.y, c.m = rawMonth, y, m
		return c, true, true
	}
	if sm := ts.seasonOf(w1); sm > 0 {
		if !has {
			c.w = unresolved(story.PrecisionRange)
			return c, true, true
		}
		c.w = seasonNear(p, sm, n)
		return c, true, true
	}
	return dcand{}, false, false
}

// deicticUnit reads "last week", "this year", "the past month", "the
// previous year" at i, the unit u at i+1 moved n from publication.
func (d *dscan) deicticUnit(i int, u dateUnit, n int) (dcand, bool) {
	ts := d.ts
	p, has := d.pub()
	c := dcand{lo: i, hi: i + 2}
	switch ts.deicticLead(ts.W(i)) {
	case leadSpan:
		// "the past month" ends at publication; "the coming week" is
		// not read.
		if n > 0 {
			return dcand{}, false
		}
		if !has {
			c.w = unresolved(story.PrecisionRange)
			return c, true
		}
		c.w = back(p, 1, u)
		return c, true
	case leadContext:
		c.w = d.base().shift(-1, u)
		c.w.ctx = true
		return c, true
	}
	if !has {
		c.w = unresolved(unitPrecision(u))
		return c, true
	}
	c.w = calendarUnit(p, n, u)
	// "so far this year": the year up to publication.
	if ts.W(i) == "this" && ts.W(i-1) == "far" && ts.W(i-2) == "so" {
		c.lo = i - 2
		c.w = rangeWhen(c.w.start, p)
	}
	return c, true
}

// modifiedUnit reads "early this year", "late last month", "earlier this
// year", "mid-next year" at i.
func (d *dscan) modifiedUnit(i int) (dcand, bool) {
	ts := d.ts
	w0 := ts.W(i)
	k := i + 1
	if w0 == "mid" && ts.W(k) == "-" {
		k++
	}
	rel := ts.W(k)
	if ts.deicticLead(rel) != leadCalendar {
		return dcand{}, false
	}
	u := ts.unitOf(ts.W(k + 1))
	if u == unitNone || u == unitDay || u == unitDecade || ts.W(k + 1)[len(ts.W(k+1))-1] == 's' {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 2}
	p, has := d.pub()
	if !has {
		c.w = unresolved(unitPrecision(u))
		if w0 == "earlier" || w0 == "later" {
			c.w.prec = story.PrecisionRange
		}
		return c, true
	}
	dir := ts.direction(rel, -1, 0, 1)
	unit := calendarUnit(p, dir, u)
	switch {
	case w0 == "earlier" && dir == 0:
		c.w = rangeWhen(unit.start, p)
	case w0 == "later" && dir == 0:
		c.w = rangeWhen(p, unit.end)
	default:
		c.w = unit
		c.w.note = ts.modNote(w0, u)
	}
	return c, true
}

// theWeekend reads "over the weekend", "during the weekend" at token i
// ("the"): the nearest weekend, the past one unless the sentence speaks of
// the future.
func (d *dscan) theWeekend(i int) (dcand, bool) {
	if !d.ts.is(i-1, lexicon.WeekendLeads) {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: i + 2}
	p, has := d.pub()
	if !has {
		c.w = unresolved(story.PrecisionRange)
		return c, true
	}
	n := 0
	if d.isFuture() {
		n = 1
	}
	c.w = weekend(p, n)
	return c, true
}

// contextDay reads dates relative to the context: "the following day",
// "the next week", "the day before", "that day", "the same day".
func (d *dscan) contextDay(i int) (dcand, bool) {
	ts := d.ts
	c := dcand{lo: i}
	k := i
	if ts.W(k) == "the" || ts.W(k) == "that" {
		k++
	}
	shift := 0
	switch ts.W(k) {
	case "following", "next":
		shift = 1
	case "previous", "preceding":
		shift = -1
	case "same":
	case "day", "night", "morning", "week", "weekend":
		if ts.W(i) == "that" {
			c.hi = k + 1
			c.w = d.base().dayOnly()
			c.w.ctx = true
			if ts.W(k+1) == "in" {
				// "that day in March": a day of that month, which the
				// day the text last named may not be in.
				if x, ok := d.point(k + 2); ok && x.part == partDate && x.w.known() && x.w.prec == story.PrecisionMonth &&
					c.w.known() && (c.w.start.Before(x.w.start) || !c.w.start.Before(x.w.end.AddDate(0, 0, 1))) {
					x.lo = i
					return x, true
				}
			}
			return c, true
		}
		if ts.W(k) == "day" && (ts.W(k+1) == "before" || ts.W(k+1) == "after") && ts.W(i) == "the" {
			c.hi = k + 2
			c.w = d.base().shift(ts.direction(ts.W(k+1), -1, 0, 1), unitDay)
			c.w.ctx = true
			return c, true
		}
		return dcand{}, false
	default:
		return dcand{}, false
	}
	k++
	w := ts.W(k)
	u := ts.unitOf(w)
	switch {
	case ts.is(k, lexicon.DayParts) && !ts.eve(w):
		u = unitDay
	case u == unitNone || w[len(w)-1] == 's':
		return dcand{}, false
	}
	c.hi = k + 1
	c.w = d.base().shift(shift, u)
	c.w.ctx = true
	return c, true
}

func unitPrecision(u dateUnit) story.Precision {
	switch u {
	case unitDay:
		return story.PrecisionDay
	case unitMonth:
		return story.PrecisionMonth
	case unitYear:
		return story.PrecisionYear
	}
	return story.PrecisionRange
}

// weekend is the Saturday-Sunday before p (n = -1 or 0) or after it (1).
func weekend(p time.Time, n int) when {
	sat := weekdayBack(p, time.Saturday, false)
	if n < 0 && !sat.Before(p.AddDate(0, 0, -1)) {
		sat = sat.AddDate(0, 0, -7)
	}
	if n > 0 {
		sat = weekdayForward(p, time.Saturday, true)
	}
	return rangeWhen(sat, sat.AddDate(0, 0, 1))
}

// seasonNear is the season starting in month sm that is last (n<0),
// current or nearest past (0), or next (n>0) relative to p.
func seasonNear(p time.Time, sm, n int) when {
	for y := p.Year() + 1; y >= p.Year()-2; y-- {
		s := seasonWhen(y, sm)
		switch {
		case n < 0 && s.end.Before(p):
			return s
		case n == 0 && !s.start.After(p):
			return s
		}
	}
	for y := p.Year() - 1; y <= p.Year()+1; y++ {
		if s := seasonWhen(y, sm); n > 0 && s.start.After(p) {
			return s
		}
	}
	return seasonWhen(p.Year(), sm)
}

// agoShift reads "two days ago", "three years ago", "a week earlier",
// "two days later" (the last two from the context date).
func (d *dscan) agoShift(i int) (dcand, bool) {
	ts := d.ts
	n, k := 0, i
	switch ts.W(i) {
	case "a", "an", "one":
		n, k = 1, i+1
	case "several", "few", "some", "many":
		if u := ts.unitOf(ts.W(i + 1)); u != unitNone && ts.W(i+2) == "ago" {
			return dcand{lo: i, hi: i + 3, w: vagueWhen("vague: some time ago")}, true
		}
		return dcand{}, false
	default:
		if ts.Kind(i) != token.Number && !d.r.nums.Maybe(ts.W(i)) {
			return dcand{}, false
		}
		np, ok := numbers.At(ts.Text, i, d.r.lex, false)
		if !ok || !np.Exact || np.Val < 1 || np.Val > 1000 || np.Val != float64(int(np.Val)) {
			return dcand{}, false
		}
		n, k = int(np.Val), np.Hi
	}
	u := ts.unitOf(ts.W(k))
	if u == unitNone {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 2}
	// "three weeks after a similar operation" measures from an event the
	// text does not date: no date of its own.
	if w := ts.W(k + 1); (w == "after" || w == "before") && ts.IsWord(k+2) && !ts.sayVerb(ts.W(k+2)) {
		return dcand{}, false
	}
	switch ts.W(k + 1) {
	case "ago":
		p, has := d.pub()
		if !has {
			c.w = unresolved(unitPrecision(u))
			if u == unitWeek {
				c.w.prec = story.PrecisionDay
			}
			return c, true
		}
		c.w = ago(p, n, u)
	case "earlier", "before":
		c.w = d.base().shift(-n, u)
		c.w.ctx = true
	case "later", "after":
		c.w = d.base().shift(n, u)
		c.w.ctx = true
	default:
		return dcand{}, false
	}
	return c, true
}

// base is the day a context-relative expression ("the following day",
// "two days later", "that day") counts from: the last day the text gave
// before it (HeidelTime's reference time for news), else the context. A
// new paragraph that does not continue the previous one still says "the
// following day" of the day just named ("… was selected for inspection on
// Tuesday. … a full search the following day …").
func (d *dscan) base() when {
	if d.r != nil && d.r.lastDay.known() {
		return d.r.lastDay
	}
	return d.ctx
}
