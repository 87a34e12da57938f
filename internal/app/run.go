// Package app runs dossier's full-screen app in the user's terminal: it
// parses the story while Bubble Tea sets up the terminal (pending), tunes
// the collector for big stories (memory), turns signals into a clean quit
// and an exit status (signals), and turns a panic into one line instead of
// a stack trace (guard). The command line decides what to open; this
// package only runs it.
package app

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

// Config is what Run opens and where.
type Config struct {
	// Doc is the article, already read: reading is where bad input fails,
	// and that must reach the user before the screen is taken over.
	Doc model.Document
	// Stories, when set, opens a case instead of Doc (see case.go): it
	// reads and parses the case's articles with the word lists it is
	// given, handing each story to each in order with how many of total
	// are done (nil for one that could not be read), and returns once
	// all are done. It runs behind the first frame, so its error (nothing
	// could be read) is told once the app is over. Resolve is not called
	// for a case.
	Stories func(lex *model.Lexicon, each func(done, total int, st *model.Story)) error
	// Source names the article for the loading note: a path, "" for the
	// embedded story, "-" for standard input.
	Source string
	// Lexicon loads the word lists the story is parsed with.
	Lexicon func() (*model.Lexicon, error)
	// Options is what the app opens with when nothing on the command line
	// depends on the story.
	Options ui.Options
	// Resolve, when set, works the options out from the parsed story (the
	// command line names filters, which must match the story's values).
	// The story is then parsed before the terminal is taken over, so a
	// mistake is reported on a normal screen.
	Resolve func(*model.Story, *model.Lexicon) (ui.Options, error)
	// NoColor turns colour off whatever the options say (--no-color or
	// NO_COLOR).
	NoColor bool
	// Out is the terminal; anything else is refused with a pointer to
	// export and snapshot.
	Out io.Writer
	// Model, when set, is the app already built (a case, read and parsed
	// before the screen is taken over): Doc, Source, Lexicon, Options
	// and Resolve are then unused.
	Model tea.Model
}

// Run opens the story in the full-screen app and returns once it quits.
// The article may come from stdin ("cat story.txt | dossier -"): it was read
// to the end already, and Bubble Tea then takes its keys from /dev/tty,
// which it opens itself when stdin is not a terminal. The error says why
// the app ended if not by a quit key; a signal's error has an ExitCode.
func Run(c Config) error {
	if c.Model != nil {
		return runInTerminal(c.Out, c.Model, c.NoColor, func() error { return nil })
	}
	if c.Stories != nil {
		return runCase(c)
	}
	restoreGC := startupGC()
	defer restoreGC()
	build := func(st *model.Story, opts ui.Options) tea.Model {
		opts.NoColor = c.NoColor
		app := ui.New(st, opts)
		restoreGC()
		fitMemory(st) // once the app's own index is built: see memory.go
		return app
	}
	parse := func() (*model.Story, *model.Lexicon, error) {
		lex, err := c.Lexicon()
		if err != nil {
			return nil, nil, err
		}
		if len(c.Doc.Body) >= bigBody {
			restoreGC() // a big body's peak must stay bounded
			boundParse(len(c.Doc.Body))
		}
		return model.Parse(c.Doc, lex), lex, nil
	}
	var (
		app      tea.Model
		parseErr error // written before the send on ready, read after Run
	)
	if c.Resolve != nil {
		st, lex, err := parse()
		if err != nil {
			return err
		}
		opts, err := c.Resolve(st, lex)
		if err != nil {
			return err
		}
		app = build(st, opts)
	} else {
		// Nothing on the command line depends on the story: load the word
		// lists and parse while Bubble Tea sets up the terminal (see
		// pending).
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
		pend := newPending(ready, func(st *model.Story) tea.Model { return build(st, c.Options) })
		pend.note = loadingNote(c.Source, len(c.Doc.Body))
		app = pend
	}
	return runInTerminal(c.Out, app, c.NoColor, func() error { return parseErr })
}

// Terminal is Run's refusal of an out that is not a terminal, nil for a
// terminal: a caller with more to say before Run checks it first.
func Terminal(out io.Writer) error {
	if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) {
		return nil
	}
	return errNotTerminal
}

// runInTerminal runs app on out, a terminal, under the panic guard and the
// signal watch, and says why it ended: a panic first, then a failed parse
// (parseErr, read once the program is over), then a signal.
func runInTerminal(out io.Writer, app tea.Model, noColor bool, parseErr func() error) error {
	f, ok := out.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return errNotTerminal
	}
	popts := []tea.ProgramOption{tea.WithOutput(f)}
	if noColor {
		// Belt and braces: whatever the UI styles, the renderer drops colour.
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	g := newGuard(withTestPanic(app))
	// The app handles SIGINT, SIGTERM and SIGHUP itself: see signals.go.
	popts = append(popts, tea.WithFilter(g.filter), tea.WithoutSignalHandler())
	p := tea.NewProgram(g, popts...)
	g.state.quit = p.Quit
	sigs := watchSignals(p)
	_, err := p.Run()
	serr := sigs.stop()
	if perr := g.state.panicked(); perr != nil {
		return perr
	}
	if perr := parseErr(); perr != nil {
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
