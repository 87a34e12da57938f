package ptytest

import (
	"fmt"
	"strings"
)

// KeyBytes returns what a terminal sends for a key: a single character as
// itself, or a name (up, down, left, right, home, end, pgup, pgdown, tab,
// shift+tab, enter, esc, space, backspace, ctrl+a..ctrl+z). Arrows, home and
// end follow the cursor-key mode the program set (appCursor), as in xterm.
func KeyBytes(name string, appCursor bool) ([]byte, error) {
	if len([]rune(name)) == 1 {
		return []byte(name), nil
	}
	lower := strings.ToLower(name)
	if c, ok := strings.CutPrefix(lower, "ctrl+"); ok && len(c) == 1 && c[0] >= 'a' && c[0] <= 'z' {
		return []byte{c[0] - 'a' + 1}, nil
	}
	cursor := map[string]byte{"up": 'A', "down": 'B', "right": 'C', "left": 'D', "home": 'H', "end": 'F'}
	if f, ok := cursor[lower]; ok {
		if appCursor {
			return []byte{0x1b, 'O', f}, nil
		}
		return []byte{0x1b, '[', f}, nil
	}
	named := map[string]string{
		"pgup": "\x1b[5~", "pgdown": "\x1b[6~", "tab": "\t", "shift+tab": "\x1b[Z",
		"enter": "\r", "esc": "\x1b", "space": " ", "backspace": "\x7f",
	}
	if s, ok := named[lower]; ok {
		return []byte(s), nil
	}
	return nil, fmt.Errorf("unknown key %q", name)
}
