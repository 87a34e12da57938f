package lexicon

import (
	"math/bits"
	"strconv"
	"strings"

	"dossier/model/internal/token"
)

// WordEntry is one entry of a word list: a word or phrase as the stage
// compares it (lower case unless the list says otherwise) and, in the
// lists that give one, its value ("January" 1, "arrested" "arrests").
type WordEntry struct {
	Word  string
	Value string
}

// List names a word list of Lexicon.Words.
type List uint8

// ListNames is every list the stages read, by its name in Lexicon.Words
// (and its file in data/lexicon/words/).
func ListNames() []string { return listNames[:] }

// Vocab is the word lists prepared for lookup: for each word, the lists it
// is on, and the values the valued lists give it.
type Vocab struct {
	lists  map[string]listSet
	values [numLists]map[string]string
	ints   [numLists]map[string]int
	words  [numLists][]WordEntry
	// byFirst indexes each list's entries by their first word.
	byFirst [numLists]map[string][]int32
	// minLen and maxLen are the lengths of each list's shortest and
	// longest words.
	minLen, maxLen [numLists]int
	// filter turns away, for each list, most words that are not on it
	// without hashing them: a bit per first byte and length of its words.
	// Nearly every word of a sentence is on no list a pattern asks about.
	filter [numLists][256]uint32
	// anyFilter is the filters of every list together.
	anyFilter [256]uint32
	// monthLen bounds the length of a month's name or abbreviation, so
	// MonthOf turns most words away without a lookup.
	monthLen [2]int
}

// listSet is a set of lists, one bit each.
type listSet [(numLists + 63) / 64]uint64

func (s *listSet) add(l List)     { s[l/64] |= 1 << (l % 64) }
func (s listSet) has(l List) bool { return s[l/64]&(1<<(l%64)) != 0 }
func (s listSet) any(o listSet) bool {
	for i := range s {
		if s[i]&o[i] != 0 {
			return true
		}
	}
	return false
}

func buildVocab(words map[string][]WordEntry) Vocab {
	v := Vocab{lists: make(map[string]listSet, 2048)}
	for l, name := range listNames {
		entries := words[name]
		v.words[l] = entries
		v.minLen[l] = 1 << 30
		v.byFirst[l] = make(map[string][]int32, len(entries))
		for k, e := range entries {
			first, _, _ := strings.Cut(e.Word, " ")
			v.byFirst[l][first] = append(v.byFirst[l][first], int32(k))
			v.minLen[l] = min(v.minLen[l], len(e.Word))
			v.maxLen[l] = max(v.maxLen[l], len(e.Word))
			if e.Word != "" {
				v.filter[l][e.Word[0]] |= 1 << uint(min(len(e.Word), 31))
				v.anyFilter[e.Word[0]] |= 1 << uint(min(len(e.Word), 31))
			}
			s := v.lists[e.Word]
			s.add(List(l))
			v.lists[e.Word] = s
			if e.Value == "" {
				continue
			}
			if v.values[l] == nil {
				v.values[l] = make(map[string]string, len(entries))
			}
			v.values[l][e.Word] = e.Value
			if n, err := strconv.Atoi(e.Value); err == nil {
				if v.ints[l] == nil {
					v.ints[l] = make(map[string]int, len(entries))
				}
				v.ints[l][e.Word] = n
			}
		}
	}
	v.monthLen = [2]int{1 << 30, 0}
	for _, l := range []List{Months, MonthAbbreviations} {
		for _, e := range v.words[l] {
			v.monthLen[0], v.monthLen[1] = min(v.monthLen[0], len(e.Word)), max(v.monthLen[1], len(e.Word))
		}
	}
	return v
}

// MonthOf is the month named by token i of ts (1-12), 0 if none. Month
// names must be capitalised ("march" and "may" are verbs); abbreviations
// need their period or a following number ("Mar. 9", "Sept 2020").
func (v *Vocab) MonthOf(ts *token.Text, i int) int {
	w := ts.W(i)
	if len(w) < v.monthLen[0] || len(w) > v.monthLen[1] || !ts.IsWord(i) || !ts.Capital(i) {
		return 0
	}
	if m, ok := v.Int(Months, w); ok {
		return m
	}
	m, ok := v.Int(MonthAbbreviations, w)
	if !ok {
		return 0
	}
	if ts.W(i+1) == "." && ts.Glued(i+1) || ts.Kind(i+1) == token.Number {
		return m
	}
	return 0
}

// MinLen is the length of the shortest word on list l: no shorter word
// needs looking up.
func (v *Vocab) MinLen(l List) int { return v.minLen[l] }

// maybe reports whether w may be on list l: false means it is not.
func (v *Vocab) maybe(l List, w string) bool {
	return w != "" && v.filter[l][w[0]]&(1<<uint(min(len(w), 31))) != 0
}

// Has reports whether w is on list l.
func (v *Vocab) Has(l List, w string) bool {
	if !v.maybe(l, w) {
		return false
	}
	s, ok := v.lists[w]
	return ok && s.has(l)
}

// HasBytes is Has for a word held as bytes (a folded token): a word
// longer than the list's longest is not converted at all.
func (v *Vocab) HasBytes(l List, w []byte) bool {
	return len(w) <= v.maxLen[l] && v.Has(l, string(w))
}

// ValueBytes is Value for a word held as bytes.
func (v *Vocab) ValueBytes(l List, w []byte) (string, bool) {
	if len(w) > v.maxLen[l] {
		return "", false
	}
	return v.Value(l, string(w))
}

// Value is the value list l gives w.
func (v *Vocab) Value(l List, w string) (string, bool) {
	if !v.maybe(l, w) {
		return "", false
	}
	s, ok := v.values[l][w]
	return s, ok
}

// Int is the value list l gives w, as a number.
func (v *Vocab) Int(l List, w string) (int, bool) {
	if !v.maybe(l, w) {
		return 0, false
	}
	n, ok := v.ints[l][w]
	return n, ok
}

// PhraseAt matches the entries of list l (words separated by single
// spaces) at token i of ts and returns the longest, with the token after
// it; ok is false when none matches.
func (v *Vocab) PhraseAt(l List, ts *token.Text, i int) (e WordEntry, next int, ok bool) {
	for _, k := range v.byFirst[l][ts.W(i)] {
		cand := v.words[l][k]
		j, rest, matched := i, cand.Word, true
		for rest != "" && matched {
			var w string
			w, rest, _ = strings.Cut(rest, " ")
			matched = ts.W(j) == w
			j++
		}
		if matched && j > next {
			e, next, ok = cand, j, true
		}
	}
	return e, next, ok
}

// Entries is list l in file order.
func (v *Vocab) Entries(l List) []WordEntry { return v.words[l] }

// ListSet is a set of lists, for a word that may be on any of them.
type ListSet listSet

// Has reports whether l is in s.
func (s ListSet) Has(l List) bool { return listSet(s).has(l) }

// Any reports whether s and o have a list in common.
func (s ListSet) Any(o ListSet) bool { return listSet(s).any(listSet(o)) }

// ListsOf is the set of lists w is on, in one lookup at most.
func (v *Vocab) ListsOf(w string) ListSet {
	if w == "" || v.anyFilter[w[0]]&(1<<uint(min(len(w), 31))) == 0 {
		return ListSet{}
	}
	return ListSet(v.lists[w])
}

// Set is the set of lists ls.
func Set(ls ...List) ListSet {
	var s listSet
	for _, l := range ls {
		s.add(l)
	}
	return ListSet(s)
}

// OnAny reports whether w is on any list of s, in one lookup at most.
func (v *Vocab) OnAny(w string, s ListSet) bool {
	if w == "" {
		return false
	}
	maybe := false
	for i, bitset := range s {
		for bitset != 0 && !maybe {
			l := List(i*64 + bits.TrailingZeros64(bitset))
			bitset &= bitset - 1
			maybe = v.maybe(l, w)
		}
	}
	if !maybe {
		return false
	}
	have, ok := v.lists[w]
	return ok && have.any(listSet(s))
}
