package caseload

import (
	"errors"

	"dossier/internal/sanitize"
)

// Skip is an argument, or a file in a directory, that was not read into
// the case.
type Skip struct {
	// Path is the file as named on the command line or found in a
	// directory (the directory joined with its name), unsanitised.
	Path string
	// Err says why; its message names the file, safely for a terminal.
	Err error
}

// String is the skip as one line for a terminal: the file and the
// reason, with nothing from the file name that could move the cursor.
func (s Skip) String() string { return sanitize.Line(s.Err.Error()) }

// errDuplicate is the reason a second name of a file already read is
// skipped.
var errDuplicate = errors.New("already read as")
