package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// snap runs `dossier snapshot args...` and returns its exit code, stdout
// and stderr.
func snap(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(append([]string{"snapshot"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestSnapshotGoldens: each view of the embedded story at 120x40 in plain
// text, as the README shows them. `go test -run TestSnapshotGoldens
// -update` rewrites testdata/snapshot/<view>.golden.
func TestSnapshotGoldens(t *testing.T) {
	for _, view := range []string{"timeline", "article", "entities", "stats"} {
		t.Run(view, func(t *testing.T) {
			code, out, errOut := snap(t, "--no-color", "--view", view)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			checkGolden(t, filepath.Join("testdata", "snapshot", view+".golden"), out)
		})
	}
}

// TestSnapshotFrame: the frame has exactly the asked size, shows the view
// asked for with the filters asked for, and is plain text with --no-color.
func TestSnapshotFrame(t *testing.T) {
	code, out, _ := snap(t, "--no-color", "--width=80", "--height", "24", "--country", "dutch")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 24 {
		t.Fatalf("%d lines, want 24", len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > 80 || strings.HasSuffix(l, " ") {
			t.Fatalf("line %d is %d cells or ends in a space: %q", i+1, w, l)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Fatal("--no-color output holds escape sequences")
	}
	m := regexp.MustCompile(`Timeline (\d+) of (\d+)`).FindStringSubmatch(out)
	if m == nil || m[1] == m[2] || !strings.Contains(out, "[x] Netherlands") {
		t.Fatalf("--country dutch is not applied:\n%s", out)
	}

	_, out, _ = snap(t, "--no-color", "--view", "stats")
	if !strings.Contains(out, "Stats · ") || !strings.Contains(out, "█") {
		t.Fatalf("--view stats:\n%s", out)
	}
}

// TestSnapshotColour: without --no-color the frame is coloured, in 256
// colours when stdout is not a terminal; NO_COLOR turns colour off.
func TestSnapshotColour(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	t.Setenv("CLICOLOR_FORCE", "")
	code, out, _ := snap(t)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "\x1b[") || !strings.Contains(out, "38;5;") || strings.Contains(out, "38;2;") {
		t.Fatalf("want 256-colour SGR and no truecolor; got %q", out[:min(len(out), 300)])
	}
	if got := len(strings.Split(strings.TrimSuffix(ansi.Strip(out), "\n"), "\n")); got != 40 {
		t.Fatalf("%d lines, want 40", got)
	}
	t.Setenv("NO_COLOR", "1")
	if _, out, _ = snap(t); strings.Contains(out, "\x1b") {
		t.Fatal("NO_COLOR output holds escape sequences")
	}
}

// TestSnapshotFile: a file argument is the story shown, wherever it is.
func TestSnapshotFile(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*.txt"))
	if len(files) == 0 {
		t.Skip("no articles in testdata")
	}
	for _, f := range files {
		code, out, errOut := snap(t, f, "--no-color", "--view", "article")
		if code != 0 || errOut != "" {
			t.Fatalf("%s: exit %d, %q", f, code, errOut)
		}
		raw, _ := os.ReadFile(f)
		title := ""
		for _, l := range strings.Split(string(raw), "\n") {
			if v, ok := strings.CutPrefix(l, "title: "); ok {
				title = v
				break
			}
		}
		if words := strings.Fields(title); len(words) > 2 && !strings.Contains(out, strings.Join(words[:3], " ")) {
			t.Fatalf("%s: the header lacks the title %q:\n%s", f, title, out)
		}
	}
}

// TestSnapshotBadInput: every mistake is a short message on stderr, nothing
// on stdout, and exit 2 for usage or 1 for input.
func TestSnapshotBadInput(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--width", "0"}, 2, "--width must be a number"},
		{[]string{"--height=abc"}, 2, "--height must be a number"},
		{[]string{"--width"}, 2, "flag needs an argument: --width"},
		{[]string{"--view", "map"}, 2, "--view must be one of"},
		{[]string{"--colour"}, 2, "flag provided but not defined: --colour"},
		{[]string{"--country", "Atlantis"}, 2, `no country "Atlantis"`},
		{[]string{"--published", "9/3/2021"}, 1, "--published"},
		{[]string{"-", "-"}, 2, "- (standard input) given 2 times"},
		{[]string{"a.txt", "b.txt"}, 1, "no such file"},
		{[]string{"testdata/no such file\x1b[31m.txt"}, 1, "no such file"},
	} {
		code, out, errOut := snap(t, c.args...)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%q: exit %d (want %d), stdout %d bytes, stderr %q (want %q)", c.args, code, c.code, len(out), errOut, c.want)
		}
		if strings.Contains(errOut, "\x1b") || strings.Count(errOut, "\n") > 2 {
			t.Errorf("%q: stderr is not one clean line: %q", c.args, errOut)
		}
	}
}

// TestSnapshotHelp: --help prints the usage and exits 0.
func TestSnapshotHelp(t *testing.T) {
	code, out, _ := snap(t, "--help")
	if code != 0 || !strings.Contains(out, "dossier snapshot") || !strings.Contains(out, "--width") {
		t.Fatalf("exit %d, %q", code, out)
	}
}

// readmeSnapshotRE is one README snapshot block: the marker line names the
// view, the size and any other snapshot flags, and the block holds what
// `dossier snapshot --no-color` printed, fenced as text. docs/snapshots.sh
// writes the blocks; this is the same format.
var readmeSnapshotRE = regexp.MustCompile("(?ms)^<!-- snapshot: (.*?) -->\n(.*?)^<!-- /snapshot -->$")

// readmeSnapshotArgs turns a marker's "timeline 120x40 --country Belgium"
// into snapshot arguments.
func readmeSnapshotArgs(spec string) ([]string, bool) {
	f := strings.Fields(spec)
	if len(f) < 2 {
		return nil, false
	}
	w, h, ok := strings.Cut(f[1], "x")
	if !ok {
		return nil, false
	}
	return append([]string{"--no-color", "--view", f[0], "--width", w, "--height", h}, f[2:]...), true
}

// TestReadmeSnapshots fails when a screen in the README is no longer what
// `dossier snapshot` prints: run docs/snapshots.sh to bring them up to date.
func TestReadmeSnapshots(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Skip("no README.md")
	}
	blocks := readmeSnapshotRE.FindAllStringSubmatch(string(raw), -1)
	if len(blocks) == 0 {
		t.Skip("README.md has no snapshot blocks")
	}
	if n := strings.Count(string(raw), "<!-- snapshot: "); n != len(blocks) {
		t.Fatalf("README.md has %d snapshot markers but %d well-formed blocks", n, len(blocks))
	}
	for _, b := range blocks {
		args, ok := readmeSnapshotArgs(b[1])
		if !ok {
			t.Errorf("README marker %q: want \"<view> <W>x<H> [flags]\"", b[1])
			continue
		}
		code, out, errOut := snap(t, args...)
		if code != 0 {
			t.Errorf("README block %q: snapshot exit %d: %s", b[1], code, errOut)
			continue
		}
		if want := "```text\n" + out + "```\n"; b[2] != want {
			t.Errorf("README block %q is out of date; run docs/snapshots.sh\n%s", b[1], lineDifference("README  ", b[2], "snapshot", want))
		}
	}
}
