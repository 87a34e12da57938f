package casefile

import "math/bits"

// kindSet is a set of happening kinds, one bit each.
type kindSet uint32

// The kinds of happening an event's sentence can report. They group the
// parser's trigger words (data/lexicon/triggers.txt) by what happened, so
// that "arrested 270" and "270 arrests" are one kind and "sanctioned" and
// "indicted" are two.
const (
	kindArrest kindSet = 1 << iota
	kindCharge
	kindPlea
	kindVerdict
	kindSentence
	kindExtradition
	kindSeizure
	kindSearch
	kindTakedown
	kindSanction
	kindHarm
	kindAccident
	kindRescue
	kindLaunch
	kindTrafficking
	kindEscape
	numKinds = iota
)

// kindNames are the kinds' names, in bit order, as a reader sees them.
func kindName(bit int) string {
	switch kindSet(1) << bit {
	case kindArrest:
		return "arrest"
	case kindCharge:
		return "charge"
	case kindPlea:
		return "plea"
	case kindVerdict:
		return "verdict"
	case kindSentence:
		return "sentence"
	case kindExtradition:
		return "extradition"
	case kindSeizure:
		return "seizure"
	case kindSearch:
		return "search"
	case kindTakedown:
		return "takedown"
	case kindSanction:
		return "sanction"
	case kindHarm:
		return "harm"
	case kindAccident:
		return "accident"
	case kindRescue:
		return "rescue"
	case kindLaunch:
		return "launch"
	case kindTrafficking:
		return "trafficking"
	case kindEscape:
		return "escape"
	}
	return ""
}

// names lists the kinds of s by name, in bit order.
func (s kindSet) names() []string {
	out := make([]string, 0, bits.OnesCount32(uint32(s)))
	for b := 0; b < numKinds; b++ {
		if s&(1<<b) != 0 {
			out = append(out, kindName(b))
		}
	}
	return out
}

// wordKind is the kind a lowercase word of a sentence reports, given the
// word after it; 0 for words that report none. The words are the
// inflections of the parser's triggers and the nouns of the counts it
// labels; two-word triggers are matched on their first word and the next.
// The table lives in code, like the parser's own count verbs, because the
// word lists in data/lexicon carry no kind.
func wordKind(w, next string) kindSet {
	switch w {
	case "arrest", "arrests", "arrested", "arresting", "detain", "detains", "detained", "detaining",
		"detention", "apprehended", "captured", "caught", "nabbed", "custody", "surrendered":
		return kindArrest
	case "rounded":
		if next == "up" {
			return kindArrest
		}
	case "charge", "charged", "charges", "charging", "indicted", "indictment", "indicts", "arraigned",
		"complaint", "prosecuted":
		return kindCharge
	case "pleaded", "pled", "pleads", "plea", "admitted", "confessed":
		return kindPlea
	case "convicted", "conviction", "acquitted", "verdict":
		return kindVerdict
	case "sentenced", "sentence", "sentences", "sentencing", "jailed", "imprisoned", "fined":
		return kindSentence
	case "extradited", "extradition", "deported", "expelled", "repatriated":
		return kindExtradition
	case "seize", "seizes", "seized", "seizing", "seizure", "seizures", "confiscate", "confiscates",
		"confiscated", "confiscating", "confiscation", "intercept", "intercepts", "intercepted",
		"intercepting", "interception", "impounded", "recovered", "discovered", "uncovered", "froze",
		"frozen", "haul":
		return kindSeizure
	case "found":
		switch next {
		case "guilty":
			return kindVerdict
		case "dead":
			return kindHarm
		}
		return kindSeizure
	case "search", "searched", "searches", "searching", "raid", "raids", "raided", "raiding",
		"swooped", "stormed", "busted", "bust", "busts", "warrants":
		return kindSearch
	case "dismantle", "dismantles", "dismantled", "dismantling", "cracked", "disrupted", "takedown",
		"takedowns", "crackdown", "infiltrated", "hacked", "decrypted", "disconnected":
		return kindTakedown
	case "shut", "took", "taken", "broke", "broken", "breaks":
		switch next {
		case "down", "up":
			return kindTakedown
		}
	case "sanctioned", "sanctions", "banned", "suspended":
		return kindSanction
	case "killed", "murdered", "shot", "stabbed", "wounded", "injured", "attacked", "attack", "attacks",
		"exploded", "explosion", "bombed", "kidnapped", "abducted", "assassinated", "executed",
		"died", "dead", "deaths", "death", "drowned", "massacred", "beheaded", "ambushed", "overdose",
		"overdoses":
		return kindHarm
	case "crashed", "collided", "capsized", "sank", "sunk", "overturned", "collapsed", "flooded", "erupted":
		return kindAccident
	case "rescued", "freed", "released", "airlifted", "evacuated":
		return kindRescue
	case "launched", "began", "begun", "started", "established", "founded", "opened":
		return kindLaunch
	case "set":
		if next == "up" {
			return kindLaunch
		}
	case "smuggled", "trafficked", "laundered", "stole", "stolen", "robbed", "sold", "supplied", "shipped":
		return kindTrafficking
	case "escaped", "fled":
		return kindEscape
	}
	return 0
}

// pairedKind reports the words whose kind depends on the next word.
func pairedKind(w string) bool {
	switch w {
	case "rounded", "found", "shut", "took", "taken", "broke", "broken", "breaks", "set":
		return true
	}
	return false
}

// countKind is the kind a count's label reports ("arrests", "searches",
// "killed"); 0 for counts of things ("firearms", "customers").
func countKind(what string) kindSet {
	switch what {
	case "arrests", "arrested", "detained":
		return kindArrest
	case "searches", "raids":
		return kindSearch
	case "charged", "indicted":
		return kindCharge
	case "convicted":
		return kindVerdict
	case "sentenced":
		return kindSentence
	case "killed", "injured", "dead", "deaths", "victims":
		return kindHarm
	case "rescued":
		return kindRescue
	case "deported", "extradited":
		return kindExtradition
	}
	return 0
}
