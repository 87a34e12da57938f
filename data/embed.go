// Package data turns bytes into model values: the embedded story, articles
// read from files or standard input (front matter, sanitising, bad-input
// errors), and the word lists the parser matches against, kept as plain
// files under lexicon/ that a person can edit without touching Go.
package data

import (
	_ "embed"
	"fmt"

	"dossier/model"
)

// seed is the AP report on the Sky ECC takedown, with front matter. A
// string, not a []byte, so nothing can change it.
//
//go:embed seed.txt
var seed string

// Default returns the embedded story.
func Default() (model.Document, error) {
	doc, err := ParseDocument([]byte(seed))
	if err != nil {
		return model.Document{}, fmt.Errorf("embedded story: %w", err)
	}
	return doc, nil
}
