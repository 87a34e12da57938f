package ptytest

import (
	"strings"
	"testing"
)

func TestParserScreen(t *testing.T) {
	tests := []struct {
		name, stream, want string
	}{
		{"a full clear starts a new screen", "old frame\x1b[H\x1b[2Jnew frame", "new frame"},
		{"a redraw replaces what was there", "line one\r\nline two\x1b[1;6Hxxx", "line xxx\nline two"},
		{"erase to the end of the line", "hello world\x1b[1;6H\x1b[K", "hello"},
		{"colours take no room", "\x1b[1;38;2;125;121;255mTimeline\x1b[m 14", "Timeline 14"},
		{"wide characters", "世界x", "世界x"},
		{"a long line wraps", "0123456789abc", "0123456789ab\nc"},
		{"the alternate screen shows only its own frame", "shell$ \x1b[?1049h\x1b[H\x1b[2JAPP", "APP"},
		{"leaving the alternate screen shows the main screen again", "shell$ \x1b[?1049h\x1b[H\x1b[2JAPP\x1b[?1049l", "shell$"},
		{"a line feed at the bottom scrolls", "1\r\n2\r\n3\r\n4\r\n5", "2\n3\n4\n5"},
		{"scrolling margins past the bottom are clamped to it", "top\x1b[2;99r\x1b[4;1Hbottom\n", "top\n\nbottom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewParser(12, 4)
			p.Feed([]byte(tt.stream))
			if got := p.Screen(); got != tt.want {
				t.Errorf("screen %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParserScreenOfABubbleTeaFrame(t *testing.T) {
	p := NewParser(120, 40)
	p.Feed([]byte(teaStart))
	if got, want := p.Screen(), "BRUSSELS (AP) – Belgian police made 48 arrests"; got != want {
		t.Errorf("screen %q, want %q", got, want)
	}
	p.Feed([]byte(teaQuit))
	if got := p.Screen(); strings.Contains(got, "BRUSSELS") {
		t.Errorf("the frame stayed after the program left the alternate screen: %q", got)
	}
}
