// Package webpage reads a saved or fetched web page as the news article it
// carries: the main text, without the menus, captions, related links,
// share buttons and cookie notes around it, and the page's own account of
// its title, site, author, address and publication day.
//
// The steps, each in its own file: the bytes are decoded from the charset
// the page declares (charset.go) and parsed as HTML5; the metadata is read
// from the whole tree (meta.go, jsonld.go); the parts of a page that are
// never the story are cut away (prune.go); go-readability, a port of the
// algorithm behind Firefox's Reader View, finds the article in what is
// left; and its paragraphs are written out as plain text, with the lines
// that are not sentences of the story left out (text.go).
//
// The strings returned are plain text but are not sanitised: the caller
// passes them through the one sanitiser before they go anywhere.
package webpage

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// Limits on what is read. A news page is a few hundred kilobytes and a few
// thousand elements; these leave room for the heaviest while keeping the
// memory and time a hostile page can cost bounded.
const (
	// MaxSize is the largest page read, in bytes.
	MaxSize = 16 << 20
	// MaxElements is the most elements a page may have.
	MaxElements = 200_000
)

// The kinds of page that cannot be read. Every error Read returns wraps
// one of them.
var (
	ErrTooLarge   = errors.New("web page too large")
	ErrBadMarkup  = errors.New("web page cannot be parsed")
	ErrNotArticle = errors.New("not an article")
)

// pageError is an error with its own message and a sentinel beneath.
type pageError struct {
	msg  string
	kind error
}

func (e *pageError) Error() string { return e.msg }
func (e *pageError) Unwrap() error { return e.kind }

// Options tell Read what is known about a page besides its bytes.
type Options struct {
	// ContentType is the HTTP Content-Type header the page came with, if
	// any; its charset wins over the page's own declaration.
	ContentType string
	// URL is the address the page came from, if known: relative
	// addresses in the page are read against it.
	URL string
}

// Page is what Read finds in a page. Strings are "" when the page does not
// say.
type Page struct {
	Title  string
	Site   string // the publication's name
	Author string // one name, or several joined by ", "
	URL    string // the page's canonical address
	// Published is the publication day as written (UTC midnight); zero
	// when the page gives none that can be read.
	Published time.Time
	// Paragraphs is the article's text, one paragraph per string.
	Paragraphs []string
}

// Read finds the article in a page. It fails with ErrTooLarge past MaxSize
// or MaxElements, ErrBadMarkup when the page is nested deeper than the
// HTML parser allows, and ErrNotArticle when no article text is found (a
// page of links, a video page, an empty page).
func Read(b []byte, opts Options) (Page, error) {
	if len(b) > MaxSize {
		return Page{}, &pageError{"web page too large (over 16 MiB)", ErrTooLarge}
	}
	src := decode(b, opts.ContentType)
	if n := countElements(src); n > MaxElements {
		return Page{}, &pageError{fmt.Sprintf("web page has too many elements (%d, over %d)", n, MaxElements), ErrTooLarge}
	}
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		// The parser's one failure on text already decoded is nesting
		// past its limit.
		return Page{}, &pageError{"web page nested too deeply to read", ErrBadMarkup}
	}
	base, _ := url.Parse(opts.URL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	p := readMeta(doc, base)
	prune(doc)
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil || art.Node == nil {
		return Page{}, notArticle()
	}
	p.Paragraphs = articleText(art.Node, p)
	if !isArticle(p.Paragraphs) {
		return Page{}, notArticle()
	}
	return p, nil
}

func notArticle() error {
	return &pageError{"not an article (no story text found in the page)", ErrNotArticle}
}

// countElements counts the start tags in src with the tokenizer, which
// builds no tree, so a page of millions of elements is refused before the
// parser spends memory on it.
func countElements(src []byte) int {
	z := html.NewTokenizer(bytes.NewReader(src))
	n := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.StartTagToken, html.SelfClosingTagToken:
			if n++; n > MaxElements {
				return n
			}
		}
	}
}
