// Command dossier turns a news story into a case file you browse from the
// keyboard: a timeline of dated events, an index of entities and filters.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"dossier/internal/sanitize"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command line behind main, with its streams passed in so
// tests drive it directly. It returns the exit code: 0 ok, 1 bad input or
// a runtime failure, 2 bad usage. Whatever goes wrong, the user gets one
// line on stderr, never a stack trace.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = report(stderr, fmt.Errorf("internal error: %v", r))
		}
	}()
	if len(args) > 0 {
		switch args[0] {
		case "help":
			fmt.Fprint(stdout, usage)
			return 0
		case "export":
			return report(stderr, runExport(args[1:], stdin, stdout, stderr))
		case "serve":
			return runServe(args[1:], stdout, stderr)
		case "snapshot":
			return runSnapshot(args[1:], stdout, stderr)
		}
	}
	return report(stderr, runBrowse(args, stdin, stdout))
}

// report writes err as one line on stderr and returns its exit code.
func report(stderr io.Writer, err error) int { return reportFor(stderr, "", err) }

// reportFor is report for the subcommand cmd ("" for none): its name
// leads the message and a usage mistake points to its --help.
func reportFor(stderr io.Writer, cmd string, err error) int {
	if err == nil || errors.Is(err, errHelpShown) {
		return 0
	}
	prefix, help := "dossier: ", "dossier --help"
	if cmd != "" {
		prefix, help = "dossier: "+cmd+": ", "dossier "+cmd+" --help"
	}
	fmt.Fprintln(stderr, prefix+oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) {
		if ue.hint {
			fmt.Fprintln(stderr, "run '"+help+"' for usage")
		}
		return 2
	}
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return 1
}

// oneLine keeps a message to one line and neutralises any control
// character a file name or an error text might carry to the terminal.
func oneLine(s string) string {
	return strings.Join(strings.Fields(sanitize.Blank(s)), " ")
}
