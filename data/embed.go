// Package data turns bytes into model values: the embedded story and the
// embedded demo case (cases.go), articles as people have them (plain text
// with front matter or a plain header, Markdown, saved or fetched web
// pages; from files, standard input or, through a fetcher the caller
// supplies, URLs), every string through the one sanitiser and every bad
// input one clear error, and the word lists the parser matches against,
// kept as plain files under lexicon/ that a person can edit without
// touching Go. Load is the entry point for a command-line argument.
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
