package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"dossier/data"
	"dossier/internal/app"
	"dossier/internal/caseload"
	"dossier/model"
	"dossier/model/casefile"
)

// caseForms is the help's account of a case.
const caseForms = `Several arguments, a directory (its .txt, .md and .html files, in name order, not its subdirectories or hidden files) or --demo-case (the embedded demo case) open one case: the articles merged into one timeline with an entry per happening and its sources. - reads standard input once. A file that cannot be read is skipped with one line on stderr saying why (the app, which opens on the first article while the rest are read, says it once it is over), and the rest opens; the same file named twice is read once; a named file that does not exist stops with one line. --source S keeps what one article reports: its label, outlet or title, case-insensitively. The app and snapshot open a case on its first article (with --source, the first of that source); export writes the whole case.`

// isCase reports whether the command line names a case (several
// articles, a directory, the demo case) rather than the one article
// dossier has always read; one article reads exactly as before.
func isCase(args []string, demoCase bool) bool { return demoCase || !caseload.OneArticle(args) }

// checkArgs refuses what names no article: an empty argument, and
// standard input twice, which can be read only once.
func checkArgs(args []string) error {
	stdin := 0
	for _, a := range args {
		switch a {
		case "":
			return usagef("empty file name")
		case "-":
			stdin++
		}
	}
	if stdin > 1 {
		return usagef("- (standard input) given %d times: it can be read only once", stdin)
	}
	return nil
}

// oneFile is the article a command line that is not a case names: ""
// for the embedded story.
func oneFile(args []string) string {
	if len(args) == 1 {
		return args[0]
	}
	return ""
}

// loadCase reads args (and the demo case with --demo-case) as one case,
// parsed on every core (see readCase).
func loadCase(ctx context.Context, args []string, sf *storyFlags, r reader, stderr io.Writer) (*casefile.Case, *model.Lexicon, error) {
	docs, lex, err := readCase(ctx, args, sf, r, stderr)
	if err != nil {
		return nil, nil, err
	}
	return casefile.Parse(docs, lex, nil), lex, nil
}

// readCase reads the articles of a case without parsing them, and tells
// each skipped file on stderr, one line each. When nothing could be read,
// or a file named on the command line does not exist (a mistyped name,
// not a bad article), it is one error line and no case.
func readCase(ctx context.Context, args []string, sf *storyFlags, r reader, stderr io.Writer) ([]model.Document, *model.Lexicon, error) {
	pub, err := publishedOverride(sf.published)
	if err != nil {
		return nil, nil, err
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, nil, err
	}
	opts := caseload.Options{Demo: sf.demoCase, Stdin: r.stdin, Fetch: r.fetch, Published: pub, Lexicon: lex}
	docs, skips, err := caseload.Read(ctx, args, opts)
	if err != nil {
		return nil, nil, err
	}
	for _, s := range skips {
		if errors.Is(s.Err, data.ErrNotFound) && slices.Contains(args, s.Path) {
			return nil, nil, s.Err
		}
	}
	for _, s := range skips {
		fmt.Fprintln(stderr, "dossier: skipped "+s.String())
	}
	return docs, lex, nil
}

// streamCase is the app's config for the case args name, read behind the
// first frame: only listing the names happens here, so a mistyped name,
// a directory with no article in it or standard input that cannot be
// read is one line on a normal screen, and every article is read and
// parsed once the screen is up. The files skipped meanwhile would tear
// the screen if written to it: told writes them once the app is over
// (unless err, the app's, already names them all), and stops a reading
// the reader quit before.
func streamCase(ctx context.Context, args []string, sf *storyFlags, r reader) (cfg app.Config, told func(w io.Writer, err error), err error) {
	pub, err := publishedOverride(sf.published)
	if err != nil {
		return app.Config{}, nil, err
	}
	l, err := caseload.List(ctx, args, caseload.Options{Demo: sf.demoCase, Stdin: r.stdin, Fetch: r.fetch, Published: pub})
	if err != nil {
		return app.Config{}, nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	var (
		mu    sync.Mutex
		skips []caseload.Skip
	)
	cfg = app.Config{
		Lexicon: loadLexicon,
		Stories: func(lex *model.Lexicon, each func(done, total int, st *model.Story)) error {
			return l.Stream(ctx, lex, each, func(s caseload.Skip) {
				mu.Lock()
				skips = append(skips, s)
				mu.Unlock()
			})
		},
	}
	told = func(w io.Writer, err error) {
		cancel()
		if _, nothing := errors.AsType[*caseload.NothingError](err); nothing {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		for _, s := range skips {
			fmt.Fprintln(w, "dossier: skipped "+s.String())
		}
	}
	return cfg, told, nil
}

// matchSources turns --source values into the labels of the articles
// they name: an article's label, outlet or title, case-insensitively;
// an outlet names all of its articles. A value that names none is a
// usage error listing the case's sources.
func matchSources(c *casefile.Case, sources []string) ([]string, error) {
	var labels []string
	for _, s := range sources {
		found := false
		for _, a := range c.Articles {
			if namesArticle(s, a) {
				found = true
				if !slices.Contains(labels, a.Label) {
					labels = append(labels, a.Label)
				}
			}
		}
		if !found {
			in := "case"
			if len(c.Articles) == 1 {
				in = "story"
			}
			return nil, unknownValue(casefile.SourceFacet, s, caseLabels(c), in)
		}
	}
	return labels, nil
}

// namesArticle reports whether the --source value s names a: its label,
// its outlet or its title.
func namesArticle(s string, a casefile.Article) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	return strings.EqualFold(s, a.Label) || strings.EqualFold(s, strings.TrimSpace(a.Outlet)) ||
		strings.EqualFold(s, strings.TrimSpace(a.Story.Doc.Title))
}

func caseLabels(c *casefile.Case) []string {
	out := make([]string, len(c.Articles))
	for i, a := range c.Articles {
		out[i] = a.Label
	}
	return out
}

// checkStorySource checks --source on one article: the article is the
// one source, so a value naming it selects every event and any other is
// a usage error that names it.
func checkStorySource(st *model.Story, sources []string) error {
	if len(sources) == 0 {
		return nil
	}
	_, err := matchSources(casefile.Merge([]*model.Story{st}, nil), sources)
	return err
}

// resolveCaseSelection is resolveSelection for a case: the values as
// typed, in the case's own spelling, for every facet of the case, its
// sources (see matchSources) included.
func resolveCaseSelection(c *casefile.Case, lex *model.Lexicon, wanted map[model.Kind][]string) (model.Selection, error) {
	sel := model.Selection{}
	if len(wanted[casefile.SourceFacet]) > 0 {
		labels, err := matchSources(c, wanted[casefile.SourceFacet])
		if err != nil {
			return nil, err
		}
		sel[casefile.SourceFacet] = labels
	}
	_, facets := c.Apply(nil)
	var mentioned []string
	for _, e := range c.Entities {
		if e.Kind == model.KindItem && !e.Seized {
			mentioned = append(mentioned, e.Name)
		}
	}
	if err := resolveKinds(sel, lex, wanted, func(k model.Kind) []model.FacetValue { return facets[k] }, mentioned, "case"); err != nil {
		return nil, err
	}
	return sel, nil
}
