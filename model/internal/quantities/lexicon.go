package quantities

import (
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// qlex is the lexicon as the quantity finders read it: the lists and the
// index every parse shares (the item and unit names by first letter, the
// past-tense triggers, the word lists).
type qlex struct {
	*lexicon.Lexicon
	idx *lexicon.Index
}

// newQlex is the view of lex; a nil lex is an empty one.
func newQlex(lex *lexicon.Lexicon) qlex {
	if lex == nil {
		lex = &lexicon.Lexicon{}
	}
	return qlex{Lexicon: lex, idx: lexicon.IndexOf(lex)}
}

// mayBeNumber reports whether w may be a number word.
func (lx *qlex) mayBeNumber(w string) bool { return lx.idx.Nums.Maybe(w) }

// pastTrigger reports whether w (lowercase) is a past-tense trigger.
func (lx *qlex) pastTrigger(w string) bool {
	for _, t := range lx.idx.PastTriggers {
		if len(t) == len(w) && strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// itemModifies reports whether item it, written right before the
// lowercase word w, only qualifies it: "truck driver", "car brand"
// (Lexicon.ItemHeads). A drug keeps its name as a modifier: "fentanyl
// sales" are about fentanyl.
func (lx *qlex) itemModifies(it int, w string) bool {
	return lx.idx.ItemModifies(it, w)
}

// tokens is a sentence's reading tokens with the lexicon's word lists,
// the receiver of the quantity patterns.
type tokens struct {
	*token.Text
	v *lexicon.Vocab
}
