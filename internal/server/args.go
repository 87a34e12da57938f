package server

import (
	"errors"
	"io"

	"dossier/model"
	"dossier/model/casefile"
	"dossier/ui"
)

// SessionCommand is what a client typed after the host (`ssh -t HOST --
// --country Netherlands`), with what it is read against.
type SessionCommand struct {
	Args    []string       // the words after the host, as the client's ssh split them
	Story   *model.Story   // the story the server shows
	Case    *casefile.Case // the case it shows instead, when it shows one
	Lexicon *model.Lexicon // the word lists it was parsed with (aliases, demonyms)
	Out     io.Writer      // the client's terminal: where help and version text go
	Port    int            // the port the client connected to, for the help text
}

// SessionArgs turns a session's command into the options its app opens
// with. Instead of options it may report ErrHelpShown or ErrVersionShown
// (it wrote what was asked for to Out: exit status 0), a UsageError (exit
// status 2) or any other error (exit status 1); the server tells the client
// in one line.
type SessionArgs func(SessionCommand) (ui.Options, error)

var (
	// ErrHelpShown means SessionArgs wrote the session's help to Out.
	ErrHelpShown = errors.New("help shown")
	// ErrVersionShown means SessionArgs wrote the version to Out.
	ErrVersionShown = errors.New("version shown")
)

// UsageError is a mistake in a session's arguments. Hint adds a pointer to
// the session's --help, which is noise when Msg already lists the valid
// values.
type UsageError struct {
	Msg  string
	Hint bool
}

func (e UsageError) Error() string { return e.Msg }
