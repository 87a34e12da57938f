package ptytest

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Parser follows a program's output stream without emulating a screen. It
// keeps what a harness needs: the printable text with escape sequences
// stripped (to find a string), the terminal modes the program set or reset
// (to tell whether it restored the terminal), and the queries it sent, with
// the answers xterm would give. Feed it chunks in order; a sequence may be
// split across chunks.
type Parser struct {
	cols, rows int

	st     pstate
	params []byte // CSI parameter bytes, OSC/DCS body
	inter  []byte // CSI intermediate bytes
	strTyp byte   // 'P' DCS, ']' OSC, '_' APC, '^' PM, 'X' SOS

	text     []byte // stripped output, possibly with its head dropped
	base     int    // bytes dropped from the head of text
	clearAt  int    // absolute offset of the last full clear
	lastRune []byte // for REP
	x, y     int    // rough cursor, only to answer position reports

	modes      map[int]bool
	altActive  bool
	altEntered bool
	altExited  bool
	keypadApp  bool
	kittyDepth int
	otherKeys  int // modifyOtherKeys level
	queries    map[string]int
	syncFrames int
}

type pstate uint8

const (
	sGround pstate = iota
	sEsc
	sEscInter
	sCSI
	sString    // OSC, DCS, APC, PM, SOS body
	sStringEsc // ESC seen inside a string (maybe ST)
)

// maxText bounds the stripped text kept; older text is dropped by halves.
const maxText = 4 << 20

// NewParser returns a parser for a terminal of the given size (the size is
// only used to answer size reports).
func NewParser(cols, rows int) *Parser {
	p := &Parser{cols: cols, rows: rows, queries: map[string]int{}}
	p.resetModes()
	return p
}

func (p *Parser) resetModes() {
	p.modes = map[int]bool{7: true, 25: true} // autowrap and a visible cursor
	p.altActive, p.keypadApp = false, false
	p.kittyDepth, p.otherKeys = 0, 0
}

// Feed consumes a chunk of program output and returns the bytes a terminal
// would send back for the queries completed in it (nil if none).
func (p *Parser) Feed(b []byte) []byte {
	var ans []byte
	for _, c := range b {
		ans = p.step(c, ans)
	}
	if len(p.text) > maxText {
		drop := len(p.text) / 2
		p.text = append(p.text[:0:0], p.text[drop:]...)
		p.base += drop
	}
	return ans
}

func (p *Parser) step(c byte, ans []byte) []byte {
	switch p.st {
	case sGround:
		p.ground(c)
	case sEsc:
		p.escape(c)
	case sEscInter:
		if c < 0x20 || c > 0x2f { // final byte (ESC ( B and friends): nothing to keep
			p.st = sGround
		}
	case sCSI:
		switch {
		case c >= 0x40 && c <= 0x7e:
			p.st = sGround
			return p.csi(c, ans)
		case c >= 0x30 && c <= 0x3f:
			if len(p.params) < 256 {
				p.params = append(p.params, c)
			}
		case c >= 0x20 && c <= 0x2f:
			p.inter = append(p.inter, c)
		case c == 0x1b:
			p.startEsc()
		case c == 0x18 || c == 0x1a: // CAN, SUB abort
			p.st = sGround
		}
	case sString:
		switch {
		case c == 0x1b:
			p.st = sStringEsc
		case c == 0x07 && p.strTyp != 'P': // BEL ends OSC (and APC/PM/SOS in practice)
			p.st = sGround
			return p.endString(ans, "\a")
		case c == 0x18 || c == 0x1a:
			p.st = sGround
		default:
			if len(p.params) < 4096 {
				p.params = append(p.params, c)
			}
		}
	case sStringEsc:
		if c == '\\' {
			p.st = sGround
			return p.endString(ans, "\x1b\\")
		}
		p.startEsc() // a new sequence interrupts the string
		p.escape(c)
	}
	return ans
}

func (p *Parser) startEsc() {
	p.st = sEsc
	p.params = p.params[:0]
	p.inter = p.inter[:0]
}

func (p *Parser) ground(c byte) {
	switch {
	case c == 0x1b:
		p.startEsc()
	case c == '\n':
		p.text = append(p.text, '\n')
		p.y++
	case c == '\r':
		p.x = 0
	case c == '\t':
		p.text = append(p.text, ' ')
		p.x = (p.x/8 + 1) * 8
	case c < 0x20 || c == 0x7f:
		// other C0 controls print nothing
	case c < 0x80 || c >= 0xc0: // ASCII or the first byte of a UTF-8 rune
		p.text = append(p.text, c)
		p.lastRune = append(p.lastRune[:0], c)
		p.x++
	default: // UTF-8 continuation byte
		p.text = append(p.text, c)
		p.lastRune = append(p.lastRune, c)
	}
}

func (p *Parser) escape(c byte) {
	p.st = sGround
	switch c {
	case '[':
		p.st = sCSI
	case ']', 'P', '_', '^', 'X':
		p.st = sString
		p.strTyp = c
	case '=':
		p.keypadApp = true
	case '>':
		p.keypadApp = false
	case 'c': // RIS: a full reset restores everything
		p.resetModes()
		p.clear()
	case 'E', 'D', 'M':
		p.newline()
	case 0x1b:
		p.startEsc()
	default:
		if c >= 0x20 && c <= 0x2f {
			p.st = sEscInter
		}
	}
}

func (p *Parser) newline() {
	if n := len(p.text); n > 0 && p.text[n-1] != '\n' {
		p.text = append(p.text, '\n')
	}
}

// clear marks the start of a new screen for Screen.
func (p *Parser) clear() {
	p.newline()
	p.clearAt = p.base + len(p.text)
}

// ints parses ";"-separated parameters; empty ones are -1 (default).
func ints(params []byte) []int {
	if len(params) == 0 {
		return nil
	}
	parts := strings.Split(string(params), ";")
	out := make([]int, len(parts))
	for i, s := range parts {
		s, _, _ = strings.Cut(s, ":") // sub-parameters: keep the first
		v, err := strconv.Atoi(s)
		if err != nil {
			v = -1
		}
		out[i] = v
	}
	return out
}

// arg returns parameter i, or def when absent, empty or zero.
func arg(ps []int, i, def int) int {
	if i < len(ps) && ps[i] > 0 {
		return ps[i]
	}
	return def
}

func (p *Parser) csi(final byte, ans []byte) []byte {
	var prefix byte
	params := p.params
	if len(params) > 0 && params[0] >= '<' && params[0] <= '?' {
		prefix, params = params[0], params[1:]
	}
	ps := ints(params)
	inter := string(p.inter)
	reply := func(name, format string, a ...any) []byte {
		p.queries[name]++
		return append(ans, fmt.Sprintf(format, a...)...)
	}
	switch {
	case inter == "$" && final == 'p' && prefix == '?': // DECRQM, private mode
		m := arg(ps, 0, 0)
		return reply("DECRQM", "\x1b[?%d;%d$y", m, p.modeReport(m))
	case inter == "$" && final == 'p' && prefix == 0:
		return reply("DECRQM-ANSI", "\x1b[%d;0$y", arg(ps, 0, 0))
	case inter != "":
		return ans // DECSCUSR (SP q) and the like change nothing we track
	}
	switch prefix {
	case '?':
		switch final {
		case 'h', 'l':
			for _, m := range ps {
				p.setMode(m, final == 'h')
			}
		case 'n':
			if arg(ps, 0, 0) == 6 {
				return reply("DECXCPR", "\x1b[?%d;%dR", p.y+1, p.x+1)
			}
		case 'u':
			p.queries["KITTY-KBD"]++ // xterm does not answer this; neither do we
		}
		return ans
	case '>':
		switch final {
		case 'c':
			return reply("DA2", "\x1b[>41;390;0c")
		case 'q':
			return reply("XTVERSION", "\x1bP>|XTerm(390)\x1b\\")
		case 'u':
			p.kittyDepth++
		case 'm': // XTMODKEYS: resource 4 is modifyOtherKeys
			if arg(ps, 0, 0) == 4 {
				p.otherKeys = max(0, arg(ps, 1, 0))
			}
		}
		return ans
	case '<':
		if final == 'u' {
			p.kittyDepth = max(0, p.kittyDepth-arg(ps, 0, 1))
		}
		return ans
	case '=':
		if final == 'c' {
			p.queries["DA3"]++
		}
		return ans
	}
	switch final {
	case 'c':
		if arg(ps, 0, 0) == 0 {
			return reply("DA1", "\x1b[?62;22c")
		}
	case 'n':
		switch arg(ps, 0, 0) {
		case 5:
			return reply("DSR", "\x1b[0n")
		case 6:
			return reply("CPR", "\x1b[%d;%dR", p.y+1, p.x+1)
		}
	case 't':
		switch arg(ps, 0, 0) {
		case 18:
			return reply("XTWINOPS-18", "\x1b[8;%d;%dt", p.rows, p.cols)
		case 14:
			return reply("XTWINOPS-14", "\x1b[4;%d;%dt", p.rows*16, p.cols*8)
		}
	case 'H', 'f':
		p.y, p.x = arg(ps, 0, 1)-1, arg(ps, 1, 1)-1
		p.newline()
	case 'A', 'B', 'E', 'F', 'd':
		p.newline()
		switch final {
		case 'd':
			p.y = arg(ps, 0, 1) - 1
		case 'A', 'F':
			p.y = max(0, p.y-arg(ps, 0, 1))
		default:
			p.y += arg(ps, 0, 1)
		}
		if final == 'E' || final == 'F' {
			p.x = 0
		}
	case 'C', 'G', '`', 'D':
		n := arg(ps, 0, 1)
		switch final {
		case 'C':
			p.x += n
		case 'D':
			p.x = max(0, p.x-n)
		default:
			p.x = n - 1
		}
		// a horizontal move separates words like the blanks it skips
		p.text = append(p.text, strings.Repeat(" ", min(n, 256))...)
	case 'b': // REP: repeat the last printed character
		for range min(arg(ps, 0, 1), 1024) {
			p.text = append(p.text, p.lastRune...)
		}
	case 'J':
		if v := arg(ps, 0, 0); v == 2 || v == 3 {
			p.clear()
		}
	}
	return ans
}

// modeReport is the DECRQM answer for a private mode: 1 set, 2 reset, 0 not
// recognised. Only the modes xterm knows are recognised, so 2026
// (synchronized output) and 2027 (grapheme clusters) get 0, as from xterm.
func (p *Parser) modeReport(m int) int {
	switch m {
	case 1, 7, 12, 25, 47, 1000, 1002, 1003, 1004, 1006, 1047, 1049, 2004:
		if p.modes[m] {
			return 1
		}
		return 2
	}
	return 0
}

func (p *Parser) setMode(m int, on bool) {
	switch m {
	case 47, 1047, 1049:
		if on && !p.altActive {
			p.altActive, p.altEntered = true, true
			p.clear()
		} else if !on && p.altActive {
			p.altActive, p.altExited = false, true
			p.clear()
		}
	case 2026:
		if on {
			p.syncFrames++
		}
	}
	p.modes[m] = on
}

func (p *Parser) endString(ans []byte, term string) []byte {
	body := string(p.params)
	reply := func(name, format string, a ...any) []byte {
		p.queries[name]++
		return append(ans, fmt.Sprintf(format, a...)...)
	}
	switch p.strTyp {
	case ']':
		num, rest, _ := strings.Cut(body, ";")
		switch {
		case (num == "10" || num == "12") && rest == "?":
			return reply("OSC"+num, "\x1b]%s;rgb:ffff/ffff/ffff%s", num, term)
		case num == "11" && rest == "?": // a dark background
			return reply("OSC11", "\x1b]11;rgb:0000/0000/0000%s", term)
		case num == "4" && strings.HasSuffix(rest, ";?"):
			idx, _, _ := strings.Cut(rest, ";")
			return reply("OSC4", "\x1b]4;%s;rgb:8080/8080/8080%s", idx, term)
		case num == "52":
			p.queries["OSC52"]++
		}
	case 'P':
		switch {
		case strings.HasPrefix(body, "+q"):
			return reply("XTGETTCAP", "\x1bP0+r\x1b\\")
		case strings.HasPrefix(body, "$q"):
			return reply("DECRQSS", "\x1bP0$r\x1b\\")
		}
	}
	return ans
}

// Text returns the stripped output from absolute offset from on (see Len).
func (p *Parser) Text(from int) string {
	i := max(0, from-p.base)
	if i > len(p.text) {
		return ""
	}
	return string(p.text[i:])
}

// Len is the absolute length of the stripped output so far.
func (p *Parser) Len() int { return p.base + len(p.text) }

// Screen returns the stripped output since the last full clear (ED 2, an alt
// screen switch, RIS). It is not a screen: later partial redraws are appended.
func (p *Parser) Screen() string { return p.Text(p.clearAt) }

// AppCursorKeys reports whether DECCKM is on (arrows are then sent as SS3).
func (p *Parser) AppCursorKeys() bool { return p.modes[1] }

// Queries counts the queries seen, by name (DA1, DECRQM, OSC11...).
func (p *Parser) Queries() map[string]int {
	out := make(map[string]int, len(p.queries))
	for k, v := range p.queries {
		out[k] = v
	}
	return out
}

// SyncFrames counts synchronized-output frames (CSI ? 2026 h).
func (p *Parser) SyncFrames() int { return p.syncFrames }

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

// modeName names the DEC private modes a full-screen program must turn off
// again before it exits; ok is false for the others.
func modeName(m int) (name string, ok bool) {
	switch m {
	case 1:
		return "cursor-keys(1)", true
	case 9:
		return "mouse-x10(9)", true
	case 1000:
		return "mouse(1000)", true
	case 1001:
		return "mouse-hilite(1001)", true
	case 1002:
		return "mouse-drag(1002)", true
	case 1003:
		return "mouse-all(1003)", true
	case 1004:
		return "focus(1004)", true
	case 1005:
		return "mouse-utf8(1005)", true
	case 1006:
		return "mouse-sgr(1006)", true
	case 1015:
		return "mouse-urxvt(1015)", true
	case 1016:
		return "mouse-pixels(1016)", true
	case 2004:
		return "bracketed-paste(2004)", true
	case 2026:
		return "sync-output(2026)", true
	}
	return "", false
}

// Restoration reports the state the stream left the terminal in.
func (p *Parser) Restoration() Restoration {
	r := Restoration{
		AltScreenEntered: p.altEntered,
		AltScreenExited:  !p.altActive,
		CursorVisible:    p.modes[25],
	}
	for m, on := range p.modes {
		if name, ok := modeName(m); ok && on {
			r.ModesLeftOn = append(r.ModesLeftOn, name)
		}
	}
	if p.altActive {
		r.ModesLeftOn = append(r.ModesLeftOn, "alt-screen")
	}
	if !p.modes[25] {
		r.ModesLeftOn = append(r.ModesLeftOn, "cursor-hidden(25)")
	}
	if p.keypadApp {
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
