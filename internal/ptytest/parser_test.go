package ptytest

import (
	"reflect"
	"regexp"
	"testing"
)

// Recorded from the Bubble Tea v2 floor program (bench/floor) at 120x40:
// what it writes on start and on q.
const (
	teaStart = "\x1b[?2026$p\x1b[?2027$p\x1b[>4m\x1b[?1049h\x1b[?25l\x1b[?5W\x1b[?2004h\x1b[>4;2m\x1b[>1u\x1b[?u" +
		"\x1b[H\x1b[2JBRUSSELS (AP) \xe2\x80\x93 Belgian police made 48 arrests\r\n"
	teaQuit = "\x1b[>4m\x1b[<1u\r\x1b[40d\x1b[?1049l\x1b[?25h\x1b[?2004l"
)

// Output arrives in arbitrary chunks; a sequence split anywhere must parse
// the same as the whole.
func TestParserSplitAnywhere(t *testing.T) {
	for _, stream := range []string{teaStart + "\x1b]11;?\x1b\\" + teaQuit, teaStart + "\x1b[6n\x1b[?2004$p"} {
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
			if p.Screen() != whole.Screen() {
				t.Fatalf("cut at %d: screen %q, want %q", cut, p.Screen(), whole.Screen())
			}
		}
	}
}

// Whatever the bytes, the parser neither panics nor depends on where the
// chunks were cut: the answers, the text and the modes are the same. (The
// screen may not be: x/vt ends a grapheme cluster at the end of a write.)
var longNumber = regexp.MustCompile(`[0-9]{6}`)

func FuzzParserSplit(f *testing.F) {
	f.Add([]byte(teaStart+teaQuit), 17)
	f.Add([]byte("\x1b[2;99r\x1b[6;1Hbottom\n\x1b[?69h\x1b[5;99s\x1b[S\x1b[L\x1b[M"), 3)
	f.Add([]byte("\x1b]0;title\x1b[?1000h\x1b]11;?\a\x1bP+q544e\x1b\\\x1b[?2048;1003h"), 9)
	f.Add([]byte("e\u0301\U0001F468\u200d\U0001F469\x1b[3b\t\x1b[99C\x1bc"), 2)
	f.Fuzz(func(t *testing.T, b []byte, cut int) {
		// A repeat (REP) of millions of characters is legal and takes the
		// emulator as long as drawing them; the fuzzer would time it, not
		// test it.
		if len(b) > 4096 || longNumber.Match(b) {
			return
		}
		cut = min(max(cut, 0), len(b))
		whole := NewParser(20, 6)
		wantAns := whole.Feed(b)
		p := NewParser(20, 6)
		ans := append(p.Feed(b[:cut]), p.Feed(b[cut:])...)
		if string(ans) != string(wantAns) {
			t.Errorf("answers %q, want %q", ans, wantAns)
		}
		if p.Text(0) != whole.Text(0) {
			t.Errorf("text %q, want %q", p.Text(0), whole.Text(0))
		}
		if !reflect.DeepEqual(p.Restoration(), whole.Restoration()) {
			t.Errorf("restoration %+v, want %+v", p.Restoration(), whole.Restoration())
		}
		_ = p.Screen()
	})
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
