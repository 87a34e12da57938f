package data

import (
	"context"
	"io"
	"os"
	"strings"

	"dossier/model"
)

// LoadOptions say how Load reaches what an argument names.
type LoadOptions struct {
	// Fetch reads an http or https URL. Nil refuses every URL with
	// ErrURLRefused: the zero value never fetches, which is what a
	// server reading arguments from strangers needs, and the command
	// line sets it (see internal/fetch).
	Fetch func(ctx context.Context, url string) (model.Document, error)
	// Stdin is what "-" reads; nil reads os.Stdin.
	Stdin io.Reader
}

// Load reads the article an argument names: "-" reads standard input, an
// http or https URL is fetched with opts.Fetch, and anything else is a
// file (see Open). Each is read in the format its name or content shows:
// text with optional front matter or plain header, Markdown, or a web
// page. An address with another scheme (ftp://, file://) is an error
// wrapping ErrBadURL. Errors are one line naming the argument.
func Load(ctx context.Context, arg string, opts LoadOptions) (model.Document, error) {
	if err := ctx.Err(); err != nil {
		return model.Document{}, err
	}
	switch {
	case arg == "-":
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		return readLimited(in, Origin{Name: stdinName}, MaxSize, 0)
	case IsURL(arg):
		name := displayName(arg)
		if scheme := strings.ToLower(arg[:strings.Index(arg, ":")]); scheme != "http" && scheme != "https" {
			return model.Document{}, &inputError{name: name, msg: "only http and https addresses are read", kind: ErrBadURL}
		}
		if opts.Fetch == nil {
			return model.Document{}, &inputError{name: name, msg: "URLs are not fetched here (save the page and give its file)", kind: ErrURLRefused}
		}
		return opts.Fetch(ctx, arg)
	}
	return Open(arg)
}

// IsURL reports whether arg is written as an address ("scheme://..."),
// of any scheme, rather than a file name.
func IsURL(arg string) bool {
	i := strings.Index(arg, "://")
	if i < 1 {
		return false
	}
	for j, r := range arg[:i] {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		case j > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return true
}
