package ptytest

import (
	"reflect"
	"strings"
	"testing"
)

// Recorded from the Bubble Tea v2 floor program (bench/floor) at 120x40:
// what it writes on start and on q.
const (
	teaStart = "\x1b[?2026$p\x1b[?2027$p\x1b[>4m\x1b[?1049h\x1b[?25l\x1b[?5W\x1b[?2004h\x1b[>4;2m\x1b[>1u\x1b[?u" +
		"\x1b[H\x1b[2JBRUSSELS (AP) \xe2\x80\x93 Belgian police made 48 arrests\r\n"
	teaQuit = "\x1b[>4m\x1b[<1u\r\x1b[40d\x1b[?1049l\x1b[?25h\x1b[?2004l"
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
		{"kitty pushes popped by count", "\x1b[>1u\x1b[>3u\x1b[<2u", Restoration{AltScreenExited: true, CursorVisible: true}},
		{"RIS resets everything", "\x1b[?1049h\x1b[?25l\x1b[?1003h\x1bc", Restoration{AltScreenEntered: true,
			AltScreenExited: true, CursorVisible: true}},
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

// Output arrives in arbitrary chunks; a sequence split anywhere must parse
// the same as the whole.
func TestParserSplitAnywhere(t *testing.T) {
	stream := teaStart + "\x1b]11;?\x1b\\" + teaQuit
	whole := NewParser(120, 40)
	wantAns := whole.Feed([]byte(stream))
	for cut := 1; cut < len(stream); cut++ {
		p := NewParser(120, 40)
		ans := append(p.Feed([]byte(stream[:cut])), p.Feed([]byte(stream[cut:]))...)
		if string(ans) != string(wantAns) {
			t.Fatalf("cut at %d: answers %q, want %q", cut, ans, wantAns)
		}
		if !reflect.DeepEqual(p.Restoration(), whole.Restoration()) || p.Text(0) != whole.Text(0) {
			t.Fatalf("cut at %d: state differs", cut)
		}
	}
}

func TestParserAnswers(t *testing.T) {
	tests := []struct {
		name, query, want string
	}{
		{"DA1", "\x1b[c", "\x1b[?62;22c"},
		{"DA1 with 0", "\x1b[0c", "\x1b[?62;22c"},
		{"DA2", "\x1b[>c", "\x1b[>41;390;0c"},
		{"DSR", "\x1b[5n", "\x1b[0n"},
		{"CPR after a move", "\x1b[5;10H\x1b[6n", "\x1b[5;10R"},
		{"background colour, ST", "\x1b]11;?\x1b\\", "\x1b]11;rgb:0000/0000/0000\x1b\\"},
		{"foreground colour, BEL", "\x1b]10;?\a", "\x1b]10;rgb:ffff/ffff/ffff\a"},
		{"DECRQM synchronized output: unknown to xterm", "\x1b[?2026$p", "\x1b[?2026;0$y"},
		{"DECRQM grapheme clusters: unknown to xterm", "\x1b[?2027$p", "\x1b[?2027;0$y"},
		{"DECRQM bracketed paste, reset", "\x1b[?2004$p", "\x1b[?2004;2$y"},
		{"DECRQM bracketed paste, set", "\x1b[?2004h\x1b[?2004$p", "\x1b[?2004;1$y"},
		{"XTVERSION", "\x1b[>0q", "\x1bP>|XTerm(390)\x1b\\"},
		{"window size in cells", "\x1b[18t", "\x1b[8;40;120t"},
		{"kitty keyboard query: xterm stays silent", "\x1b[?u", ""},
		{"XTGETTCAP", "\x1bP+q544e\x1b\\", "\x1bP0+r\x1b\\"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(NewParser(120, 40).Feed([]byte(tt.query))); got != tt.want {
				t.Errorf("answer %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParserText(t *testing.T) {
	tests := []struct {
		name, stream, want string
	}{
		{"colours stripped", "\x1b[1;38;2;125;121;255mTimeline\x1b[m 14 of 17", "Timeline 14 of 17"},
		{"cursor forward is a gap", "Sky\x1b[3CECC", "Sky   ECC"},
		{"REP repeats the last rune", "\xe2\x94\x80\x1b[3b", "────"},
		{"cursor position starts a line", "a\x1b[2;1Hb", "a\nb"},
		{"charset designation skipped", "\x1b(Bok", "ok"},
		{"C0 controls dropped", "x\ay\bz", "xyz"},
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

func TestParserScreenStartsAtClear(t *testing.T) {
	p := NewParser(80, 24)
	p.Feed([]byte("old frame\x1b[H\x1b[2Jnew frame"))
	if got := p.Screen(); got != "new frame" {
		t.Errorf("screen %q", got)
	}
	if !strings.Contains(p.Text(0), "old frame") {
		t.Errorf("text lost the old frame: %q", p.Text(0))
	}
}

func TestParserCursorKeys(t *testing.T) {
	p := NewParser(80, 24)
	p.Feed([]byte("\x1b[?1h"))
	b, _ := KeyBytes("down", p.AppCursorKeys())
	if string(b) != "\x1bOB" {
		t.Errorf("down in application mode = %q", b)
	}
	p.Feed([]byte("\x1b[?1l"))
	b, _ = KeyBytes("down", p.AppCursorKeys())
	if string(b) != "\x1b[B" {
		t.Errorf("down in normal mode = %q", b)
	}
}

func TestKeyBytes(t *testing.T) {
	for name, want := range map[string]string{"j": "j", "q": "q", "ctrl+c": "\x03", "enter": "\r", "shift+tab": "\x1b[Z", "pgdown": "\x1b[6~"} {
		if got, err := KeyBytes(name, false); err != nil || string(got) != want {
			t.Errorf("KeyBytes(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	if _, err := KeyBytes("hyper+x", false); err == nil {
		t.Error("unknown key accepted")
	}
}
