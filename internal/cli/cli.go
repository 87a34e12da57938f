// Package cli is dossier's command line: the app (dossier [FILE]), export,
// snapshot and serve, built with cobra and Charm's fang (generated help and
// shell completion). Each flag is defined once (flags.go) and
// feeds every command that takes it, the SSH session's arguments included
// (SessionArgs). Whatever goes wrong, the user gets one line on stderr and
// an exit code, never a stack trace.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"dossier/internal/app"
	"dossier/model"
)

// Run is the whole command line behind main, with its streams passed in so
// tests drive it directly. It returns the exit code: 0 ok, 1 bad input or
// a runtime failure, 2 bad usage, 128+n when a signal ended the app.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = report(stderr, in("", fmt.Errorf("internal error: %v", r)))
		}
	}()
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(doubleDashes(args, flagNames(root)))
	return report(stderr, execute(root))
}

// execute runs cmd through fang, which styles the help (plain text when
// stdout is not a terminal) and adds shell completion. Errors come back to
// the caller, which reports them in one line; fang's own error box is
// turned off. --version is the commands' own flag: cobra's prints through
// a text/template, and a template that can run keeps the linker from
// dropping unused methods, which makes the binary far bigger.
func execute(cmd *cobra.Command, opts ...fang.Option) error {
	opts = append([]fang.Option{
		fang.WithoutVersion(),
		fang.WithoutManpage(),
		fang.WithErrorHandler(func(io.Writer, fang.Styles, error) {}),
	}, opts...)
	return fang.Execute(context.Background(), cmd, opts...)
}

var rootLong = `dossier turns a news story into a case file you browse from the keyboard: a timeline of dated events, an index of entities, and filters, every item linked to the sentence it came from.

Without an argument, dossier opens the story it embeds. ` + articleForms + `

` + caseForms + `

Filters: repeat a flag for more values; values OR within a flag and flags AND together, matched case-insensitively against the story's own names (countries also by alias, demonym or ISO code).

` + exitCodes

const exitCodes = `Exit codes: 0 ok, 1 bad input or runtime error, 2 bad usage, 128+n ended by signal n (129 SIGHUP, 130 SIGINT, 143 SIGTERM).`

const rootExample = `
# Open the embedded story, a file, a web page, or standard input:
dossier
dossier story.txt --country Netherlands --view stats
dossier saved-page.html
dossier https://news.example/2024/05/02/port-seizure
cat story.md | dossier -

# Several articles, or a folder of them, as one case:
dossier export --format markdown a.txt b.html c.md
dossier export --source FBI articles/
dossier export --demo-case

# Write it out, print one frame, serve it over SSH:
dossier export --format csv -o story.csv story.txt
dossier snapshot --view article --no-color
dossier serve --listen :23234
`

// newRoot builds the command tree: the app itself, export, snapshot and
// serve (fang and cobra add help and completion).
func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	browse := func(ctx context.Context, af *appFlags, args []string) error {
		return runBrowse(ctx, af, args, stdin, stdout, stderr)
	}
	return newRootWith(browse, stdin, stdout, stderr)
}

// newRootWith is newRoot with what opens the app passed in: tests read the
// command line without taking over a terminal.
func newRootWith(browse func(ctx context.Context, af *appFlags, args []string) error, stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:     "dossier [FILE|DIR|URL|-...]",
		Short:   "Browse a news story as a case file",
		Long:    rootLong,
		Example: rootExample,
		Args:    cobra.ArbitraryArgs,
	}
	af := addAppFlags(root.Flags())
	showVersion := root.Flags().Bool("version", false, "print the version")
	addHelpFlag(root)
	completeAppFlags(root)
	root.RunE = func(c *cobra.Command, args []string) error {
		if *showVersion {
			_, err := fmt.Fprintln(stdout, "dossier "+version())
			return in("", err)
		}
		err := checkArgs(args)
		if err == nil {
			err = af.check()
		}
		if err != nil {
			return in("", err)
		}
		return in("", browse(c.Context(), af, args))
	}
	root.AddCommand(newExport(stdin, stdout, stderr), newSnapshot(stdin, stdout, stderr), newServe(stdin, stderr))
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return in(reportAs(c), flagError(err)) })
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	return root
}

// reportAs is the name report uses for c's errors.
func reportAs(c *cobra.Command) string {
	switch c.Name() {
	case "snapshot", "serve":
		return c.Name()
	}
	return ""
}

// addHelpFlag gives c the -h/--help every command has, with a help line
// that does not repeat the command's name.
func addHelpFlag(c *cobra.Command) {
	c.Flags().BoolP("help", "h", false, "show this help")
	c.Flags().SortFlags = false // in the order they are defined: filters first
}

// runBrowse opens what args name (none the embedded story, "-" stdin, a
// URL, or a case; see caseApp) in the full-screen app (see app.Run).
func runBrowse(ctx context.Context, af *appFlags, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	noColor := af.noColor || os.Getenv("NO_COLOR") != ""
	if isCase(args, af.story.demoCase) && len(af.story.wanted()) == 0 {
		// With no filter to check against the whole case, the screen
		// opens on the first article and the case grows as the rest parse.
		cfg, told, err := streamCase(ctx, args, af.story, commandLine(stdin))
		if err != nil {
			return err
		}
		cfg.Options, cfg.NoColor, cfg.Out = af.uiOptions(model.Selection{}), noColor, stdout
		err = app.Run(cfg)
		told(stderr, err)
		return err
	}
	if isCase(args, af.story.demoCase) {
		c, lex, err := loadCase(ctx, args, af.story, commandLine(stdin), stderr)
		if err != nil {
			return err
		}
		// Which article the app opens on is told only once it can open.
		var note strings.Builder
		m, err := caseApp(c, lex, af, noColor, &note)
		if err != nil {
			return err
		}
		if err := app.Terminal(stdout); err != nil {
			return err
		}
		_, _ = io.WriteString(stderr, note.String())
		return app.Run(app.Config{Model: m, NoColor: noColor, Out: stdout})
	}
	file := oneFile(args)
	doc, err := readDocument(ctx, file, af.story.published, commandLine(stdin))
	if err != nil {
		return err
	}
	cfg := app.Config{
		Doc:     doc,
		Source:  file,
		Lexicon: loadLexicon,
		NoColor: noColor,
		Out:     stdout,
	}
	if len(af.story.wanted()) > 0 {
		// Filters are resolved against the story, and a bad one must be
		// reported before the screen is taken over.
		cfg.Resolve = af.options
	} else {
		cfg.Options, _ = af.options(&model.Story{}, nil) // no filters: cannot fail
	}
	return app.Run(cfg)
}
