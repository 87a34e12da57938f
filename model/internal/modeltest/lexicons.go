// Package modeltest holds the fixtures the parser's tests share: small
// hand-built lexicons, so a test's expectations do not move when the real
// word lists grow, and the seed story one paragraph per line.
package modeltest

import (
	"sync"

	"dossier/data"
	"dossier/model/internal/lexicon"
)

// Words are the word lists of package data, which the hand-built lexicons
// share: the language's vocabulary is the same for every test. They are
// read once and never written to.
var Words = sync.OnceValue(func() map[string][]lexicon.WordEntry {
	lex, err := data.Lexicon()
	if err != nil {
		panic(err)
	}
	return lex.Words
})
