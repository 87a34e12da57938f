package cli

import (
	"context"
	"fmt"
	"io"
	"time"

	"dossier/data"
	"dossier/internal/fetch"
	"dossier/model"
)

// reader says how far reading may reach for an argument. The command line
// fetches a URL it is given (fetchArticle); completion, which runs as the
// user types, reads only files and never fetches.
type reader struct {
	stdin io.Reader
	fetch func(ctx context.Context, url string) (model.Document, error)
}

// commandLine reads what the user named: files, standard input and URLs.
func commandLine(stdin io.Reader) reader { return reader{stdin: stdin, fetch: fetchArticle} }

// filesOnly reads files and refuses URLs and standard input.
func filesOnly() reader { return reader{} }

// loadStory reads the story named by file ("" the embedded one, "-"
// stdin, an http or https URL, else a file in any form data.Load reads),
// applies a --published override and parses it. Errors are bad input:
// exit 1.
func loadStory(ctx context.Context, file, published string, r reader) (*model.Story, *model.Lexicon, error) {
	doc, err := readDocument(ctx, file, published, r)
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
// terminal is being set up. --published is checked first, so a mistake in
// it is told before a slow fetch, and it then wins over whatever the
// article says.
func readDocument(ctx context.Context, file, published string, r reader) (model.Document, error) {
	override, err := publishedOverride(published)
	if err != nil {
		return model.Document{}, err
	}
	var doc model.Document
	switch {
	case file == "":
		doc, err = data.Default()
	case file == "-" && r.stdin == nil:
		// Standard input is the shell's while it completes a command.
		return model.Document{}, fmt.Errorf("standard input is not read here")
	default:
		doc, err = data.Load(ctx, file, data.LoadOptions{Fetch: r.fetch, Stdin: r.stdin})
	}
	if err != nil {
		return model.Document{}, err
	}
	if published != "" {
		doc.Published = override
	}
	return doc, nil
}

// publishedOverride reads --published; zero when it is not given.
func publishedOverride(published string) (time.Time, error) {
	if published == "" {
		return time.Time{}, nil
	}
	t, err := data.ParseDate(published)
	if err != nil {
		return time.Time{}, fmt.Errorf("--published: %w", err)
	}
	return t, nil
}

// loadLexicon loads the embedded word lists; an error is a build defect.
func loadLexicon() (*model.Lexicon, error) {
	lex, err := data.Lexicon()
	if err != nil {
		return nil, fmt.Errorf("word lists: %w", err)
	}
	return lex, nil
}

// articleForms is the help's account of what an argument may name.
var articleForms = func() string {
	l := fetch.DefaultLimits()
	return fmt.Sprintf(`An article is plain UTF-8 text, optionally opening with front matter between two "---" lines or with a plain header (title:, source:, url:, published: YYYY-MM-DD or unknown, dateline:, author: lines closed by "---" or a blank line); Markdown (.md), its markup removed; or a saved web page (.html), read as its article text with the title, site, author and date its metadata gives. A URL (http or https) is fetched and read the same way, within %s, %d MiB and %d redirects; - reads standard input. --published YYYY-MM-DD overrides the date the article gives; without one, relative dates ("on Tuesday") stay unresolved.`,
		l.Timeout, l.MaxBytes>>20, l.MaxRedirects)
}()
