package dates

import (
	"time"

	"dossier/model/internal/story"
)

// Choosing a sentence's date among its date expressions.

// onlySaying reports a sentence dated by a saying alone: every date it
// has is a saying's ("…, police said on Thursday").
func (d *dscan) onlySaying() bool {
	say := false
	for k := range d.out {
		c := &d.out[k]
		if c.part != partDate || c.background {
			continue
		}
		if !c.saying {
			return false
		}
		say = true
	}
	return say
}

// choose picks the sentence's date among its candidates: dates of saying
// only when nothing else dates the sentence, the narrowest date first, and
// a time of day joined to its day (or to the context day).
func (d *dscan) choose() (string, when, bool) {
	best, bestSay, clock, clockSay := d.candidates()
	// "… was intercepted … at around 3 a.m., the spokesperson said in a
	// briefing on Saturday": the time is the happening's, the day the
	// saying's; the time then goes on the context day.
	sayDayOwnClock := best < 0 && bestSay >= 0 && clock >= 0 && d.ctx.known() &&
		(d.ctx.prec == story.PrecisionDay || d.ctx.prec == story.PrecisionTime)
	if best < 0 && !sayDayOwnClock {
		best = bestSay
	}
	if clock < 0 {
		clock = clockSay
	}
	ts := d.ts
	if best >= 0 {
		b := d.out[best]
		if clock >= 0 && b.w.prec == story.PrecisionDay && b.w.known() {
			t := d.out[clock]
			w := joinTime(b.w, t)
			lo, hi := b.lo, b.hi
			if gap := t.lo - b.hi; gap >= 0 && gap <= 1 || (b.lo-t.hi >= 0 && b.lo-t.hi <= 1) {
				lo, hi = min(b.lo, t.lo), max(b.hi, t.hi)
			}
			return ts.Span(lo, hi), w, true
		}
		return ts.Span(b.lo, b.hi), b.w, true
	}
	if clock >= 0 {
		t := d.out[clock]
		return ts.Span(t.lo, t.hi), d.clockOnContext(t), true
	}
	return "", when{}, false
}

// candidates picks, among the sentence's date expressions, the narrowest
// date and the narrowest saying's date, and the first time of day of the
// happening and of a saying; -1 for each that is missing.
func (d *dscan) candidates() (best, bestSay, clock, clockSay int) {
	best, bestSay, clock, clockSay = -1, -1, -1, -1
	for k := range d.out {
		c := &d.out[k]
		switch {
		case c.part != partDate:
			switch {
			case !c.saying && clock < 0:
				clock = k
			case c.saying && clockSay < 0:
				clockSay = k
			}
		case c.background:
		case c.saying:
			if bestSay < 0 || c.w.width() < d.out[bestSay].w.width() {
				bestSay = k
			}
		case best < 0 || narrower(c.w, d.out[best].w):
			best = k
		}
	}
	return best, bestSay, clock, clockSay
}

// clockOnContext places a time of day with no day of its own on the
// context day.
func (d *dscan) clockOnContext(t dcand) when {
	base := d.ctx
	var w when
	switch {
	case base.known() && (base.prec == story.PrecisionDay || base.prec == story.PrecisionTime):
		w = joinTime(base, t)
	case base.known():
		w = base
		w.note = "time of day on a day the text does not give"
	default:
		w = when{prec: story.PrecisionTime, note: noPublicationDate}
		if t.part == partDay {
			w.prec = story.PrecisionDay
		}
	}
	w.ctx = true
	return w
}

// narrower reports whether a is a narrower date than b. Two calendar
// months or two years are equally narrow whatever their lengths: "Last
// year (2024, a leap year) …, compared with … in 2023" keeps the first.
func narrower(a, b when) bool {
	if a.prec == b.prec && (a.prec == story.PrecisionYear || a.prec == story.PrecisionMonth) {
		return false
	}
	return a.width() < b.width()
}

// joinTime places a time of day (or a part of the day) on a day.
func joinTime(day when, t dcand) when {
	w := day.dayOnly()
	w.ctx = day.ctx
	if t.part == partDay {
		if w.note == "" {
			w.note = t.w.note
		}
		return w
	}
	at := w.start.Add(time.Duration(t.hh)*time.Hour + time.Duration(t.mm)*time.Minute)
	w = when{prec: story.PrecisionTime, start: at, end: at, clock: true, ctx: day.ctx}
	if t.approx {
		w.note = "approximate time"
	}
	return w
}
