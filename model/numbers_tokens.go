package model

import "dossier/model/internal/token"

// The date, quantity and count finders read a sentence as reading tokens
// (package token) instead of matching regular expressions: every pattern
// walks the token slice with bounds-checked accessors, so no input can
// make them index out of range.

// wtokens is a sentence's reading tokens, the receiver of the finders'
// patterns.
type wtokens struct{ *token.Text }

// readTokens cuts text into reading tokens, appending to buf.
func readTokens(text string, buf []token.Token) wtokens {
	t := token.Read(text, buf)
	return wtokens{&t}
}
