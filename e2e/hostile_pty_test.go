//go:build linux

package e2e

import (
	"os/exec"
	"strings"
	"testing"
	"time"

	"dossier/internal/ptytest"
)

// TestHostileTextReachesNoTerminal opens a story carrying each kind of
// hostile text in the real binary, in a pty, and shows it in every view
// (the timeline and its detail, the whole article, the entities, the
// stats). The raw bytes written to the terminal carry none of the planted
// sequences: the only strings (OSC) are the app's own window title, clean,
// and its background colour query; no DCS, APC, PM or SOS; outside escape
// sequences no control character but CR and LF, no C1, bidi or zero-width
// character, no invalid UTF-8. The words around the sequences show.
func TestHostileTextReachesNoTerminal(t *testing.T) {
	bin := dossierBinary(t)
	for _, k := range hostileKinds {
		t.Run(k.name, func(t *testing.T) {
			path := writeHostile(t, k.seq)
			var raw syncBuffer
			cmd := exec.Command(bin, path)
			cmd.Env = appEnv()
			s, err := ptytest.StartWith(cmd, ptytest.Options{Cols: 120, Rows: 40, Dump: &raw})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.WaitFor("Timeline", 15*time.Second); err != nil {
				t.Fatalf("first frame: %v", err)
			}
			var screens strings.Builder
			for _, key := range []string{"3", "a", "e", "s", "q"} {
				m := s.Mark()
				if err := s.Send(key); err != nil {
					t.Fatal(err)
				}
				if key != "q" {
					if _, err := s.WaitQuiet(m, 50*time.Millisecond, 5*time.Second); err != nil {
						t.Fatalf("after %q: %v", key, err)
					}
					screens.WriteString(s.Screen())
				}
			}
			st, err := s.Close()
			if err != nil {
				t.Fatal(err)
			}
			if st.Code != 0 || !st.Restored {
				t.Errorf("exit %d, restored %v (left on %v)", st.Code, st.Restored, st.ModesLeftOn)
			}
			out := string(raw.Bytes())
			for _, f := range k.forbid {
				if strings.Contains(out, f) {
					t.Errorf("the terminal got %q", f)
				}
			}
			if err := checkTerminalStream(out); err != "" {
				t.Error(err)
			}
			if !strings.Contains(screens.String(), k.keep) {
				t.Errorf("no view showed %q:\n%s", k.keep, screens.String())
			}
		})
	}
}

// checkTerminalStream walks raw terminal output: CSI sequences are the
// renderer's; strings must be the app's own OSC 2 title (checked like
// text) or OSC 11 query; everything between must be safe text.
func checkTerminalStream(out string) string {
	text := func(s string) string {
		if bad, i := firstUnsafe(s, true); bad != "" {
			return bad + " in " + quoteNear(s, i)
		}
		return ""
	}
	last := 0
	for i := 0; i < len(out); i++ {
		if out[i] != 0x1b {
			continue
		}
		if err := text(out[last:i]); err != "" {
			return err
		}
		if i+1 >= len(out) {
			return "a lone ESC at the end"
		}
		switch c := out[i+1]; c {
		case '[':
			j := i + 2
			for j < len(out) && out[j] >= 0x20 && out[j] <= 0x3f {
				j++
			}
			if j >= len(out) || out[j] < 0x40 || out[j] > 0x7e {
				return "a broken CSI at " + quoteNear(out, i)
			}
			i = j
		case ']':
			end := strings.IndexAny(out[i+2:], "\x07\x1b")
			if end < 0 {
				return "an unterminated OSC at " + quoteNear(out, i)
			}
			end += 2
			body := out[i+2 : i+end]
			num, rest, _ := strings.Cut(body, ";")
			switch {
			case num == "2":
				if err := text(rest); err != "" {
					return "window title: " + err
				}
			case num == "11" && rest == "?":
			default:
				return "an OSC the app does not send: " + quoteNear(out, i)
			}
			i += end
			if out[i] == 0x1b { // ESC \
				i++
			}
		case 'P', '_', '^', 'X':
			return "a DCS/APC/PM/SOS string: " + quoteNear(out, i)
		default:
			i++ // a two-byte escape (keypad modes and the like)
		}
		last = i + 1
	}
	return text(out[last:])
}

func quoteNear(s string, i int) string {
	return strings.ReplaceAll(strings.ReplaceAll(
		string([]rune(strings.ToValidUTF8(s[max(0, i-30):min(len(s), i+40)], "?"))), "\x1b", `\e`), "\n", `\n`)
}
