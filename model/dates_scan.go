package model

import "time"

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
	background bool
	raw        uint8
	y, m, d    int
	yearWriten bool
}

type dscan struct {
	r      *dateResolver
	ts     *wtokens
	ctx    when
	future bool
	out    []dcand
	// rangeEnd is set while reading the ends of "between X and Y", where a
	// bare number is a year.
	rangeEnd bool
}

func (d *dscan) pub() (time.Time, bool) { return d.r.pub, d.r.hasPub }

func (d *dscan) run() {
	for i := 0; i < d.ts.n(); {
		if c, ok := d.at(i); ok && c.hi > i {
			c.saying = d.saying(c)
			c.background = d.inRelativeClause(c.lo)
			d.out = append(d.out, c)
			i = c.hi
			continue
		}
		i++
	}
}

// at tries every pattern at token i, the longest and most specific first.
func (d *dscan) at(i int) (dcand, bool) {
	ts := d.ts
	if !d.mayStart(i) {
		return dcand{}, false
	}
	switch ts.w(i) {
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
	if w := ts.w(i); (w == "late" || w == "early") && ts.w(i+1) == "on" {
		if c, ok := d.point(i + 2); ok && c.part == partDate && c.w.prec == PrecisionDay {
			c.lo = i
			if c.w.note == "" {
				c.w.note = w + " in the day"
			}
			return c, true
		}
	}
	switch ts.w(i) {
	case "on", "in", "during", "at", "over", "throughout", "by", "until", "till", "around", "of":
		if c, ok := d.point(i + 1); ok && c.part == partDate {
			c.lo = i
			return c, true
		}
		if ts.w(i) == "of" {
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

// --- weekdays and days relative to publication -------------------------

func (d *dscan) weekday(i int) (dcand, bool) {
	ts := d.ts
	k, rel, note := i, 0, ""
	switch ts.w(k) {
	case "last", "past":
		rel, k = -1, k+1
	case "next", "coming":
		rel, k = 1, k+1
	case "this":
		rel, k = 2, k+1
	case "early":
		note, k = "early in the day", k+1
	case "late":
		note, k = "late in the day", k+1
	}
	wd, ok := weekdayOf(ts.w(k))
	if !ok {
		return dcand{}, false
	}
	k++
	switch ts.w(k) {
	case "morning":
		note, k = "in the morning", k+1
	case "afternoon":
		note, k = "in the afternoon", k+1
	case "evening":
		note, k = "in the evening", k+1
	case "night":
		note, k = "at night", k+1
	}
	// "Tuesday, March 9, 2021": the calendar date wins.
	j := k
	if ts.w(j) == "," {
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
		c.w = unresolved(PrecisionDay)
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
	case d.future:
		t = weekdayForward(p, wd, false)
	default:
		t = weekdayBack(p, wd, false)
	}
	c.w = dayWhen(t)
	c.w.note = note
	return c, true
}

// relative reads today/yesterday, this/last/next + unit, month or season,
// "earlier this year", "late last year", "the following day", "that day".
func (d *dscan) relative(i int) (dcand, bool) {
	ts := d.ts
	p, has := d.pub()
	c := dcand{lo: i}
	day := func(off int, note string, hi int) (dcand, bool) {
		c.hi = hi
		if !has {
			c.w = unresolved(PrecisionDay)
			return c, true
		}
		c.w = dayWhen(p.AddDate(0, 0, off))
		c.w.note = note
		return c, true
	}
	w0 := ts.w(i)
	switch w0 {
	case "today":
		return day(0, "", i+1)
	case "yesterday":
		return day(-1, "", i+1)
	case "tomorrow":
		return day(1, "", i+1)
	case "tonight":
		return day(0, "at night", i+1)
	case "last", "this", "next", "past", "previous", "coming":
		w1 := ts.w(i + 1)
		if w0 == "last" && w1 == "night" {
			return day(-1, "at night", i+2)
		}
		if w0 == "this" {
			switch w1 {
			case "morning", "afternoon", "evening":
				return day(0, "in the "+w1, i+2)
			}
		}
		n := map3(w0, -1, 0, 1)
		if w1 == "weekend" {
			c.hi = i + 2
			if !has {
				c.w = unresolved(PrecisionRange)
				return c, true
			}
			c.w = weekend(p, n)
			return c, true
		}
		if u := unitOf(w1); u != unitNone && w1[len(w1)-1] != 's' {
			c.hi = i + 2
			switch w0 {
			case "past":
				if !has {
					c.w = unresolved(PrecisionRange)
					return c, true
				}
				c.w = back(p, 1, u)
				return c, true
			case "previous":
				c.w = d.ctx.shift(-1, u)
				c.w.ctx = true
				return c, true
			case "coming":
				return dcand{}, false
			}
			if !has {
				c.w = unresolved(unitPrecision(u))
				return c, true
			}
			c.w = calendarUnit(p, n, u)
			return c, true
		}
		if m := ts.monthOf(i + 1); m > 0 && (w0 == "last" || w0 == "this" || w0 == "next") {
			c.hi = ts.monthEnd(i + 1)
			if !has {
				c.w = unresolved(PrecisionMonth)
				return c, true
			}
			y := p.Year()
			switch {
			case w0 == "last" && m >= int(p.Month()):
				y--
			case w0 == "next" && m <= int(p.Month()):
				y++
			}
			c.w = monthWhen(y, m)
			c.raw, c.y, c.m = rawMonth, y, m
			return c, true
		}
		if sm := seasonOf(w1); sm > 0 && (w0 == "last" || w0 == "this" || w0 == "next") {
			c.hi = i + 2
			if !has {
				c.w = unresolved(PrecisionRange)
				return c, true
			}
			c.w = seasonNear(p, sm, n)
			return c, true
		}
	case "early", "late", "earlier", "later", "mid":
		k := i + 1
		if w0 == "mid" && ts.w(k) == "-" {
			k++
		}
		rel := ts.w(k)
		if rel != "this" && rel != "last" && rel != "next" {
			break
		}
		u := unitOf(ts.w(k + 1))
		if u == unitNone || u == unitDay || u == unitDecade || ts.w(k + 1)[len(ts.w(k+1))-1] == 's' {
			break
		}
		c.hi = k + 2
		if !has {
			c.w = unresolved(unitPrecision(u))
			if w0 == "earlier" || w0 == "later" {
				c.w.prec = PrecisionRange
			}
			return c, true
		}
		unit := calendarUnit(p, map3(rel, -1, 0, 1), u)
		switch {
		case w0 == "earlier" && rel == "this":
			c.w = rangeWhen(unit.start, p)
		case w0 == "later" && rel == "this":
			c.w = rangeWhen(p, unit.end)
		default:
			c.w = unit
			c.w.note = modNote(w0, u)
		}
		return c, true
	case "the", "that", "same":
		return d.contextDay(i)
	}
	if (w0 == "earlier" || w0 == "later") && ts.w(i+1) == "that" {
		if u := unitOf(ts.w(i + 2)); u == unitDay {
			c.hi = i + 3
			c.w = d.ctx
			c.w.ctx = true
			return c, true
		}
	}
	return dcand{}, false
}

// contextDay reads dates relative to the context: "the following day",
// "the next week", "the day before", "that day", "the same day".
func (d *dscan) contextDay(i int) (dcand, bool) {
	ts := d.ts
	c := dcand{lo: i}
	k := i
	if ts.w(k) == "the" || ts.w(k) == "that" {
		k++
	}
	shift := 0
	switch ts.w(k) {
	case "following", "next":
		shift = 1
	case "previous", "preceding":
		shift = -1
	case "same":
	case "day", "night", "morning", "week", "weekend":
		if ts.w(i) == "that" {
			c.hi = k + 1
			c.w = d.ctx.dayOnly()
			c.w.ctx = true
			return c, true
		}
		if ts.w(k) == "day" && (ts.w(k+1) == "before" || ts.w(k+1) == "after") && ts.w(i) == "the" {
			c.hi = k + 2
			c.w = d.ctx.shift(map3(ts.w(k+1), -1, 0, 1), unitDay)
			c.w.ctx = true
			return c, true
		}
		return dcand{}, false
	default:
		return dcand{}, false
	}
	k++
	w := ts.w(k)
	u := unitOf(w)
	switch {
	case w == "morning" || w == "night" || w == "evening" || w == "afternoon":
		u = unitDay
	case u == unitNone || w[len(w)-1] == 's':
		return dcand{}, false
	}
	c.hi = k + 1
	c.w = d.ctx.shift(shift, u)
	c.w.ctx = true
	return c, true
}

// map3 maps last/this/next (and before/after, following/previous) to -1,
// 0, +1; a is the word for -1, c the one for +1.
func map3(w string, neg, zero, pos int) int {
	switch w {
	case "last", "past", "previous", "before", "earlier", "preceding":
		return neg
	case "next", "coming", "following", "after", "later":
		return pos
	}
	return zero
}

func unitPrecision(u dateUnit) Precision {
	switch u {
	case unitDay:
		return PrecisionDay
	case unitMonth:
		return PrecisionMonth
	case unitYear:
		return PrecisionYear
	}
	return PrecisionRange
}

// modNote is the note for "early", "late", "mid" before a unit.
func modNote(mod string, u dateUnit) string {
	switch u {
	case unitYear:
		switch mod {
		case "early":
			return "early in the year"
		case "late":
			return "late in the year"
		case "mid":
			return "mid-year"
		case "end":
			return "end of the year"
		case "beginning":
			return "beginning of the year"
		}
	case unitMonth:
		switch mod {
		case "early":
			return "early in the month"
		case "late":
			return "late in the month"
		case "mid":
			return "mid-month"
		case "end":
			return "end of the month"
		case "beginning":
			return "beginning of the month"
		}
	case unitDecade:
		switch mod {
		case "early":
			return "early in the decade"
		case "late":
			return "late in the decade"
		case "mid":
			return "mid-decade"
		}
	case unitWeek:
		switch mod {
		case "early":
			return "early in the week"
		case "late":
			return "late in the week"
		}
	}
	return ""
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

// --- calendar dates ------------------------------------------------------

// modifier reads "early", "late", "mid-", "the end of", "the beginning
// of", "the middle of" before a month or year.
func (d *dscan) modifier(i int) (string, int) {
	ts := d.ts
	k := i
	if ts.w(k) == "the" {
		k++
	}
	switch ts.w(k) {
	case "early":
		return "early", k + 1
	case "late":
		return "late", k + 1
	case "mid":
		if ts.w(k+1) == "-" {
			return "mid", k + 2
		}
		return "mid", k + 1
	case "end":
		if ts.w(k+1) == "of" {
			return "end", k + 2
		}
	case "beginning", "start", "turn":
		if ts.w(k+1) == "of" {
			return "beginning", k + 2
		}
	case "middle":
		if ts.w(k+1) == "of" {
			return "mid", k + 2
		}
	}
	return "", i
}

// dayNum reads a day of the month at token k ("9", "9th") and returns it
// with the token after it.
func (d *dscan) dayNum(k int) (int, int, bool) {
	ts := d.ts
	if ts.kind(k) != wNum {
		return 0, 0, false
	}
	w := ts.w(k)
	if len(w) > 2 {
		return 0, 0, false
	}
	n := 0
	for j := 0; j < len(w); j++ {
		if !asciiDigit(w[j]) {
			return 0, 0, false
		}
		n = n*10 + int(w[j]-'0')
	}
	if n < 1 || n > 31 {
		return 0, 0, false
	}
	next := k + 1
	if ts.glued(next) && ts.word(next) {
		switch ts.w(next) {
		case "st", "nd", "rd", "th":
			next++
		default:
			return 0, 0, false
		}
	}
	return n, next, true
}

// yearAt reads a four-digit year at token k.
func (d *dscan) yearAt(k int) (int, bool) {
	ts := d.ts
	if ts.kind(k) != wNum {
		return 0, false
	}
	w := ts.w(k)
	if len(w) != 4 {
		return 0, false
	}
	y := 0
	for j := 0; j < 4; j++ {
		if !asciiDigit(w[j]) {
			return 0, false
		}
		y = y*10 + int(w[j]-'0')
	}
	if y < 1000 || y > 2999 {
		return 0, false
	}
	// "2000 officers" counts officers, it is no year.
	if next := ts.w(k + 1); ts.word(k+1) && !ts.glued(k+1) && !ts.capital(k+1) && pluralNoun(next) && !stopWord(next) {
		return 0, false
	}
	return y, true
}

// monthDate reads "March 9", "March 9, 2021", "Mar. 9", "March 2020",
// "July last year", "in March", "early March", "the end of March".
func (d *dscan) monthDate(i int) (dcand, bool) {
	ts := d.ts
	mod, k := d.modifier(i)
	m := ts.monthOf(k)
	if m == 0 {
		return dcand{}, false
	}
	k = ts.monthEnd(k)
	c := dcand{lo: i, m: m}
	if day, next, ok := d.dayNum(k); ok && mod == "" {
		c.raw, c.d, c.hi = rawDay, day, next
		j := next
		if ts.w(j) == "," {
			j++
		}
		if y, ok := d.yearAt(j); ok {
			c.y, c.yearWriten, c.hi = y, true, j+1
		}
		d.resolveRaw(&c)
		return c, c.w.prec != ""
	}
	c.raw, c.hi = rawMonth, k
	j := k
	if ts.w(j) == "," || ts.w(j) == "of" {
		j++
	}
	if y, ok := d.yearAt(j); ok {
		c.y, c.yearWriten, c.hi = y, true, j+1
	} else if rel := ts.w(j); (rel == "last" || rel == "this" || rel == "next") && ts.w(j+1) == "year" {
		c.hi = j + 2
		p, has := d.pub()
		if !has {
			c.w = unresolved(PrecisionMonth)
			return c, true
		}
		c.y = p.Year() + map3(rel, -1, 0, 1)
		c.yearWriten = true
	} else if mod == "" && !d.monthLead(i) {
		return dcand{}, false
	}
	d.resolveRaw(&c)
	if mod != "" && c.w.prec != "" {
		c.w.note = modNote(mod, unitMonth)
	}
	return c, c.w.prec != ""
}

// monthLead reports whether a bare month name at i reads as a date: it
// needs a preposition or modifier before it ("in March", "since May").
func (d *dscan) monthLead(i int) bool {
	switch d.ts.w(i - 1) {
	case "in", "since", "from", "until", "till", "to", "between", "and", "by", "of", "during",
		"last", "next", "this", "early", "late", "mid", "-", "through", "before", "after", "or",
		"throughout", "on":
		return true
	}
	return false
}

// dayMonth reads "9 March", "9 March 2021", "the 9th of March".
func (d *dscan) dayMonth(i int) (dcand, bool) {
	ts := d.ts
	k := i
	if ts.w(k) == "the" {
		k++
	}
	day, next, ok := d.dayNum(k)
	if !ok {
		return dcand{}, false
	}
	if ts.w(next) == "of" {
		next++
	}
	m := ts.monthOf(next)
	if m == 0 {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: ts.monthEnd(next), raw: rawDay, m: m, d: day}
	j := c.hi
	if ts.w(j) == "," {
		j++
	}
	if y, ok := d.yearAt(j); ok {
		c.y, c.yearWriten, c.hi = y, true, j+1
	}
	d.resolveRaw(&c)
	return c, c.w.prec != ""
}

// resolveRaw resolves a written month or day, inferring a missing year
// from the publication date: the most recent such month or day on or
// before publication, or the next one in a future-tense sentence.
func (d *dscan) resolveRaw(c *dcand) {
	y := c.y
	if !c.yearWriten {
		p, has := d.pub()
		if !has {
			c.w = unresolved(PrecisionMonth)
			if c.raw == rawDay {
				c.w.prec = PrecisionDay
			}
			return
		}
		y = p.Year()
		day := c.d
		if c.raw == rawMonth {
			day = 1
		}
		if !validDay(y, c.m, min(day, 28)) {
			return
		}
		t := civil(y, c.m, min(day, 28))
		switch {
		case d.future && t.Before(p) && (c.raw == rawDay || c.m < int(p.Month())):
			y++
		case !d.future && t.After(p):
			y--
		}
		c.y = y
	}
	switch c.raw {
	case rawDay:
		if !validDay(y, c.m, c.d) {
			c.w = when{}
			return
		}
		c.w = dayWhen(civil(y, c.m, c.d))
	case rawMonth:
		c.w = monthWhen(y, c.m)
	}
}

// yearDate reads "2019", "early 2020", "the 1990s", "2021-03-09",
// "2018-2020".
func (d *dscan) yearDate(i int) (dcand, bool) {
	ts := d.ts
	mod, k := d.modifier(i)
	if mod == "" && ts.w(k) == "the" {
		k++
		mod, k = d.modifier(k)
	}
	y, ok := d.yearAt(k)
	if !ok {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 1, raw: rawYear, y: y, yearWriten: true}
	// The 1990s.
	if ts.w(k+1) == "s" && ts.glued(k+1) && y%10 == 0 {
		c.hi, c.raw = k+2, rawOther
		c.w = rangeWhen(civil(y, 1, 1), civil(y+9, 12, 31))
		c.w.note = modNote(mod, unitDecade)
		return c, true
	}
	// ISO 2021-03-09.
	if ts.w(k+1) == "-" && ts.glued(k+1) && ts.glued(k+2) && ts.w(k+3) == "-" && ts.glued(k+3) && ts.glued(k+4) {
		mm, dd := d.twoDigits(k+2), d.twoDigits(k+4)
		if validDay(y, mm, dd) {
			c.hi, c.raw, c.m, c.d = k+5, rawDay, mm, dd
			c.w = dayWhen(civil(y, mm, dd))
			return c, true
		}
	}
	// 2018-2020, 2018–20.
	if dash := ts.w(k + 1); dash == "-" || dash == "–" || dash == "—" {
		if y2, ok := d.yearAt(k + 2); ok && y2 > y {
			c.hi, c.raw = k+3, rawOther
			c.w = rangeWhen(civil(y, 1, 1), civil(y2, 12, 31))
			return c, true
		}
		if yy := d.twoDigits(k + 2); yy >= 0 && ts.glued(k+2) && y/100*100+yy > y {
			c.hi, c.raw = k+3, rawOther
			c.w = rangeWhen(civil(y, 1, 1), civil(y/100*100+yy, 12, 31))
			return c, true
		}
	}
	if mod == "" && !yearLead(ts.w(i-1)) && !d.rangeEnd {
		return dcand{}, false
	}
	c.w = yearWhen(y)
	c.w.note = modNote(mod, unitYear)
	return c, true
}

// twoDigits reads a one- or two-digit number token, -1 if none.
func (d *dscan) twoDigits(k int) int {
	ts := d.ts
	w := ts.w(k)
	if ts.kind(k) != wNum || len(w) > 2 || w == "" {
		return -1
	}
	n := 0
	for j := 0; j < len(w); j++ {
		if !asciiDigit(w[j]) {
			return -1
		}
		n = n*10 + int(w[j]-'0')
	}
	return n
}

// season reads "the summer of 2020", "summer 2020", "in the summer".
func (d *dscan) season(i int) (dcand, bool) {
	ts := d.ts
	k := i
	if ts.w(k) == "the" {
		k++
	}
	sm := seasonOf(ts.w(k))
	if sm == 0 {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 1}
	j := k + 1
	if ts.w(j) == "of" {
		j++
	}
	if y, ok := d.yearAt(j); ok {
		c.hi = j + 1
		c.w = seasonWhen(y, sm)
		return c, true
	}
	switch ts.w(i - 1) {
	case "in", "during", "over", "throughout", "this", "since", "until", "by":
	default:
		return dcand{}, false
	}
	if ts.w(k) == "fall" && ts.w(k+1) == "of" {
		return dcand{}, false // "the fall of the regime"
	}
	p, has := d.pub()
	if !has {
		c.w = unresolved(PrecisionRange)
		return c, true
	}
	if d.future {
		c.w = seasonNear(p, sm, 1)
	} else {
		c.w = seasonNear(p, sm, 0)
	}
	return c, true
}

// agoShift reads "two days ago", "three years ago", "a week earlier",
// "two days later" (the last two from the context date).
func (d *dscan) agoShift(i int) (dcand, bool) {
	ts := d.ts
	n, k := 0, i
	switch ts.w(i) {
	case "a", "an", "one":
		n, k = 1, i+1
	case "several", "few", "some", "many":
		if u := unitOf(ts.w(i + 1)); u != unitNone && ts.w(i+2) == "ago" {
			return dcand{lo: i, hi: i + 3, w: vagueWhen("vague: some time ago")}, true
		}
		return dcand{}, false
	default:
		if ts.kind(i) != wNum && !d.r.nums.maybe(ts.w(i)) {
			return dcand{}, false
		}
		np, ok := ts.number(i, d.r.lex, false)
		if !ok || !np.exact || np.val < 1 || np.val > 1000 || np.val != float64(int(np.val)) {
			return dcand{}, false
		}
		n, k = int(np.val), np.hi
	}
	u := unitOf(ts.w(k))
	if u == unitNone {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 2}
	// "three weeks after a similar operation" measures from an event the
	// text does not date: no date of its own.
	if w := ts.w(k + 1); (w == "after" || w == "before") && ts.word(k+2) && !sayVerb(ts.w(k+2)) {
		return dcand{}, false
	}
	switch ts.w(k + 1) {
	case "ago":
		p, has := d.pub()
		if !has {
			c.w = unresolved(unitPrecision(u))
			if u == unitWeek {
				c.w.prec = PrecisionDay
			}
			return c, true
		}
		c.w = ago(p, n, u)
	case "earlier", "before":
		c.w = d.ctx.shift(-n, u)
		c.w.ctx = true
	case "later", "after":
		c.w = d.ctx.shift(n, u)
		c.w.ctx = true
	default:
		return dcand{}, false
	}
	return c, true
}

// --- ranges --------------------------------------------------------------

// since reads "since 2019", "since March", "since last year": from then
// until publication.
func (d *dscan) since(i int) (dcand, bool) {
	d.rangeEnd = true
	defer func() { d.rangeEnd = false }()
	k := i + 1
	switch {
	case ts2(d.ts, k, "at", "least"), ts2(d.ts, k, "as", "early"):
		k += 2
		if d.ts.w(k) == "as" {
			k++
		}
	}
	x, ok := d.point(k)
	if !ok || x.part != partDate || x.w.vague {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: x.hi}
	p, has := d.pub()
	switch {
	case x.w.known() && has:
		c.w = rangeWhen(x.w.start, p)
	case x.w.known():
		c.w = when{prec: PrecisionRange, start: x.w.start, note: "no publication date"}
	default:
		c.w = unresolved(PrecisionRange)
	}
	c.w.ctx = x.w.ctx
	return c, true
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
	switch ts.w(k) {
	case "and":
		if ts.w(i) != "between" {
			return dcand{}, false
		}
	case "to", "until", "till", "through", "-", "–":
		if ts.w(i) != "from" {
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
	if (x.raw == rawMonth || x.raw == rawDay) && !x.yearWriten && y.y > 0 && (y.raw != rawOther) {
		x.y, x.yearWriten = y.y, true
		d.resolveRaw(&x)
		if x.w.known() && y.w.known() && x.w.start.After(y.w.start) {
			x.y--
			d.resolveRaw(&x)
		}
	}
	c := dcand{lo: i, hi: y.hi}
	if !x.w.known() || !y.w.known() {
		c.w = unresolved(PrecisionRange)
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
	switch ts.w(k) {
	case "during", "after", "following", "over", "throughout", "in", "within", "for", "the":
	default:
		if ts.w(i+1) != "-" {
			return dcand{}, false
		}
	}
	switch ts.w(k) {
	case "during", "after", "following", "over", "throughout", "in", "within":
		lead = true
		k++
	case "for":
		return d.forSpan(i)
	}
	// "in the past two years", "over the last six months".
	if lead && ts.w(k) == "the" && (ts.w(k+1) == "past" || ts.w(k+1) == "last" || ts.w(k+1) == "previous") {
		return d.pastSpan(i, k+2)
	}
	if ts.w(i) == "the" && (ts.w(i+1) == "past" || ts.w(i+1) == "last") {
		if c, ok := d.pastSpan(i, i+2); ok && c.w.prec == PrecisionRange {
			return c, true
		}
	}
	if lead && ts.w(i) == "in" && (ts.w(k) == "recent" || ts.w(k) == "the" && ts.w(k+1) == "coming") {
		j := k + 1
		if ts.w(k) == "the" {
			j++
		}
		if u := unitOf(ts.w(j)); u != unitNone {
			note := "vague: in recent years"
			if ts.w(k) == "the" {
				note = "vague: in the coming " + ts.w(j)
			} else if u != unitYear {
				note = "vague: in recent " + ts.w(j)
			}
			return dcand{lo: i, hi: j + 1, w: vagueWhen(note)}, true
		}
	}
	if lead {
		switch ts.w(k) {
		case "the", "a", "an", "their", "its", "his", "her", "our", "this", "that":
			k++
		}
	} else {
		k = i
	}
	n, u, j, ok := d.hyphenSpan(k)
	if !ok {
		return dcand{}, false
	}
	for mods := 0; mods < 3; mods++ {
		w := ts.w(j)
		if !ts.word(j) || stopWord(w) {
			return dcand{}, false
		}
		if durationNoun(w) {
			break
		}
		j++
	}
	if !durationNoun(ts.w(j)) {
		return dcand{}, false
	}
	lo := i
	if !lead {
		lo = k
	}
	c := dcand{lo: lo, hi: j + 1}
	p, has := d.pub()
	if !has {
		c.w = unresolved(PrecisionRange)
		return c, true
	}
	c.w = back(p, n, u)
	return c, true
}

// hyphenSpan reads "two-year", "18-month", "week-long" at token k.
func (d *dscan) hyphenSpan(k int) (int, dateUnit, int, bool) {
	ts := d.ts
	if u := unitOf(ts.w(k)); u != unitNone && ts.w(k+1) == "-" && ts.w(k+2) == "long" {
		return 1, u, k + 3, true
	}
	np, ok := ts.number(k, d.r.lex, false)
	if !ok || !np.exact || np.val < 1 || np.val > 100 || np.hi != k+1 && ts.kind(k) == wNum {
		return 0, 0, 0, false
	}
	j := np.hi
	if ts.w(j) != "-" || !ts.glued(j) || !ts.glued(j+1) {
		return 0, 0, 0, false
	}
	w := ts.w(j + 1)
	u := unitOf(w)
	if u == unitNone || w[len(w)-1] == 's' {
		return 0, 0, 0, false
	}
	j += 2
	if ts.w(j) == "-" && ts.w(j+1) == "long" {
		j += 2
	}
	return int(np.val), u, j, true
}

// pastSpan reads "[the] past N units" from k (after "past"/"last").
func (d *dscan) pastSpan(i, k int) (dcand, bool) {
	ts := d.ts
	n := 1
	switch w := ts.w(k); {
	case w == "few" || w == "several" || w == "couple":
		j := k + 1
		if ts.w(j) == "of" {
			j++
		}
		if u := unitOf(ts.w(j)); u != unitNone {
			return dcand{lo: i, hi: j + 1, w: vagueWhen("vague: the past few " + ts.w(j))}, true
		}
		return dcand{}, false
	case unitOf(w) != unitNone:
	default:
		np, ok := ts.number(k, d.r.lex, false)
		if !ok || !np.exact || np.val < 1 || np.val > 1000 {
			return dcand{}, false
		}
		n, k = int(np.val), np.hi
	}
	u := unitOf(ts.w(k))
	if u == unitNone {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 1}
	p, has := d.pub()
	if !has {
		c.w = unresolved(PrecisionRange)
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
		if sentenceWord(ts.w(j)) {
			return dcand{}, false
		}
	}
	if d.future {
		return dcand{}, false
	}
	k := i + 1
	if w := ts.w(k); unitOf(w) != unitNone && w[len(w)-1] == 's' {
		return dcand{lo: i, hi: k + 1, w: vagueWhen("vague: for " + w)}, true
	}
	if ts.w(k) == "the" && (ts.w(k+1) == "past" || ts.w(k+1) == "last") {
		return d.pastSpan(i, k+2)
	}
	qual, k := ts.qualifierAt(k)
	n := 1
	switch ts.w(k) {
	case "a", "an":
		k++
	default:
		np, ok := ts.number(k, d.r.lex, false)
		if !ok || !np.exact || np.val < 1 || np.val > 1000 {
			return dcand{}, false
		}
		n, k = int(np.val), np.hi
	}
	u := unitOf(ts.w(k))
	if u == unitNone {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 1}
	p, has := d.pub()
	if !has {
		c.w = unresolved(PrecisionRange)
		return c, true
	}
	c.w = back(p, n, u)
	if qual != "" {
		c.w.note = "approximate span"
	}
	return c, true
}

// --- times of day -------------------------------------------------------

// clock reads "at 5 a.m.", "5:30 a.m.", "around 10 p.m.", "around five in
// the morning", "at noon", "midnight", "at 17:30".
func (d *dscan) clock(i int) (dcand, bool) {
	ts := d.ts
	switch ts.w(i) {
	case "at", "by", "until", "from", "till", "around", "about", "approximately", "roughly",
		"circa", "shortly", "just", "soon", "sometime", "before", "after", "noon", "midday", "midnight":
	default:
		if ts.kind(i) != wNum && !ts.word(i) {
			return dcand{}, false
		}
		switch ts.w(i + 1) {
		case "in", "o'clock", "o’clock", "a.m", "p.m", "am", "pm", "at":
		default:
			if ts.kind(i) != wNum || !hasColon(ts.w(i)) {
				return dcand{}, false
			}
		}
	}
	k := i
	approx, lead := false, false
	for n := 0; n < 3; n++ {
		switch ts.w(k) {
		case "at", "by", "until", "from", "till":
			lead = true
			k++
			continue
		case "around", "about", "approximately", "roughly", "circa", "shortly", "just", "soon",
			"sometime", "before", "after":
			approx = approx || ts.w(k) != "before" && ts.w(k) != "after"
			lead = true
			k++
			continue
		}
		break
	}
	c := dcand{lo: i, part: partClock, approx: approx}
	switch ts.w(k) {
	case "dawn", "daybreak", "dusk", "nightfall", "sunrise", "sunset":
		if !lead {
			return dcand{}, false
		}
		c.part, c.hi = partDay, k+1
		c.w = when{prec: PrecisionDay, note: ts.lowSpan(i, k+1)}
		return c, true
	case "noon", "midday":
		c.hh, c.hi = 12, k+1
		return c, true
	case "midnight":
		c.hh, c.hi = 0, k+1
		return c, true
	}
	h, m := -1, 0
	colon := false
	switch ts.kind(k) {
	case wNum:
		w := ts.w(k)
		h, m, colon = clockDigits(w)
		if h < 0 {
			return dcand{}, false
		}
	case wWord:
		np, ok := ts.number(k, d.r.lex, false)
		if !ok || !np.exact || np.hi != k+1 || np.val < 1 || np.val > 12 {
			return dcand{}, false
		}
		h = int(np.val)
	default:
		return dcand{}, false
	}
	j := k + 1
	switch ts.w(j) {
	case "a.m", "am":
		if h > 12 {
			return dcand{}, false
		}
		if h == 12 {
			h = 0
		}
		j++
	case "p.m", "pm":
		if h > 12 {
			return dcand{}, false
		}
		if h < 12 {
			h += 12
		}
		j++
	case "o'clock", "o’clock":
		j++
		if pm, n := d.partAfter(j); n > j {
			if pm && h < 12 {
				h += 12
			}
			j = n
		}
	default:
		pm, n := d.partAfter(j)
		switch {
		case n > j:
			if h > 12 {
				return dcand{}, false
			}
			if pm && h < 12 {
				h += 12
			}
			j = n
		case colon && lead && h <= 23:
		default:
			return dcand{}, false
		}
	}
	// Keep the period of "a.m." with the time.
	if (ts.w(j-1) == "a.m" || ts.w(j-1) == "p.m") && ts.w(j) == "." && ts.glued(j) {
		j++
	}
	if h > 23 || m > 59 {
		return dcand{}, false
	}
	c.hh, c.mm, c.hi = h, m, j
	return c, true
}

// clockDigits reads "5", "05", "5:30", "17:30".
func clockDigits(w string) (h, m int, colon bool) {
	h, m = -1, 0
	n, seen, part := 0, 0, 0
	for j := 0; j < len(w); j++ {
		switch c := w[j]; {
		case asciiDigit(c):
			n = n*10 + int(c-'0')
			seen++
			if seen > 2 {
				return -1, 0, false
			}
		case c == ':' || c == '.':
			if part > 0 || seen == 0 {
				return -1, 0, false
			}
			h, n, seen, part = n, 0, 0, 1
			colon = true
		default:
			return -1, 0, false
		}
	}
	if part == 0 {
		return n, 0, false
	}
	if seen != 2 {
		return -1, 0, false
	}
	return h, n, colon
}

// partAfter reads "in the morning", "in the evening", "at night" at j and
// reports whether it is after noon, with the token after it.
func (d *dscan) partAfter(j int) (bool, int) {
	ts := d.ts
	if ts.w(j) == "in" && ts.w(j+1) == "the" {
		switch ts.w(j + 2) {
		case "morning":
			return false, j + 3
		case "afternoon", "evening":
			return true, j + 3
		}
	}
	if ts.w(j) == "at" && ts.w(j+1) == "night" {
		return true, j + 2
	}
	return false, j
}

// dayPart reads parts of the day without a clock: "in the morning", "at
// dawn", "overnight", "in the early hours (of Tuesday)".
func (d *dscan) dayPart(i int) (dcand, bool) {
	ts := d.ts
	c := dcand{lo: i, part: partDay}
	k := i
	note := ""
	switch ts.w(k) {
	case "on", "the":
		// "on the night of 20 September", "the morning of March 3".
		j := k + 1
		if ts.w(k) == "on" {
			if ts.w(j) != "the" {
				return dcand{}, false
			}
			j++
		}
		switch ts.w(j) {
		case "morning", "afternoon", "evening", "night", "weekend", "eve":
		default:
			return dcand{}, false
		}
		if ts.w(j+1) != "of" {
			return dcand{}, false
		}
		x, ok := d.point(j + 2)
		if !ok || x.part != partDate || x.w.prec != PrecisionDay {
			return dcand{}, false
		}
		x.lo = i
		if x.w.note == "" {
			x.w.note = partNote(ts.w(j))
		}
		return x, true
	case "in", "during":
		if ts.w(k+1) != "the" {
			return dcand{}, false
		}
		switch ts.w(k + 2) {
		case "morning", "afternoon", "evening", "night":
			note, k = "in the "+ts.w(k+2), k+3
		case "early":
			if ts.w(k+3) == "hours" {
				note, k = "in the early hours", k+4
			} else if ts.w(k+3) == "morning" {
				note, k = "in the early morning", k+4
				if ts.w(k) == "hours" {
					k++
				}
			} else {
				return dcand{}, false
			}
		case "small":
			if ts.w(k+3) != "hours" {
				return dcand{}, false
			}
			note, k = "in the early hours", k+4
		default:
			return dcand{}, false
		}
	case "at":
		switch ts.w(k + 1) {
		case "dawn", "daybreak", "dusk", "nightfall", "sunrise", "sunset", "night":
			note, k = "at "+ts.w(k+1), k+2
		default:
			return dcand{}, false
		}
	case "overnight":
		note, k = "overnight", k+1
	case "early", "late":
		if ts.w(k+1) == "in" && ts.w(k+2) == "the" {
			switch ts.w(k + 3) {
			case "morning", "evening", "day", "afternoon":
				note, k = ts.lowSpan(k, k+4), k+4
			default:
				return dcand{}, false
			}
		} else {
			return dcand{}, false
		}
	default:
		return dcand{}, false
	}
	c.hi = k
	c.w = when{prec: PrecisionDay, note: note}
	// "in the early hours of Tuesday" is a date.
	if ts.w(k) == "of" || ts.w(k) == "on" {
		if x, ok := d.point(k + 1); ok && x.part == partDate && (x.w.prec == PrecisionDay) {
			x.lo = i
			if x.w.note == "" {
				x.w.note = note
			}
			return x, true
		}
	}
	return c, true
}

// --- vague expressions --------------------------------------------------

// beforeVague reads "prior to the investigation", "before the raids":
// before an event the text does not date.
func (d *dscan) beforeVague(i int) (dcand, bool) {
	ts := d.ts
	k := i + 1
	if ts.w(i) == "prior" {
		if ts.w(k) != "to" {
			return dcand{}, false
		}
		k++
	}
	if x, ok := d.point(k); ok && x.part == partDate && x.w.known() {
		c := dcand{lo: i, hi: x.hi, w: vagueWhen("vague: before " + ts.lowSpan(k, x.hi))}
		return c, true
	}
	switch ts.w(k) {
	case "the", "their", "its", "his", "her", "this", "that", "these", "those", "a", "an":
	default:
		return dcand{}, false
	}
	j := k + 1
	for j < k+4 && ts.word(j) && !stopWord(ts.w(j)) {
		j++
	}
	if j == k+1 {
		return dcand{}, false
	}
	return dcand{lo: i, hi: j, w: vagueWhen("vague: before " + ts.lowSpan(k, j))}, true
}

// vagueWord reads single vague words and fixed phrases: "recently",
// "earlier", "previously", "in the past", "at the time", "years ago".
func (d *dscan) vagueWord(i int) (dcand, bool) {
	ts := d.ts
	c := dcand{lo: i, hi: i + 1}
	switch ts.w(i) {
	case "recently":
		c.w = vagueWhen("vague: recently")
	case "lately":
		c.w = vagueWhen("vague: lately")
	case "previously":
		c.w = vagueWhen("vague: previously")
	case "formerly":
		c.w = vagueWhen("vague: formerly")
	case "earlier":
		if ts.word(i+1) && !stopWord(ts.w(i+1)) && ts.w(i+1) != "this" {
			return dcand{}, false // "earlier raids"
		}
		c.w = vagueWhen("vague: earlier")
	case "soon":
		c.w = vagueWhen("vague: soon")
	case "once":
		return dcand{}, false
	case "in":
		if ts.w(i+1) == "the" && ts.w(i+2) == "past" {
			c.hi = i + 3
			c.w = vagueWhen("vague: in the past")
			break
		}
		return dcand{}, false
	case "at":
		if ts.w(i+1) == "the" && ts.w(i+2) == "time" {
			c.hi = i + 3
			c.w = vagueWhen("vague: at the time")
			break
		}
		return dcand{}, false
	case "years", "months", "weeks", "decades":
		if ts.w(i+1) == "ago" {
			c.hi = i + 2
			c.w = vagueWhen("vague: " + ts.lowSpan(i, i+2))
			break
		}
		return dcand{}, false
	default:
		return dcand{}, false
	}
	return c, true
}

// --- attribution ---------------------------------------------------------

// saying reports whether a date belongs to a verb of saying ("said
// Tuesday", "said in a statement on Tuesday", "told AP on Monday", "Police
// on Tuesday said", "On Tuesday, police said") rather than to the happening
// the sentence reports.
func (d *dscan) saying(c dcand) bool {
	ts := d.ts
	for j, n := c.lo-1, 0; j >= 0 && n < 8; j, n = j-1, n+1 {
		w := ts.w(j)
		if sayVerb(w) {
			return true
		}
		if !sayGap(w) && !(ts.word(j) && ts.capital(j)) {
			break
		}
	}
	if sayVerb(ts.w(c.hi)) {
		return true
	}
	first := 0
	for first < ts.n() && ts.kind(first) == wPunct {
		first++
	}
	if c.lo == first {
		for j := c.hi; j < c.hi+6 && j < ts.n(); j++ {
			w := ts.w(j)
			if sayVerb(w) {
				return true
			}
			if !ts.word(j) && w != "," {
				break
			}
		}
	}
	return false
}

// futureTense reports whether the sentence speaks of the future, which
// turns "on Friday" and "in July" forward.
func (ts *wtokens) futureTense() bool {
	for j := 0; j < ts.n(); j++ {
		w := ts.w(j)
		if futureCue(w) {
			return true
		}
		switch w {
		case "due", "expected", "set", "going", "scheduled", "slated":
			if (ts.w(j+1) == "to" || w == "due" || w == "scheduled" || w == "slated") && beAux(ts.w(j-1)) {
				return true
			}
		}
	}
	return false
}

// mayStart reports whether a date expression can start at token i: a
// number, a calendar name, a number word or one of the words that open the
// patterns. Most tokens fail here, which keeps the scan cheap.
func (d *dscan) mayStart(i int) bool {
	ts := d.ts
	switch ts.kind(i) {
	case wNum:
		return true
	case wWord:
	default:
		return false
	}
	w := ts.w(i)
	switch w {
	case "on", "in", "during", "at", "over", "throughout", "by", "until", "till", "around", "of",
		"since", "between", "from", "prior", "before", "for", "after", "following", "within",
		"the", "that", "same", "last", "this", "next", "past", "previous", "coming", "early",
		"late", "earlier", "later", "mid", "today", "yesterday", "tomorrow", "tonight", "a", "an",
		"several", "few", "some", "many", "recently", "lately", "previously", "formerly", "soon",
		"overnight", "years", "months", "weeks", "decades", "about", "approximately", "roughly",
		"circa", "shortly", "just", "sometime", "noon", "midday", "midnight", "their", "its",
		"his", "her", "our":
		return true
	}
	if _, ok := weekdayOf(w); ok {
		return true
	}
	if ts.monthOf(i) > 0 || seasonOf(w) > 0 || unitOf(w) != unitNone {
		return true
	}
	// A number word only matters before what the patterns read after a
	// number: "two-year", "five in the morning", "three years ago".
	switch next := ts.w(i + 1); next {
	case "-", "in", "o'clock", "o’clock", "a.m", "p.m", "am", "pm", "at":
	default:
		if unitOf(next) == unitNone {
			return false
		}
	}
	if !d.r.nums.maybe(w) {
		return false
	}
	_, ok := numWord(w, d.r.lex)
	return ok
}

func hasColon(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == ':' {
			return true
		}
	}
	return false
}

// inRelativeClause reports whether token i lies in a non-restrictive
// relative clause: from ", which" (who, whom, whose, where) to the next
// comma or the end of the sentence.
func (d *dscan) inRelativeClause(i int) bool {
	ts := d.ts
	for j := i - 1; j > 0 && j >= i-40; j-- {
		switch ts.w(j) {
		case "which", "who", "whom", "whose", "where":
			return ts.w(j-1) == ","
		case ",", ";", ":", "(", ")", "—", "–":
			return false
		}
	}
	return false
}

// partNote is the note for a part of the day.
func partNote(w string) string {
	switch w {
	case "morning":
		return "in the morning"
	case "afternoon":
		return "in the afternoon"
	case "evening":
		return "in the evening"
	case "night":
		return "at night"
	case "eve":
		return "the day before"
	}
	return ""
}

// ts2 reports whether tokens k and k+1 are a and b.
func ts2(ts *wtokens, k int, a, b string) bool { return ts.w(k) == a && ts.w(k+1) == b }
