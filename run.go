package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"dossier/model"
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
	doc, err := readDocument(file, bf.story.published, stdin)
	if err != nil {
		return err
	}
	noColor := bf.noColor || os.Getenv("NO_COLOR") != ""
	restoreGC := startupGC()
	defer restoreGC()
	build := func(st *model.Story, opts ui.Options) tea.Model {
		opts.NoColor = noColor
		app := ui.New(st, opts)
		restoreGC()
		fitMemory(st) // once the app's own index is built: see memory.go
		return app
	}
	parse := func() (*model.Story, *model.Lexicon, error) {
		lex, err := loadLexicon()
		if err != nil {
			return nil, nil, err
		}
		if len(doc.Body) >= bigBody {
			restoreGC() // a big body's peak must stay bounded
			boundParse(len(doc.Body))
		}
		return model.Parse(doc, lex), lex, nil
	}
	var (
		app      tea.Model
		parseErr error // written before the send on ready, read after Run
	)
	if len(bf.story.wanted()) > 0 {
		// Filters are resolved against the story, and a bad one must be
		// reported before the screen is taken over.
		st, lex, err := parse()
		if err != nil {
			return err
		}
		opts, err := bf.options(st, lex)
		if err != nil {
			return err
		}
		app = build(st, opts)
	} else {
		// Nothing on the command line depends on the story: load the word
		// lists and parse while Bubble Tea sets up the terminal (see
		// pending).
		opts, _ := bf.options(&model.Story{}, nil) // no filters: cannot fail
		ready := make(chan *model.Story, 1)
		go func() {
			// A panic or error here would otherwise kill the process
			// with the terminal still raw: hand the app a nil story,
			// which quits cleanly, and report why after.
			defer func() {
				if r := recover(); r != nil {
					parseErr = fmt.Errorf("internal error: %v", r)
					ready <- nil
				}
			}()
			st, _, err := parse()
			if err != nil {
				parseErr = err
			}
			ready <- st
		}()
		pend := newPending(ready, func(st *model.Story) tea.Model { return build(st, opts) })
		pend.note = loadingNote(file, len(doc.Body))
		app = pend
	}
	out, ok := stdout.(*os.File)
	if !ok || !term.IsTerminal(out.Fd()) {
		return errNotTerminal
	}
	popts := []tea.ProgramOption{tea.WithOutput(out)}
	if noColor {
		// Belt and braces: whatever the UI styles, the renderer drops colour.
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
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
	if parseErr != nil {
		return parseErr
	}
	if serr != nil {
		return serr
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fmt.Errorf("terminal: %w", err)
	}
	return nil
}
