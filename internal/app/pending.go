package app

import (
	"fmt"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dossier/internal/sanitize"
	"dossier/model"
)

// pending is the app before its story (or a case's first article) is
// parsed. Loading the word lists and parsing take a few milliseconds that
// the first frame would otherwise wait for; with pending, Bubble Tea sets
// up the terminal on one core while the parse runs on the other. Messages
// that arrive meanwhile (the window size, the colour profile, the
// background colour) are kept and replayed to the app, in order, once it
// exists. Only used when the story cannot fail to resolve the command
// line (no filter flags): errors must reach the user before the screen is
// taken over.
type pending[T any] struct {
	ready <-chan *T
	build func(*T) tea.Model
	app   tea.Model
	early []tea.Msg
	// note is shown, centred, while a long article is parsed ("" for
	// the few milliseconds of a news article: a flash of text would only
	// be noise) or while a case's first article, which may be a page on
	// its way, is read; w and h are the window's size.
	note string
	w, h int
}

// loadingNoteMin is the body size from which the parse takes long enough
// to say what is happening.
const loadingNoteMin = 1 << 20

// loadingNote is what the screen says while the article named name (a
// path, "" for the embedded story, "-" for standard input) of size bytes
// is parsed; "" when it is too short to need one.
func loadingNote(name string, size int) string {
	if size < loadingNoteMin {
		return ""
	}
	switch name {
	case "":
		name = "the story"
	case "-":
		name = "standard input"
	default:
		name = filepath.Base(name)
	}
	// A file name is the user's, but its bytes could still be a terminal
	// escape: show it as text.
	return fmt.Sprintf("Reading %s (%.1f MiB)…", sanitize.Label(name, 64), float64(size)/(1<<20))
}

// readyMsg carries what the app is built from into Update: nil when it
// could not be read.
type readyMsg[T any] struct{ st *T }

// storyMsg carries the parsed story into Update.
type storyMsg = readyMsg[model.Story]

func newPending[T any](ready <-chan *T, build func(*T) tea.Model) pending[T] {
	return pending[T]{ready: ready, build: build}
}

// Init implements tea.Model.
func (p pending[T]) Init() tea.Cmd {
	ready := p.ready
	return func() tea.Msg { return readyMsg[T]{<-ready} }
}

// Update implements tea.Model.
func (p pending[T]) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if p.app != nil {
		var cmd tea.Cmd
		p.app, cmd = p.app.Update(msg)
		return p, cmd
	}
	switch msg := msg.(type) {
	case readyMsg[T]:
		if msg.st == nil { // the parse failed; the caller reports why
			return p, tea.Quit
		}
		p.app = p.build(msg.st)
		cmds := []tea.Cmd{p.app.Init()}
		for _, m := range p.early {
			var cmd tea.Cmd
			p.app, cmd = p.app.Update(m)
			cmds = append(cmds, cmd)
		}
		p.early = nil
		return p, tea.Batch(cmds...)
	case tea.KeyPressMsg:
		// Keys typed before the first frame have nothing to act on, but
		// quitting must always work.
		if s := msg.String(); s == "ctrl+c" || s == "q" {
			return p, tea.Quit
		}
		return p, nil
	}
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		p.w, p.h = ws.Width, ws.Height
	}
	p.early = append(p.early, msg)
	return p, nil
}

// View implements tea.Model.
func (p pending[T]) View() tea.View {
	if p.app == nil {
		v := tea.NewView(p.loadingFrame())
		v.AltScreen = true
		return v
	}
	return p.app.View()
}

// loadingFrame is the note centred in the window, or "" without one.
func (p pending[T]) loadingFrame() string {
	if p.note == "" || p.w < 1 || p.h < 1 {
		return ""
	}
	note := ansi.Truncate(p.note, p.w, "…")
	pad := (p.w - ansi.StringWidth(note)) / 2
	return strings.Repeat("\n", (p.h-1)/2) + strings.Repeat(" ", pad) + note
}
