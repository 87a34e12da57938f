package sanitize

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ASCII is untouched", "Police seized 28 firearms.\nNext line.", "Police seized 28 firearms.\nNext line."},
		{"normal Unicode is kept", "BRUSSELS (AP) – Europe’s “leading” ports, São Paulo, Liège, 🚔", "BRUSSELS (AP) – Europe’s “leading” ports, São Paulo, Liège, 🚔"},
		{"OSC 0 title, BEL", "a\x1b]0;pwned title\x07b", "ab"},
		{"OSC 2 title, ESC \\", "a\x1b]2;pwned\x1b\\b", "ab"},
		{"OSC 52 clipboard write", "Police\x1b]52;c;cm0gLXJmIH4K\x07 said", "Police said"},
		{"OSC 8 hyperlink keeps its text", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"unterminated OSC ends at the line end", "a\x1b]0;title\nnext", "a\nnext"},
		{"OSC aborted by CAN", "a\x1b]0;x\x18b", "ab"},
		{"CSI colour", "\x1b[31;1mred\x1b[0m text", "red text"},
		{"CSI 256 colour", "\x1b[38;5;196mx\x1b[m", "x"},
		{"CSI cursor moves and clear", "\x1b[2J\x1b[H\x1b[10;20Hx\x1b[3A\x1b[K", "x"},
		{"CSI private mode", "\x1b[?25l\x1b[?1049hx", "x"},
		{"CSI with intermediate", "a\x1b[2 qb", "ab"},
		{"DCS", "a\x1bPq#0;2;0;0;0#0~~\x1b\\b", "ab"},
		{"SOS PM APC", "a\x1bXsos\x1b\\b\x1b^pm\x1b\\c\x1b_apc\x1b\\d", "abcd"},
		{"8-bit CSI U+009B", "a\u009b31mb", "ab"},
		{"8-bit OSC U+009D with ST U+009C", "a\u009d0;title\u009cb", "ab"},
		{"8-bit OSC U+009D with BEL", "a\u009d52;c;eA==\x07b", "ab"},
		{"8-bit DCS U+0090", "a\u0090payload\u009cb", "ab"},
		{"charset designation ESC ( B", "a\x1b(Bb", "ab"},
		{"two-byte escapes ESC 7 and ESC c", "a\x1b7b\x1bc", "ab"},
		{"lone ESC at the end", "abc\x1b", "abc"},
		{"lone ESC before non-ASCII", "a\x1bé", "aé"},
		{"raw C0 controls", "a\x00b\x07c\x08d\x0be\x0cf\x7fg\rh", "abcdefgh"},
		{"raw C1 controls", "a\u0080b\u0085c\u009ad", "abcd"},
		{"tab becomes a space", "a\tb", "a b"},
		{"line and paragraph separators become newlines", "a\u2028b\u2029c", "a\nb\nc"},
		{"bidi overrides and isolates", "a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j", "abcdefghij"},
		{"bidi marks", "a\u200eb\u200fc\u061cd", "abcd"},
		{"zero-width characters", "co\u200bca\u200cin\u200de\u2060\ufeff", "cocaine"},
		{"soft hyphen and tag characters", "co\u00adcaine\U000E0041\U000E007F", "cocaine"},
		{"invalid UTF-8 becomes U+FFFD", "a\xffb\xc3", "a\uFFFDb\uFFFD"},
		{"raw 8-bit CSI byte is invalid UTF-8, not CSI", "a\x9b31mb", "a\uFFFD31mb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkSafe fails if s holds anything Sanitize promises to remove.
func checkSafe(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8 in %q", s)
	}
	for _, r := range s {
		if r == '\n' {
			continue
		}
		if r < 0x20 || (r >= 0x7f && r < 0xa0) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
			t.Fatalf("%U left in %q", r, s)
		}
	}
}

func BenchmarkTextSeed(b *testing.B) {
	seed, err := os.ReadFile("../../data/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(seed), 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Text(text)
	}
}
