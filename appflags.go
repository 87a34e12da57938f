package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"dossier/model"
	"dossier/ui"
)

// appFlagsHelp lists the flags that choose what the app opens with. The
// local command line and the command after the host in `ssh host -- ...`
// accept the same ones.
const appFlagsHelp = `  --country NAME     show only events in this country (repeatable)
  --agency NAME      show only events involving this agency (repeatable)
  --item NAME        show only events with this item seized (repeatable)
  --place NAME       show only events at this place (repeatable)
  --network NAME     show only events about this network (repeatable)
  --view VIEW        timeline (default), article, entities or stats
  --theme THEME      auto (default), dark or light
  --no-color         no colours
  --demo             play the guided tour
  --demo-speed DUR   time between tour steps (implies --demo), e.g. 2s
`

// appArgs is the command line as typed, before its filter values are
// checked against a story.
type appArgs struct {
	filters   map[model.Kind][]string
	theme     string
	view      string
	noColor   bool
	demo      bool
	demoSpeed time.Duration
	files     []string
}

// facetFlag collects the values of one repeatable facet flag.
type facetFlag struct {
	kind model.Kind
	into map[model.Kind][]string
}

func (f facetFlag) String() string { return strings.Join(f.into[f.kind], ",") }

func (f facetFlag) Set(v string) error {
	v = strings.TrimSpace(v)
	if v == "" {
		return errors.New("empty name")
	}
	f.into[f.kind] = append(f.into[f.kind], v)
	return nil
}

// parseAppFlags parses the app's flags (see appFlagsHelp) and resolves the
// filter values against story: case-insensitive, through the lexicon's
// aliases and demonyms when lex is not nil ("dutch" gives Netherlands), and
// spelled as the story spells them. A value the story does not have is an
// error naming the values it does have. file is the one positional
// argument, if any. flag.ErrHelp comes back for -h/--help.
func parseAppFlags(name string, args []string, story *model.Story, lex *model.Lexicon) (opts ui.Options, file string, err error) {
	a, err := scanAppArgs(name, args)
	if err != nil {
		return ui.Options{}, "", err
	}
	if len(a.files) > 1 {
		return ui.Options{}, "", fmt.Errorf("one file at a time, got %d: %s", len(a.files), strings.Join(a.files, " "))
	}
	if len(a.files) == 1 {
		file = a.files[0]
	}
	opts, err = a.options(story, lex)
	return opts, file, err
}

// scanAppArgs parses args without a story. Flags and the file may come in
// any order; "--" ends the flags.
func scanAppArgs(name string, args []string) (appArgs, error) {
	a := appArgs{filters: map[model.Kind][]string{}}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are returned as one line, not printed
	for _, k := range model.Kinds {
		fs.Var(facetFlag{kind: k, into: a.filters}, string(k), "")
	}
	fs.StringVar(&a.theme, "theme", "auto", "")
	fs.StringVar(&a.view, "view", "timeline", "")
	fs.BoolVar(&a.noColor, "no-color", false, "")
	fs.BoolVar(&a.demo, "demo", false, "")
	fs.DurationVar(&a.demoSpeed, "demo-speed", 0, "")

	files, err := parseInterspersed(fs, args)
	if err != nil {
		return appArgs{}, err
	}
	a.files = files
	a.theme = strings.ToLower(a.theme)
	a.view = strings.ToLower(a.view)
	if !slices.Contains([]string{"auto", "dark", "light"}, a.theme) {
		return appArgs{}, fmt.Errorf("unknown theme %q (want auto, dark or light)", a.theme)
	}
	if !slices.Contains([]string{"timeline", "article", "entities", "stats"}, a.view) {
		return appArgs{}, fmt.Errorf("unknown view %q (want timeline, article, entities or stats)", a.view)
	}
	if a.demoSpeed < 0 {
		return appArgs{}, fmt.Errorf("--demo-speed must be positive, got %s", a.demoSpeed)
	}
	if a.demoSpeed > 0 {
		a.demo = true
	}
	return a, nil
}

// options resolves the filters against story and returns the ui options.
func (a appArgs) options(story *model.Story, lex *model.Lexicon) (ui.Options, error) {
	opts := ui.Options{
		Theme:     a.theme,
		View:      a.view,
		NoColor:   a.noColor,
		Demo:      a.demo,
		DemoSpeed: a.demoSpeed,
	}
	for _, k := range model.Kinds {
		for _, typed := range a.filters[k] {
			v, err := resolveFacetValue(story, lex, k, typed)
			if err != nil {
				return ui.Options{}, err
			}
			if !opts.Selection.Has(k, v) {
				if opts.Selection == nil {
					opts.Selection = model.Selection{}
				}
				opts.Selection[k] = append(opts.Selection[k], v)
			}
		}
	}
	return opts, nil
}

// resolveFacetValue returns the story's spelling of typed for facet k.
func resolveFacetValue(story *model.Story, lex *model.Lexicon, k model.Kind, typed string) (string, error) {
	var have []string
	for _, fv := range story.Facet(k, nil) {
		have = append(have, fv.Value)
	}
	names := []string{typed}
	if canon, ok := lexiconName(lex, k, typed); ok {
		names = append(names, canon)
	}
	for _, n := range names {
		for _, v := range have {
			if strings.EqualFold(v, n) {
				return v, nil
			}
		}
	}
	slices.Sort(have)
	list := "none"
	if len(have) > 0 {
		list = strings.Join(have, ", ")
	}
	return "", fmt.Errorf("no %s %q in this story (have: %s)", k, typed, list)
}

// lexiconName maps an alias or demonym of kind k to its canonical name.
func lexiconName(lex *model.Lexicon, k model.Kind, typed string) (string, bool) {
	if lex == nil {
		return "", false
	}
	match := func(name string, aliases ...[]string) bool {
		if strings.EqualFold(name, typed) {
			return true
		}
		for _, as := range aliases {
			for _, a := range as {
				if strings.EqualFold(a, typed) {
					return true
				}
			}
		}
		return false
	}
	switch k {
	case model.KindCountry:
		for _, e := range lex.Countries {
			if match(e.Name, e.Aliases, e.Demonyms, []string{e.Code}) {
				return e.Name, true
			}
		}
	case model.KindPlace:
		for _, e := range lex.Places {
			if match(e.Name, e.Aliases) {
				return e.Name, true
			}
		}
	case model.KindAgency:
		for _, e := range lex.Agencies {
			if match(e.Name, e.Aliases) {
				return e.Name, true
			}
		}
	case model.KindNetwork:
		for _, e := range lex.Networks {
			if match(e.Name, e.Aliases) {
				return e.Name, true
			}
		}
	case model.KindItem:
		for _, e := range lex.Items {
			if match(e.Name, e.Aliases) {
				return e.Name, true
			}
		}
	}
	return "", false
}

// parseInterspersed parses flags and positional arguments in any order, as
// people type them ("dossier story.txt --country Belgium"). Everything after
// the first "--" is positional. Errors are one line in the --flag spelling.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos, rest []string
	if i := slices.Index(args, "--"); i >= 0 {
		args, rest = args[:i], args[i+1:]
	}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, flagError(err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(pos, rest...), nil
		}
		pos = append(pos, args[0]) // fs.Parse stops at the first positional
		args = args[1:]
	}
}

// flagError turns the flag package's wording into ours.
func flagError(err error) error {
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return fmt.Errorf("unknown flag %s", dashes(rest))
	}
	if rest, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return fmt.Errorf("%s needs a value", dashes(rest))
	}
	if strings.HasPrefix(msg, "invalid value ") {
		// invalid value "x" for flag -demo-speed: parse error
		if i := strings.Index(msg, " for flag "); i > 0 {
			rest := msg[i+len(" for flag "):]
			name, why, _ := strings.Cut(rest, ": ")
			return fmt.Errorf("bad value %s for %s: %s", msg[len("invalid value "):i], dashes(name), why)
		}
	}
	return errors.New(msg)
}

// dashes writes a flag name the way the help shows it: --name.
func dashes(name string) string { return "--" + strings.TrimLeft(name, "-") }
