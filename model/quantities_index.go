package model

import "strings"

// qlex is the lexicon as the quantity finders read it: the lists, plus
// the item and unit names bucketed by their first (lowercased) byte, so
// matching at a token tries a handful of names instead of all of them, and
// the lexicon's past-tense triggers, which end a seizing verb's clause.
type qlex struct {
	*Lexicon
	// indexed is false for a one-off lexicon view (findSeizures on one
	// sentence), where building the index would cost more than it saves.
	indexed          bool
	items, units     []nameRef
	itemOff, unitOff [257]int32
	edTriggers       []string
	nums             numFilter
}

// nameRef is one name or alias of the lexicon entry at idx.
type nameRef struct {
	idx  int32
	name string
}

// lightQlex is a view of lex without an index, for one sentence.
func lightQlex(lex *Lexicon) *qlex {
	if lex == nil {
		lex = &Lexicon{}
	}
	lx := &qlex{Lexicon: lex}
	for i := range lx.nums {
		lx.nums[i] = ^uint32(0)
	}
	return lx
}

// newQlex indexes lex; a nil lex is an empty one.
func newQlex(lex *Lexicon) *qlex {
	if lex == nil {
		lex = &Lexicon{}
	}
	lx := &qlex{Lexicon: lex, nums: newNumFilter(lex), indexed: true}
	var n int
	for i := range lex.Items {
		n += 1 + len(lex.Items[i].Aliases)
	}
	lx.items = make([]nameRef, 0, n)
	for i := range lex.Items {
		lx.items = appendName(lx.items, i, lex.Items[i].Name)
		for _, a := range lex.Items[i].Aliases {
			lx.items = appendName(lx.items, i, a)
		}
	}
	n = 0
	for i := range lex.Units {
		n += 1 + len(lex.Units[i].Aliases)
	}
	lx.units = make([]nameRef, 0, n)
	for i := range lex.Units {
		lx.units = appendName(lx.units, i, lex.Units[i].Code)
		for _, a := range lex.Units[i].Aliases {
			lx.units = appendName(lx.units, i, a)
		}
	}
	bucket(lx.items, &lx.itemOff)
	bucket(lx.units, &lx.unitOff)
	for _, t := range lex.Triggers {
		if len(t) > 3 && strings.HasSuffix(strings.ToLower(t), "ed") {
			lx.edTriggers = append(lx.edTriggers, t)
		}
	}
	return lx
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
		count[int(asciiLower(r.name[0]))+1]++
	}
	for b := 1; b < 257; b++ {
		count[b] += count[b-1]
	}
	*off = count
	sorted := make([]nameRef, len(refs))
	next := count
	for _, r := range refs {
		b := asciiLower(r.name[0])
		sorted[next[b]] = r
		next[b]++
	}
	copy(refs, sorted)
}

// itemsAt and unitsAt are the names starting with byte b.
func (lx *qlex) itemsAt(b byte) []nameRef {
	return lx.items[lx.itemOff[b]:lx.itemOff[int(b)+1]]
}

func (lx *qlex) unitsAt(b byte) []nameRef {
	return lx.units[lx.unitOff[b]:lx.unitOff[int(b)+1]]
}

// pastTrigger reports whether w (lowercase) is a past-tense trigger.
func (lx *qlex) pastTrigger(w string) bool {
	list := lx.edTriggers
	if !lx.indexed {
		list = lx.Triggers
	}
	for _, t := range list {
		if len(t) == len(w) && strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}
