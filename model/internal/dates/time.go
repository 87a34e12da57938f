package dates

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/numbers"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Times of day: "at 5 a.m.", "around five in the morning", "at noon",
// "in the early hours (of Tuesday)", "at dawn".

// clockStarts are the lists whose words may open a time of day.
var clockStarts = lexicon.Set(lexicon.ClockLeads, lexicon.ClockTimes)

// clock reads "at 5 a.m.", "5:30 a.m.", "around 10 p.m.", "around five in
// the morning", "at noon", "midnight", "at 17:30".
func (d *dscan) clock(i int) (dcand, bool) {
	ts := d.ts
	if !ts.onAny(i, clockStarts) {
		if ts.Kind(i) != token.Number && !ts.IsWord(i) {
			return dcand{}, false
		}
		if !ts.is(i+1, lexicon.ClockFollowers) && (ts.Kind(i) != token.Number || !hasColon(ts.W(i))) {
			return dcand{}, false
		}
	}
	k := i
	approx, lead := false, false
	for n := 0; n < 3; n++ {
		how, ok := ts.v.Value(lexicon.ClockLeads, ts.W(k))
		if !ok {
			break
		}
		approx = approx || how == "approximate"
		lead = true
		k++
	}
	c := dcand{lo: i, part: partClock, approx: approx}
	if ts.is(k, lexicon.DayMoments) {
		if !lead {
			return dcand{}, false
		}
		c.part, c.hi = partDay, k+1
		c.w = when{prec: story.PrecisionDay, note: ts.LowSpan(i, k+1)}
		return c, true
	}
	if h, ok := ts.v.Int(lexicon.ClockTimes, ts.W(k)); ok {
		c.hh, c.hi = h, k+1
		return c, true
	}
	h, m, colon, ok := d.clockHour(k)
	if !ok {
		return dcand{}, false
	}
	h, j, ok := d.clockHalf(h, k+1, colon && lead)
	if !ok {
		return dcand{}, false
	}
	// Keep the period of "a.m." with the time.
	if (ts.W(j-1) == "a.m" || ts.W(j-1) == "p.m") && ts.W(j) == "." && ts.Glued(j) {
		j++
	}
	if h > 23 || m > 59 {
		return dcand{}, false
	}
	c.hh, c.mm, c.hi = h, m, j
	return c, true
}

// clockHour reads the hour at k: digits ("5", "17:30", with colon true) or
// a number word up to twelve ("five").
func (d *dscan) clockHour(k int) (h, m int, colon, ok bool) {
	ts := d.ts
	switch ts.Kind(k) {
	case token.Number:
		h, m, colon = clockDigits(ts.W(k))
		return h, m, colon, h >= 0
	case token.Word:
		np, ok := numbers.At(ts.Text, k, d.r.lex, false)
		if !ok || !np.Exact || np.Hi != k+1 || np.Val < 1 || np.Val > 12 {
			return 0, 0, false, false
		}
		return int(np.Val), 0, false, true
	}
	return 0, 0, false, false
}

// clockHalf reads what places hour h in the day from j ("a.m.", "p.m.",
// "o'clock", "in the evening") and returns the hour on the 24-hour clock
// with the token after. A time with a colon after a lead word needs
// nothing ("at 17:30").
func (d *dscan) clockHalf(h, j int, leadColon bool) (int, int, bool) {
	ts := d.ts
	switch ts.W(j) {
	case "a.m", "am":
		if h > 12 {
			return 0, 0, false
		}
		if h == 12 {
			h = 0
		}
		return h, j + 1, true
	case "p.m", "pm":
		if h > 12 {
			return 0, 0, false
		}
		if h < 12 {
			h += 12
		}
		return h, j + 1, true
	case "o'clock", "o’clock":
		j++
		if pm, n := d.partAfter(j); n > j {
			if pm && h < 12 {
				h += 12
			}
			j = n
		}
		return h, j, true
	}
	pm, n := d.partAfter(j)
	switch {
	case n > j:
		if h > 12 {
			return 0, 0, false
		}
		if pm && h < 12 {
			h += 12
		}
		return h, n, true
	case leadColon && h <= 23:
		return h, j, true
	}
	return 0, 0, false
}

// clockDigits reads "5", "05", "5:30", "17:30".
func clockDigits(w string) (h, m int, colon bool) {
	h, m = -1, 0
	n, seen, part := 0, 0, 0
	for j := 0; j < len(w); j++ {
		switch c := w[j]; {
		case token.Digit(c):
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
	e, next, ok := d.ts.v.PhraseAt(lexicon.ClockParts, d.ts.Text, j)
	if !ok {
		return false, j
	}
	return e.Value == "pm", next
}

// dayPart reads parts of the day without a clock: "in the morning", "at
// dawn", "overnight", "in the early hours (of Tuesday)".
func (d *dscan) dayPart(i int) (dcand, bool) {
	ts := d.ts
	c := dcand{lo: i, part: partDay}
	k := i
	note := ""
	switch ts.W(k) {
	case "on", "the":
		return d.partOfDate(i)
	case "in", "during":
		if ts.W(k+1) != "the" {
			return dcand{}, false
		}
		var ok bool
		if note, k, ok = d.inThePart(k + 2); !ok {
			return dcand{}, false
		}
	case "at":
		if !ts.is(k+1, lexicon.DayMoments) && ts.W(k+1) != "night" {
			return dcand{}, false
		}
		note, k = "at "+ts.W(k+1), k+2
	case "overnight":
		note, k = "overnight", k+1
	case "early", "late":
		if ts.W(k+1) != "in" || ts.W(k+2) != "the" {
			return dcand{}, false
		}
		switch ts.W(k + 3) {
		case "morning", "evening", "day", "afternoon":
			note, k = ts.LowSpan(k, k+4), k+4
		default:
			return dcand{}, false
		}
	default:
		return dcand{}, false
	}
	c.hi = k
	c.w = when{prec: story.PrecisionDay, note: note}
	// "in the early hours of Tuesday" is a date.
	if ts.W(k) == "of" || ts.W(k) == "on" {
		if x, ok := d.point(k + 1); ok && x.part == partDate && (x.w.prec == story.PrecisionDay) {
			x.lo = i
			if x.w.note == "" {
				x.w.note = note
			}
			return x, true
		}
	}
	return c, true
}

// partOfDate reads "on the night of 20 September", "the morning of March
// 3" at i: the day, with the part as its note.
func (d *dscan) partOfDate(i int) (dcand, bool) {
	ts := d.ts
	j := i + 1
	if ts.W(i) == "on" {
		if ts.W(j) != "the" {
			return dcand{}, false
		}
		j++
	}
	if !ts.is(j, lexicon.DayParts) && ts.W(j) != "weekend" {
		return dcand{}, false
	}
	if ts.W(j+1) != "of" {
		return dcand{}, false
	}
	x, ok := d.point(j + 2)
	if !ok || x.part != partDate || x.w.prec != story.PrecisionDay {
		return dcand{}, false
	}
	x.lo = i
	if x.w.note == "" {
		x.w.note = ts.partNote(ts.W(j))
	}
	return x, true
}

// inThePart reads the part of the day after "in the" or "during the" at
// k ("morning", "early hours", "small hours", "early morning hours") and
// returns its note and the token after it.
func (d *dscan) inThePart(k int) (note string, next int, ok bool) {
	e, next, ok := d.ts.v.PhraseAt(lexicon.DayPeriods, d.ts.Text, k)
	return e.Value, next, ok
}

func hasColon(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == ':' {
			return true
		}
	}
	return false
}
