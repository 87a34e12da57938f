package cli

import (
	"fmt"
	"io"

	"dossier/data"
	"dossier/model"
)

// loadStory reads the story named by file ("" the embedded one, "-"
// stdin), applies a --published override and parses it. Errors are bad
// input: exit 1.
func loadStory(file, published string, stdin io.Reader) (*model.Story, *model.Lexicon, error) {
	doc, err := readDocument(file, published, stdin)
	if err != nil {
		return nil, nil, err
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, nil, err
	}
	return model.Parse(doc, lex), lex, nil
}

// readDocument does the steps of loadStory that bad input can fail: reading
// the document and the --published override. The rest (the embedded word
// lists, the parse) cannot fail on any input, so the app runs it while the
// terminal is being set up.
func readDocument(file, published string, stdin io.Reader) (model.Document, error) {
	var (
		doc model.Document
		err error
	)
	switch file {
	case "":
		doc, err = data.Default()
	case "-":
		doc, err = data.Read(stdin)
		if err != nil {
			err = fmt.Errorf("standard input: %w", err)
		}
	default:
		doc, err = data.Open(file)
	}
	if err != nil {
		return model.Document{}, err
	}
	if published != "" {
		t, err := data.ParseDate(published)
		if err != nil {
			return model.Document{}, fmt.Errorf("--published: %w", err)
		}
		doc.Published = t
	}
	return doc, nil
}

// loadLexicon loads the embedded word lists; an error is a build defect.
func loadLexicon() (*model.Lexicon, error) {
	lex, err := data.Lexicon()
	if err != nil {
		return nil, fmt.Errorf("word lists: %w", err)
	}
	return lex, nil
}
