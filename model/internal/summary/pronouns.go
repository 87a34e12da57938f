package summary

import (
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// A summary that opens on a pronoun ("They intercepted ...") names who
// did it when the sentence before says so clearly.

// The kinds of subject-pronouns.tsv: what a pronoun can stand for.
const (
	kindPlural = "plural"
	kindPerson = "person"
	kindThing  = "thing"
)

// and joins nouns into a plural, and the last name of a list to the
// others.
const and = "and"

// subjectMax bounds, in words, a subject that can stand in for a pronoun:
// a longer one is a list or a clause, not a name.
const subjectMax = 7

// Subject is the subject sum opens on, the words before its main verb
// without an apposition ("Gideon Misulovin, 58," is "Gideon Misulovin"),
// or "" when it opens on no short subject of its own: a pronoun, a word
// in lower case, a verb.
func (sm *Summarizer) Subject(sum string) string {
	sm.words = token.Fields(sm.words[:0], sum)
	ws := sm.words
	v := sm.mainVerb(ws)
	if v <= 0 {
		return ""
	}
	ws = ws[:v]
	for i, w := range ws {
		if endsComma(w) {
			ws = ws[:i+1]
			break
		}
	}
	// "Police also seized", "The men were charged", "He could not be":
	// the verb's adverbs and auxiliaries are not the subject's.
	for len(ws) > 1 && isLowerWord(ws[len(ws)-1]) && sm.beforeVerb(lower(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1]
	}
	ws = trimLast(slicesClone(ws))
	if len(ws) == 0 || len(ws) > subjectMax || isLowerWord(ws[0]) || sm.pronounKind(ws[0]) != "" {
		return ""
	}
	for _, w := range ws {
		if isLowerWord(w) && sm.isRelative(lower(w)) || sm.hasFolded(lexicon.Subordinators, w) {
			return ""
		}
	}
	return strings.Join(ws, " ")
}

// OpensOnPronoun reports a summary whose first word is a pronoun that
// Resolve may replace.
func (sm *Summarizer) OpensOnPronoun(sum string) bool {
	p, _, _ := strings.Cut(sum, " ")
	return len(p) <= 4 && sm.pronounKind(p) != ""
}

// Resolve replaces the pronoun sum opens on with subject, the subject of
// the sentence before, when the pronoun is the subject of its sentence's
// main clause (the sentence opens on it, or on an adverbial closed by a
// comma) and subject is what the pronoun can stand for: plural for
// "they", a person for "he" and "she", a single thing for "it". Any
// doubt keeps the pronoun.
func (sm *Summarizer) Resolve(sentence, sum, subject string) string {
	p, rest, _ := strings.Cut(sum, " ")
	kind := sm.pronounKind(p)
	if kind == "" || subject == "" || rest == "" || !sm.opensMainClause(sentence, lower(p)) {
		return sum
	}
	if kind == kindThing {
		// "It was not clear", "It is the largest": "it" with a form of
		// "be" is most often no one's.
		if next, _, _ := strings.Cut(rest, " "); sm.isAuxVerb(lower(next)) {
			return sum
		}
	}
	ws := strings.Fields(subject)
	if sm.subjectKind(ws) != kind {
		return sum
	}
	// "A man was arrested. He ...": the man is known by now.
	if l := lower(ws[0]); (l == "a" || l == "an") && len(ws) > 1 {
		ws = append([]string{"The"}, ws[1:]...)
	}
	out := strings.Join(ws, " ") + " " + rest
	if len(out) > summaryLong {
		return sum
	}
	return capitalise(out)
}

// beforeVerb reports a word that stands between a subject and its verb:
// an auxiliary, a modal, a negation, an adverb in -ly, "also".
func (sm *Summarizer) beforeVerb(w string) bool {
	return sm.isAuxVerb(w) || w == "also" || strings.HasSuffix(w, "ly") ||
		sm.v.Has(lexicon.Modals, w) || sm.v.Has(lexicon.Negations, w) || sm.v.Has(lexicon.PassiveAuxiliaries, w)
}

// pronounKind is what pronoun w, in any case, must stand for, "" if w is
// none.
func (sm *Summarizer) pronounKind(w string) string {
	var buf [16]byte
	if w = trimPunct(w); len(w) > len(buf)/2 {
		return ""
	}
	k, _ := sm.v.ValueBytes(lexicon.SubjectPronouns, token.AppendFold(buf[:0], w))
	return k
}

// hasFolded is sm.v.Has for w in any case, without a copy of a short
// word.
func (sm Summarizer) hasFolded(l lexicon.List, w string) bool {
	var buf [64]byte
	if w = trimPunct(w); len(w) > len(buf)/2 {
		return sm.v.Has(l, lower(w))
	}
	return sm.v.HasBytes(l, token.AppendFold(buf[:0], w))
}

// opensMainClause reports whether pronoun p is the subject of sentence's
// main clause: its first word, or the first after an opening adverbial
// closed by a comma with no subordinate clause in it ("Prior to the
// investigation, they ..."), not "where it was collected".
func (sm *Summarizer) opensMainClause(sentence, p string) bool {
	rest, prev := sentence, ""
	for i := 0; i <= 12; i++ {
		var w string
		w, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		if w == "" {
			return false
		}
		if strings.EqualFold(trimPunct(dropQuoteMarks(w)), p) {
			return i == 0 || endsComma(prev)
		}
		l := w
		if !isLowerWord(w) {
			if i > 0 {
				prev = w
				continue
			}
			l = lower(w)
		}
		l = trimPunct(l)
		if sm.isSubordinator(l) || sm.isRelative(l) || sm.pronounKind(w) != "" {
			return false
		}
		prev = w
	}
	return false
}

// subjectKind is what subject ws is: "plural" (a plural head noun, or
// nouns joined by "and"), "person" (a title, a person's noun, a given
// name), else "thing"; "" when it is none of these clearly.
func (sm *Summarizer) subjectKind(ws []string) string {
	head := len(ws) - 1
	for i := 1; i < len(ws); i++ {
		l := lower(ws[i])
		if l == and {
			return kindPlural
		}
		if sm.v.StopWord(l) && head == len(ws)-1 {
			// "Authorities in Belgium": the head ends before its
			// preposition.
			head = i - 1
		}
	}
	h := lower(ws[head])
	person := sm.v.Has(lexicon.PersonNouns, h) || sm.v.Has(lexicon.PersonWords, h)
	for i, w := range ws[:head+1] {
		if l := lower(w); sm.v.Has(lexicon.PersonWords, l) && i < head ||
			sm.v.Has(lexicon.FirstNames, l) && i < head && !isLowerWord(ws[i+1]) {
			person = true
		}
	}
	switch {
	case sm.v.Has(lexicon.PluralNouns, h) || plainPlural(ws[head], head == 0):
		return kindPlural
	case person:
		return kindPerson
	case head > 0 && isLowerWord(ws[head]) || isInitialism(ws[head]):
		// "The operation", "The FBI": one thing. A bare name could be a
		// person's.
		return kindThing
	}
	return ""
}

// plainPlural reports a lower-case noun in -s ("prosecutors"), the first
// word of a sentence ("Prosecutors") included; a capitalised name in -s
// ("Reuters") is none.
func plainPlural(w string, first bool) bool {
	w = trimPunct(w)
	if !isLowerWord(w) && !first || len(w) < 4 {
		return false
	}
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is")
}

// isInitialism reports an all-capitals name of two letters or more: "FBI",
// "DEA".
func isInitialism(w string) bool {
	w = trimPunct(w)
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
