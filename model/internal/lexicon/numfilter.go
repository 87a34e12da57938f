package lexicon

import "dossier/model/internal/token"

// NumFilter answers "might w be a lexicon number word (or its plural)?"
// without hashing: for each first byte, a bit per word length. Nearly
// every word of a sentence fails it, which is its purpose.
type NumFilter [256]uint32

func newNumFilter(lex *Lexicon) NumFilter {
	var f NumFilter
	if lex == nil {
		return f
	}
	for w := range lex.Numbers {
		if w == "" {
			continue
		}
		b := token.Lower(w[0])
		f[b] |= 1<<uint(min(len(w), 31)) | 1<<uint(min(len(w)+1, 31))
	}
	return f
}

// Maybe reports whether w (lowercase) may be a number word or its plural.
func (f *NumFilter) Maybe(w string) bool {
	return w != "" && f[w[0]]&(1<<uint(min(len(w), 31))) != 0
}
