package ptytest

import (
	"reflect"
	"testing"
)

func TestParserRestoration(t *testing.T) {
	tests := []struct {
		name   string
		stream string
		want   Restoration
	}{
		{"nothing written", "", Restoration{AltScreenExited: true, CursorVisible: true}},
		{"bubble tea start and quit", teaStart + teaQuit,
			Restoration{AltScreenEntered: true, AltScreenExited: true, CursorVisible: true}},
		{"bubble tea killed", teaStart, Restoration{AltScreenEntered: true, CursorVisible: false, ModesLeftOn: []string{
			"alt-screen", "bracketed-paste(2004)", "cursor-hidden(25)", "kitty-keyboard(1 pushed)", "modify-other-keys(2)"}}},
		{"less start and quit", "\x1b[?1049h\x1b[22;0;0t\x1b[?1h\x1b=\rBRUSSELS\x1b[K\r\x1b[K\x1b[?1l\x1b>\x1b[?1049l\x1b[23;0;0t",
			Restoration{AltScreenEntered: true, AltScreenExited: true, CursorVisible: true}},
		{"less killed", "\x1b[?1049h\x1b[?1h\x1b=BRUSSELS", Restoration{AltScreenEntered: true, CursorVisible: true,
			ModesLeftOn: []string{"alt-screen", "cursor-keys(1)", "keypad-app(DECKPAM)"}}},
		{"several modes in one sequence", "\x1b[?1000;1002;1006h\x1b[?1004h\x1b[?1000;1006l", Restoration{
			AltScreenExited: true, CursorVisible: true, ModesLeftOn: []string{"focus(1004)", "mouse-drag(1002)"}}},
		{"every named mode", "\x1b[?1;9;1000;1001;1002;1003;1004;1005;1006;1015;1016;2004;2026h", Restoration{
			AltScreenExited: true, CursorVisible: true, ModesLeftOn: []string{"bracketed-paste(2004)", "cursor-keys(1)",
				"focus(1004)", "mouse(1000)", "mouse-all(1003)", "mouse-drag(1002)", "mouse-hilite(1001)", "mouse-pixels(1016)",
				"mouse-sgr(1006)", "mouse-urxvt(1015)", "mouse-utf8(1005)", "mouse-x10(9)", "sync-output(2026)"}}},
		{"kitty pushes popped by count", "\x1b[>1u\x1b[>3u\x1b[<2u", Restoration{AltScreenExited: true, CursorVisible: true}},
		{"RIS resets everything", "\x1b[?1049h\x1b[?25l\x1b[?1003h\x1bc", Restoration{AltScreenEntered: true,
			AltScreenExited: true, CursorVisible: true}},
		{"RIS resets modes off by default too", "\x1b[?2026h\x1b[?1015h\x1b[>1u\x1b[>4;2m\x1bc", Restoration{
			AltScreenExited: true, CursorVisible: true}},
		{"a cursor hidden on the alternate screen stays hidden after it, as in xterm", "\x1b[?1049h\x1b[?25l\x1b[?1049l",
			Restoration{AltScreenEntered: true, AltScreenExited: true, ModesLeftOn: []string{"cursor-hidden(25)"}}},
		{"alternate screen without saving the cursor", "\x1b[?1047hx", Restoration{AltScreenEntered: true,
			CursorVisible: true, ModesLeftOn: []string{"alt-screen"}}},
		{"in-band resize ignored, the other modes of its sequence set", "\x1b[?2048;1000h", Restoration{
			AltScreenExited: true, CursorVisible: true, ModesLeftOn: []string{"mouse(1000)"}}},
		{"an escape inside an OSC ends it, as in xterm", "\x1b]0;\x1b[?1000h\x07", Restoration{
			AltScreenExited: true, CursorVisible: true, ModesLeftOn: []string{"mouse(1000)"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewParser(120, 40)
			p.Feed([]byte(tt.stream))
			if got := p.Restoration(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			if got, want := p.Restoration().Restored(), tt.want.Restored(); got != want {
				t.Errorf("Restored() = %v, want %v", got, want)
			}
		})
	}
}

// A title that is never terminated must not hide the sequences after it.
func TestParserUnterminatedStringThenMode(t *testing.T) {
	p := NewParser(80, 24)
	p.Feed([]byte("\x1b]0;title\x1b[?1000h"))
	if got := p.Restoration().ModesLeftOn; !reflect.DeepEqual(got, []string{"mouse(1000)"}) {
		t.Errorf("modes left on = %v", got)
	}
}

func TestParserSyncFrames(t *testing.T) {
	p := NewParser(80, 24)
	p.Feed([]byte("\x1b[?2026h a \x1b[?2026l\x1b[?2026h b \x1b[?2026l\x1b[?2004h"))
	if got := p.SyncFrames(); got != 2 {
		t.Errorf("sync frames = %d, want 2", got)
	}
}
