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

// BeAux reports whether w is a form of "be" that makes a participle passive.
func BeAux(w string) bool {
	switch w {
	case "was", "were", "is", "are", "been", "be", "being", "got", "get", "gets":
		return true
	}
	return false
}

// Contracted reports a word that ends in a contraction after its stem,
// written with a straight or a curly apostrophe: "didn't", "we’ll".
func Contracted(w, straight, curly string) bool {
	return len(w) > len(straight) && strings.HasSuffix(w, straight) || len(w) > len(curly) && strings.HasSuffix(w, curly)
}


// StopWord reports function words that end a noun phrase after a number.
func StopWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
		"but", "nor", "than", "as", "that", "which", "who", "this", "these", "those", "its", "their",
		"his", "her", "our", "was", "were", "is", "are", "be", "been", "has", "have", "had", "will",
		"would", "could", "should", "may", "might", "can", "into", "onto", "across", "during",
		"after", "before", "since", "until", "per", "each", "every", "more", "less", "some", "such",
		"also", "about", "around", "over", "under", "between", "among", "against", "including",
		"always", "perhaps", "besides", "whereas", "does", "did", "do", "not", "no", "so", "it",
		"they", "he", "she", "we", "you", "i", "them", "him", "us", "a.m", "p.m", "am", "pm":
		return true
	}
	return false
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
