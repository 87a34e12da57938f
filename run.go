package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"dossier/ui"
)

var errNotTerminal = errors.New("standard output is not a terminal; use 'dossier export' (json, markdown, csv, timelinejs) or 'dossier snapshot'")

// runBrowse opens the story in the full-screen app. The article may come
// from stdin ("cat story.txt | dossier -"): it is read to the end first,
// and Bubble Tea then takes its keys from /dev/tty, which it opens itself
// when stdin is not a terminal.
func runBrowse(args []string, stdin io.Reader, stdout io.Writer) error {
	bf, file, err := parseBrowseArgs(args, stdout)
	if err != nil {
		return err
	}
	if bf.version {
		fmt.Fprintln(stdout, "dossier "+version())
		return nil
	}
	st, lex, err := loadStory(file, bf.story.published, stdin)
	if err != nil {
		return err
	}
	opts, err := bf.options(st, lex)
	if err != nil {
		return err
	}
	out, ok := stdout.(*os.File)
	if !ok || !term.IsTerminal(out.Fd()) {
		return errNotTerminal
	}
	opts.NoColor = opts.NoColor || os.Getenv("NO_COLOR") != ""
	popts := []tea.ProgramOption{tea.WithOutput(out)}
	if opts.NoColor {
		// Belt and braces: whatever the UI styles, the renderer drops colour.
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	app := ui.New(st, opts)
	fitMemory(st) // once the app's own index is built: see memory.go
	g := newGuard(withTestPanic(app, os.Getenv(testPanicEnv)))
	// The app handles SIGINT, SIGTERM and SIGHUP itself: see signals.go.
	popts = append(popts, tea.WithFilter(g.filter), tea.WithoutSignalHandler())
	p := tea.NewProgram(g, popts...)
	g.state.quit = p.Quit
	sigs := watchSignals(p)
	_, err = p.Run()
	serr := sigs.stop()
	if perr := g.state.panicked(); perr != nil {
		return perr
	}
	if serr != nil {
		return serr
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fmt.Errorf("terminal: %w", err)
	}
	return nil
}
