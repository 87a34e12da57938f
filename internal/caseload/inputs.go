package caseload

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"dossier/data"
	"dossier/internal/sanitize"
)

// input is one article to read: a file, "-" or a URL.
type input struct {
	arg string
}

// inputs turns the arguments into the articles to read, in order: each
// argument where it stands, a directory's article files in name order in
// its place. Names of files already listed are dropped: silently for the
// same path, with a Skip for another name of the same file.
func inputs(ctx context.Context, args []string) ([]input, []listedSkip, error) {
	l := lister{byPath: map[string]bool{}, byFile: map[fileID]string{}}
	for _, a := range args {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		switch {
		case a == "-" || data.IsURL(a):
			l.add(a, a, nil)
		default:
			fi, err := os.Stat(a)
			if err == nil && fi.IsDir() {
				l.dir(a)
				continue
			}
			l.add(a, cleanPath(a), fi)
		}
	}
	return l.in, l.skips, nil
}

// lister collects the inputs and remembers what it has seen.
type lister struct {
	in     []input
	skips  []listedSkip
	byPath map[string]bool   // cleaned paths, "-" and URLs
	byFile map[fileID]string // file identities, to the first name read
}

// add lists arg unless key or the file fi is listed already. fi is nil
// when arg is not a file or could not be looked at: data.Load then says
// why it cannot be read.
func (l *lister) add(arg, key string, fi os.FileInfo) {
	if l.byPath[key] {
		return
	}
	l.byPath[key] = true
	if fi != nil {
		if id, ok := idOf(fi); ok {
			if first, seen := l.byFile[id]; seen {
				l.skip(Skip{Path: arg, Err: duplicate(arg, first)})
				return
			}
			l.byFile[id] = arg
		}
	}
	l.in = append(l.in, input{arg: arg})
}

// listedSkip is a skip found while listing, before the input at index
// before: skips are reported in the order of the arguments.
type listedSkip struct {
	Skip
	before int
}

func (l *lister) skip(s Skip) { l.skips = append(l.skips, listedSkip{s, len(l.in)}) }

// dir lists the article files directly inside dir, in name order.
func (l *lister) dir(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		l.skip(Skip{Path: dir, Err: fmt.Errorf("open %s: %w", displayName(dir), unwrapPath(err))})
		return
	}
	found := false
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || data.FormatOfPath(name) == data.FormatAuto || e.IsDir() {
			continue
		}
		path := filepath.Join(dir, name)
		// Stat follows a symbolic link: one to a directory is left out
		// like a directory, one that loops or dangles is read and fails
		// there with its reason.
		fi, err := os.Stat(path)
		if err == nil && fi.IsDir() {
			continue
		}
		if err != nil {
			fi = nil
		}
		found = true
		l.add(path, cleanPath(path), fi)
	}
	if !found {
		l.skip(Skip{Path: dir, Err: fmt.Errorf("%s: %w", displayName(dir), errNoArticles)})
	}
}

// errNoArticles is the reason a directory with no article files gives
// nothing.
var errNoArticles = errors.New("no article files in it (.txt, .md, .html)")

func duplicate(arg, first string) error {
	return fmt.Errorf("%s: %w %s", displayName(arg), errDuplicate, displayName(first))
}

// cleanPath is the key a path is known by: absolute and cleaned, so that
// "a.txt", "./a.txt" and "dir/../a.txt" are one file.
func cleanPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// displayName makes a path safe to print, as package data does: a name
// carrying control characters or escape sequences is shown quoted.
func displayName(path string) string {
	if sanitize.Safe(path) {
		return path
	}
	return strconv.Quote(path)
}

// unwrapPath drops the *os.PathError wrapper, whose message repeats the
// unsanitised path.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
