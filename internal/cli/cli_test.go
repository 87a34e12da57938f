package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd drives the command line as a user would, minus the process.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// assertOneLineError checks the contract for bad input: the exit code,
// one line on stderr that starts with "dossier: ", nothing on stdout,
// and no trace of a panic.
func assertOneLineError(t *testing.T, code, wantCode int, stdout, stderr, wantIn string) {
	t.Helper()
	if code != wantCode {
		t.Errorf("exit code = %d, want %d (stderr %q)", code, wantCode, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing", stdout)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if !strings.HasPrefix(lines[0], "dossier: ") {
		t.Errorf("stderr = %q, want it to start with \"dossier: \"", stderr)
	}
	max := 1
	if wantCode == 2 && strings.Contains(stderr, "--help") {
		max = 2 // the usage hint
	}
	if len(lines) > max {
		t.Errorf("stderr has %d lines, want %d: %q", len(lines), max, stderr)
	}
	for _, bad := range []string{"panic", "goroutine", ".go:"} {
		if strings.Contains(stderr, bad) {
			t.Errorf("stderr leaks %q: %q", bad, stderr)
		}
	}
	if wantIn != "" && !strings.Contains(stderr, wantIn) {
		t.Errorf("stderr = %q, want it to mention %q", stderr, wantIn)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"export", "--help"}, {"--country", "x", "-help"}} {
		code, out, errOut := runCmd(t, "", args...)
		if code != 0 || errOut != "" {
			t.Errorf("%v: code %d, stderr %q", args, code, errOut)
		}
		// fang's layout titles the usage "USAGE".
		for _, want := range []string{"USAGE", "dossier export", "--country", "--format", "--published", "Exit codes",
			"[FILE|DIR|URL|-...]", "--source", "--demo-case", "articles/"} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: help lacks %q", args, want)
			}
		}
		if strings.Contains(out, "\x1b") {
			t.Errorf("%v: help to a pipe holds escape sequences: %q", args, out)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, errOut := runCmd(t, "", "--version")
	if code != 0 || errOut != "" || !strings.HasPrefix(out, "dossier ") || strings.Count(out, "\n") != 1 {
		t.Errorf("--version: code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestBadUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		wantIn string
	}{
		{"unknown flag", []string{"--colour"}, "defined: --colour"},
		{"missing flag value", []string{"--country"}, "country"},
		{"bad theme", []string{"--theme", "pink"}, "--theme"},
		{"bad view", []string{"--view", "map"}, "--view"},
		{"bad demo speed", []string{"--demo-speed", "fast"}, "demo-speed"},
		{"negative demo speed", []string{"--demo-speed", "-1s"}, "demo-speed"},
		{"stdin twice", []string{"-", "a.txt", "-"}, "- (standard input) given 2 times"},
		{"export bad format", []string{"export", "--format", "pdf"}, "--format"},
		{"export unknown flag", []string{"export", "--theme", "dark"}, "defined: --theme"},
		{"export stdin twice", []string{"export", "-", "--format", "csv", "-"}, "- (standard input) given 2 times"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", tt.args...)
			assertOneLineError(t, code, 2, out, errOut, tt.wantIn)
			if !strings.Contains(errOut, "run 'dossier --help' for usage") {
				t.Errorf("stderr lacks the usage hint: %q", errOut)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	blank := write("blank.txt", []byte(" \n\n\t\n"))
	binary := write("binary.txt", []byte("PK\x03\x04\x00\x00\x00binary\x00data"))
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: 65 MiB on paper, nothing on disk.
	if err := f.Truncate(65 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	good := write("good.txt", []byte("Police arrested 3 people in Lyon on Monday.\n"))

	tests := []struct {
		name   string
		stdin  string
		args   []string
		wantIn string
	}{
		{"missing file", "", []string{"export", filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"directory of no articles", "", []string{"export", t.TempDir()}, "no article files in it"},
		{"empty file", "", []string{"export", empty}, ""},
		{"blank file", "", []string{"export", blank}, ""},
		{"binary file", "", []string{"export", binary}, ""},
		{"file over 64 MiB", "", []string{"export", huge}, ""},
		{"empty stdin", "", []string{"export", "-"}, "standard input"},
		{"binary stdin", "a\x00b", []string{"export", "-"}, "standard input"},
		{"bad published date", "", []string{"export", "--published", "2021-13-45", good}, "--published"},
		{"published not a date", "", []string{"export", "--published", "yesterday"}, "--published"},
		{"browse missing file", "", []string{filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"browse bad published", "", []string{"--published", "9 March 2021"}, "--published"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, tt.stdin, tt.args...)
			assertOneLineError(t, code, 1, out, errOut, tt.wantIn)
		})
	}
}

func TestHostileFileNameStaysOneLine(t *testing.T) {
	name := filepath.Join(t.TempDir(), "evil\x1b]0;pwned\a\nname.txt")
	code, out, errOut := runCmd(t, "", "export", name)
	assertOneLineError(t, code, 1, out, errOut, "")
	if strings.ContainsAny(errOut, "\x1b\a") {
		t.Errorf("stderr carries control characters: %q", errOut)
	}
}

func TestNotATerminal(t *testing.T) {
	code, out, errOut := runCmd(t, "")
	assertOneLineError(t, code, 1, out, errOut, "standard output is not a terminal; use 'dossier export'")
	if !strings.Contains(errOut, "'dossier snapshot'") {
		t.Errorf("stderr = %q", errOut)
	}
}

func TestSubcommandsAreNotFiles(t *testing.T) {
	for _, cmd := range []string{"serve", "snapshot", "export"} {
		code, _, errOut := runCmd(t, "", cmd, "--help")
		if code == 2 && strings.Contains(errOut, "too many arguments") {
			t.Errorf("%s was taken for a FILE, not dispatched", cmd)
		}
	}
}

// TestSubcommandHelp: -h, --help and `dossier help CMD` print that
// command's help on stdout and exit 0, for every command.
func TestSubcommandHelp(t *testing.T) {
	for _, cmd := range []string{"export", "snapshot", "serve", "completion"} {
		for _, args := range [][]string{{cmd, "-h"}, {cmd, "--help"}, {"help", cmd}} {
			code, out, errOut := runCmd(t, "", args...)
			if code != 0 || errOut != "" {
				t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
			}
			if !strings.Contains(out, "dossier "+cmd) {
				t.Errorf("%q: the help does not name %q:\n%s", args, "dossier "+cmd, out)
			}
		}
	}
}

// panicWriter panics on every write.
type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("write to a broken stream") }

// A panic anywhere under Run becomes one line and exit 1. A stdout whose
// writes panic is the simplest real way to make the command line panic.
func TestRunRecoversPanics(t *testing.T) {
	var errb bytes.Buffer
	code := Run([]string{"--version"}, strings.NewReader(""), panicWriter{}, &errb)
	assertOneLineError(t, code, 1, "", errb.String(), "dossier: internal error:")
}

// exitCoder is an error that asks for its own exit status, as the app's
// signal errors do (128+n).
type exitCoder struct{ code int }

func (e exitCoder) Error() string { return "stopped by signal: hangup" }
func (e exitCoder) ExitCode() int { return e.code }

// TestReportExitCode: an error with an ExitCode ends the command line with
// that status, after its one line.
func TestReportExitCode(t *testing.T) {
	for _, code := range []int{129, 130, 143} {
		var errb strings.Builder
		if got := report(&errb, in("", exitCoder{code})); got != code {
			t.Errorf("exit %d, want %d", got, code)
		}
		if errb.String() != "dossier: stopped by signal: hangup\n" {
			t.Errorf("stderr %q", errb.String())
		}
	}
}
