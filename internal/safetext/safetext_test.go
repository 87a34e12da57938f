package safetext

import (
	"strings"
	"testing"
)

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"alice":                 "alice",
		"big\x1b]0;pwn\x07.txt": "big?]0;pwn?.txt",
		"tab\there\u202e":       "tab?here?",
		strings.Repeat("é", 70): strings.Repeat("é", 64) + "…",
	} {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOneLine(t *testing.T) {
	got := OneLine("open evil\x1b]0;pwned\a\nname.txt:  no such file")
	if strings.ContainsAny(got, "\x1b\a\n") || !strings.HasPrefix(got, "open evil") || !strings.HasSuffix(got, "name.txt: no such file") {
		t.Errorf("OneLine = %q", got)
	}
}
