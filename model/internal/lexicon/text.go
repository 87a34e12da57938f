package lexicon

import "dossier/model/internal/token"

// Text is a sentence's tokens with their folded keys and capitalisation,
// computed once per sentence and reused by every matcher.
type Text struct {
	Body string
	Toks []token.Token
	Caps []token.Caps
	buf  []byte
	off  []int  // key of token k is buf[off[k]:off[k+1]]
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

// Reserve makes room for a sentence of n tokens and keeps each token's
// phrase lookups for every matcher that reads the text: a story's
// sentences are read by the entity pass and the predicate reader.
func (tt *Text) Reserve(n int) {
	tt.Toks, tt.off, tt.words = make([]token.Token, 0, n), make([]int, 0, n+1), make([]tokWords, 0, n)
}

// Reset cuts body[from:to] into lexical tokens and folds them.
func (tt *Text) Reset(body string, from, to int) {
	tt.Body = body
	tt.Toks = token.Scan(tt.Toks[:0], body, from, to, token.Lexical)
	tt.buf = tt.buf[:0]
	tt.off = append(tt.off[:0], 0)
	tt.Caps = tt.Caps[:0]
	for _, t := range tt.Toks {
		w := body[t.Start:t.End]
		tt.buf = token.AppendFold(tt.buf, w)
		tt.off = append(tt.off, len(tt.buf))
		tt.Caps = append(tt.Caps, token.CapsOf(w))
	}
	if tt.words != nil {
		if cap(tt.words) < len(tt.Toks) {
			tt.words = make([]tokWords, len(tt.Toks), cap(tt.Toks))
		}
		tt.words = tt.words[:len(tt.Toks)]
		clear(tt.words)
	}
}

// Key is token k folded.
func (tt *Text) Key(k int) []byte { return tt.buf[tt.off[k]:tt.off[k+1]] }

// Text is token k as written.
func (tt *Text) Text(k int) string { return tt.Body[tt.Toks[k].Start:tt.Toks[k].End] }

// IsWord reports whether token k is the word w (folded).
func (tt *Text) IsWord(k int, w string) bool {
	return k >= 0 && k < len(tt.Toks) && string(tt.Key(k)) == w
}

// Fits reports whether phrase p matches the tokens from k on.
func (tt *Text) Fits(p *Phrase, k int) bool {
	if k+len(p.Keys) > len(tt.Toks) {
		return false
	}
	strict := p.Kind.strictCase()
	for i, want := range p.Keys {
		if string(tt.Key(k+i)) != want {
			return false
		}
		have := tt.Caps[k+i]
		switch p.Caps[i] {
		case token.CapsAll:
			// Acronyms match only in capitals: "ICE" the agency is not
			// "ice" the drug.
			if have != token.CapsAll {
				return false
			}
		case token.CapsInitial:
			if strict && have == token.CapsLower && !(p.Kind == Network && i > 0 && i == len(p.Keys)-1 && isGenericHead(want)) {
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

// Candidates calls fn with the phrases that may match at token k, longest
// first, until fn returns false.
func (tt *Text) Candidates(t *PhraseTable, k int, fn func(id int32) bool) {
	var b phraseBucket
	if t.words == nil {
		b = t.one[string(tt.Key(k))] // the index is being built
	} else if tt.words == nil {
		wb := t.words[string(tt.Key(k))]
		if wb == nil {
			return
		}
		b = wb.of[t.slot]
	} else {
		// A token is looked up once for every table.
		w := &tt.words[k]
		if !w.looked {
			w.b, w.looked = t.words[string(tt.Key(k))], true
		}
		if w.b == nil {
			return
		}
		b = w.b.of[t.slot]
	}
	if b.multi && k+1 < len(tt.Toks) {
		tt.pair = append(append(append(tt.pair[:0], tt.Key(k)...), 0), tt.Key(k+1)...)
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

// Longest returns the longest phrase of table t matching at token k, or
// -1.
func (tt *Text) Longest(ix *Index, t *PhraseTable, k int) int32 {
	found := int32(-1)
	tt.Candidates(t, k, func(id int32) bool {
		if tt.Fits(&ix.Phrases[id], k) {
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
