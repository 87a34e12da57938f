package quantities

import (
	"dossier/model/internal/lexicon"
	"strings"
)

// General English grammar the quantity finders need. Things (items,
// units, number words) come from the Lexicon; these are only the verbs,
// function words and measure nouns of the language, kept as switches so
// they are immutable and cost nothing to consult.

type cueKind uint8

const (
	cueNone cueKind = iota
	cueVerb         // "seized", "confiscated", "found": the object follows, or precedes in the passive
	cueNoun         // "seizure", "haul": "of X" follows, or a modifier precedes ("a cocaine haul")
)

// seizeCue classifies a lowercase word as a seizing verb or noun.
func seizeCue(w string) cueKind {
	if len(w) < 4 {
		// No cue is shorter ("haul", "find", "seiz..."), and most
		// words are: they skip the switch.
		return cueNone
	}
	switch w {
	case "seizure", "seizures", "haul", "hauls", "confiscation", "confiscations", "interception":
		return cueNoun
	case "found", "find", "finds", "finding", "recovered", "recover", "recovers", "recovering",
		"discovered", "discover", "discovers", "discovering", "netted",
		"uncovered", "uncover", "uncovers", "uncovering",
		"intercepted", "intercept", "intercepts", "intercepting",
		// Frozen assets are held like seized ones: "froze cryptocurrency
		// worth €12 million". "frozen" is checked for a verb by the caller.
		// "$2.3 million in cash and assets frozen" is a reduced passive.
		"froze", "frozen", "freeze", "freezes", "freezing":
		return cueVerb
	}
	if strings.HasPrefix(w, "seiz") || strings.HasPrefix(w, "confiscat") || strings.HasPrefix(w, "impound") {
		return cueVerb
	}
	return cueNone
}

// clauseBreak reports whether a lowercase word ends the reach of a seizing
// verb: relative and subordinating words, attribution, and punctuation
// that closes a clause.
func clauseBreak(w string) bool {
	switch w {
	case "that", "which", "who", "whom", "whose", "while", "when", "where", "whereas", "because",
		"although", "though", "after", "before", "since", "until", "according", "but", "said",
		"says", "told", "added", "announced", "stated", "if", "unless",
		";", ":", ".", "!", "?", "—":
		return true
	}
	return false
}

// haveAux reports a form of "have" before a participle.
func haveAux(w string) bool {
	switch w {
	case "have", "has", "had", "having", "’ve", "'ve":
		return true
	}
	return false
}

// modalWord reports a modal or future auxiliary: what follows has not
// happened.
func modalWord(w string) bool {
	switch w {
	case "will", "would", "could", "may", "might", "should", "can", "must", "shall", "cannot":
		return true
	}
	return lexicon.Contracted(w, "'ll", "’ll")
}

// negationWord reports a negation before a verb: "not", "never", "didn't".
func negationWord(w string) bool {
	switch w {
	case "not", "never", "no", "nor":
		return true
	}
	return lexicon.Contracted(w, "n't", "n’t")
}

// aimWord reports a word before "to" that makes the verb after it an aim,
// not a deed: "plans to seize", "tried to confiscate", "a bid to seize".
func aimWord(w string) bool {
	switch w {
	case "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending",
		"aim", "aims", "aimed", "aiming", "seek", "seeks", "sought", "seeking", "try", "tries",
		"tried", "trying", "attempt", "attempts", "attempted", "attempting", "bid", "order",
		"orders", "want", "wants", "wanted", "wanting", "hope", "hopes", "hoped", "hoping",
		"threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "promise",
		"promises", "promised", "pledge", "pledges", "pledged", "expect", "expects", "expected",
		"likely", "going", "due", "set", "failed", "fail", "fails", "unable", "power", "powers",
		"authority", "warrant", "warrants", "asked", "asks", "request", "requested", "allowed":
		return true
	}
	return false
}

// tradeVerb reports a verb of trade that ends a seizing word's reach:
// "the seizure of a darknet marketplace selling fentanyl".
func tradeVerb(w string) bool {
	switch w {
	case "selling", "sells", "buying", "buys", "offering", "offers", "peddling", "peddles",
		"advertising", "advertises", "marketing", "supplying", "supplies", "retailing", "vending":
		return true
	}
	return false
}

// passengerNoun reports people a vehicle carries: "a boat carrying 612
// migrants" is rescued or intercepted, not seized.
func passengerNoun(w string) bool {
	switch w {
	case "migrants", "migrant", "people", "passengers", "refugees", "asylum", "persons",
		"children", "families", "travellers", "travelers", "pilgrims", "tourists", "workers":
		return true
	}
	return false
}

// valueCue reports whether money after w is a value, not cash seized
// ("cocaine worth $5 million", "valued at", "a street value of").
func valueCue(w string) bool {
	switch w {
	case "worth", "valued", "value", "cost", "costing", "costs", "priced", "estimated", "fine",
		"fined", "bail", "reward", "paid", "pay", "paying", "price", "budget", "funding", "revenue",
		"revenues", "profits", "profit", "earned", "earning", "laundered", "laundering", "turnover":
		return true
	}
	return false
}

// countVerb maps a verb before or after a number of people or places to
// what is being counted ("arrested 30 suspects" counts arrests).
func countVerb(w string) string {
	switch w {
	case "arrested", "arrests", "arrest", "arresting", "detained", "detains", "detain", "detaining",
		"apprehended", "nabbed", "rounded":
		return "arrests"
	case "searched", "searches", "search", "searching":
		return "searches"
	case "raided", "raids", "raid", "raiding", "stormed":
		return "raids"
	case "charged", "charges", "charging":
		return "charged"
	case "indicted", "indicts":
		return "indicted"
	case "convicted":
		return "convicted"
	case "sentenced", "jailed", "imprisoned":
		return "sentenced"
	case "killed", "kills", "killing", "murdered", "shot":
		return "killed"
	case "injured", "wounded", "hurt":
		return "injured"
	case "rescued", "freed", "liberated":
		return "rescued"
	case "deported", "expelled":
		return "deported"
	case "extradited":
		return "extradited"
	case "questioned", "interrogated", "interviewed":
		return "questioned"
	case "identified":
		return "identified"
	}
	return ""
}

// neverCounted reports nouns that measure time, space or ratio, or name
// territories: a number before them is never a count of a happening.
func neverCounted(w string) bool {
	switch w {
	case "seconds", "minutes", "hours", "days", "nights", "weeks", "weekends", "months", "years",
		"decades", "centuries", "times", "mornings", "evenings", "countries", "nations", "states",
		"cities", "towns", "continents", "regions", "provinces", "territories", "percent", "points",
		"miles", "kilometres", "kilometers", "km", "metres", "meters", "feet", "inches", "yards",
		"millimetres", "millimeters", "mm", "centimetres", "centimeters", "cm", "mph", "knots",
		"acres", "hectares", "degrees", "pages", "words", "languages", "ways", "things", "reasons",
		"occasions", "others", "inhabitants", "residents", "citizens", "population", "ones", "tons",
		"tonnes", "kilograms", "kilos", "grams", "pounds", "ounces", "dollars", "euros", "cents",
		"litres", "liters", "gallons", "percentages", "per", "aged", "steps", "sides", "parts":
		return true
	}
	return false
}

// populationNoun is a noun for the people living somewhere: "with 11.5
// million people" describes a country, it counts nothing done.
func populationNoun(w string) bool {
	switch w {
	case "people", "inhabitants", "residents", "citizens", "population", "souls":
		return true
	}
	return false
}

// rateWord reports words that turn a number into a rate ("thousands of
// containers arriving every day"): background, not a count.
func rateWord(w string) bool {
	switch w {
	case "every", "per", "each", "annually", "daily", "weekly", "monthly", "yearly", "a-year":
		return true
	}
	return false
}

// yearPrep reports words before a four-digit number that make it a year.
func yearPrep(w string) bool {
	switch w {
	case "in", "since", "by", "from", "until", "till", "of", "to", "and", "between", "during",
		"before", "after", "early", "late", "mid", "-", "year", "summer", "winter", "spring",
		"autumn", "fall", "through", "around", "circa":
		return true
	}
	return false
}

// packageNoun reports what a drug comes in, counted before "of" and the
// drug: "2.3 million tablets of tramadol", "1,200 bottles of codeine
// syrup", "86 pellets of cocaine". The count is the drug's.
func packageNoun(w string) bool {
	switch w {
	case "tablets", "tablet", "pills", "pill", "capsules", "bottles", "packets", "sachets", "bags",
		"boxes", "blocks", "bricks", "packages", "parcels", "pellets", "wraps", "cartons", "crates",
		"sacks", "bales", "slabs", "vials", "ampoules", "doses", "jerrycans":
		return true
	}
	return false
}

// anaphoricDrug reports the words that refer back to a drug already named:
// "3,400kg of the drug", "some 2,100kg of the substance".
func anaphoricDrug(w string) bool {
	switch w {
	case "drug", "drugs", "substance", "narcotic", "narcotics", "consignment", "haul", "shipment", "load":
		return true
	}
	return false
}

// calibre reports the words that make a number before a weapon its
// calibre: "9mm", ".45-caliber", "12-gauge".
func calibre(w string) bool {
	switch w {
	case "mm", "millimeter", "millimetre", "caliber", "calibre", "gauge", "cal":
		return true
	}
	return false
}

// smuggleVerb reports the verbs of carrying contraband: a seizing scope
// only after an arrest in the same sentence (see caughtBefore).
func smuggleVerb(w string) bool {
	switch w {
	case "smuggle", "smuggling", "traffic", "import", "importing", "export", "exporting", "carry", "carrying", "transport", "transporting":
		return true
	}
	return false
}
