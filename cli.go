package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"dossier/model"
	"dossier/ui"
)

const usage = `dossier turns a news story into a case file you browse from the keyboard.

Usage:
  dossier [FILE|-] [filters] [options]     browse the embedded story, a file, or stdin (-)
  dossier export [--format F] [filters] [--published D] [-o FILE] [FILE|-]
  dossier snapshot [options] [filters] [FILE|-]   print one frame of the app
  dossier serve [options]                  serve the app over SSH
  dossier --help | --version

Filters (repeat a flag for more values; values OR within a flag, flags AND together;
matched case-insensitively against the story's own names):
  --country C      e.g. Belgium, or an alias or demonym: "the Netherlands", Dutch
  --agency A       e.g. Europol
  --item I         an item seized, e.g. cocaine
  --place P        e.g. Antwerp
  --network N      e.g. "Sky ECC"

Options:
  --published YYYY-MM-DD   publication date, overriding the front matter
  --theme auto|dark|light  colour theme (default auto)
  --no-color               no colours (also when NO_COLOR is set)
  --view V                 first view: timeline, article, entities or stats
  --demo                   run the guided tour; any key takes over
  --demo-speed D           time per tour step (default 2.5s)

Export:
  --format F       json (default, schema dossier.story/v1), timelinejs, markdown or csv
  -o FILE          write to FILE instead of standard output

Without FILE, dossier opens the story it embeds. An article is plain UTF-8 text,
optionally starting with front matter between two "---" lines (title, source,
url, published, dateline).

Exit codes: 0 ok, 1 bad input or runtime error, 2 bad usage, 128+n ended by
signal n (129 SIGHUP, 130 SIGINT, 143 SIGTERM).
`

// errHelpShown means the usage was printed on request: exit 0.
var errHelpShown = errors.New("help shown")

// usageError is a mistake in the command line: exit code 2. hint adds the
// pointer to --help, which is noise when the message already lists the
// valid values.
type usageError struct {
	msg  string
	hint bool
}

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{msg: fmt.Sprintf(format, args...), hint: true}
}

// listFlag collects a repeated flag.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ", ") }
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// storyFlags are the flags every command that reads a story shares:
// the filters and the publication date. snapshot uses them too.
type storyFlags struct {
	filters   map[model.Kind]*listFlag
	published string
}

func addStoryFlags(fs *flag.FlagSet) *storyFlags {
	sf := &storyFlags{filters: map[model.Kind]*listFlag{}}
	for _, k := range model.Kinds {
		l := &listFlag{}
		sf.filters[k] = l
		fs.Var(l, string(k), "filter by "+string(k)+" (repeatable)")
	}
	fs.StringVar(&sf.published, "published", "", "publication date YYYY-MM-DD, overriding the front matter")
	return sf
}

// wanted is the filter values as typed, by facet.
func (sf *storyFlags) wanted() map[model.Kind][]string {
	out := map[model.Kind][]string{}
	for k, l := range sf.filters {
		if len(*l) > 0 {
			out[k] = slices.Clone(*l)
		}
	}
	return out
}

// newFlagSet returns a flag set that reports errors instead of printing
// them, so every message goes out as the one line run writes.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseArgs parses flags and positional arguments in any order
// ("story.txt --country X" and "--country X story.txt" alike); "--" ends
// the flags. It prints the usage on -h/--help and reports errHelpShown.
func parseArgs(fs *flag.FlagSet, args []string, stdout io.Writer) (positional []string, err error) {
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, usage)
				return nil, errHelpShown
			}
			return nil, usagef("%v", err)
		}
		left := fs.Args()
		consumed := rest[:len(rest)-len(left)]
		if len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			return append(positional, left...), nil
		}
		if len(left) == 0 {
			return positional, nil
		}
		positional = append(positional, left[0])
		rest = left[1:]
	}
}

// fileArg returns the one optional FILE argument: "" for the embedded
// story, "-" for stdin.
func fileArg(positional []string) (string, error) {
	switch len(positional) {
	case 0:
		return "", nil
	case 1:
		if positional[0] == "" {
			return "", usagef("empty file name")
		}
		return positional[0], nil
	}
	return "", usagef("too many arguments: %s (at most one FILE)", strings.Join(positional, " "))
}

func oneOf(flagName, v string, allowed ...string) error {
	if slices.Contains(allowed, v) {
		return nil
	}
	return usagef("--%s must be one of %s, not %q", flagName, strings.Join(allowed, ", "), v)
}

// version is the module version stamped by the go tool, or "dev".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return "dev"
	}
	return bi.Main.Version
}

// appFlags choose what the app opens with: filters, view, theme, colour
// and the tour. The local app, an SSH session and snapshot all declare them
// with addAppFlags, so the three accept the same flags and say the same
// things about mistakes.
type appFlags struct {
	story     *storyFlags
	theme     string
	noColor   bool
	view      string
	demo      bool
	demoSpeed time.Duration
}

func addAppFlags(fs *flag.FlagSet) *appFlags {
	af := &appFlags{story: addStoryFlags(fs)}
	fs.StringVar(&af.theme, "theme", "auto", "auto, dark or light")
	fs.BoolVar(&af.noColor, "no-color", false, "no colours")
	fs.StringVar(&af.view, "view", "timeline", "timeline, article, entities or stats")
	fs.BoolVar(&af.demo, "demo", false, "run the guided tour")
	fs.DurationVar(&af.demoSpeed, "demo-speed", 2500*time.Millisecond, "time per tour step")
	return af
}

// check refuses the values the flag package lets through.
func (af *appFlags) check() error {
	if err := oneOf("theme", af.theme, "auto", "dark", "light"); err != nil {
		return err
	}
	if err := oneOf("view", af.view, "timeline", "article", "entities", "stats"); err != nil {
		return err
	}
	if af.demoSpeed <= 0 {
		return usagef("--demo-speed must be positive, not %s", af.demoSpeed)
	}
	return nil
}

// options resolves the filters against st (see resolveSelection) and
// returns what the app opens with.
func (af *appFlags) options(st *model.Story, lex *model.Lexicon) (ui.Options, error) {
	sel, err := resolveSelection(st, lex, af.story.wanted())
	if err != nil {
		return ui.Options{}, err
	}
	if len(sel) == 0 {
		sel = nil
	}
	return ui.Options{
		Theme:     af.theme,
		NoColor:   af.noColor,
		Selection: sel,
		View:      af.view,
		Demo:      af.demo,
		DemoSpeed: af.demoSpeed,
	}, nil
}

// browseFlags are the flags of the interactive app.
type browseFlags struct {
	*appFlags
	version bool
}

func parseBrowseArgs(args []string, stdout io.Writer) (*browseFlags, string, error) {
	fs := newFlagSet("dossier")
	bf := &browseFlags{appFlags: addAppFlags(fs)}
	fs.BoolVar(&bf.version, "version", false, "print the version")
	pos, err := parseArgs(fs, args, stdout)
	if err != nil {
		return nil, "", err
	}
	if bf.version {
		return bf, "", nil
	}
	file, err := fileArg(pos)
	if err != nil {
		return nil, "", err
	}
	if err := bf.check(); err != nil {
		return nil, "", err
	}
	return bf, file, nil
}
