package cli

import (
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"dossier/model"
	"dossier/model/casefile"
	"dossier/ui"
)

// Every flag is defined once, here, and each command adds the groups it
// takes: the app (locally and over SSH) and snapshot take appFlags, export
// the story's filters and --published, serve only --published.

// filterUsage is each filter flag's help. Help lines are kept short (a
// newline starts another) so the help fits 80 columns.
var filterUsage = map[model.Kind]string{
	model.KindCountry: "filter by country (repeatable): a name, an\nalias or a demonym (Belgium, Dutch)",
	model.KindAgency:  "filter by agency (repeatable), e.g. Europol",
	model.KindItem:    "filter by item (repeatable), e.g. cocaine",
	model.KindPlace:   "filter by place (repeatable), e.g. Antwerp",
	model.KindNetwork: `filter by network (repeatable), e.g. "Sky ECC"`,
}

// storyFlags are the flags every command that reads a story shares: the
// filters and the publication date.
type storyFlags struct {
	filters   map[model.Kind]*[]string
	sources   []string
	published string
	demoCase  bool
}

func addStoryFlags(fs *pflag.FlagSet) *storyFlags {
	sf := &storyFlags{filters: map[model.Kind]*[]string{}}
	for _, k := range model.Kinds {
		l := &[]string{}
		sf.filters[k] = l
		// A value may hold a comma ("Antwerp, Belgium"): an array, not a
		// comma-split slice.
		fs.StringArrayVar(l, string(k), nil, filterUsage[k])
	}
	fs.StringArrayVar(&sf.sources, string(casefile.SourceFacet), nil, "filter by source (repeatable): an article's\nlabel or outlet, e.g. FBI")
	addPublishedFlag(fs, &sf.published)
	addDemoCaseFlag(fs, &sf.demoCase)
	return sf
}

func addDemoCaseFlag(fs *pflag.FlagSet, p *bool) {
	fs.BoolVar(p, "demo-case", false, "open the embedded demo case (three\nreleases on Operation RapTor), before\nany FILE")
}

func addPublishedFlag(fs *pflag.FlagSet, p *string) {
	fs.StringVar(p, "published", "", "publication date YYYY-MM-DD, overriding\nthe front matter")
}

// wanted is the filter values as typed, by facet, --source under
// casefile.SourceFacet.
func (sf *storyFlags) wanted() map[model.Kind][]string {
	out := map[model.Kind][]string{}
	for k, l := range sf.filters {
		if len(*l) > 0 {
			out[k] = slices.Clone(*l)
		}
	}
	if len(sf.sources) > 0 {
		out[casefile.SourceFacet] = slices.Clone(sf.sources)
	}
	return out
}

// Values the choice flags accept, in the order help and errors list them.
var (
	themes  = []string{"auto", "dark", "light"}
	views   = []string{"timeline", "article", "entities", "stats", "sources"}
	formats = []string{"json", "timelinejs", "markdown", "csv"}
)

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

func addAppFlags(fs *pflag.FlagSet) *appFlags {
	af := &appFlags{story: addStoryFlags(fs)}
	fs.StringVar(&af.view, "view", "timeline", "first view: "+strings.Join(views[:len(views)-1], ", ")+"\nor "+views[len(views)-1])
	fs.StringVar(&af.theme, "theme", "auto", "colour theme: "+strings.Join(themes, ", "))
	fs.BoolVar(&af.noColor, "no-color", false, "no colours (also when NO_COLOR is set)")
	fs.BoolVar(&af.demo, "demo", false, "run the guided tour; any key takes over")
	fs.DurationVar(&af.demoSpeed, "demo-speed", 2500*time.Millisecond, "time per tour step")
	return af
}

// check refuses the values the flag parser lets through.
func (af *appFlags) check() error {
	if err := oneOf("theme", af.theme, themes...); err != nil {
		return err
	}
	if err := oneOf("view", af.view, views...); err != nil {
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
	return af.uiOptions(sel), nil
}

// uiOptions is what the app opens with, its filters already resolved.
func (af *appFlags) uiOptions(sel model.Selection) ui.Options {
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
	}
}

func oneOf(flagName, v string, allowed ...string) error {
	if slices.Contains(allowed, v) {
		return nil
	}
	return usagef("--%s must be one of %s, not %q", flagName, strings.Join(allowed, ", "), v)
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
