package data

import (
	"dossier/internal/sanitize"

	"errors"
	"strconv"
)

// The kinds of bad input. Every error Load, Open, Read and the Parse
// functions return for bad input wraps exactly one of these, so a caller
// can tell them apart with errors.Is while the message stays one short
// line for stderr. (Errors of the network, from a Fetch function, are the
// fetcher's own.)
var (
	ErrNotFound    = errors.New("no such file")
	ErrIsDir       = errors.New("is a directory")
	ErrEmpty       = errors.New("no text")
	ErrBinary      = errors.New("binary file")
	ErrTooLarge    = errors.New("too large")
	ErrBadDate     = errors.New("not a date")
	ErrFrontMatter = errors.New("bad front matter")
	ErrBadMarkup   = errors.New("markup too deep or too long to read")
	ErrNotArticle  = errors.New("not an article")
	ErrBadURL      = errors.New("not an http or https URL")
	ErrURLRefused  = errors.New("URLs are not fetched here")
)

// MaxSize is the largest article Open and Read accept, in bytes. Anything
// bigger is not a news story, and refusing it keeps memory bounded.
const MaxSize = 64 << 20

// stdinName is how errors name standard input ("-"), the words the command
// line has always used.
const stdinName = "standard input"

// inputError is a bad-input error: a message of its own, the input's name
// in front, and a sentinel underneath for errors.Is.
type inputError struct {
	name string // display name of the input; "" when unknown
	msg  string
	kind error
}

func (e *inputError) Error() string {
	if e.name == "" {
		return e.msg
	}
	return e.name + ": " + e.msg
}

func (e *inputError) Unwrap() error { return e.kind }

// named returns err with the input's name in front, unless it already has
// one. Errors that are not bad-input errors pass through unchanged.
func named(err error, name string) error {
	var ie *inputError
	if name == "" || !errors.As(err, &ie) || ie.name != "" {
		return err
	}
	return &inputError{name: name, msg: ie.msg, kind: ie.kind}
}

// displayName makes a path safe to print: a name carrying control
// characters or escape sequences is shown quoted, so an error message can
// never move the cursor or retitle the terminal.
func displayName(path string) string {
	if sanitize.Safe(path) {
		return path
	}
	return strconv.Quote(path)
}
