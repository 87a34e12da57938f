package model

import (
	"dossier/model/internal/token"
	"strings"
)

// qlex is the lexicon as the quantity finders read it: the lists, plus
// the item and unit names bucketed by their first (lowercased) byte, so
// matching at a token tries a handful of names instead of all of them, and
// the lexicon's past-tense triggers, which end a seizing verb's clause.
type qlex struct {
	*Lexicon
	// idx is nil for a one-off lexicon view (findSeizures on one
	// sentence), where building it would cost more than it saves.
	idx *qindex
}

type qindex struct {
	items, units     []nameRef
	itemOff, unitOff [257]int32
	edTriggers       []string
	nums             numFilter
	itemHeads        map[string]bool
}

// nameRef is one name or alias of the lexicon entry at idx.
type nameRef struct {
	idx  int32
	name string
}

// lightQlex is a view of lex without an index, for one sentence.
func lightQlex(lex *Lexicon) qlex {
	if lex == nil {
		lex = &Lexicon{}
	}
	return qlex{Lexicon: lex}
}

// newQlex indexes lex; a nil lex is an empty one.
func newQlex(lex *Lexicon) *qlex {
	if lex == nil {
		lex = &Lexicon{}
	}
	ix := &qindex{nums: newNumFilter(lex)}
	var n int
	for i := range lex.Items {
		n += 1 + len(lex.Items[i].Aliases)
	}
	ix.items = make([]nameRef, 0, n)
	for i := range lex.Items {
		ix.items = appendName(ix.items, i, lex.Items[i].Name)
		for _, a := range lex.Items[i].Aliases {
			ix.items = appendName(ix.items, i, a)
		}
	}
	n = 0
	for i := range lex.Units {
		n += 1 + len(lex.Units[i].Aliases)
	}
	ix.units = make([]nameRef, 0, n)
	for i := range lex.Units {
		ix.units = appendName(ix.units, i, lex.Units[i].Code)
		for _, a := range lex.Units[i].Aliases {
			ix.units = appendName(ix.units, i, a)
		}
	}
	bucket(ix.items, &ix.itemOff)
	bucket(ix.units, &ix.unitOff)
	ix.itemHeads = make(map[string]bool, len(lex.ItemHeads))
	for _, h := range lex.ItemHeads {
		ix.itemHeads[strings.ToLower(strings.TrimSpace(h))] = true
	}
	for _, t := range lex.Triggers {
		if len(t) > 3 && strings.HasSuffix(strings.ToLower(t), "ed") {
			ix.edTriggers = append(ix.edTriggers, t)
		}
	}
	return &qlex{Lexicon: lex, idx: ix}
}

func appendName(dst []nameRef, i int, name string) []nameRef {
	if name == "" {
		return dst
	}
	return append(dst, nameRef{idx: int32(i), name: name})
}

// bucket sorts refs by first lowercased byte (stable, so the lexicon's
// order decides ties) and records where each byte's names start.
func bucket(refs []nameRef, off *[257]int32) {
	var count [257]int32
	for _, r := range refs {
		count[int(token.Lower(r.name[0]))+1]++
	}
	for b := 1; b < 257; b++ {
		count[b] += count[b-1]
	}
	*off = count
	sorted := make([]nameRef, len(refs))
	next := count
	for _, r := range refs {
		b := token.Lower(r.name[0])
		sorted[next[b]] = r
		next[b]++
	}
	copy(refs, sorted)
}

// itemsAt and unitsAt are the names starting with byte b.
func (ix *qindex) itemsAt(b byte) []nameRef {
	return ix.items[ix.itemOff[b]:ix.itemOff[int(b)+1]]
}

func (ix *qindex) unitsAt(b byte) []nameRef {
	return ix.units[ix.unitOff[b]:ix.unitOff[int(b)+1]]
}

// mayBeNumber reports whether w may be a number word (always, unindexed).
func (lx *qlex) mayBeNumber(w string) bool {
	return lx.idx == nil || lx.idx.nums.maybe(w)
}

// pastTrigger reports whether w (lowercase) is a past-tense trigger.
func (lx *qlex) pastTrigger(w string) bool {
	list := lx.Triggers
	if lx.idx != nil {
		list = lx.idx.edTriggers
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
		return lx.idx.itemHeads[w]
	}
	for _, h := range lx.ItemHeads {
		if strings.EqualFold(strings.TrimSpace(h), w) {
			return true
		}
	}
	return false
}
