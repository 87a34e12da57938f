package casefile

import (
	"math/bits"
	"strings"

	"dossier/model"
	words "dossier/model/internal/lexicon"
)

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

// vocab is the case's word lists (data/lexicon/words/case): what kind of
// happening a word or a count reports, how a qualifier bounds a figure,
// which words every wording shares.
type vocab struct {
	v *words.Vocab
	// kinds are the kinds by name, as the lists give them.
	kinds map[string]kindSet
	// paired are the first words of the pairs.
	paired map[string]bool
}

func newVocab(lex *model.Lexicon) *vocab {
	if lex == nil {
		lex = &model.Lexicon{}
	}
	kinds := make(map[string]kindSet, numKinds)
	for b := 0; b < numKinds; b++ {
		kinds[kindName(b)] = 1 << b
	}
	vo := &vocab{v: &words.IndexOf(lex).Words, kinds: kinds, paired: map[string]bool{}}
	for _, e := range vo.v.Entries(words.HappeningPairs) {
		first, _, _ := strings.Cut(e.Word, " ")
		vo.paired[first] = true
	}
	return vo
}

// kindIn is the kind list l gives w, 0 for none.
func (vo *vocab) kindIn(l words.List, w string) kindSet {
	if name, ok := vo.v.Value(l, w); ok {
		return vo.kinds[name]
	}
	return 0
}

// wordKind is the kind a lowercase word of a sentence reports, given the
// word after it ("" when that is not known yet); 0 for words that report
// none.
func (vo *vocab) wordKind(w, next string) kindSet {
	if next != "" {
		if k := vo.kindIn(words.HappeningPairs, w+" "+next); k != 0 {
			return k
		}
	}
	return vo.kindIn(words.HappeningWords, w)
}

// pairedKind reports the words whose kind depends on the next word.
func (vo *vocab) pairedKind(w string) bool { return vo.paired[w] }

// countKind is the kind a count's label reports ("arrests", "searches",
// "killed"); 0 for counts of things ("firearms", "customers").
func (vo *vocab) countKind(what string) kindSet { return vo.kindIn(words.CountKinds, what) }

// qualifierSense reads a qualifier the parser writes.
func (vo *vocab) qualifierSense(q string) sense {
	switch v, _ := vo.v.Value(words.QualifierSenses, q); v {
	case "lower":
		return senseLower
	case "upper":
		return senseUpper
	}
	return sensePoint
}

// functionWord reports the long function words, which two wordings of
// anything share.
func (vo *vocab) functionWord(w string) bool { return vo.v.Has(words.SharedWords, w) }
