package quantities

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
	"strings"
)

// qlex is the lexicon as the quantity finders read it: the lists, plus
// the item and unit names bucketed by their first (lowercased) byte, so
// matching at a token tries a handful of names instead of all of them, and
// the lexicon's past-tense triggers, which end a seizing verb's clause.
type qlex struct {
	*lexicon.Lexicon
	// idx is nil for a one-off lexicon view (findSeizures on one
	// sentence), where building it would cost more than it saves.
	idx *lexicon.Index
}

// lightQlex is a view of lex without an index, for one sentence.
func lightQlex(lex *lexicon.Lexicon) qlex {
	if lex == nil {
		lex = &lexicon.Lexicon{}
	}
	return qlex{Lexicon: lex}
}

// newQlex is the indexed view of lex; a nil lex is an empty one.
func newQlex(lex *lexicon.Lexicon) qlex {
	if lex == nil {
		lex = &lexicon.Lexicon{}
	}
	return qlex{Lexicon: lex, idx: lexicon.IndexOf(lex)}
}

// mayBeNumber reports whether w may be a number word (always, unindexed).
func (lx *qlex) mayBeNumber(w string) bool {
	return lx.idx == nil || lx.idx.Nums.Maybe(w)
}

// pastTrigger reports whether w (lowercase) is a past-tense trigger.
func (lx *qlex) pastTrigger(w string) bool {
	list := lx.Triggers
	if lx.idx != nil {
		list = lx.idx.PastTriggers
	}
	for _, t := range list {
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
	if w == "" || lx.Items[it].Category == "drugs" {
		return false
	}
	if lx.idx != nil {
		return lx.idx.ItemModifies(it, w)
	}
	for _, h := range lx.ItemHeads {
		if strings.EqualFold(strings.TrimSpace(h), w) {
			return true
		}
	}
	return false
}

// tokens is a sentence's reading tokens, the receiver of the quantity
// patterns.
type tokens struct{ *token.Text }
