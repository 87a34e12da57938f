package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The output functions share one rule set; each case is one kind of unsafe
// character and what Blank, Drop and Label make of it.
func TestOutputRules(t *testing.T) {
	tests := []struct {
		name               string
		in                 string
		blank, drop, label string
	}{
		{"plain text is kept", "Belgian police made 48 arrests.", "Belgian police made 48 arrests.", "Belgian police made 48 arrests.", "Belgian police made 48 arrests."},
		{"typographic text is kept", "Europe’s “leading” port – €1.2m, São Paulo 🚔", "Europe’s “leading” port – €1.2m, São Paulo 🚔", "Europe’s “leading” port – €1.2m, São Paulo 🚔", "Europe’s “leading” port – €1.2m, São Paulo 🚔"},
		{"newline is kept but not in a label", "a\nb", "a\nb", "a\nb", "a?b"},
		{"tab", "a\tb", "a b", "ab", "a?b"},
		{"OSC 52 clipboard write falls apart", "x\x1b]52;c;cm0K\ay", "x ]52;c;cm0K y", "x]52;c;cm0Ky", "x?]52;c;cm0K?y"},
		{"CSI colour", "\x1b[31mred\x1b[0m", " [31mred [0m", "[31mred[0m", "?[31mred?[0m"},
		{"C1 CSI", "a\u009b2Jb", "a  2Jb", "a2Jb", "a?2Jb"},
		{"NUL DEL CR", "a\x00b\x7fc\rd", "a b c d", "abcd", "a?b?c?d"},
		{"bidi override", "abc\u202edef", "abc   def", "abcdef", "abc?def"},
		{"bidi isolate", "\u2066x\u2069", "   x   ", "x", "?x?"},
		{"bidi marks", "a\u200eb\u200fc\u061cd", "a   b   c  d", "abcd", "a?b?c?d"},
		{"zero-width characters and BOM", "co\u200bca\u200din\ufeffe", "co   ca   in   e", "cocaine", "co?ca?in?e"},
		{"soft hyphen and tag characters", "co\u00adca\U000E0041ine", "co  ca    ine", "cocaine", "co?ca?ine"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a   b   c", "abc", "a?b?c"},
		{"invalid UTF-8", "a\xffb", "a b", "ab", "a?b"},
		{"U+FFFD, the mark of invalid UTF-8", "a\uFFFDb", "a   b", "ab", "a?b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Blank(tt.in); got != tt.blank {
				t.Errorf("Blank(%q) = %q, want %q", tt.in, got, tt.blank)
			} else if len(got) != len(tt.in) {
				t.Errorf("Blank changed the byte length: %d -> %d; offsets would drift", len(tt.in), len(got))
			}
			if got, want := Inline(tt.in), strings.ReplaceAll(tt.blank, "\n", " "); got != want {
				t.Errorf("Inline(%q) = %q, want %q", tt.in, got, want)
			}
			if got := Drop(tt.in); got != tt.drop {
				t.Errorf("Drop(%q) = %q, want %q", tt.in, got, tt.drop)
			}
			if got := Label(tt.in, 64); got != tt.label {
				t.Errorf("Label(%q) = %q, want %q", tt.in, got, tt.label)
			}
			if want := tt.in == tt.blank; Safe(tt.in) != want {
				t.Errorf("Safe(%q) = %v, want %v", tt.in, !want, want)
			}
		})
	}
}

func TestLabelIsCut(t *testing.T) {
	if got := Label(strings.Repeat("é", 70), 64); got != strings.Repeat("é", 64)+"…" {
		t.Errorf("Label of 70 runes = %q", got)
	}
	if got := Label("short", 64); got != "short" {
		t.Errorf("Label(short) = %q", got)
	}
}

// checkOutput fails if s holds anything an output function must remove.
func checkOutput(t *testing.T, fn, in, s string) {
	t.Helper()
	for i, r := range s {
		if r == utf8.RuneError || Unsafe(r) {
			t.Fatalf("%s(%q) left %U at %d in %q", fn, in, r, i, s)
		}
	}
}

// FuzzSanitize checks every function against the one rule set: reading
// leaves no escape, control or format character and is idempotent; output
// leaves nothing Unsafe, Blank keeps the length, Label one short line.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"", "plain", "\x1b[31mred\x1b[0m", "\x1b]0;t\x07", "\x1bP\x1b\\", "\u009b1m", "\u009d0;x\u009c",
		"a\xffb", "\u202eevil", "\x1b", "\x1b[", "\x1b]", "\xc2", "\t\r\n", "Europe’s – “x”",
		"\uFFFD", "\u2028", "co\u00adcaine", "\U000E0041", strings.Repeat("é", 70),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		checkSafe(t, out)
		if again := Text(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		if strings.Count(out, "\n") > strings.Count(s, "\n")+strings.Count(s, "\u2028")+strings.Count(s, "\u2029") {
			t.Fatalf("newlines appeared from nowhere: %q -> %q", s, out)
		}
		b := Blank(s)
		checkOutput(t, "Blank", s, b)
		if len(b) != len(s) {
			t.Fatalf("Blank changed the length: %d -> %d", len(s), len(b))
		}
		if in := Inline(s); len(in) != len(s) || strings.Contains(in, "\n") || !Safe(in) {
			t.Fatalf("Inline(%q) = %q: not one line of the same length", s, in)
		}
		checkOutput(t, "Drop", s, Drop(s))
		l := Label(s, 64)
		checkOutput(t, "Label", s, l)
		if strings.Contains(l, "\n") || utf8.RuneCountInString(l) > 65 {
			t.Fatalf("Label(%q) = %q: not one short line", s, l)
		}
		if !Safe(b) {
			t.Fatalf("Safe(Blank(%q)) is false", s)
		}
		// What reading keeps, output makes safe.
		checkOutput(t, "Blank∘Text", s, Blank(Text(s)))
	})
}

func TestLine(t *testing.T) {
	got := Line("open evil\x1b]0;pwned\a\nname.txt:  no such file")
	if strings.ContainsAny(got, "\x1b\a\n") || !strings.HasPrefix(got, "open evil") || !strings.HasSuffix(got, "name.txt: no such file") {
		t.Errorf("Line = %q", got)
	}
}

func TestLabelOfNames(t *testing.T) {
	for in, want := range map[string]string{
		"alice":                 "alice",
		"big\x1b]0;pwn\x07.txt": "big?]0;pwn?.txt",
		"tab\there\u202e":       "tab?here?",
	} {
		if got := Label(in, 64); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
}
