package ptytest

import (
	"bytes"
	"testing"
)

func TestParserAnswers(t *testing.T) {
	tests := []struct {
		name, query, want string
	}{
		{"DA1", "\x1b[c", "\x1b[?62;22c"},
		{"DA1 with 0", "\x1b[0c", "\x1b[?62;22c"},
		{"DA2", "\x1b[>c", "\x1b[>41;390;0c"},
		{"DA3: xterm stays silent", "\x1b[=c", ""},
		{"DSR", "\x1b[5n", "\x1b[0n"},
		{"CPR after a move", "\x1b[5;10H\x1b[6n", "\x1b[5;10R"},
		{"CPR counts a wide character as two columns", "世界\x1b[6n", "\x1b[1;5R"},
		{"DECXCPR", "\x1b[2;3H\x1b[?6n", "\x1b[?2;3R"},
		{"background colour, ST", "\x1b]11;?\x1b\\", "\x1b]11;rgb:0000/0000/0000\x1b\\"},
		{"foreground colour, BEL", "\x1b]10;?\a", "\x1b]10;rgb:ffff/ffff/ffff\a"},
		{"palette colour", "\x1b]4;1;?\a", "\x1b]4;1;rgb:8080/8080/8080\a"},
		{"setting a colour is no query", "\x1b]11;#101010\a", ""},
		{"DECRQM synchronized output: unknown to xterm", "\x1b[?2026$p", "\x1b[?2026;0$y"},
		{"DECRQM grapheme clusters: unknown to xterm", "\x1b[?2027$p", "\x1b[?2027;0$y"},
		{"DECRQM bracketed paste, reset", "\x1b[?2004$p", "\x1b[?2004;2$y"},
		{"DECRQM bracketed paste, set", "\x1b[?2004h\x1b[?2004$p", "\x1b[?2004;1$y"},
		{"DECRQM cursor, visible at start", "\x1b[?25$p", "\x1b[?25;1$y"},
		{"DECRQM ANSI mode", "\x1b[4$p", "\x1b[4;0$y"},
		{"XTVERSION", "\x1b[>0q", "\x1bP>|XTerm(390)\x1b\\"},
		{"window size in cells", "\x1b[18t", "\x1b[8;40;120t"},
		{"window size in pixels", "\x1b[14t", "\x1b[4;640;960t"},
		{"kitty keyboard query: xterm stays silent", "\x1b[?u", ""},
		{"XTGETTCAP", "\x1bP+q544e\x1b\\", "\x1bP0+r\x1b\\"},
		{"DECRQSS", "\x1bP$qm\x1b\\", "\x1bP0$r\x1b\\"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(NewParser(120, 40).Feed([]byte(tt.query))); got != tt.want {
				t.Errorf("answer %q, want %q", got, tt.want)
			}
		})
	}
}

// A chunk may change what a later query in it is asked about; each answer
// describes the terminal at its query.
func TestParserAnswersReadTheStateAtTheQuery(t *testing.T) {
	got := NewParser(80, 24).Feed([]byte("\x1b[?2004$p\x1b[?2004h\x1b[?2004$p\x1b[3;4H\x1b[6n\x1b[H\x1b[6n"))
	if want := "\x1b[?2004;2$y\x1b[?2004;1$y\x1b[3;4R\x1b[1;1R"; string(got) != want {
		t.Errorf("answers %q, want %q", got, want)
	}
}

func TestParserCountsQueries(t *testing.T) {
	p := NewParser(120, 40)
	p.Feed([]byte(teaStart + "\x1b]11;?\a\x1b]52;c;?\a\x1b[c\x1b[c"))
	want := map[string]int{"DECRQM": 2, "KITTY-KBD": 1, "OSC11": 1, "OSC52": 1, "DA1": 2}
	got := p.Queries()
	if len(got) != len(want) {
		t.Errorf("queries %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("queries %v, want %v", got, want)
		}
	}
}

// The emulator never answers by itself: x/vt writes its answers into an
// input pipe that nothing reads, which would block the feed for good. Every
// query it knows, in-band resize among them, must leave the pipe empty.
func TestParserEmulatorStaysSilent(t *testing.T) {
	p := NewParser(80, 24)
	read := make(chan string)
	go func() {
		var b []byte
		buf := make([]byte, 256)
		for !bytes.HasSuffix(b, []byte("END")) {
			n, err := p.emu.Read(buf)
			b = append(b, buf[:n]...)
			if err != nil {
				break
			}
		}
		read <- string(b)
	}()
	p.Feed([]byte("\x1b[c\x1b[0c\x1b[1c\x1b[>c\x1b[>0c\x1b[5n\x1b[6n\x1b[?6n\x1b[?2004$p\x1b[4$p" +
		"\x1b]10;?\a\x1b]11;?\x1b\\\x1b]12;?\a\x1b[?2048h\x1b[?1000;2048h\x1b[?2048$p"))
	p.emu.SendText("END") // the one thing the pipe should carry
	if got := <-read; got != "END" {
		t.Errorf("the emulator wrote %q into its input pipe", got[:len(got)-len("END")])
	}
}
