package lexicon

import (
	"strings"

	"dossier/model/internal/token"
)

// names is the lexicon as the quantity finders read it: the item and
// unit names bucketed by their first (lowercased) byte, so matching at a
// token tries a handful of names instead of all of them, and the
// lexicon's past-tense triggers, which end a seizing verb's clause.
type names struct {
	items, units     []NameRef
	itemOff, unitOff [257]int32
	// PastTriggers are the triggers of more than three letters ending
	// in "ed", as written.
	PastTriggers []string
	// ItemHeads is Lexicon.ItemHeads lowercased, as a set.
	ItemHeads map[string]bool
}

// NameRef is one name or alias of the lexicon entry at Idx (an index into
// Lexicon.Items or Lexicon.Units).
type NameRef struct {
	Idx  int32
	Name string
}

// buildNames indexes the items, units, past triggers and item heads of
// lex.
func buildNames(lex *Lexicon) names {
	var ix names
	var n int
	for i := range lex.Items {
		n += 1 + len(lex.Items[i].Aliases)
	}
	ix.items = make([]NameRef, 0, n)
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
	ix.units = make([]NameRef, 0, n)
	for i := range lex.Units {
		ix.units = appendName(ix.units, i, lex.Units[i].Code)
		for _, a := range lex.Units[i].Aliases {
			ix.units = appendName(ix.units, i, a)
		}
	}
	bucket(ix.items, &ix.itemOff)
	bucket(ix.units, &ix.unitOff)
	ix.ItemHeads = make(map[string]bool, len(lex.ItemHeads))
	for _, h := range lex.ItemHeads {
		ix.ItemHeads[strings.ToLower(strings.TrimSpace(h))] = true
	}
	for _, t := range lex.Triggers {
		if len(t) > 3 && strings.HasSuffix(strings.ToLower(t), "ed") {
			ix.PastTriggers = append(ix.PastTriggers, t)
		}
	}
	return ix
}

func appendName(dst []NameRef, i int, name string) []NameRef {
	if name == "" {
		return dst
	}
	return append(dst, NameRef{Idx: int32(i), Name: name})
}

// bucket sorts refs by first lowercased byte (stable, so the lexicon's
// order decides ties) and records where each byte's names start.
func bucket(refs []NameRef, off *[257]int32) {
	var count [257]int32
	for _, r := range refs {
		count[int(token.Lower(r.Name[0]))+1]++
	}
	for b := 1; b < 257; b++ {
		count[b] += count[b-1]
	}
	*off = count
	sorted := make([]NameRef, len(refs))
	next := count
	for _, r := range refs {
		b := token.Lower(r.Name[0])
		sorted[next[b]] = r
		next[b]++
	}
	copy(refs, sorted)
}

// ItemsAt and UnitsAt are the names starting with byte b.
func (ix *names) ItemsAt(b byte) []NameRef {
	return ix.items[ix.itemOff[b]:ix.itemOff[int(b)+1]]
}

func (ix *names) UnitsAt(b byte) []NameRef {
	return ix.units[ix.unitOff[b]:ix.unitOff[int(b)+1]]
}

// ItemModifies reports whether item it, written right before the
// lowercase word w, only qualifies it: "truck driver", "car brand"
// (Lexicon.ItemHeads). A drug keeps its name as a modifier: "fentanyl
// sales" are about fentanyl.
func (ix *Index) ItemModifies(it int, w string) bool {
	if w == "" || ix.lex.Items[it].Category == "drugs" {
		return false
	}
	return ix.ItemHeads[w]
}
