package model

// Parse builds the case file for doc. It is pure and deterministic.
func Parse(doc Document, lex *Lexicon) *Story {
	return &Story{Doc: doc}
}
