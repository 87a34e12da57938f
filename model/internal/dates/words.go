package dates

import (
	"dossier/model/internal/lexicon"
	"time"
)

// The calendar and time words of English, and the few function words the
// date resolver reasons with. They are grammar, not data about any story,
// so they live here as switches (immutable, allocation-free).

// monthEnd is the token after a month name at i (past an abbreviation's
// period).
func (ts tokens) monthEnd(i int) int {
	switch ts.W(i) {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		if ts.W(i+1) == "." && ts.Glued(i+1) {
			return i + 2
		}
	}
	return i + 1
}

// weekdayOf is the weekday named by token i.
func weekdayOf(w string) (time.Weekday, bool) {
	switch w {
	case "sunday":
		return time.Sunday, true
	case "monday":
		return time.Monday, true
	case "tuesday":
		return time.Tuesday, true
	case "wednesday":
		return time.Wednesday, true
	case "thursday":
		return time.Thursday, true
	case "friday":
		return time.Friday, true
	case "saturday":
		return time.Saturday, true
	}
	return 0, false
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

func unitOf(w string) dateUnit {
	switch w {
	case "day", "days":
		return unitDay
	case "week", "weeks":
		return unitWeek
	case "month", "months":
		return unitMonth
	case "year", "years":
		return unitYear
	case "decade", "decades":
		return unitDecade
	}
	return unitNone
}

// seasonOf is the first month of a (northern) season; 0 if none. "fall"
// only counts where the caller has a calendar context.
func seasonOf(w string) int {
	switch w {
	case "spring":
		return 3
	case "summer":
		return 6
	case "autumn", "fall":
		return 9
	case "winter":
		return 12
	}
	return 0
}

// sayVerb reports verbs of saying: a date next to them dates the saying
// ("prosecutors said Tuesday"), not the happening reported.
func sayVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "announced", "announces", "stated", "states",
		"reported", "confirmed", "confirms", "added", "declared", "disclosed", "explained",
		"noted", "revealed", "wrote", "tweeted", "posted", "claimed", "insisted", "warned",
		"testified", "acknowledged", "admitted", "indicated", "statement":
		return true
	}
	return false
}

// sayGap reports words that may stand between a verb of saying and its
// date: "said in a statement on Tuesday", "told reporters Monday".
func sayGap(w string) bool {
	switch w {
	case "on", "in", "a", "an", "the", "statement", "press", "release", "news", "conference",
		"briefing", "to", "reporters", "journalists", ",", "late", "early", "earlier", "its",
		"their", "joint", "written", "published", "issued", "email", "emailed", "interview",
		"separate", "radio", "television", "tv", "broadcaster", "newspaper", "by", "phone",
		"telephone", "late-night", "online", "social", "media":
		return true
	}
	return false
}

// anaphoricNoun reports nouns that, as the definite subject opening a
// sentence ("The investigation", "The raid"), refer back to the happening
// just reported, so the sentence keeps its date.
func anaphoricNoun(w string) bool {
	switch w {
	case "investigation", "investigations", "probe", "inquiry", "enquiry", "operation",
		"operations", "raid", "raids", "search", "searches", "network", "group", "gang", "ring",
		"cartel", "organization", "organisation", "case", "seizure", "seizures", "haul",
		"shipment", "shipments", "crackdown", "suspect", "suspects", "arrests", "arrest", "man",
		"woman", "men", "women", "pair", "trio", "couple", "victim", "victims", "attack",
		"attacks", "discovery", "bust", "sting", "action", "cargo", "consignment", "container",
		"vessel", "ship", "boat", "drugs", "cash", "money", "hack", "infiltration", "takedown",
		"same", "latter", "former", "accused", "defendant", "defendants", "detainees", "court",
		"trial", "hearing", "ruling", "verdict", "incident", "shooting", "explosion", "blast",
		"fire", "crash", "clashes", "protest", "protests", "meeting", "talks", "deal", "migrants",
		"survivors", "smugglers", "passengers", "crew":
		return true
	}
	return false
}

// anaphoricPronoun reports pronouns and demonstratives that continue the
// previous sentence when they open one.
func anaphoricPronoun(w string) bool {
	switch w {
	case "it", "they", "he", "she", "this", "these", "those", "its", "their", "his", "her",
		"there", "such":
		return true
	}
	return false
}

// newTopic reports openers that leave the previous sentence's time.
func newTopic(w string) bool {
	switch w {
	case "meanwhile", "separately", "elsewhere", "in", "overall", "previously", "historically":
		return true
	}
	return false
}

// futureCue reports words that put a sentence in the future tense.
func futureCue(w string) bool {
	switch w {
	case "will", "shall", "won't", "won’t", "scheduled", "upcoming", "forthcoming", "plans",
		"intends", "expects":
		return true
	}
	return lexicon.Contracted(w, "'ll", "’ll")
}

// durationNoun reports nouns that a duration can measure back from the
// publication date: "a two-year investigation" ran until the news.
func durationNoun(w string) bool {
	switch w {
	case "investigation", "investigations", "operation", "operations", "probe", "inquiry",
		"enquiry", "campaign", "crackdown", "surveillance", "effort", "efforts", "period",
		"hunt", "manhunt", "search", "siege", "standoff", "stand-off", "war", "conflict",
		"battle", "feud", "dispute", "negotiations", "talks", "process", "study", "review",
		"monitoring", "infiltration", "undercover", "offensive", "blockade", "strike", "drought",
		"case", "trial", "partnership", "collaboration", "cooperation":
		return true
	}
	return false
}

// sentenceWord reports words after which "for N years" is a penalty, not
// a span of time that ends at publication.
func sentenceWord(w string) bool {
	switch w {
	case "sentenced", "jailed", "imprisoned", "prison", "jail", "banned", "barred", "suspended",
		"sentence", "term", "face", "faces", "facing", "up", "serve", "serving", "locked":
		return true
	}
	return false
}

// yearLead reports words before a bare four-digit number that make it a
// year ("in 2019", "since 2019", "early 2020").
func yearLead(w string) bool {
	switch w {
	case "in", "since", "by", "from", "until", "till", "to", "during", "before", "after", "early",
		"late", "mid", "-", "year", "of", "through", "around", "circa", ",", "throughout":
		return true
	}
	return false
}
