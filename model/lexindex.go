package model

import (
	"dossier/model/internal/token"
	"sort"
	"strings"
)

// phraseKind is what a lexicon phrase names. On equal length the lower
// kind wins, so "Luxembourg" is the country before the city.
type phraseKind uint8

const (
	pkCountry  phraseKind = iota // a country's name or alias
	pkDemonym                    // a country's adjective: "Belgian"
	pkAgency                     // a named body: "Europol"
	pkNetwork                    // "Sky ECC"
	pkPlace                      // "Antwerp", "South America"
	pkPlaceAdj                   // adjective of a place without a country: "European"
	pkRole                       // "police", "federal prosecutors"
	pkItem                       // "cocaine", "police uniforms"
	pkTrigger                    // a verb or noun of a happening
	pkCue                        // a state or background cue
)

// strictCase reports whether the kind is a proper name, whose capitalised
// words only match capitalised text ("Turkey" is not "turkey").
func (k phraseKind) strictCase() bool { return k <= pkPlaceAdj }

// lexPhrase is one lexicon string, tokenized like the text.
type lexPhrase struct {
	keys []string     // folded tokens
	caps []token.Caps // how each token is written in the lexicon
	kind phraseKind
	ref  int // index into the Lexicon slice of its kind
}

// lexIndex is the lexicon prepared for matching: phrases by their first
// folded words, longest first, and the lookups the parser needs. Other
// finders in the package may hang their own prepared lists here too: it is
// built once per Lexicon and shared by every parse.
type lexIndex struct {
	phrases  []lexPhrase
	ents     phraseTable     // entity phrases
	preds    phraseTable     // triggers and state cues
	abbrev   map[string]bool // exact abbreviations, and folded lowercase ones
	country  map[string]int  // canonical country name -> index in Countries
	adjName  []string        // per Places index: derived adjective ("European") or ""
	demonym  []string        // per Countries index: the adjective to name agencies with
	triggers map[string]bool // folded one-word triggers, for summaries
	// itemCategory is the category of the first item of each name.
	itemCategory map[string]string
	// qlx is the quantity finders' view of the lexicon. It is read-only
	// once built, so every parse shares it instead of re-bucketing the
	// items and units per story.
	qlx *qlex
}

// index returns the lexicon's matching index, building it on first use.
func (l *Lexicon) index() *lexIndex {
	l.once.Do(func() { l.idx = buildIndex(l) })
	return l.idx
}

func buildIndex(l *Lexicon) *lexIndex {
	n := l.phraseCount()
	ix := &lexIndex{
		// Sized as the embedded lists fill them: a phrase in three
		// starts with a word another one starts with, one in three has
		// two words or more.
		ents:     phraseTable{one: make(map[string]phraseBucket, 2*n/3), two: make(map[string][]int32, n/3)},
		preds:    newPhraseTable(),
		abbrev:   make(map[string]bool, 2*len(l.Abbreviations)),
		country:  make(map[string]int, len(l.Countries)),
		triggers: make(map[string]bool, len(l.Triggers)),
		phrases:  make([]lexPhrase, 0, n+len(l.Triggers)+len(l.StateCues)),
	}
	// Every phrase's keys and capitals come out of two shared arrays: the
	// index is built on the way to the first frame, and one allocation
	// per phrase was most of its cost.
	pool := 2*n + 2*len(l.Triggers) + 3*len(l.StateCues)
	keyPool := make([]string, 0, pool)
	capPool := make([]token.Caps, 0, pool)
	var toks []token.Token
	add := func(s string, kind phraseKind, ref int) {
		s = strings.TrimSpace(s)
		if s == "" {
			return
		}
		toks = token.Scan(toks[:0], s, 0, len(s), token.Lexical)
		if len(toks) == 0 {
			return
		}
		if cap(keyPool)-len(keyPool) < len(toks) {
			keyPool = make([]string, 0, max(256, len(toks)))
			capPool = make([]token.Caps, 0, max(256, len(toks)))
		}
		k0 := len(keyPool)
		keyPool = keyPool[:k0+len(toks)]
		capPool = capPool[:k0+len(toks)]
		p := lexPhrase{kind: kind, ref: ref, keys: keyPool[k0:len(keyPool):len(keyPool)], caps: capPool[k0:len(capPool):len(capPool)]}
		for i, t := range toks {
			w := s[t.Start:t.End]
			p.keys[i] = token.Fold(w)
			p.caps[i] = token.CapsOf(w)
			// One capital letter ("U" in "U.S.") is an initial, not an
			// acronym that must be shouted.
			if p.caps[i] == token.CapsAll && token.CountLetters(w) < 2 {
				p.caps[i] = token.CapsInitial
			}
		}
		t := &ix.ents
		if kind >= pkTrigger {
			t = &ix.preds
		}
		id := int32(len(ix.phrases))
		ix.phrases = append(ix.phrases, p)
		t.add(p.keys, id)
	}
	for i, c := range l.Countries {
		ix.country[c.Name] = i
		add(c.Name, pkCountry, i)
		for _, a := range c.Aliases {
			add(a, pkCountry, i)
		}
		for _, d := range c.Demonyms {
			add(d, pkDemonym, i)
		}
		// Agencies are named with the country's adjective ("Dutch
		// police"); where the first demonym is a people noun ("New
		// Zealander", "Hongkonger", "Solomon Islander") the adjective is
		// the country's own name ("New Zealand police").
		name := c.Name
		if d := strings.TrimSpace(firstOr(c.Demonyms)); d != "" && !strings.HasSuffix(d, "er") {
			name = d
		}
		ix.demonym = append(ix.demonym, name)
	}
	for i, a := range l.Agencies {
		add(a.Name, pkAgency, i)
		for _, s := range a.Aliases {
			add(s, pkAgency, i)
		}
	}
	for i, n := range l.Networks {
		add(n.Name, pkNetwork, i)
		for _, s := range n.Aliases {
			add(s, pkNetwork, i)
		}
	}
	ix.adjName = make([]string, len(l.Places))
	for i, p := range l.Places {
		add(p.Name, pkPlace, i)
		for _, s := range p.Aliases {
			add(s, pkPlace, i)
		}
	}
	for i, r := range l.Roles {
		add(r.Name, pkRole, i)
		for _, s := range r.Aliases {
			add(s, pkRole, i)
		}
	}
	for i, it := range l.Items {
		add(it.Name, pkItem, i)
		for _, s := range it.Aliases {
			add(s, pkItem, i)
		}
	}
	// Continents and regions have adjectives ("European", "South
	// American") that qualify bodies without naming a country. Derive them
	// by the regular English rule unless the lists already use the word.
	for i, p := range l.Places {
		if p.Country != "" {
			continue
		}
		adj := placeAdjective(p.Name)
		if adj == "" {
			continue
		}
		k := token.Fold(adj)
		if ix.hasPhrase(k) {
			continue
		}
		ix.adjName[i] = adj
		add(adj, pkPlaceAdj, i)
	}
	for _, t := range l.Triggers {
		add(t, pkTrigger, 0)
		if f := token.Fields(nil, token.Fold(t)); len(f) > 0 {
			ix.triggers[f[0]] = true
		}
	}
	for _, c := range l.StateCues {
		add(c, pkCue, 0)
	}
	for _, a := range l.Abbreviations {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		ix.abbrev[a] = true
		if a == strings.ToLower(a) {
			ix.abbrev[token.Fold(a)] = true
		}
	}
	// Longest first; on equal length the kind order decides.
	byLength := func(ids []int32) {
		sort.SliceStable(ids, func(a, b int) bool {
			pa, pb := &ix.phrases[ids[a]], &ix.phrases[ids[b]]
			if len(pa.keys) != len(pb.keys) {
				return len(pa.keys) > len(pb.keys)
			}
			return pa.kind < pb.kind
		})
	}
	for _, t := range []phraseTable{ix.ents, ix.preds} {
		for _, b := range t.one {
			byLength(b.ids)
		}
		for _, ids := range t.two {
			byLength(ids)
		}
	}
	// Both tables' buckets of a word behind one lookup: the entity pass
	// and the predicate reader look up every token of every sentence.
	words := make(map[string]*wordBuckets, len(ix.ents.one)+len(ix.preds.one)/4)
	for slot, t := range []*phraseTable{&ix.ents, &ix.preds} {
		for w, b := range t.one {
			if words[w] == nil {
				words[w] = &wordBuckets{}
			}
			words[w].of[slot] = b
		}
		t.words, t.slot = words, slot
	}
	ix.itemCategory = make(map[string]string, len(l.Items))
	for _, it := range l.Items {
		if _, seen := ix.itemCategory[it.Name]; !seen {
			ix.itemCategory[it.Name] = it.Category
		}
	}
	ix.qlx = newQlex(l)
	return ix
}

// phraseCount is about how many entity phrases the index will hold: every
// name, alias and demonym.
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
func (ix *lexIndex) hasPhrase(key string) bool {
	return len(ix.ents.one[key].ids) > 0
}

// phraseTable finds phrases by their first words: one-word phrases by
// that word, longer ones by their first two, so a common first word
// ("the") does not try every phrase that starts with it.
type phraseTable struct {
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

func newPhraseTable() phraseTable {
	return phraseTable{one: map[string]phraseBucket{}, two: map[string][]int32{}}
}

func (t *phraseTable) add(keys []string, id int32) {
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

// candidates calls fn with the phrases that may match at token k, longest
// first, until fn returns false.
func (tt *tokText) candidates(t *phraseTable, k int, fn func(id int32) bool) {
	var b phraseBucket
	if t.words == nil {
		b = t.one[string(tt.key(k))] // the index is being built
	} else if tt.words == nil {
		wb := t.words[string(tt.key(k))]
		if wb == nil {
			return
		}
		b = wb.of[t.slot]
	} else {
		// A token is looked up once for every table.
		w := &tt.words[k]
		if !w.looked {
			w.b, w.looked = t.words[string(tt.key(k))], true
		}
		if w.b == nil {
			return
		}
		b = w.b.of[t.slot]
	}
	if b.multi && k+1 < len(tt.toks) {
		tt.pair = append(append(append(tt.pair[:0], tt.key(k)...), 0), tt.key(k+1)...)
		for _, id := range t.two[string(tt.pair)] {
			if !fn(id) {
				return
			}
		}
	}
	for _, id := range b.ids {
		if !fn(id) {
			return
		}
	}
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

// tokText is a sentence's tokens with their folded keys and capitalisation,
// computed once per sentence and reused by every matcher.
type tokText struct {
	body string
	toks []token.Token
	buf  []byte
	off  []int // key of token k is buf[off[k]:off[k+1]]
	caps []token.Caps
	pair []byte // scratch: the two-word lookup key
	// words is each token's phrase buckets, looked up on first use,
	// when it is not nil: a text read by several matchers (a story
	// sentence) keeps them, a one-off lookup does not need them.
	words []tokWords
}

type tokWords struct {
	b      *wordBuckets
	looked bool
}

func (tt *tokText) reset(body string, from, to int) {
	tt.body = body
	tt.toks = token.Scan(tt.toks[:0], body, from, to, token.Lexical)
	tt.buf = tt.buf[:0]
	tt.off = append(tt.off[:0], 0)
	tt.caps = tt.caps[:0]
	for _, t := range tt.toks {
		w := body[t.Start:t.End]
		tt.buf = token.AppendFold(tt.buf, w)
		tt.off = append(tt.off, len(tt.buf))
		tt.caps = append(tt.caps, token.CapsOf(w))
	}
	if tt.words != nil {
		if cap(tt.words) < len(tt.toks) {
			tt.words = make([]tokWords, len(tt.toks), cap(tt.toks))
		}
		tt.words = tt.words[:len(tt.toks)]
		clear(tt.words)
	}
}

func (tt *tokText) key(k int) []byte { return tt.buf[tt.off[k]:tt.off[k+1]] }

func (tt *tokText) text(k int) string { return tt.body[tt.toks[k].Start:tt.toks[k].End] }

// isWord reports whether token k is the word w (folded).
func (tt *tokText) isWord(k int, w string) bool {
	return k >= 0 && k < len(tt.toks) && string(tt.key(k)) == w
}

// fits reports whether phrase p matches the tokens from k on.
func (tt *tokText) fits(p *lexPhrase, k int) bool {
	if k+len(p.keys) > len(tt.toks) {
		return false
	}
	strict := p.kind.strictCase()
	for i, want := range p.keys {
		if string(tt.key(k+i)) != want {
			return false
		}
		have := tt.caps[k+i]
		switch p.caps[i] {
		case token.CapsAll:
			// Acronyms match only in capitals: "ICE" the agency is not
			// "ice" the drug.
			if have != token.CapsAll {
				return false
			}
		case token.CapsInitial:
			if strict && have == token.CapsLower && !(p.kind == pkNetwork && i > 0 && i == len(p.keys)-1 && isGenericHead(want)) {
				return false
			}
		}
	}
	return true
}

// isGenericHead reports a common noun that ends a network's name and that
// papers write in lowercase after the capitalised words ("the Jalisco New
// Generation cartel" for "Jalisco New Generation Cartel").
func isGenericHead(w string) bool {
	switch w {
	case "cartel", "clan", "mafia", "gang", "organization", "organisation", "syndicate":
		return true
	}
	return false
}

// longest returns the longest phrase of table t matching at token k, or
// -1.
func (tt *tokText) longest(ix *lexIndex, t *phraseTable, k int) int32 {
	found := int32(-1)
	tt.candidates(t, k, func(id int32) bool {
		if tt.fits(&ix.phrases[id], k) {
			found = id
			return false
		}
		return true
	})
	return found
}

// firstOr is the first of list, "" when it is empty.
func firstOr(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[0]
}
