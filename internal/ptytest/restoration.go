package ptytest

import (
	"fmt"
	"sort"

	"github.com/charmbracelet/x/ansi"
)

// Restoration is what the output stream says about the terminal's state.
type Restoration struct {
	AltScreenEntered bool     `json:"alt_screen_entered"`
	AltScreenExited  bool     `json:"alt_screen_exited"` // true when never entered
	CursorVisible    bool     `json:"cursor_visible"`
	ModesLeftOn      []string `json:"modes_left_on,omitempty"`
}

// Restored reports whether nothing is left changed.
func (r Restoration) Restored() bool {
	return r.AltScreenExited && r.CursorVisible && len(r.ModesLeftOn) == 0
}

// leftOnNames names the DEC private modes a full-screen program must turn
// off again before it exits.
var leftOnNames = map[ansi.DECMode]string{
	ansi.ModeCursorKeys:         "cursor-keys(1)",
	ansi.ModeMouseX10:           "mouse-x10(9)",
	ansi.ModeMouseNormal:        "mouse(1000)",
	ansi.ModeMouseHighlight:     "mouse-hilite(1001)",
	ansi.ModeMouseButtonEvent:   "mouse-drag(1002)",
	ansi.ModeMouseAnyEvent:      "mouse-all(1003)",
	ansi.ModeFocusEvent:         "focus(1004)",
	ansi.ModeMouseExtUtf8:       "mouse-utf8(1005)",
	ansi.ModeMouseExtSgr:        "mouse-sgr(1006)",
	ansi.ModeMouseExtUrxvt:      "mouse-urxvt(1015)",
	ansi.ModeMouseExtSgrPixel:   "mouse-pixels(1016)",
	ansi.ModeBracketedPaste:     "bracketed-paste(2004)",
	ansi.ModeSynchronizedOutput: "sync-output(2026)",
}

// Restoration reports the state the stream left the terminal in. The cursor
// is visible or hidden for both screens, as in xterm, so leaving the
// alternate screen does not show a cursor hidden there.
func (p *Parser) Restoration() Restoration {
	alt := p.emu.IsAltScreen()
	cursor := p.modes[int(ansi.ModeTextCursorEnable)]
	r := Restoration{AltScreenEntered: p.altEntered, AltScreenExited: !alt, CursorVisible: cursor}
	for m, on := range p.modes {
		if name, ok := leftOnNames[ansi.DECMode(m)]; ok && on {
			r.ModesLeftOn = append(r.ModesLeftOn, name)
		}
	}
	if alt {
		r.ModesLeftOn = append(r.ModesLeftOn, "alt-screen")
	}
	if !cursor {
		r.ModesLeftOn = append(r.ModesLeftOn, "cursor-hidden(25)")
	}
	if p.modes[int(ansi.ModeNumericKeypad)] {
		r.ModesLeftOn = append(r.ModesLeftOn, "keypad-app(DECKPAM)")
	}
	if p.kittyDepth > 0 {
		r.ModesLeftOn = append(r.ModesLeftOn, fmt.Sprintf("kitty-keyboard(%d pushed)", p.kittyDepth))
	}
	if p.otherKeys > 0 {
		r.ModesLeftOn = append(r.ModesLeftOn, fmt.Sprintf("modify-other-keys(%d)", p.otherKeys))
	}
	sort.Strings(r.ModesLeftOn)
	return r
}
