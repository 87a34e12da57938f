package quantities

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// The verbs that name what a number counts: before it ("arrested 30
// suspects"), after its noun ("30 people were arrested") or across a
// coordination ("arrested a man and two women").

// passiveCountVerb reads "30 people were arrested" after the head noun.
func (ts tokens) passiveCountVerb(head int) string {
	j := ts.toMainVerb(head + 1)
	// "At least 41 people died", "40 have died": deaths; "have died or
	// gone missing" is not a count of the dead.
	if d := j + 1; ts.W(j) == "died" || (ts.W(j) == "have" || ts.W(j) == "has" || ts.W(j) == "had") && ts.W(d) == "died" {
		if ts.W(j) != "died" {
			d++
		}
		if ts.W(d) == "or" {
			return ""
		}
		return "killed"
	}
	if e, _, ok := ts.v.PhraseAt(lexicon.DeathPhrases, ts.Text, j); ok {
		return e.Value // "At least 27 people suffered injuries"
	}
	j = ts.passiveAt(j)
	if j < 0 {
		return ""
	}
	if e, _, ok := ts.v.PhraseAt(lexicon.DeathPhrases, ts.Text, j); ok {
		return e.Value // "were shot dead"
	}
	if ts.partOfGroup(j) {
		return ts.amongCounted(j + 1)
	}
	v := ts.W(j)
	if len(v) > 2 && v[len(v)-2:] == "ed" {
		return ts.countVerb(v)
	}
	return ""
}

// passiveAt is the token after the passive auxiliaries that open at j
// ("were", "have been", "had already been"), -1 when none does.
func (ts tokens) passiveAt(j int) int {
	if !ts.countAux(ts.W(j)) {
		return -1
	}
	if perfect, _ := ts.v.Value(lexicon.CountAuxiliaries, ts.W(j)); perfect == "" {
		j++
	} else {
		if ts.v.Has(lexicon.PerfectAdverbs, ts.W(j+1)) {
			j++
		}
		if ts.W(j+1) != "been" {
			return -1
		}
		j += 2
	}
	if ts.v.Has(lexicon.PerfectAdverbs, ts.W(j)) {
		j++
	}
	return j
}

// damagedThing reports a noun at head that a passive verb of damage
// follows: "at least 20 homes were destroyed" counts a happening.
func (ts tokens) damagedThing(head int) bool {
	j := ts.passiveAt(ts.toMainVerb(head + 1))
	return j >= 0 && ts.v.Has(lexicon.DamageVerbs, ts.W(j))
}

// smuggledThing reports a number at lo that a verb of smuggling governs:
// "smuggled more than 250 narwhal tusks" counts the smuggling.
func (ts tokens) smuggledThing(lo int) bool {
	return ts.v.Has(lexicon.ContrabandVerbs, ts.W(lo-1))
}

// toMainVerb skips, from token j after a counted noun, what stands between
// it and its verb: an apposition to the comma an auxiliary follows ("Three
// men, aged 29, 34 and 51, were arrested"), a relative clause ("Five men
// who smuggled cocaine … have been jailed"; the clause's own auxiliary
// right after "who" is the clause's) and an origin or a place ("Two men
// from Liverpool were arrested", "Three defendants in South Carolina
// were arrested").
func (ts tokens) toMainVerb(j int) int {
	if ts.W(j) == "," {
		// A list of the people named, set apart by semicolons, may be
		// long: "Four of the defendants, A, 41; B, 50; and C, 39, were
		// arrested".
		semis := false
		for k := j + 1; k < j+60 && k < ts.N(); k++ {
			if ts.W(k) == "," && (ts.countAux(ts.W(k+1)) || ts.W(k+1) == "from") {
				j = k + 1
				break
			}
			if ts.W(k) == ";" {
				semis = true
			}
			if ts.W(k) == "." || !semis && k >= j+14 {
				break
			}
		}
	}
	if ts.W(j) == "who" {
		for k := j + 2; k < j+30 && k < ts.N(); k++ {
			w := ts.W(k)
			if w == "." || w == ";" || w == "," || w == "who" {
				break
			}
			if ts.countAux(w) {
				j = k
				break
			}
		}
	}
	if ts.W(j) == "from" || ts.W(j) == "in" {
		// A list of names: "from Colombia, Ecuador and Venezuela".
		for k := j + 1; k < j+10 && k < ts.N() && (ts.Capital(k) || ts.W(k) == "," || ts.W(k) == "and"); k++ {
			if ts.Capital(k) && ts.countAux(ts.W(k+1)) {
				j = k + 1
				break
			}
		}
	}
	if ts.v.Has(lexicon.SubjectPrepositions, ts.W(j)) {
		// "Three of the gang's senior members have been arrested": the
		// phrase, words only, ends at the verb's auxiliary.
		for k := j + 1; k < j+8 && k < ts.N() && ts.IsWord(k); k++ {
			if ts.countAux(ts.W(k)) {
				return k
			}
		}
	}
	return j
}

// coordinatedVerb is the count verb of the first conjunct of "and" at
// token and: "arrested a 34-year-old man and two men aged 27 and 41" (up
// to eight tokens back, within the clause), "" if none.
func (ts tokens) coordinatedVerb(and int) string {
	for j := and - 1; j >= 0 && j >= and-8; j-- {
		w := ts.W(j)
		if !ts.IsWord(j) && w != "-" && !(ts.Kind(j) == token.Number && ts.W(j+1) == "-") {
			return ""
		}
		if l := ts.countVerb(w); l != "" {
			return l
		}
	}
	return ""
}

// onePerson is the token of "a"/"an" opening a single person just before
// "and" at token and ("a 34-year-old man and two men"), -1 if none.
func (ts tokens) onePerson(and int) int {
	if !ts.v.Has(lexicon.PersonNouns, ts.W(and-1)) {
		return -1
	}
	for j := and - 2; j >= 0 && j >= and-7; j-- {
		switch ts.W(j) {
		case "a", "an":
			return j
		case ",", "and", "the":
			return -1
		}
	}
	return -1
}

// countAux reports the auxiliaries that open a passive count verb.
func (ts tokens) countAux(w string) bool { return ts.v.Has(lexicon.CountAuxiliaries, w) }

// verbLabel reports the labels a count verb gives (countVerb's values,
// each of which countVerb maps to itself): what the count says happened,
// not a noun it counts.
func (ts tokens) verbLabel(l string) bool {
	return l != "" && ts.countVerb(l) == l
}

// amongCounted is the label of the group a count is a part of, from token
// j after "among": "Three police officers were among those detained"
// counts three arrests, "among the 40 people arrested" likewise.
func (ts tokens) amongCounted(j int) string {
	for k := j; k < j+5 && k < ts.N(); k++ {
		if !ts.IsWord(k) && ts.Kind(k) != token.Number {
			return ""
		}
		if v := ts.W(k); len(v) > 2 && v[len(v)-2:] == "ed" {
			return ts.countVerb(v)
		}
	}
	return ""
}

// amongGroup reports a count of the people at head told as a part of a
// group: "Three police officers were among those detained".
func (ts tokens) amongGroup(head int) bool {
	j := ts.passiveAt(ts.toMainVerb(head + 1))
	return j >= 0 && ts.partOfGroup(j)
}

// partOfWhole reports a word at j that makes the count after it a part of
// the count before: "including".
func (ts tokens) partOfWhole(j int) bool {
	return ts.v.Has(lexicon.PartOfWhole, ts.W(j))
}

// partOfGroup reports a word at j that ties the people counted to a group
// told after it: "among".
func (ts tokens) partOfGroup(j int) bool {
	return ts.v.Has(lexicon.PartOfGroup, ts.W(j))
}

// secondPassive is the label of a second passive participle joined by
// "and" to the one after the counted noun at head ("Two men were
// arrested on Thursday and have since been charged"), "" if none.
func (ts tokens) secondPassive(head int) string {
	j := ts.passiveAt(ts.toMainVerb(head + 1))
	if j < 0 {
		return ""
	}
	for k := j + 1; k < j+10 && k < ts.N(); k++ {
		w := ts.W(k)
		if ts.Kind(k) == token.Punct || ts.clauseBreak(w) {
			return ""
		}
		if w != "and" {
			continue
		}
		m := k + 1
		if p := ts.passiveAt(m); p >= 0 {
			m = p
		}
		if v := ts.W(m); len(v) > 2 && v[len(v)-2:] == "ed" {
			return ts.countVerb(v)
		}
		return ""
	}
	return ""
}
