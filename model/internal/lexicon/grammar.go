package lexicon

import (
	"strings"
)

// The function words and fixed phrases of English that more than one
// stage reasons with.

// FigurativeObject reports the object of a seizing or arresting verb used
// as a figure of speech, as business, sport and political copy does:
// "seized the moment", "seize the opportunity", "arrest a slide", "arrest
// the decline". next and after are the two words after the verb.
func (v *Vocab) FigurativeObject(next, after string) bool {
	switch next {
	case "the", "a", "an", "this", "that", "its", "their":
	case "control", "power": // "seized power"
		return true

	default:
		return false
	}
	return v.Has(FigurativeObjects, after)
}

// Contracted reports a word that ends in a contraction after its stem,
// written with a straight or a curly apostrophe: "didn't", "we’ll".
func Contracted(w, straight, curly string) bool {
	return len(w) > len(straight) && strings.HasSuffix(w, straight) || len(w) > len(curly) && strings.HasSuffix(w, curly)
}

// PluralNoun guesses whether a lowercase word is a plural noun.
func (v *Vocab) PluralNoun(w string) bool {
	if v.Has(PluralNouns, w) {
		return true
	}
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "’s"), strings.HasSuffix(w, "ous"):
		return false
	}
	return true
}

// BeAux reports whether w is a form of "be" that makes a participle
// passive.
func (v *Vocab) BeAux(w string) bool { return v.Has(PassiveAuxiliaries, w) }

// StopWord reports function words that end a noun phrase after a number.
func (v *Vocab) StopWord(w string) bool { return v.Has(StopWords, w) }

// HaveAux reports a form of "have" before a participle.
func (v *Vocab) HaveAux(w string) bool { return v.Has(HaveForms, w) }

// Modal reports a modal or future auxiliary: what follows has not
// happened.
func (v *Vocab) Modal(w string) bool { return v.Has(Modals, w) || Contracted(w, "'ll", "’ll") }

// Negation reports a negation before a verb: "not", "never", "didn't".
func (v *Vocab) Negation(w string) bool { return v.Has(Negations, w) || Contracted(w, "n't", "n’t") }
