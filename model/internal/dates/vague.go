package dates

import (
	"strings"

	"dossier/model/internal/lexicon"
)

// Vague expressions: "recently", "earlier", "in the past", "prior to the
// investigation".

// beforeVague reads "prior to the investigation", "before the raids":
// before an event the text does not date.
func (d *dscan) beforeVague(i int) (dcand, bool) {
	ts := d.ts
	k := i + 1
	if ts.W(i) == "prior" {
		if ts.W(k) != "to" {
			return dcand{}, false
		}
		k++
	}
	if x, ok := d.point(k); ok && x.part == partDate && x.w.known() {
		c := dcand{lo: i, hi: x.hi, w: vagueWhen("vague: before " + ts.LowSpan(k, x.hi))}
		return c, true
	}
	if ts.W(i) == "prior" && ts.IsWord(k) && !ts.Capital(k) && !ts.v.StopWord(ts.W(k)) && (!ts.IsWord(k+1) || ts.v.StopWord(ts.W(k+1))) {
		// "pleaded guilty prior to trial": a bare happening noun.
		return dcand{lo: i, hi: k + 1, w: vagueWhen("vague: before " + ts.W(k))}, true
	}
	if !ts.is(k, lexicon.EventDeterminers) {
		return dcand{}, false
	}
	j := k + 1
	for j < k+4 && ts.IsWord(j) && !ts.v.StopWord(ts.W(j)) {
		j++
	}
	if j == k+1 {
		return dcand{}, false
	}
	return dcand{lo: i, hi: j, w: vagueWhen("vague: before " + ts.LowSpan(k, j))}, true
}

// afterVague reads "after trial", "after extradition": after a happening
// named by a bare noun, which the text does not date. "after the raids",
// "after Hood told her" and "after discovering that …" (a clause, not a
// happening's name) are left to the sentence's context.
func (d *dscan) afterVague(i int) (dcand, bool) {
	ts := d.ts
	k := i + 1
	if !ts.IsWord(k) || ts.Capital(k) || ts.v.StopWord(ts.W(k)) || ts.is(k, lexicon.EventDeterminers) ||
		ts.is(k, lexicon.DayMoments) || ts.is(k, lexicon.DayParts) || ts.unitOf(ts.W(k)) != unitNone ||
		strings.HasSuffix(ts.W(k), "ing") {
		return dcand{}, false
	}
	if ts.IsWord(k+1) && !ts.v.StopWord(ts.W(k+1)) {
		return dcand{}, false
	}
	return dcand{lo: i, hi: k + 1, w: vagueWhen("vague: after " + ts.W(k))}, true
}

// vagueWord reads single vague words and fixed phrases: "recently",
// "earlier", "later", "previously", "in the past", "at the time", "years ago".
func (d *dscan) vagueWord(i int) (dcand, bool) {
	ts := d.ts
	c := dcand{lo: i, hi: i + 1}
	if note, ok := ts.v.Value(lexicon.VagueWords, ts.W(i)); ok {
		c.w = vagueWhen(note)
		return c, true
	}
	switch ts.W(i) {
	case "earlier":
		if ts.IsWord(i+1) && !ts.v.StopWord(ts.W(i+1)) && ts.W(i+1) != "this" {
			return dcand{}, false // "earlier raids"
		}
		c.w = vagueWhen("vague: earlier")
	case "later":
		// "parts were later found", "he later pleaded guilty": some time
		// after, on no calendar. "later stages" is no time at all.
		if !ts.pastParticiple(ts.W(i + 1)) {
			return dcand{}, false
		}
		c.w = vagueWhen("vague: later")
	case "once":
		return dcand{}, false
	case "in":
		if ts.W(i+1) == "the" && ts.W(i+2) == "past" {
			c.hi = i + 3
			c.w = vagueWhen("vague: in the past")
			break
		}
		return dcand{}, false
	case "at":
		if ts.W(i+1) == "the" && ts.W(i+2) == "time" {
			c.hi = i + 3
			c.w = vagueWhen("vague: at the time")
			break
		}
		return dcand{}, false
	case "years", "months", "weeks", "decades":
		if ts.W(i+1) == "ago" {
			c.hi = i + 2
			c.w = vagueWhen("vague: " + ts.LowSpan(i, i+2))
			break
		}
		return dcand{}, false
	default:
		return dcand{}, false
	}
	return c, true
}
