package quantities

import (
	"strings"

	"dossier/model/internal/lexicon"
)

// The verbs, function words and measure nouns the quantity finders reason
// with come from the lexicon's word lists (data/lexicon/words/quantities);
// these are their lookups. Things (items, units, number words) are the
// Lexicon's own lists.

type cueKind uint8

const (
	cueNone cueKind = iota
	cueVerb         // "seized", "confiscated", "found": the object follows, or precedes in the passive
	cueNoun         // "seizure", "haul": "of X" follows, or a modifier precedes ("a cocaine haul")
)

// seizeCue classifies a lowercase word as a seizing verb or noun.
func (ts tokens) seizeCue(w string) cueKind {
	if len(w) < ts.v.MinLen(lexicon.SeizeCues) {
		// Most words are shorter than any cue: they skip the lookup.
		return cueNone
	}
	if kind, ok := ts.v.Value(lexicon.SeizeCues, w); ok {
		switch k, _, _ := strings.Cut(kind, " "); k {
		case "noun":
			return cueNoun
		case "verb":
			return cueVerb
		}
	}
	for _, stem := range ts.v.Entries(lexicon.SeizeStems) {
		if strings.HasPrefix(w, stem.Word) {
			return cueVerb
		}
	}
	return cueNone
}

// clauseBreak reports whether a lowercase word ends the reach of a seizing
// verb: relative and subordinating words, attribution, and punctuation
// that closes a clause.
func (ts tokens) clauseBreak(w string) bool { return ts.v.Has(lexicon.ClauseBreaks, w) }

// aimWord reports a word before "to" that makes the verb after it an aim,
// not a deed: "plans to seize", "tried to confiscate", "a bid to seize".
func (ts tokens) aimWord(w string) bool { return ts.v.Has(lexicon.AimWords, w) }

// tradeVerb reports a verb of trade that ends a seizing word's reach:
// "the seizure of a darknet marketplace selling fentanyl".
func (ts tokens) tradeVerb(w string) bool { return ts.v.Has(lexicon.TradeVerbs, w) }

// passengerNoun reports people a vehicle carries: "a boat carrying 612
// migrants" is rescued or intercepted, not seized.
func (ts tokens) passengerNoun(w string) bool { return ts.v.Has(lexicon.PassengerNouns, w) }

// valueCue reports whether money after w is a value, not cash seized
// ("cocaine worth $5 million", "valued at", "a street value of").
func (ts tokens) valueCue(w string) bool { return ts.v.Has(lexicon.ValueCues, w) }

// countVerb maps a verb before or after a number of people or places to
// what is being counted ("arrested 30 suspects" counts arrests).
func (ts tokens) countVerb(w string) string {
	label, _ := ts.v.Value(lexicon.CountVerbs, w)
	return label
}

// neverCounted reports nouns that measure time, space or ratio, or name
// territories: a number before them is never a count of a happening.
func (ts tokens) neverCounted(w string) bool { return ts.v.Has(lexicon.NeverCounted, w) }

// countedNoun reports the plural nouns a number counts with no verb: the
// happenings themselves and the people and resources a case is measured by.
func (ts tokens) countedNoun(w string) bool { return ts.v.Has(lexicon.CountedNouns, w) }

// countExtender reports the words between a number and its noun that
// only add to a count told before: "six more suspects", "two other men".
func (ts tokens) countExtender(w string) bool { return ts.v.Has(lexicon.CountExtenders, w) }

// lastWord is the last word of a label, its head.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// populationNoun is a noun for the people living somewhere: "with 11.5
// million people" describes a country, it counts nothing done.
func (ts tokens) populationNoun(w string) bool { return ts.v.Has(lexicon.PopulationNouns, w) }

// rateWord reports words that turn a number into a rate ("thousands of
// containers arriving every day"): background, not a count.
func (ts tokens) rateWord(w string) bool { return ts.v.Has(lexicon.RateWords, w) }

// yearPrep reports words before a four-digit number that make it a year.
func (ts tokens) yearPrep(w string) bool { return ts.v.Has(lexicon.CountYearLeads, w) }

// packageNoun reports what a drug comes in, counted before "of" and the
// drug: "2.3 million tablets of tramadol". The count is the drug's.
func (ts tokens) packageNoun(w string) bool { return ts.v.Has(lexicon.PackageNouns, w) }

// anaphoricDrug reports the words that refer back to a drug already named:
// "3,400kg of the drug", "some 2,100kg of the substance".
func (ts tokens) anaphoricDrug(w string) bool { return ts.v.Has(lexicon.AnaphoricDrugs, w) }

// calibre reports the words that make a number before a weapon its
// calibre: "9mm", ".45-caliber", "12-gauge".
func (ts tokens) calibre(w string) bool { return ts.v.Has(lexicon.Calibres, w) }

// smuggleVerb reports the verbs of carrying contraband: a seizing scope
// only after an arrest in the same sentence (see caughtBefore).
func (ts tokens) smuggleVerb(w string) bool { return ts.v.Has(lexicon.SmuggleVerbs, w) }

// pluralNoun guesses whether a lowercase word is a plural noun.
func (ts tokens) pluralNoun(w string) bool { return ts.v.PluralNoun(w) }
