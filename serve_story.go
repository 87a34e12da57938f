package main

import (
	"fmt"
	"os"

	"dossier/model"
)

// loadServeStory reads and parses the story once at start; every session
// shares the result read-only.
//
// Until package data lands this serves FILE, or a one-paragraph stand-in
// for the embedded story.
func loadServeStory(file string) (*model.Story, *model.Lexicon, error) {
	lex := &model.Lexicon{}
	doc := model.Document{
		Title: "Belgian police make 48 arrests after Sky ECC network is broken",
		Body:  "Belgian police made 48 arrests on Tuesday after breaking into the Sky ECC network.",
	}
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, nil, fmt.Errorf("read story: %w", err)
		}
		doc = model.Document{Title: file, Body: string(b)}
	}
	return model.Parse(doc, lex), lex, nil
}
