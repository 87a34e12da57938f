package caseload

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"sync"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
)

// Listing is what a command line names as a case, found but not yet
// read: listing only looks at names and directories, so it is quick
// enough to finish before a screen is taken over, and the articles are
// read and parsed behind the first frame (Stream).
type Listing struct {
	demo   []model.Document // the demo case's articles, first
	in     []input
	pre    []*model.Document // by input: read already (standard input), or nil
	listed []listedSkip
	opts   Options
}

// List finds the articles args name (see Read) without reading them,
// except standard input, which shares the terminal the screen will take.
// Its error is what must be told on a normal screen: ctx done, a file
// named on the command line that does not exist (a mistyped name, worded
// as reading it would say), nothing at all to read (a *NothingError), or
// standard input that cannot be read.
func List(ctx context.Context, args []string, opts Options) (*Listing, error) {
	l := &Listing{opts: opts}
	if opts.Demo {
		_, demo, err := data.DemoCase()
		if err != nil {
			return nil, err
		}
		l.demo = demo
		if !opts.Published.IsZero() {
			for i := range l.demo {
				l.demo[i].Published = opts.Published
			}
		}
	}
	for _, a := range args {
		if a == "-" || data.IsURL(a) {
			continue
		}
		if _, err := os.Stat(a); errors.Is(err, fs.ErrNotExist) {
			if _, err := data.Open(a); err != nil {
				return nil, err
			}
		}
	}
	in, listed, err := inputs(ctx, args)
	if err != nil {
		return nil, err
	}
	l.in, l.listed, l.pre = in, listed, make([]*model.Document, len(in))
	for i, x := range in {
		if x.arg != "-" {
			continue
		}
		doc, err := readInput(ctx, x, opts)
		if err != nil {
			return nil, err
		}
		l.pre[i] = &doc
	}
	if l.Len() == 0 {
		return nil, &NothingError{Skips: inOrderSkips(in, nil, listed)}
	}
	return l, nil
}

// Len is how many articles the listing may hold: every one named, before
// any is found unreadable.
func (l *Listing) Len() int { return len(l.demo) + len(l.in) }

// Stream reads and parses the listing's articles on every core, handing
// each story to each in order with how many of Len are done (nil for an
// article that could not be read): the first as soon as the first article
// alone is read and parsed, so a screen can show it while the rest are
// read. skip is given each file that could not be read, in argument
// order, once every one before it is known. Both are called from the
// goroutine that called Stream. The error is a *NothingError when nothing
// could be read, or one with an ExitCode when a signal cancelled a fetch.
func (l *Listing) Stream(ctx context.Context, lex *model.Lexicon, each func(done, total int, st *model.Story), skip func(Skip)) error {
	n, nd := l.Len(), len(l.demo)
	errs := make([]error, len(l.in))
	read := func(i int) (model.Document, bool) {
		if i < nd {
			return l.demo[i], true
		}
		i -= nd
		if l.pre[i] != nil {
			return *l.pre[i], true
		}
		doc, err := readInput(ctx, l.in[i], l.opts)
		errs[i] = err
		return doc, err == nil
	}
	var (
		mu    sync.Mutex
		fatal error
	)
	listed := l.listed
	merged := 0
	casefile.ParseFrom(n, func(i int) (model.Document, bool) {
		doc, ok := read(i)
		var ec interface{ ExitCode() int }
		if !ok && errors.As(errs[i-nd], &ec) {
			mu.Lock()
			fatal = errs[i-nd]
			mu.Unlock()
		}
		return doc, ok
	}, lex, func(i int, st *model.Story) {
		if at := i - nd; at >= 0 {
			for len(listed) > 0 && listed[0].before <= at {
				skip(listed[0].Skip)
				listed = listed[1:]
			}
			if st == nil {
				skip(Skip{Path: l.in[at].arg, Err: errs[at]})
			}
		}
		if st != nil {
			merged++
		}
		each(i+1, n, st)
	})
	for _, s := range listed {
		skip(s.Skip)
	}
	if fatal != nil {
		return fatal
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if merged == 0 {
		return &NothingError{Skips: inOrderSkips(l.in, errs, l.listed)}
	}
	return nil
}

// readInput reads one article as Read does, with the --published
// override.
func readInput(ctx context.Context, x input, opts Options) (model.Document, error) {
	if x.arg == "-" && opts.Stdin == nil {
		return model.Document{}, errors.New("standard input is not read here")
	}
	doc, err := data.Load(ctx, x.arg, data.LoadOptions{Fetch: opts.Fetch, Stdin: opts.Stdin})
	if err == nil && !opts.Published.IsZero() {
		doc.Published = opts.Published
	}
	return doc, err
}

// inOrderSkips is the skips of the inputs that failed (errs by input,
// nil for none) among the ones found while listing, in argument order.
func inOrderSkips(in []input, errs []error, listed []listedSkip) []Skip {
	var out []Skip
	for i, err := range errs {
		for len(listed) > 0 && listed[0].before <= i {
			out, listed = append(out, listed[0].Skip), listed[1:]
		}
		if err != nil {
			out = append(out, Skip{Path: in[i].arg, Err: err})
		}
	}
	for _, l := range listed {
		out = append(out, l.Skip)
	}
	return out
}
