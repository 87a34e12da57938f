package lexicon

import (
	"sort"
	"strings"

	"dossier/model/internal/token"
)

// PhraseKind is what a lexicon phrase names. On equal length the lower
// kind wins, so "Luxembourg" is the country before the city.
type PhraseKind uint8

const (
	Country  PhraseKind = iota // a country's name or alias
	Demonym                    // a country's adjective: "Belgian"
	Agency                     // a named body: "Europol"
	Network                    // "Sky ECC"
	Place                      // "Antwerp", "South America"
	PlaceAdj                   // adjective of a place without a country: "European"
	Role                       // "police", "federal prosecutors"
	Item                       // "cocaine", "police uniforms"
	Trigger                    // a verb or noun of a happening
	Cue                        // a state or background cue
)

// strictCase reports whether the kind is a proper name, whose capitalised
// words only match capitalised text ("Turkey" is not "turkey").
func (k PhraseKind) strictCase() bool { return k <= PlaceAdj }

// Phrase is one lexicon string, tokenized like the text.
type Phrase struct {
	Keys []string     // folded tokens
	Caps []token.Caps // how each token is written in the lexicon
	Kind PhraseKind
	Ref  int // index into the Lexicon slice of its kind
}

// Index is the lexicon prepared for matching: phrases by their first
// folded words, longest first, and the lookups the parser needs. Other
// finders in the package may hang their own prepared lists here too: it is
// built once per Lexicon and shared by every parse.
type Index struct {
	Phrases    []Phrase
	Entities   PhraseTable     // entity phrases
	Predicates PhraseTable     // triggers and state cues
	Abbrev     map[string]bool // exact abbreviations, and folded lowercase ones
	Country    map[string]int  // canonical country name -> index in Countries
	AdjName    map[int]string  // by Places index: the derived adjective ("European") of a place without a country
	Demonym    []string        // per Countries index: the adjective to name agencies with
	Triggers   map[string]bool // folded one-word triggers, for summaries
	// ItemCategory is the category of the first item of each name.
	ItemCategory map[string]string
	// Nums tells which words may be number words.
	Nums NumFilter
	// Words are Lexicon.Words prepared for lookup.
	Words Vocab
	// names are the item and unit names by first letter, for the
	// quantity finders: read-only once built, so every parse shares them
	// instead of re-bucketing the items and units per story.
	names
	lex *Lexicon
}

// IndexOf returns the lexicon's matching index, building it on first use.
func IndexOf(l *Lexicon) *Index {
	l.once.Do(func() { l.idx = buildIndex(l) })
	return l.idx
}

func buildIndex(l *Lexicon) *Index {
	n := l.phraseCount()
	ix := &Index{
		// Sized as the embedded lists fill them: a phrase in three
		// starts with a word another one starts with, one in three has
		// two words or more.
		Entities:   PhraseTable{one: make(map[string]phraseBucket, 2*n/3), two: make(map[string][]int32, n/3)},
		Predicates: newPhraseTable(),
		Abbrev:     make(map[string]bool, 2*len(l.Abbreviations)),
		Country:    make(map[string]int, len(l.Countries)),
		Triggers:   make(map[string]bool, len(l.Triggers)),
		Phrases:    make([]Phrase, 0, n+len(l.Triggers)+len(l.StateCues)),
	}
	b := &builder{ix: ix}
	// Every phrase's keys and capitals come out of two shared arrays: the
	// index is built on the way to the first frame, and one allocation
	// per phrase was most of its cost.
	pool := 2*n + 2*len(l.Triggers) + 3*len(l.StateCues)
	b.keyPool, b.capPool = make([]string, 0, pool), make([]token.Caps, 0, pool)
	b.countries(l.Countries)
	for i, a := range l.Agencies {
		b.names(Agency, i, a.Name, a.Aliases)
	}
	for i, n := range l.Networks {
		b.names(Network, i, n.Name, n.Aliases)
	}
	ix.AdjName = map[int]string{}
	for i, p := range l.Places {
		b.names(Place, i, p.Name, p.Aliases)
	}
	for i, r := range l.Roles {
		b.names(Role, i, r.Name, r.Aliases)
	}
	for i, it := range l.Items {
		b.names(Item, i, it.Name, it.Aliases)
	}
	b.placeAdjectives(l.Places)
	for _, t := range l.Triggers {
		b.add(t, Trigger, 0)
		if f := token.Fields(nil, token.Fold(t)); len(f) > 0 {
			ix.Triggers[f[0]] = true
		}
	}
	for _, c := range l.StateCues {
		b.add(c, Cue, 0)
	}
	ix.abbreviations(l.Abbreviations)
	ix.sortBuckets()
	ix.joinBuckets()
	ix.ItemCategory = make(map[string]string, len(l.Items))
	for _, it := range l.Items {
		if _, seen := ix.ItemCategory[it.Name]; !seen {
			ix.ItemCategory[it.Name] = it.Category
		}
	}
	ix.Nums = newNumFilter(l)
	ix.Words = buildVocab(l.Words)
	ix.names = buildNames(l)
	ix.lex = l
	return ix
}

// builder adds phrases to an index under construction.
type builder struct {
	ix      *Index
	keyPool []string
	capPool []token.Caps
	toks    []token.Token
}

// add makes s a phrase of kind, naming entry ref of its list.
func (b *builder) add(s string, kind PhraseKind, ref int) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	b.toks = token.Scan(b.toks[:0], s, 0, len(s), token.Lexical)
	toks := b.toks
	if len(toks) == 0 {
		return
	}
	if cap(b.keyPool)-len(b.keyPool) < len(toks) {
		b.keyPool = make([]string, 0, max(256, len(toks)))
		b.capPool = make([]token.Caps, 0, max(256, len(toks)))
	}
	k0 := len(b.keyPool)
	b.keyPool = b.keyPool[:k0+len(toks)]
	b.capPool = b.capPool[:k0+len(toks)]
	p := Phrase{Kind: kind, Ref: ref, Keys: b.keyPool[k0:len(b.keyPool):len(b.keyPool)], Caps: b.capPool[k0:len(b.capPool):len(b.capPool)]}
	for i, t := range toks {
		w := s[t.Start:t.End]
		p.Keys[i] = token.Fold(w)
		p.Caps[i] = token.CapsOf(w)
		// One capital letter ("U" in "U.S.") is an initial, not an
		// acronym that must be shouted.
		if p.Caps[i] == token.CapsAll && token.CountLetters(w) < 2 {
			p.Caps[i] = token.CapsInitial
		}
	}
	t := &b.ix.Entities
	if kind >= Trigger {
		t = &b.ix.Predicates
	}
	id := int32(len(b.ix.Phrases))
	b.ix.Phrases = append(b.ix.Phrases, p)
	t.add(p.Keys, id)
}

// names adds an entry's name and aliases.
func (b *builder) names(kind PhraseKind, ref int, name string, aliases []string) {
	b.add(name, kind, ref)
	for _, a := range aliases {
		b.add(a, kind, ref)
	}
}

// countries adds the countries' names, aliases and demonyms, and the
// adjective agencies are named with.
func (b *builder) countries(cs []CountryEntry) {
	for i, c := range cs {
		b.ix.Country[c.Name] = i
		b.names(Country, i, c.Name, c.Aliases)
		for _, d := range c.Demonyms {
			b.add(d, Demonym, i)
		}
		// Agencies are named with the country's adjective ("Dutch
		// police"); where the first demonym is a people noun ("New
		// Zealander", "Hongkonger", "Solomon Islander") the adjective is
		// the country's own name ("New Zealand police").
		name := c.Name
		if d := strings.TrimSpace(firstOr(c.Demonyms)); d != "" && !strings.HasSuffix(d, "er") {
			name = d
		}
		b.ix.Demonym = append(b.ix.Demonym, name)
	}
}

// placeAdjectives adds the adjectives of continents and regions
// ("European", "South American"), which qualify bodies without naming a
// country. They are derived by the regular English rule unless the lists
// already use the word.
func (b *builder) placeAdjectives(places []PlaceEntry) {
	for i, p := range places {
		if p.Country != "" {
			continue
		}
		adj := placeAdjective(p.Name)
		if adj == "" {
			continue
		}
		if b.ix.hasPhrase(token.Fold(adj)) {
			continue
		}
		b.ix.AdjName[i] = adj
		b.add(adj, PlaceAdj, i)
	}
}

// abbreviations indexes the abbreviations as written, and the lowercase
// ones folded too.
func (ix *Index) abbreviations(abbrev []string) {
	for _, a := range abbrev {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		ix.Abbrev[a] = true
		if a == strings.ToLower(a) {
			ix.Abbrev[token.Fold(a)] = true
		}
	}
}

// sortBuckets orders every bucket longest first; on equal length the kind
// order decides.
func (ix *Index) sortBuckets() {
	byLength := func(ids []int32) {
		sort.SliceStable(ids, func(a, b int) bool {
			pa, pb := &ix.Phrases[ids[a]], &ix.Phrases[ids[b]]
			if len(pa.Keys) != len(pb.Keys) {
				return len(pa.Keys) > len(pb.Keys)
			}
			return pa.Kind < pb.Kind
		})
	}
	for _, t := range []PhraseTable{ix.Entities, ix.Predicates} {
		for _, b := range t.one {
			byLength(b.ids)
		}
		for _, ids := range t.two {
			byLength(ids)
		}
	}
}

// joinBuckets puts both tables' buckets of a word behind one lookup: the
// entity pass and the predicate reader look up every token of every
// sentence.
func (ix *Index) joinBuckets() {
	words := make(map[string]*wordBuckets, len(ix.Entities.one)+len(ix.Predicates.one)/4)
	for slot, t := range []*PhraseTable{&ix.Entities, &ix.Predicates} {
		for w, b := range t.one {
			if words[w] == nil {
				words[w] = &wordBuckets{}
			}
			words[w].of[slot] = b
		}
		t.words, t.slot = words, slot
	}
}

// phraseCount is about how many entity phrases the index will hold: every
// name, alias and demonym, and the adjectives of places without a country.
func (l *Lexicon) phraseCount() int {
	n := 0
	for _, c := range l.Countries {
		n += 1 + len(c.Aliases) + len(c.Demonyms)
	}
	for _, a := range l.Agencies {
		n += 1 + len(a.Aliases)
	}
	for _, x := range l.Networks {
		n += 1 + len(x.Aliases)
	}
	for _, p := range l.Places {
		n += 1 + len(p.Aliases)
		if p.Country == "" {
			n++ // its adjective, "European"
		}
	}
	for _, r := range l.Roles {
		n += 1 + len(r.Aliases)
	}
	for _, it := range l.Items {
		n += 1 + len(it.Aliases)
	}
	return n
}

// hasPhrase reports whether a folded one-token string is already an entity
// phrase.
func (ix *Index) hasPhrase(key string) bool {
	return len(ix.Entities.one[key].ids) > 0
}

// PhraseTable finds phrases by their first words: one-word phrases by
// that word, longer ones by their first two, so a common first word
// ("the") does not try every phrase that starts with it.
type PhraseTable struct {
	one map[string]phraseBucket
	two map[string][]int32 // key: first word, NUL, second word
	// words holds, once the index is built, every table's bucket of a
	// word (the map is shared by the tables), slot this table's place in
	// it.
	words map[string]*wordBuckets
	slot  int
}

// wordBuckets is a word's bucket in each phrase table: entities, then
// predicates.
type wordBuckets struct {
	of [2]phraseBucket
}

// phraseBucket is the one-word phrases of a word, and whether longer phrases
// start with it (most words start none: no second lookup).
type phraseBucket struct {
	ids   []int32
	multi bool
}

func newPhraseTable() PhraseTable {
	return PhraseTable{one: map[string]phraseBucket{}, two: map[string][]int32{}}
}

func (t *PhraseTable) add(keys []string, id int32) {
	b := t.one[keys[0]]
	if len(keys) == 1 {
		b.ids = append(b.ids, id)
	} else {
		b.multi = true
		k := keys[0] + "\x00" + keys[1]
		t.two[k] = append(t.two[k], id)
	}
	t.one[keys[0]] = b
}

// placeAdjective derives "European" from "Europe", "South American" from
// "South America"; other endings have no regular adjective.
func placeAdjective(name string) string {
	name = strings.TrimSpace(name)
	switch {
	case strings.HasSuffix(name, "e"):
		return name + "an"
	case strings.HasSuffix(name, "a"):
		return name + "n"
	}
	return ""
}

// NumberWord is the shortest one-word number word for n ("three"), the
// first in alphabetical order of those as short, or "" if the lexicon
// has none.
func (ix *Index) NumberWord(n int) string {
	if ix.lex == nil {
		return ""
	}
	best := ""
	for w, v := range ix.lex.Numbers {
		if v != float64(n) || strings.ContainsAny(w, " -") {
			continue
		}
		if best == "" || len(w) < len(best) || len(w) == len(best) && w < best {
			best = w
		}
	}
	return best
}

// Number is the value of the number word w (lowercase): "three", "one".
func (ix *Index) Number(w string) (float64, bool) {
	if ix.lex == nil {
		return 0, false
	}
	v, ok := ix.lex.Numbers[w]
	return v, ok
}
