package main

import (
	"errors"
	"flag"
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

  --width N          columns (default 120)
  --height N         rows (default 40)
  --published DATE   publication date YYYY-MM-DD, overriding the front matter
` + appFlagsHelp

// snapshotDefaultWidth and snapshotDefaultHeight are the size the README's
// screens are made at.
const (
	snapshotDefaultWidth  = 120
	snapshotDefaultHeight = 40
	snapshotMaxSide       = 1000 // a frame is w×h cells in memory
)

// snapshotArgs are the flags only snapshot has; the rest are the app's.
type snapshotArgs struct {
	width, height int
	published     string
	app           []string // everything else, for scanAppArgs
}

// snapshotUsageError is a mistake in the command line: exit code 2.
type snapshotUsageError struct{ msg string }

func (e snapshotUsageError) Error() string { return e.msg }

// runSnapshot is `dossier snapshot`: it renders one frame of the real UI
// to stdout and returns the exit code (0 ok, 1 bad input, 2 bad usage),
// with any error as one line on stderr.
func runSnapshot(args []string, stdout, stderr io.Writer) int {
	err := snapshot(args, stdout)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, snapshotUsage)
		return 0
	}
	fmt.Fprintln(stderr, "dossier: snapshot: "+oneLine(err.Error()))
	var ue snapshotUsageError
	if errors.As(err, &ue) {
		fmt.Fprintln(stderr, "run 'dossier snapshot --help' for usage")
		return 2
	}
	return 1
}

func snapshot(args []string, stdout io.Writer) error {
	sa, err := splitSnapshotArgs(args)
	if err != nil {
		return snapshotUsageError{err.Error()}
	}
	a, err := scanAppArgs("dossier snapshot", sa.app)
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	if err != nil {
		return snapshotUsageError{err.Error()}
	}
	if len(a.files) > 1 {
		return snapshotUsageError{fmt.Sprintf("one file at a time, got %d", len(a.files))}
	}
	file := ""
	if len(a.files) == 1 {
		file = a.files[0]
	}
	// Read and parsed as the app does: the embedded story, FILE or stdin.
	story, lex, err := loadStory(file, sa.published, os.Stdin)
	if err != nil {
		return err
	}
	opts, err := a.options(story, lex)
	if err != nil {
		return snapshotUsageError{err.Error()}
	}
	opts.NoColor = opts.NoColor || os.Getenv("NO_COLOR") != ""
	frame := ui.Snapshot(story, opts, sa.width, sa.height)
	if opts.NoColor {
		_, err = io.WriteString(stdout, plainFrame(frame))
		return err
	}
	_, err = io.WriteString(snapshotWriter(stdout), frame+"\n")
	return err
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

// splitSnapshotArgs takes --width, --height and --published (as "--width
// 80", "--width=80", one dash or two) out of args and leaves the rest, in
// order, for the app's flag parser. Nothing after "--" is a flag.
func splitSnapshotArgs(args []string) (snapshotArgs, error) {
	sa := snapshotArgs{width: snapshotDefaultWidth, height: snapshotDefaultHeight}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			sa.app = append(sa.app, args[i:]...)
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || (name != "width" && name != "height" && name != "published") {
			sa.app = append(sa.app, arg)
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return sa, fmt.Errorf("--%s needs a value", name)
			}
			i++
			value = args[i]
		}
		if name == "published" {
			sa.published = value
			continue
		}
		n, err := strconv.Atoi(value)
		if err != nil || n < 1 || n > snapshotMaxSide {
			return sa, fmt.Errorf("--%s must be a number from 1 to %d, not %q", name, snapshotMaxSide, value)
		}
		if name == "width" {
			sa.width = n
		} else {
			sa.height = n
		}
	}
	return sa, nil
}
