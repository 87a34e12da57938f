package dates

import (
	"strconv"
	"strings"
	"time"

	"dossier/model/internal/lexicon"
)

// The calendar and time words of English, and the words the date
// resolver reasons with, come from the lexicon's word lists
// (data/lexicon/words/calendar and .../dates); these are their lookups.

// monthEnd is the token after a month name at i (past an abbreviation's
// period).
func (ts tokens) monthEnd(i int) int {
	if ts.is(i, lexicon.MonthAbbreviations) && ts.W(i+1) == "." && ts.Glued(i+1) {
		return i + 2
	}
	return i + 1
}

// monthOf is the month named by token i, 0 if none.
func (ts tokens) monthOf(i int) int { return ts.v.MonthOf(ts.Text, i) }

// weekdayOf is the weekday named by w.
func (ts tokens) weekdayOf(w string) (time.Weekday, bool) {
	n, ok := ts.v.Int(lexicon.Weekdays, w)
	return time.Weekday(n), ok
}

// dateUnit is a calendar unit named by a word, singular or plural.
type dateUnit uint8

const (
	unitNone dateUnit = iota
	unitDay
	unitWeek
	unitMonth
	unitYear
	unitDecade
)

// unitNames are the units as the time-units list names them.
var unitNames = [...]string{unitDay: "day", unitWeek: "week", unitMonth: "month", unitYear: "year", unitDecade: "decade"}

func (ts tokens) unitOf(w string) dateUnit {
	name, ok := ts.v.Value(lexicon.TimeUnits, w)
	if !ok {
		return unitNone
	}
	for u, n := range unitNames {
		if n == name && u != int(unitNone) {
			return dateUnit(u)
		}
	}
	return unitNone
}

// seasonOf is the first month of a (northern) season; 0 if none. "fall"
// only counts where the caller has a calendar context.
func (ts tokens) seasonOf(w string) int {
	m, _ := ts.v.Int(lexicon.Seasons, w)
	return m
}

// sayVerb reports verbs of saying: a date next to them dates the saying
// ("prosecutors said Tuesday"), not the happening reported.
func (ts tokens) sayVerb(w string) bool { return ts.v.Has(lexicon.SayVerbs, w) }

// sayGap reports words that may stand between a verb of saying and its
// date: "said in a statement on Tuesday", "told reporters Monday".
func (ts tokens) sayGap(w string) bool { return ts.v.Has(lexicon.SayGaps, w) }

// anaphoricNoun reports nouns that, as the definite subject opening a
// sentence ("The investigation", "The raid"), refer back to the happening
// just reported, so the sentence keeps its date.
func (ts tokens) anaphoricNoun(w string) bool { return ts.v.Has(lexicon.AnaphoricNouns, w) }

// happeningNoun reports anaphoric nouns that name the happening itself
// ("The investigation", "The raid"), which continue even a flashback;
// participants and things ("The defendants", "The drugs") continue one only
// when the previous sentence named them.
func (ts tokens) happeningNoun(w string) bool {
	v, _ := ts.v.Value(lexicon.AnaphoricNouns, w)
	return v == "happening"
}

// anaphoricPronoun reports pronouns and demonstratives that continue the
// previous sentence when they open one.
func (ts tokens) anaphoricPronoun(w string) bool { return ts.v.Has(lexicon.AnaphoricPronouns, w) }

// newTopic reports openers that leave the previous sentence's time.
func (ts tokens) newTopic(w string) bool { return ts.v.Has(lexicon.NewTopics, w) }

// futureCue reports words that put a sentence in the future tense.
func (ts tokens) futureCue(w string) bool {
	return ts.v.Has(lexicon.FutureCues, w) || lexicon.Contracted(w, "'ll", "’ll")
}

// durationNoun reports nouns that a duration can measure back from the
// publication date: "a two-year investigation" ran until the news.
func (ts tokens) durationNoun(w string) bool { return ts.v.Has(lexicon.DurationNouns, w) }

// penaltyWord reports words after which "for N years" is a penalty, not
// a span of time that ends at publication.
func (ts tokens) penaltyWord(w string) bool { return ts.v.Has(lexicon.PenaltyWords, w) }

// yearLead reports words before a bare four-digit number that make it a
// year ("in 2019", "since 2019", "early 2020").
func (ts tokens) yearLead(w string) bool { return ts.v.Has(lexicon.YearLeads, w) }

// direction maps a direction word to neg (last, past, previous, before,
// earlier), pos (next, coming, following, after, later) or zero (this).
func (ts tokens) direction(w string, neg, zero, pos int) int {
	n, ok := ts.v.Int(lexicon.Directions, w)
	switch {
	case !ok:
		return zero
	case n < 0:
		return neg
	}
	return pos
}

// modNote is the note for "early", "late", "mid", "end" or "beginning"
// before a unit.
func (ts tokens) modNote(mod string, u dateUnit) string {
	if mod == "" {
		return ""
	}
	note, _ := ts.v.Value(lexicon.ModifierNotes, mod+" "+unitNames[u])
	return note
}

// partNote is the note for a part of the day.
func (ts tokens) partNote(w string) string {
	note, _ := ts.v.Value(lexicon.DayParts, w)
	return note
}

// eve reports "eve", the part of a day that names the day before it: it
// makes a date ("on the eve of March 3") but is no part of a weekday.
func (ts tokens) eve(w string) bool { return w == "eve" }

// deicticDay is the day "today", "yesterday", "tomorrow" or "tonight"
// names, as days off publication, with the part of the day it names.
func (ts tokens) deicticDay(w string) (off int, part string, ok bool) {
	v, ok := ts.v.Value(lexicon.DeicticDays, w)
	if !ok {
		return 0, "", false
	}
	n, part, _ := strings.Cut(v, " ")
	off, err := strconv.Atoi(n)
	return off, part, err == nil
}

// leadKind is how a deictic word before a unit points: from publication
// along the calendar ("last month", "this week"), over a span that ends or
// starts at publication ("the past month", "the coming week"), or from the
// context ("the previous year").
type leadKind uint8

const (
	leadNone leadKind = iota
	leadCalendar
	leadSpan
	leadContext
)

// leadKinds are the kinds as the deictic-leads list names them.
var leadKinds = map[string]leadKind{"calendar": leadCalendar, "span": leadSpan, "context": leadContext}

// deicticLead is the kind of deictic word w is, leadNone if it is none.
func (ts tokens) deicticLead(w string) leadKind {
	v, _ := ts.v.Value(lexicon.DeicticLeads, w)
	return leadKinds[v]
}
