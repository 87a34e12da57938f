package dates

import (
	"strings"

	"dossier/model/internal/lexicon"
)

// A court report, an extradition release or a follow-up tells earlier
// happenings in order ("On June 3, 2018, he followed her home. He then
// called police."), and an article's background paragraph does the same
// after a "Last year" or an "In 2019". The sentences that carry such a
// narration on take its date, not the story's present.

// narrates reports whether a sentence without a date of its own carries
// on the narration of the flashback before it, in the same paragraph: it
// is told in the past ("issued a warrant", "was detained"), with no verb
// of the story's present ("He is serving", "He faces"), it quotes no one
// (a quote speaks from the time it was said), and it tells of the same
// actors: a personal pronoun ("for his arrest") or a name the previous
// sentence used. "Officers seized 2 tonnes" after "Last year, police
// dismantled a network" names no one of that narration, and returns to
// the present.
func (r *Resolver) narrates(ts tokens) bool {
	if ts.leavesNarration() {
		return false
	}
	past, actor := false, false
	for i := 0; i < ts.N(); i++ {
		if !ts.IsWord(i) {
			continue
		}
		if !past && ts.pastForm(i) {
			past = true
		}
		if !actor && (ts.is(i, lexicon.ActorPronouns) || r.namedBefore(ts, i)) {
			actor = true
		}
	}
	return past && actor
}

// pastForm reports a word that reads as a verb in the past: a lower-case
// -ed form, an irregular participle ("caught", "fled") or simple past
// ("was", "took").
func (ts tokens) pastForm(i int) bool {
	w := ts.W(i)
	if ts.is(i, lexicon.PastVerbs) || ts.is(i, lexicon.IrregularParticiples) {
		return true
	}
	return !ts.Capital(i) && len(w) > 3 && strings.HasSuffix(w, "ed")
}

// namedBefore reports a capitalized word, a name, that the previous
// sentence used too ("Judge Debevoise sentenced Misulovin … The court
// also ordered Misulovin"). Function words that open a sentence ("The",
// "During") are no names.
func (r *Resolver) namedBefore(ts tokens, i int) bool {
	w := ts.W(i)
	return ts.Capital(i) && len(w) > 2 && !ts.v.StopWord(w) && r.mentionedBefore(w)
}

// leavesNarration reports a sentence that quotes someone or has a verb
// of the story's present or future ("He is now serving", "He faces",
// "will be sentenced"): even a pronoun that opens it ("He") does not take
// it back into a narration.
func (ts tokens) leavesNarration() bool {
	if strings.ContainsAny(ts.Src, "\"“”") {
		return true
	}
	for i := 0; i < ts.N(); i++ {
		if ts.is(i, lexicon.PresentCues) || ts.futureCue(ts.W(i)) {
			return true
		}
	}
	return false
}
