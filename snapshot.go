package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"dossier/ui"
)

const snapshotUsage = `Usage: dossier snapshot [--width 120] [--height 40] [--view VIEW] [filters] [--no-color] [FILE|-]

Prints one frame of the app, as a terminal of that size shows it right after
start, and exits; no terminal needed. Colours are downsampled to what standard
output supports (256 colours when it is not a terminal); --no-color, or
NO_COLOR in the environment, prints plain text with no trailing spaces.
Apart from --width and --height, the flags are the app's (dossier --help).

  --width N                columns (default 120)
  --height N               rows (default 40)
  --published YYYY-MM-DD   publication date, overriding the front matter
  --country C, --agency A, --item I, --place P, --network N
                           filters, repeatable, as in dossier --help
  --view V                 timeline (default), article, entities or stats
  --theme auto|dark|light  colour theme (default auto)
  --no-color               no colours
  --demo                   start the guided tour
  --demo-speed D           time per tour step (default 2.5s)
`

// snapshotDefaultWidth and snapshotDefaultHeight are the size the README's
// screens are made at.
const (
	snapshotDefaultWidth  = 120
	snapshotDefaultHeight = 40
	snapshotMaxSide       = 1000 // a frame is w×h cells in memory
)

// runSnapshot is `dossier snapshot`: it renders one frame of the real UI
// to stdout and returns the exit code (0 ok, 1 bad input, 2 bad usage),
// with any error as one line on stderr.
func runSnapshot(args []string, stdout, stderr io.Writer) int {
	return reportFor(stderr, "snapshot", snapshot(args, stdout))
}

// snapshot reads its command line with the app's own flags (addAppFlags),
// plus the size of the frame.
func snapshot(args []string, stdout io.Writer) error {
	fs := newFlagSet("dossier snapshot")
	af := addAppFlags(fs)
	width := fs.String("width", strconv.Itoa(snapshotDefaultWidth), "columns")
	height := fs.String("height", strconv.Itoa(snapshotDefaultHeight), "rows")
	pos, err := parseArgs(fs, args, io.Discard) // the main usage; snapshot has its own
	if errors.Is(err, errHelpShown) {
		fmt.Fprint(stdout, snapshotUsage)
		return err
	}
	if err != nil {
		return err
	}
	file, err := fileArg(pos)
	if err != nil {
		return err
	}
	if err := af.check(); err != nil {
		return err
	}
	w, err := snapshotSide("width", *width)
	if err != nil {
		return err
	}
	h, err := snapshotSide("height", *height)
	if err != nil {
		return err
	}
	// Read and parsed as the app does: the embedded story, FILE or stdin.
	story, lex, err := loadStory(file, af.story.published, os.Stdin)
	if err != nil {
		return err
	}
	opts, err := af.options(story, lex)
	if err != nil {
		return err
	}
	opts.NoColor = opts.NoColor || os.Getenv("NO_COLOR") != ""
	frame := ui.Snapshot(story, opts, w, h)
	if opts.NoColor {
		_, err = io.WriteString(stdout, plainFrame(frame))
		return err
	}
	_, err = io.WriteString(snapshotWriter(stdout), frame+"\n")
	return err
}

// snapshotSide reads --width or --height. They are string flags so that a
// mistake gets this message rather than the flag package's parse error.
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
