package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"dossier/data"
	"dossier/internal/server"
	"dossier/ui"
)

const sessionLong = `dossier over SSH: the app, in your terminal, on the story this server shows.

Filters: repeat a flag for more values; values OR within a flag and flags AND together, matched case-insensitively (aliases and demonyms too). OpenSSH joins the words after the host with spaces, so a value with a space needs two levels of quoting: --country "'the Netherlands'" (or --country Dutch).

Inside the app, ? lists the keys and q quits.`

// SessionArgs reads the command after the host (`ssh -t HOST --
// --country Netherlands`) with the local app's own flags (addAppFlags), so
// both accept the same flags and say the same things about mistakes; its
// help is generated the same way, for the client. What would change the
// server's one story (a FILE, a URL, --published) is refused: a session
// never makes the server read a file or fetch an address.
func SessionArgs(c server.SessionCommand) (ui.Options, error) {
	cmd := &cobra.Command{
		Use:     fmt.Sprintf("ssh -t -p %d HOST --", c.Port),
		Long:    sessionLong,
		Example: fmt.Sprintf("\nssh -t -p %d HOST -- --country Netherlands --view stats\nssh -t -p %d HOST -- --demo\n", c.Port, c.Port),
		Args:    cobra.ArbitraryArgs,
	}
	af := addAppFlags(cmd.Flags())
	_ = cmd.Flags().MarkHidden("published") // taken only to be refused
	_ = cmd.Flags().MarkHidden("demo-case")
	showVersion := cmd.Flags().Bool("version", false, "print the version")
	addHelpFlag(cmd)
	if len(c.Args) > 0 {
		if msg, ok := localOnly(c.Args[0]); ok {
			return ui.Options{}, server.UsageError{Msg: msg}
		}
	}
	args := c.Args
	if len(args) > 0 && args[0] == "help" {
		args = append([]string{"--help"}, args[1:]...)
	}
	var opts ui.Options
	ran := false
	cmd.RunE = func(_ *cobra.Command, args []string) error {
		ran = true
		if *showVersion {
			_, err := fmt.Fprintln(c.Out, "dossier "+version())
			return err
		}
		file, err := fileArg(args)
		if err != nil {
			return err
		}
		if err := af.check(); err != nil {
			return err
		}
		if data.IsURL(file) {
			return usageError{msg: "no URLs over ssh: the server never fetches for a session; it shows the one story it was started with"}
		}
		if file != "" {
			return usageError{msg: "no files over ssh: the server shows the one story it was started with"}
		}
		if af.story.demoCase {
			return usageError{msg: "no --demo-case over ssh: the server shows the one story it was started with"}
		}
		if af.story.published != "" {
			return usageError{msg: "no --published over ssh: the server read its story once, at start"}
		}
		if c.Case != nil {
			sel, err := resolveCaseSelection(c.Case, c.Lexicon, af.story.wanted())
			if err != nil {
				return err
			}
			opts = af.uiOptions(sel)
			return nil
		}
		opts, err = af.options(c.Story, c.Lexicon)
		return err
	}
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError(err) })
	cmd.SetArgs(doubleDashes(args, flagNames(cmd)))
	cmd.SetIn(strings.NewReader(""))
	cmd.SetOut(c.Out)
	cmd.SetErr(io.Discard)
	err := execute(cmd, fang.WithoutCompletions())
	var ue usageError
	switch {
	case errors.As(err, &ue):
		return ui.Options{}, server.UsageError{Msg: ue.msg, Hint: ue.hint}
	case err != nil:
		return ui.Options{}, err
	case *showVersion:
		return ui.Options{}, server.ErrVersionShown
	case !ran:
		return ui.Options{}, server.ErrHelpShown
	}
	return opts, nil
}

// localOnly is what a session is told when it names one of the commands
// that run only where dossier is installed: they write files or serve, and
// a session gets the app and nothing else.
func localOnly(word string) (string, bool) {
	switch word {
	case "export":
		return "export works only on your own computer, not over ssh: this server shows the app and nothing else " +
			"(install dossier and run 'dossier export' to save the story as json, csv, markdown or timelinejs)", true
	case "snapshot", "serve", "completion":
		return word + " works only on your own computer, not over ssh: this server shows the app and nothing else " +
			"(install dossier and run 'dossier " + word + "')", true
	}
	return "", false
}
