package cli

import (
	"context"
	"io"
	"os"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"dossier/ui"
)

const snapshotLong = `Prints one frame of the app on the embedded story, the article FILE, URL or - names, or a case of several (read as dossier --help says; a case shows its first article, or with --source the first of that source), as a terminal of that size shows it right after start, and exits; no terminal needed. Colours are downsampled to what standard output supports (256 colours when it is not a terminal); --no-color, or NO_COLOR in the environment, prints plain text with no trailing spaces. Apart from --width and --height, the flags are the app's.

` + exitCodes

const snapshotExample = `
dossier snapshot --no-color > frame.txt
dossier snapshot --width 80 --height 24 --view stats --country Belgium story.txt
dossier snapshot --view article --source AP articles/
`

// snapshotDefaultWidth and snapshotDefaultHeight are the size the README's
// screens are made at.
const (
	snapshotDefaultWidth  = 120
	snapshotDefaultHeight = 40
	snapshotMaxSide       = 1000 // a frame is w×h cells in memory
)

// snapshotFlags are the app's flags (addAppFlags) plus the frame's size.
type snapshotFlags struct {
	app           *appFlags
	width, height string
}

func newSnapshot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "snapshot [FILE|DIR|URL|-...]",
		Short:   "Print one frame of the app, no terminal needed",
		Long:    snapshotLong,
		Example: snapshotExample,
		Args:    cobra.ArbitraryArgs,
	}
	sf := &snapshotFlags{app: addAppFlags(cmd.Flags())}
	// String flags, so that a mistake gets snapshotSide's message rather
	// than the flag parser's.
	cmd.Flags().StringVar(&sf.width, "width", strconv.Itoa(snapshotDefaultWidth), "columns")
	cmd.Flags().StringVar(&sf.height, "height", strconv.Itoa(snapshotDefaultHeight), "rows")
	addHelpFlag(cmd)
	completeAppFlags(cmd)
	cmd.RunE = func(c *cobra.Command, args []string) error {
		return in("snapshot", snapshot(c.Context(), sf, args, stdin, stdout, stderr))
	}
	return cmd
}

// snapshot renders one frame of the real UI to stdout.
func snapshot(ctx context.Context, sf *snapshotFlags, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if err := checkArgs(args); err != nil {
		return err
	}
	if err := sf.app.check(); err != nil {
		return err
	}
	w, err := snapshotSide("width", sf.width)
	if err != nil {
		return err
	}
	h, err := snapshotSide("height", sf.height)
	if err != nil {
		return err
	}
	frame, noColor, err := snapshotFrame(ctx, sf, args, w, h, stdin, stderr)
	if err != nil {
		return err
	}
	if noColor {
		_, err = io.WriteString(stdout, plainFrame(frame))
		return err
	}
	_, err = io.WriteString(snapshotWriter(stdout), frame+"\n")
	return err
}

// snapshotFrame reads and parses what args name as the app does (the
// embedded story, FILE, a URL, stdin, or a case; see caseApp) and renders
// its first frame at w×h.
func snapshotFrame(ctx context.Context, sf *snapshotFlags, args []string, w, h int, stdin io.Reader, stderr io.Writer) (frame string, noColor bool, err error) {
	noColor = sf.app.noColor || os.Getenv("NO_COLOR") != ""
	if isCase(args, sf.app.story.demoCase) {
		c, lex, err := loadCase(ctx, args, sf.app.story, commandLine(stdin), stderr)
		if err != nil {
			return "", false, err
		}
		m, err := caseApp(c, lex, sf.app, noColor, stderr)
		if err != nil {
			return "", false, err
		}
		nm, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		return nm.View().Content, noColor, nil
	}
	story, lex, err := loadStory(ctx, oneFile(args), sf.app.story.published, commandLine(stdin))
	if err != nil {
		return "", false, err
	}
	opts, err := sf.app.options(story, lex)
	if err != nil {
		return "", false, err
	}
	opts.NoColor = noColor
	return ui.Snapshot(story, opts, w, h), noColor, nil
}

// snapshotSide reads --width or --height.
func snapshotSide(name, value string) (int, error) {
	n, err := strconv.Atoi(value)
	if err != nil || n < 1 || n > snapshotMaxSide {
		return 0, usagef("--%s must be a number from 1 to %d, not %q", name, snapshotMaxSide, value)
	}
	return n, nil
}

// plainFrame is the frame as text: no escape sequences and no trailing
// spaces, so it diffs cleanly and survives editors that trim lines.
func plainFrame(frame string) string {
	lines := strings.Split(ansi.Strip(frame), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}

// snapshotWriter downsamples the frame's colours (Lip Gloss writes
// truecolor) to what stdout supports; a file or a pipe gets 256 colours,
// since asking for a coloured snapshot there is asking for colour.
func snapshotWriter(stdout io.Writer) io.Writer {
	p := colorprofile.Detect(stdout, os.Environ())
	if p == colorprofile.NoTTY {
		p = colorprofile.ANSI256
	}
	return &colorprofile.Writer{Forward: stdout, Profile: p}
}
