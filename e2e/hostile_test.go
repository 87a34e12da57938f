package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/internal/cli"
)

// runCmd runs the command line in this process, as `dossier args...`
// with stdin as its standard input.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = cli.Run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// hostileKinds are the kinds of hostile or odd text an article can carry.
// Each is planted in the front matter (title, source) and in the body,
// between words and inside the place name "Antwerp", in hostileArticle.
// forbid are byte strings that must reach no terminal and no export; keep
// is text that must still show, as text, wherever the story is shown.
var hostileKinds = []struct {
	name   string
	seq    string
	forbid []string
	keep   string
}{
	{"OSC 0 window title", "\x1b]0;pwned-title\x07", []string{"\x1b]0;", "pwned-title"}, "Antwerp"},
	{"OSC 2 title with ST", "\x1b]2;pwned-two\x1b\\", []string{"pwned-two"}, "Antwerp"},
	{"OSC 52 clipboard write", "\x1b]52;c;cm0gLXJmIH4K\x07", []string{"\x1b]52", "cm0gLXJmIH4K"}, "Antwerp"},
	{"OSC 8 hyperlink", "\x1b]8;;https://evil.example/\x1b\\", []string{"\x1b]8;", "evil.example"}, "Antwerp"},
	{"CSI colour", "\x1b[31;47;5m", []string{"\x1b[31;47;5m"}, "Antwerp"},
	{"CSI cursor moves", "\x1b[1;777H\x1b[66A\x1b[2K", []string{"\x1b[1;777H", "\x1b[66A"}, "Antwerp"},
	{"CSI queries the terminal answers", "\x1b[6n\x1b[c\x1b[>q", []string{"\x1b[6n", "\x1b[c", "\x1b[>q"}, "Antwerp"},
	{"DCS", "\x1bP1$qm\x1b\\\x1bPq#0;2;0;0;0#0!7~-\x1b\\", []string{"\x1bP"}, "Antwerp"},
	{"APC PM SOS", "\x1b_Gf=100;QUFB\x1b\\\x1b^pm\x1b\\\x1bXsos\x1b\\", []string{"\x1b_", "\x1b^", "\x1bX", "QUFB"}, "Antwerp"},
	{"RIS and two-byte escapes", "\x1bc\x1b7\x1b8\x1b=\x1b>", []string{"\x1bc", "\x1b7"}, "Antwerp"},
	{"C1 controls as UTF-8", "\u009b31m\u009d0;pwned-c1\u009c\u0090x\u009c\u0085", []string{"\xc2\x9b", "\xc2\x9d", "\xc2\x90", "\xc2\x85", "pwned-c1"}, "Antwerp"},
	// A raw 8-bit byte is not UTF-8: it becomes U+FFFD and the bytes after
	// it are plain text, so they show as text (and split the word).
	{"raw C1 bytes", "\x9b31m\x9d0;raw-text\x07", nil, "raw-text"},
	{"raw C0 controls", "\x07\x08\x0b\x0c\x0e\x0f\x1a\x7f", nil, "Antwerp"},
	{"bidi overrides", "\u202e\u202c\u2066\u2069\u200f\u061c\u202a\u202d", []string{"\u202e", "\u202c", "\u2066", "\u2069", "\u200f", "\u061c"}, "Antwerp"},
	{"zero-width characters", "\u200b\u200c\u200d\u2060\ufeff\u00ad", []string{"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}, "Antwerp"},
}

// hostileArticle is a small real story with seq planted everywhere.
func hostileArticle(seq string) string {
	return "---\ntitle: Police " + seq + " bust a drug ring\nsource: AP" + seq + "\npublished: 2021-03-09\n---\n" +
		"BRUSSELS (AP) – Belgian police " + seq + "arrested 48 people in Ant" + seq + "werp on Tuesday, prosecutors said.\n\n" +
		"Dutch police seized 17 tonnes of cocaine in Rotterdam" + seq + " on March 2, the Dutch prosecution service said.\n"
}

func writeHostile(t *testing.T, seq string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "hostile.txt")
	if err := os.WriteFile(path, []byte(hostileArticle(seq)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestHostileTextReachesNoExport writes every export format of a story
// carrying each kind of hostile text, from a file and from stdin: no
// escape sequence, control character, bidi or zero-width character comes
// out, raw or escaped, and the words around them do.
func TestHostileTextReachesNoExport(t *testing.T) {
	for _, k := range hostileKinds {
		t.Run(k.name, func(t *testing.T) {
			path := writeHostile(t, k.seq)
			for _, format := range []string{"json", "markdown", "csv", "timelinejs"} {
				for _, src := range []string{"file", "stdin"} {
					var code int
					var out, errOut string
					if src == "file" {
						code, out, errOut = runCmd(t, "", "export", "--format", format, path)
					} else {
						code, out, errOut = runCmd(t, hostileArticle(k.seq), "export", "--format", format, "-")
					}
					what := format + " from " + src
					if code != 0 {
						t.Fatalf("%s: exit %d: %s", what, code, errOut)
					}
					assertInert(t, what, out, k.forbid)
					if !strings.Contains(out, k.keep) {
						t.Errorf("%s lost the text around the sequence (want %q):\n%s", what, k.keep, out)
					}
					if format == "json" || format == "timelinejs" {
						var v any
						if err := json.Unmarshal([]byte(out), &v); err != nil {
							t.Fatalf("%s: %v", what, err)
						}
						walkJSON(v, func(s string) { assertInert(t, what+" (decoded)", s, k.forbid) })
					}
				}
			}
		})
	}
}

// TestHostileTextReachesNoSnapshot does the same for `dossier snapshot`,
// plain and in colour, in every view.
func TestHostileTextReachesNoSnapshot(t *testing.T) {
	for _, k := range hostileKinds {
		t.Run(k.name, func(t *testing.T) {
			path := writeHostile(t, k.seq)
			for _, view := range []string{"timeline", "article", "entities", "stats"} {
				for _, colour := range []bool{false, true} {
					args := []string{"snapshot", "--view", view, "--width", "100", "--height", "30"}
					if !colour {
						args = append(args, "--no-color")
					}
					code, out, errOut := runCmd(t, "", append(args, path)...)
					what := "snapshot " + strings.Join(args[1:], " ")
					if code != 0 {
						t.Fatalf("%s: exit %d: %s", what, code, errOut)
					}
					// In colour, SGR sequences are the app's own.
					assertInert(t, what, stripSGR(out), k.forbid)
					if view == "article" && !strings.Contains(stripSGR(out), k.keep) {
						t.Errorf("%s lost %q:\n%s", what, k.keep, out)
					}
				}
			}
		})
	}
}

// assertInert fails if s carries anything a terminal acts on or hides:
// ESC (or its JSON escape), C0 controls but newline, DEL, C1 controls,
// invalid UTF-8, bidi controls, zero-width characters, or one of forbid.
func assertInert(t *testing.T, what, s string, forbid []string) {
	t.Helper()
	for _, f := range forbid {
		if strings.Contains(s, f) {
			t.Errorf("%s carries %q", what, f)
		}
	}
	for _, esc := range []string{`\u001b`, `\u001B`, `\u0007`, `\u009b`, `\u009d`, `\u202e`, `\u200b`, `\ufeff`, `\x1b`} {
		if strings.Contains(s, esc) {
			t.Errorf("%s carries the escaped control %s", what, esc)
		}
	}
	if bad, i := firstUnsafe(s, false); bad != "" {
		t.Errorf("%s: %s at byte %d: %q", what, bad, i, s[max(0, i-20):min(len(s), i+20)])
	}
}

// firstUnsafe returns the first thing in s no terminal should get, and
// where; "" if none. With stream set, s is text between the escape
// sequences of raw terminal output, where the renderer's own cursor moves
// (CR, tab, backspace) are allowed.
func firstUnsafe(s string, stream bool) (string, int) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return "invalid UTF-8", i
		case r == '\n', stream && (r == '\r' || r == '\t' || r == '\b'):
		case r < 0x20 || r == 0x7f:
			return "a C0 control", i
		case r >= 0x80 && r < 0xa0:
			return "a C1 control", i
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			return "a bidi control", i
		case r >= 0x200b && r <= 0x200d, r == 0x2060, r == 0xfeff, r == 0x00ad:
			return "a zero-width character", i
		}
		i += n
	}
	return "", -1
}

// stripSGR drops the colour sequences the app itself writes.
func stripSGR(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func walkJSON(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case []any:
		for _, x := range v {
			walkJSON(x, f)
		}
	case map[string]any:
		for k, x := range v {
			f(k)
			walkJSON(x, f)
		}
	}
}
