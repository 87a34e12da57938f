package ptytest

import (
	"strings"
	"testing"
)

func TestParserText(t *testing.T) {
	tests := []struct {
		name, stream, want string
	}{
		{"colours stripped", "\x1b[1;38;2;125;121;255mTimeline\x1b[m 14 of 17", "Timeline 14 of 17"},
		{"cursor forward is a gap", "Sky\x1b[3CECC", "Sky   ECC"},
		{"REP repeats the last rune", "\xe2\x94\x80\x1b[3b", "────"},
		{"cursor position starts a line", "a\x1b[2;1Hb", "a\nb"},
		{"a full clear starts a line", "a\x1b[2Jb", "a\nb"},
		{"an alternate screen switch starts a line", "a\x1b[?1049hb", "a\nb"},
		{"charset designation skipped", "\x1b(Bok", "ok"},
		{"C0 controls dropped", "x\ay\bz", "xyz"},
		{"a tab is a blank", "a\tb", "a b"},
		{"strings dropped", "a\x1b]0;title\ab\x1bP+q544e\x1b\\c", "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewParser(80, 24)
			p.Feed([]byte(tt.stream))
			if got := p.Text(0); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}

// Text keeps what the screen has lost: a frame cleared away, text from an
// offset on.
func TestParserTextOutlivesTheScreen(t *testing.T) {
	p := NewParser(80, 24)
	p.Feed([]byte("old frame"))
	from := p.Len()
	p.Feed([]byte("\x1b[H\x1b[2Jnew frame"))
	if !strings.Contains(p.Text(0), "old frame") {
		t.Errorf("text lost the old frame: %q", p.Text(0))
	}
	if got := p.Text(from); got != "\nnew frame" {
		t.Errorf("text from %d = %q", from, got)
	}
}
