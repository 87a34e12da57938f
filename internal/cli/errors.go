package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/pflag"

	"dossier/internal/sanitize"
)

// usageError is a mistake in the command line: exit code 2. hint adds the
// pointer to --help, which is noise when the message already lists the
// valid values.
type usageError struct {
	msg  string
	hint bool
}

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{msg: fmt.Sprintf(format, args...), hint: true}
}

// commandError is an error from one command, reported the way that command
// reports them (see report).
type commandError struct {
	cmd string // "snapshot", "serve"; "" for the others
	err error
}

func (e commandError) Error() string { return e.err.Error() }
func (e commandError) Unwrap() error { return e.err }

// in tags err with the command it came from; nil stays nil.
func in(cmd string, err error) error {
	if err == nil {
		return nil
	}
	return commandError{cmd: cmd, err: err}
}

// errLogged ends `dossier serve` with 1 after the server's log has said
// why: nothing more goes to stderr.
var errLogged = errors.New("see the log")

// report writes err as one line on stderr and returns the exit code: 0 for
// none, 2 for a usage error, the error's ExitCode if it has one (a signal's
// 128+n), else 1. `dossier serve` puts its name in the line and its help
// hint at the end of it; snapshot leads with its name and points to its own
// --help; every other command, export included, reports as the app does.
// An error cobra itself raised (an unknown command) is a usage error.
func report(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, errLogged) {
		return 1
	}
	var ce commandError
	cmd := ""
	if errors.As(err, &ce) {
		cmd = ce.cmd
	} else {
		err = usageError{msg: err.Error(), hint: true}
	}
	var ue usageError
	isUsage := errors.As(err, &ue)
	msg := sanitize.Line(err.Error())
	switch cmd {
	case "serve":
		if isUsage && ue.hint {
			msg += " (see dossier serve --help)"
		}
		fmt.Fprintln(stderr, "dossier serve: "+msg)
	case "snapshot":
		fmt.Fprintln(stderr, "dossier: snapshot: "+msg)
		if isUsage && ue.hint {
			fmt.Fprintln(stderr, "run 'dossier snapshot --help' for usage")
		}
	default:
		fmt.Fprintln(stderr, "dossier: "+msg)
		if isUsage && ue.hint {
			fmt.Fprintln(stderr, "run 'dossier --help' for usage")
		}
	}
	if isUsage {
		return 2
	}
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return 1
}

// flagError says what pflag refused, naming the flag as it is written on
// the command line: "flag provided but not defined: --bogus", "flag needs
// an argument: --country", "invalid value "fast" for flag --demo-speed:
// parse error". A group of one-letter flags is named with one dash (-x).
func flagError(err error) error {
	var (
		notExist *pflag.NotExistError
		required *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
	)
	switch {
	case errors.As(err, &notExist):
		name := "--" + notExist.GetSpecifiedName()
		if s := notExist.GetSpecifiedShortnames(); s != "" {
			name = "-" + s
		}
		return usagef("flag provided but not defined: %s", name)
	case errors.As(err, &required):
		name := "--" + required.GetSpecifiedName()
		if s := required.GetSpecifiedShortnames(); s != "" {
			name = "-" + required.GetSpecifiedName()
		}
		return usagef("flag needs an argument: %s", name)
	case errors.As(err, &invalid):
		why := "parse error"
		if errors.Is(invalid, strconv.ErrRange) {
			why = "value out of range"
		}
		f := invalid.GetFlag()
		if f.Value.Type() == "bool" {
			return usagef("invalid boolean value %q for --%s: %s", invalid.GetValue(), f.Name, why)
		}
		return usagef("invalid value %q for flag --%s: %s", invalid.GetValue(), f.Name, why)
	}
	return usagef("%v", err)
}
