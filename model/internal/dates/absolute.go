package dates

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Calendar dates as written: "March 9, 2021", "9 March", "in March",
// "July last year", "in 2019", "the 1990s", "the summer of 2020".

// modifier reads "early", "late", "mid-", "the end of", "the beginning
// of", "the middle of" before a month or year.
func (d *dscan) modifier(i int) (string, int) {
	ts := d.ts
	k := i
	if ts.W(k) == "the" {
		k++
	}
	switch ts.W(k) {
	case "early":
		return "early", k + 1
	case "late":
		return "late", k + 1
	case "mid":
		if ts.W(k+1) == "-" {
			return "mid", k + 2
		}
		return "mid", k + 1
	case "end":
		if ts.W(k+1) == "of" {
			return "end", k + 2
		}
	case "beginning", "start", "turn":
		if ts.W(k+1) == "of" {
			return "beginning", k + 2
		}
	case "middle":
		if ts.W(k+1) == "of" {
			return "mid", k + 2
		}
	}
	return "", i
}

// dayNum reads a day of the month at token k ("9", "9th") and returns it
// with the token after it.
func (d *dscan) dayNum(k int) (int, int, bool) {
	ts := d.ts
	if ts.Kind(k) != token.Number {
		return 0, 0, false
	}
	w := ts.W(k)
	if len(w) > 2 {
		return 0, 0, false
	}
	n := 0
	for j := 0; j < len(w); j++ {
		if !token.Digit(w[j]) {
			return 0, 0, false
		}
		n = n*10 + int(w[j]-'0')
	}
	if n < 1 || n > 31 {
		return 0, 0, false
	}
	next := k + 1
	if ts.Glued(next) && ts.IsWord(next) {
		switch ts.W(next) {
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
	if ts.Kind(k) != token.Number {
		return 0, false
	}
	w := ts.W(k)
	if len(w) != 4 {
		return 0, false
	}
	y := 0
	for j := 0; j < 4; j++ {
		if !token.Digit(w[j]) {
			return 0, false
		}
		y = y*10 + int(w[j]-'0')
	}
	if y < 1000 || y > 2999 {
		return 0, false
	}
	// "2000 officers" counts officers, it is no year.
	if next := ts.W(k + 1); ts.IsWord(k+1) && !ts.Glued(k+1) && !ts.Capital(k+1) && ts.v.PluralNoun(next) && !ts.v.StopWord(next) {
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
		if ts.W(j) == "," {
			j++
		}
		if y, ok := d.yearAt(j); ok {
			c.y, c.yearWritten, c.hi = y, true, j+1
		} else if y, ok := d.sharedYear(next, m); ok {
			c.y, c.yearWritten = y, true
		}
		d.resolveRaw(&c)
		return c, c.w.prec != ""
	}
	c.raw, c.hi = rawMonth, k
	j := k
	if ts.W(j) == "," || ts.W(j) == "of" {
		j++
	}
	if y, ok := d.yearAt(j); ok {
		c.y, c.yearWritten, c.hi = y, true, j+1
	} else if rel := ts.W(j); (rel == "last" || rel == "this" || rel == "next") && ts.W(j+1) == "year" {
		c.hi = j + 2
		p, has := d.pub()
		if !has {
			c.w = unresolved(story.PrecisionMonth)
			return c, true
		}
		c.y = p.Year() + ts.direction(rel, -1, 0, 1)
		c.yearWritten = true
	} else if y, ok := d.sharedYear(k, m); ok && (mod != "" || d.monthLead(i)) {
		c.y, c.yearWritten = y, true
	} else if mod == "" && !d.monthLead(i) {
		return dcand{}, false
	}
	d.resolveRaw(&c)
	if mod != "" && c.w.prec != "" {
		c.w.note = ts.modNote(mod, unitMonth)
	}
	return c, c.w.prec != ""
}

// sharedYear is the year a month without one shares with the month
// coordinated after it, at k: "in February and April 2010", "March 3 or
// April 5, 2021" are both of that year. The later month comes later in
// the year ("December and January 2010" may straddle two years).
func (d *dscan) sharedYear(k, m int) (int, bool) {
	ts := d.ts
	if w := ts.W(k); w != "and" && w != "or" {
		return 0, false
	}
	m2 := ts.monthOf(k + 1)
	if m2 < m {
		return 0, false
	}
	j := ts.monthEnd(k + 1)
	if _, next, ok := d.dayNum(j); ok {
		j = next
	}
	if ts.W(j) == "," {
		j++
	}
	return d.yearAt(j)
}

// monthLead reports whether a bare month name at i reads as a date: it
// needs a preposition or modifier before it ("in March", "since May").
func (d *dscan) monthLead(i int) bool {
	return d.ts.is(i-1, lexicon.MonthLeads)
}

// dayMonth reads "9 March", "9 March 2021", "the 9th of March".
func (d *dscan) dayMonth(i int) (dcand, bool) {
	ts := d.ts
	k := i
	if ts.W(k) == "the" {
		k++
	}
	day, next, ok := d.dayNum(k)
	if !ok {
		return dcand{}, false
	}
	if ts.W(next) == "of" {
		next++
	}
	m := ts.monthOf(next)
	if m == 0 {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: ts.monthEnd(next), raw: rawDay, m: m, d: day}
	j := c.hi
	if ts.W(j) == "," {
		j++
	}
	if y, ok := d.yearAt(j); ok {
		c.y, c.yearWritten, c.hi = y, true, j+1
	}
	d.resolveRaw(&c)
	return c, c.w.prec != ""
}

// futureAt reports whether a date written at token lo is read ahead: the
// sentence speaks of the future, and no verb in the past stands right
// before the date. "The broadcasts began on August 10 and will continue":
// the beginning is behind, whatever the sentence goes on to say; "will
// be paid Dec. 1" is ahead, its participle after "be".
func (d *dscan) futureAt(lo int) bool {
	if !d.isFuture() {
		return false
	}
	ts := d.ts
	for j := lo - 1; j >= 0 && j >= lo-4 && ts.IsWord(j); j-- {
		w := ts.W(j)
		if ts.futureCue(w) || w == "and" || w == "but" {
			return true
		}
		if ts.pastForm(j) && (j == 0 || !ts.v.BeAux(ts.W(j-1)) && ts.W(j-1) != "be") {
			return false
		}
	}
	return true
}

// resolveRaw resolves a written month or day, inferring a missing year
// from the publication date: the most recent such month or day on or
// before publication, or the next one in a future-tense sentence.
func (d *dscan) resolveRaw(c *dcand) {
	y := c.y
	if !c.yearWritten {
		p, has := d.pub()
		if !has {
			c.w = unresolved(story.PrecisionMonth)
			if c.raw == rawDay {
				c.w.prec = story.PrecisionDay
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
		future := d.futureAt(c.lo)
		switch {
		case future && t.Before(p) && (c.raw == rawDay || c.m < int(p.Month())):
			y++
		case !future && t.After(p):
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
	if mod == "" && ts.W(k) == "the" {
		k++
		mod, k = d.modifier(k)
	}
	y, ok := d.yearAt(k)
	if !ok {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 1, raw: rawYear, y: y, yearWritten: true}
	// The 1990s.
	if ts.W(k+1) == "s" && ts.Glued(k+1) && y%10 == 0 {
		c.hi, c.raw = k+2, rawOther
		c.w = rangeWhen(civil(y, 1, 1), civil(y+9, 12, 31))
		c.w.note = ts.modNote(mod, unitDecade)
		return c, true
	}
	// ISO 2021-03-09.
	if ts.W(k+1) == "-" && ts.Glued(k+1) && ts.Glued(k+2) && ts.W(k+3) == "-" && ts.Glued(k+3) && ts.Glued(k+4) {
		mm, dd := d.twoDigits(k+2), d.twoDigits(k+4)
		if validDay(y, mm, dd) {
			c.hi, c.raw, c.m, c.d = k+5, rawDay, mm, dd
			c.w = dayWhen(civil(y, mm, dd))
			return c, true
		}
	}
	// 2018-2020, 2018–20.
	if dash := ts.W(k + 1); dash == "-" || dash == "–" || dash == "—" {
		if y2, ok := d.yearAt(k + 2); ok && y2 > y {
			c.hi, c.raw = k+3, rawOther
			c.w = rangeWhen(civil(y, 1, 1), civil(y2, 12, 31))
			return c, true
		}
		if yy := d.twoDigits(k + 2); yy >= 0 && ts.Glued(k+2) && y/100*100+yy > y {
			c.hi, c.raw = k+3, rawOther
			c.w = rangeWhen(civil(y, 1, 1), civil(y/100*100+yy, 12, 31))
			return c, true
		}
	}
	if mod == "" && !ts.yearLead(ts.W(i-1)) && !d.rangeEnd {
		return dcand{}, false
	}
	c.w = yearWhen(y)
	c.w.note = ts.modNote(mod, unitYear)
	return c, true
}

// twoDigits reads a one- or two-digit number token, -1 if none.
func (d *dscan) twoDigits(k int) int {
	ts := d.ts
	w := ts.W(k)
	if ts.Kind(k) != token.Number || len(w) > 2 || w == "" {
		return -1
	}
	n := 0
	for j := 0; j < len(w); j++ {
		if !token.Digit(w[j]) {
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
	if ts.W(k) == "the" {
		k++
	}
	sm := ts.seasonOf(ts.W(k))
	if sm == 0 {
		return dcand{}, false
	}
	c := dcand{lo: i, hi: k + 1}
	j := k + 1
	if ts.W(j) == "of" {
		j++
	}
	if y, ok := d.yearAt(j); ok {
		c.hi = j + 1
		c.w = seasonWhen(y, sm)
		return c, true
	}
	if !ts.is(i-1, lexicon.SeasonLeads) {
		return dcand{}, false
	}
	if ts.W(k) == "fall" && ts.W(k+1) == "of" {
		return dcand{}, false // "the fall of the regime"
	}
	p, has := d.pub()
	if !has {
		c.w = unresolved(story.PrecisionRange)
		return c, true
	}
	if d.isFuture() {
		c.w = seasonNear(p, sm, 1)
	} else {
		c.w = seasonNear(p, sm, 0)
	}
	return c, true
}
