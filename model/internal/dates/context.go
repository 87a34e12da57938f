package dates

import (
	"strings"
	"time"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// flashbackGap is how far before the story's anchor a date must end to be a
// flashback: background the story recalls, not its present frame. A month
// keeps "last week", "two weeks ago" and "earlier this month" in the frame
// while "in October" of a February story, "last year" or "in 2019" leave it.
const flashbackGap = 30 * 24 * time.Hour

// flashback reports whether a sentence's own date w recalls the past rather
// than reporting the story's present: it ends well before the anchor, or
// the sentence is told in the past perfect ("had arrested").
func (r *Resolver) flashback(w when, ts tokens) bool {
	if !w.known() || w.vague {
		return false
	}
	if ts.pastPerfect() >= 0 {
		return true
	}
	if !r.anchor.known() {
		return false
	}
	end := w.end
	if end.IsZero() {
		end = w.start
	}
	return end.Add(flashbackGap).Before(r.anchor.start)
}

// pastPerfect returns the index of "had" opening a past-perfect verb ("had
// arrested", "had been monitoring", "had already seized"), or -1. "had about
// 1,000 users" is a possession, not a tense.
func (ts tokens) pastPerfect() int {
	for i := 0; i < ts.N(); i++ {
		if ts.W(i) != "had" && ts.W(i) != "’d" {
			continue
		}
		j := i + 1
		for j < i+3 && ts.is(j, lexicon.PerfectAdverbs) {
			j++
		}
		if ts.pastParticiple(ts.W(j)) {
			return i
		}
	}
	return -1
}

// pastParticiple reports a word that reads as a past participle: regular
// -ed/-en forms and the irregular verbs crime and news copy use.
func (ts tokens) pastParticiple(w string) bool {
	n := len(w)
	return n > 3 && (w[n-2:] == "ed" || w[n-2:] == "en") || ts.v.Has(lexicon.IrregularParticiples, w)
}

// remember records what later sentences may refer back to: the sentence's
// own words (so "The shipment" can be matched with "One shipment"), the
// latest background day (what a past-perfect sentence without a date
// recalls), the last day it names (what "the following day" counts
// from), and the date of each name the sentence dates explicitly (what
// "when the ANOM operation was revealed" refers to).
func (r *Resolver) remember(s story.Sentence, ts tokens, d *dscan, chosen when, own, flash bool) {
	r.prevLow = ts.Low
	for k := range d.out {
		c := &d.out[k]
		if c.part != partDate || !c.w.known() || c.w.vague || c.w.prec != story.PrecisionDay && c.w.prec != story.PrecisionTime {
			continue
		}
		if c.background && !c.w.ctx && r.flashback(c.w, tokens{Text: &token.Text{}, v: r.v}) {
			r.lastBack, r.lastBackOK = c.w.dayOnly(), true
		}
		if !c.background && !c.saying {
			r.lastDay = c.w.dayOnly()
		}
	}
	if !own || !chosen.known() || chosen.vague {
		return
	}
	if flash && (chosen.prec == story.PrecisionDay || chosen.prec == story.PrecisionTime) {
		r.lastBack, r.lastBackOK = chosen.dayOnly(), true
	}
	added := false
	for i := 1; i < ts.N(); i++ {
		if !ts.IsWord(i) || !ts.Capital(i) {
			continue
		}
		if r.named == nil {
			r.named = make(map[string]int)
		}
		if !added {
			r.namedDates = append(r.namedDates, chosen)
			added = true
		}
		r.named[ts.W(i)] = len(r.namedDates) - 1
	}
}

// revealClause recognises "when the <name> operation was revealed" (also
// announced, unveiled, made public, dismantled, shut down…): the sentence
// happens when that other event did. It returns the date the story gave
// that name, and whether the sentence has such a clause at all.
func (r *Resolver) revealClause(ts tokens) (when, bool) {
	for i := 0; i+2 < ts.N(); i++ {
		if ts.W(i) != "when" {
			continue
		}
		end := -1
		for j := i + 1; j < ts.N() && j <= i+8; j++ {
			if w := ts.W(j); w == "was" || w == "were" {
				if ts.is(j+1, lexicon.RevealVerbs) || ts.W(j+1) == "made" && ts.W(j+2) == "public" ||
					ts.W(j+1) == "shut" && ts.W(j+2) == "down" {
					end = j
				}
				break
			}
			if !ts.IsWord(j) {
				break
			}
		}
		if end < 0 {
			continue
		}
		for j := i + 1; j < end; j++ {
			if ts.Capital(j) {
				if k, ok := r.named[ts.W(j)]; ok {
					return r.namedDates[k], true
				}
			}
		}
		return when{}, true
	}
	return when{}, false
}

// mentionedBefore reports whether word w occurred in the previous sentence.
func (r *Resolver) mentionedBefore(w string) bool {
	if len(w) < 3 {
		return false
	}
	low := r.prevLow
	for {
		k := strings.Index(low, w)
		if k < 0 {
			return false
		}
		before := k == 0 || !isWordByte(low[k-1])
		e := k + len(w)
		// A plural or singular of the same noun counts: "shipment"/"shipments".
		if e < len(low) && low[e] == 's' {
			e++
		}
		if before && (e >= len(low) || !isWordByte(low[e])) {
			return true
		}
		low = low[k+1:]
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}
