package caseload

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
)

// Options say how Load reaches what the arguments name and what it tells
// the caller while it works.
type Options struct {
	// Demo puts the embedded demo case's articles first.
	Demo bool
	// Stdin is what "-" reads; nil refuses "-" (the shell owns standard
	// input while it completes a command).
	Stdin io.Reader
	// Fetch reads an http or https URL; nil refuses URLs, as a server
	// reading a stranger's arguments must.
	Fetch func(ctx context.Context, url string) (model.Document, error)
	// Published, when not zero, is every article's publication date,
	// whatever the article says.
	Published time.Time
	// Lexicon is the word lists to parse with; nil loads the embedded ones.
	Lexicon *model.Lexicon
	// Each, if not nil, is called after each article is parsed and merged,
	// in article order, on the goroutine that called Load: the first is
	// called as soon as the first article alone is parsed, so a screen can
	// show it while the rest are read.
	Each func(Progress)
}

// Progress is the case as it grows, handed to Options.Each.
type Progress struct {
	// Done articles of Total are merged; Total counts the articles read,
	// the skipped ones left out.
	Done, Total int
	// Story is the article just merged.
	Story *model.Story
	// Case returns the case of the Done articles so far. It costs a pass
	// over them, so call it as often as a screen redraws, not per article;
	// it may only be called during Each.
	Case func() *casefile.Case
}

// OneArticle reports whether args name one article the way dossier has
// always read one: no argument (the embedded story), or a single file, URL
// or "-" that is not a directory. Such a command line reads as a story,
// not a case of one.
func OneArticle(args []string) bool {
	switch len(args) {
	case 0:
		return true
	case 1:
		if args[0] == "-" || data.IsURL(args[0]) {
			return true
		}
		fi, err := os.Stat(args[0])
		return err != nil || !fi.IsDir()
	}
	return false
}

// Load reads the articles args name (see Read), parses them on every
// core and merges them into one case, in the order given. What cannot be
// read is returned as skips, in argument order, each named once; the case
// holds the rest.
func Load(ctx context.Context, args []string, opts Options) (*casefile.Case, []Skip, error) {
	docs, skips, err := Read(ctx, args, opts)
	if err != nil {
		return nil, skips, err
	}
	lex := opts.Lexicon
	if lex == nil {
		if lex, err = data.Lexicon(); err != nil {
			return nil, nil, fmt.Errorf("word lists: %w", err)
		}
	}
	b := casefile.NewBuilder(lex)
	casefile.ParseStories(docs, lex, func(i int, st *model.Story) {
		b.Add(st)
		if opts.Each != nil {
			opts.Each(Progress{Done: i + 1, Total: len(docs), Story: st, Case: b.Case})
		}
	})
	return b.Case(), skips, nil
}

// Read reads the articles args name (files, directories of articles, "-"
// and URLs; see the package comment), the demo case first when
// opts.Demo, without parsing them: a screen can then open on the first
// while the rest parse. The error is not nil only when nothing could be
// read (a *NothingError), ctx is done, or a signal cancelled a fetch (an
// error with an ExitCode).
func Read(ctx context.Context, args []string, opts Options) ([]model.Document, []Skip, error) {
	var docs []model.Document
	if opts.Demo {
		_, demo, err := data.DemoCase()
		if err != nil {
			return nil, nil, err
		}
		docs = demo
	}
	in, listed, err := inputs(ctx, args)
	if err != nil {
		return nil, nil, err
	}
	read, skips, err := readAll(ctx, in, listed, opts)
	if err != nil {
		return nil, nil, err
	}
	if !opts.Published.IsZero() {
		// readInput dates the files; the demo's articles are dated here.
		for i := range docs {
			docs[i].Published = opts.Published
		}
	}
	docs = append(docs, read...)
	if len(docs) == 0 {
		return nil, skips, &NothingError{Skips: skips}
	}
	return docs, skips, nil
}

// NothingError is Load's error when no argument gave an article: with one
// skip, that skip's reason, as reading the one article would say it.
type NothingError struct{ Skips []Skip }

func (e *NothingError) Error() string {
	switch len(e.Skips) {
	case 0:
		return "no article to read"
	case 1:
		return e.Skips[0].String()
	}
	const most = 2
	parts := make([]string, 0, most)
	for _, s := range e.Skips[:most] {
		parts = append(parts, s.String())
	}
	msg := "no article could be read: " + strings.Join(parts, "; ")
	if n := len(e.Skips) - most; n > 0 {
		msg += fmt.Sprintf("; and %d more", n)
	}
	return msg
}

// Unwrap gives every skip's reason, for errors.Is.
func (e *NothingError) Unwrap() []error {
	out := make([]error, len(e.Skips))
	for i, s := range e.Skips {
		out[i] = s.Err
	}
	return out
}

// readAll reads the inputs on every core, keeping their order; a file
// that fails is a skip, reported in its place among the listed ones. A
// failure a signal caused, or ctx ending, stops the whole read.
func readAll(ctx context.Context, in []input, listed []listedSkip, opts Options) ([]model.Document, []Skip, error) {
	docs := make([]model.Document, len(in))
	errs := make([]error, len(in))
	work := func(i int) { docs[i], errs[i] = readInput(ctx, in[i], opts) }
	workers := min(runtime.GOMAXPROCS(0), len(in))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				work(i)
			}
		}()
	}
	for i := range in {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	out := docs[:0]
	for i, err := range errs {
		var ec interface{ ExitCode() int }
		if errors.As(err, &ec) {
			return nil, nil, err
		}
		if err == nil {
			out = append(out, docs[i])
		}
	}
	return out, inOrderSkips(in, errs, listed), nil
}
