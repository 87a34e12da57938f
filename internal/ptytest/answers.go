package ptytest

import (
	"bytes"
	"fmt"

	"github.com/charmbracelet/x/ansi"
)

// The harness answers queries as xterm 390 does, not as x/vt would: the
// program under test picks its behaviour from the answers (synchronized
// output, the kitty keyboard, its colours), and the end-to-end tests must
// see what it does in the terminal people run it in. The keyboard state
// that xterm keeps and x/vt does not (the kitty flag stack, modifyOtherKeys)
// is followed here too, to tell whether the program left it changed.

// reply counts a query and queues its answer.
func (p *Parser) reply(name, format string, a ...any) {
	p.queries[name]++
	p.ans = fmt.Appendf(p.ans, format, a...)
}

// answerCSI handles the CSI queries and keyboard modes, and reports whether
// cmd was one of them.
func (p *Parser) answerCSI(cmd ansi.Cmd, ps ansi.Params) bool {
	switch int(cmd) {
	case ansi.Command('?', '$', 'p'): // DECRQM, private mode
		p.emulateTo(p.at + 1)
		m := arg(ps, 0, 0)
		p.reply("DECRQM", "\x1b[?%d;%d$y", m, p.modeReport(m))
	case ansi.Command(0, '$', 'p'):
		p.reply("DECRQM-ANSI", "\x1b[%d;0$y", arg(ps, 0, 0))
	case 'c':
		if arg(ps, 0, 0) == 0 {
			p.reply("DA1", "\x1b[?62;22c")
		}
	case ansi.Command('>', 0, 'c'):
		p.reply("DA2", "\x1b[>41;390;0c")
	case ansi.Command('=', 0, 'c'):
		p.queries["DA3"]++ // xterm does not answer this; neither do we
	case ansi.Command('>', 0, 'q'):
		p.reply("XTVERSION", "\x1bP>|XTerm(390)\x1b\\")
	case 'n':
		switch arg(ps, 0, 0) {
		case 5:
			p.reply("DSR", "\x1b[0n")
		case 6:
			y, x := p.cursor()
			p.reply("CPR", "\x1b[%d;%dR", y, x)
		}
	case ansi.Command('?', 0, 'n'):
		if arg(ps, 0, 0) == 6 {
			y, x := p.cursor()
			p.reply("DECXCPR", "\x1b[?%d;%dR", y, x)
		}
	case 't':
		switch arg(ps, 0, 0) {
		case 18:
			p.reply("XTWINOPS-18", "\x1b[8;%d;%dt", p.emu.Height(), p.emu.Width())
		case 14:
			p.reply("XTWINOPS-14", "\x1b[4;%d;%dt", p.emu.Height()*16, p.emu.Width()*8)
		}
	case ansi.Command('?', 0, 'u'):
		p.queries["KITTY-KBD"]++ // xterm does not answer this; neither do we
	case ansi.Command('>', 0, 'u'):
		p.kittyDepth++
	case ansi.Command('<', 0, 'u'):
		p.kittyDepth = max(0, p.kittyDepth-arg(ps, 0, 1))
	case ansi.Command('>', 0, 'm'): // XTMODKEYS: resource 4 is modifyOtherKeys
		if arg(ps, 0, 0) == 4 {
			p.otherKeys = max(0, arg(ps, 1, 0))
		}
	default:
		return false
	}
	return true
}

// cursor is the 1-based row and column of the cursor at the current byte.
func (p *Parser) cursor() (row, col int) {
	p.emulateTo(p.at + 1)
	pos := p.emu.CursorPosition()
	return pos.Y + 1, pos.X + 1
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

// osc answers colour queries with the terminator the query used.
func (p *Parser) osc(cmd int, data []byte) {
	term := "\x1b\\"
	if p.chunk[p.at] == ansi.BEL {
		term = "\a"
	}
	_, rest, _ := bytes.Cut(data, []byte(";"))
	switch {
	case (cmd == 10 || cmd == 12) && string(rest) == "?":
		p.reply(fmt.Sprintf("OSC%d", cmd), "\x1b]%d;rgb:ffff/ffff/ffff%s", cmd, term)
	case cmd == 11 && string(rest) == "?": // a dark background
		p.reply("OSC11", "\x1b]11;rgb:0000/0000/0000%s", term)
	case cmd == 4 && bytes.HasSuffix(rest, []byte(";?")):
		idx, _, _ := bytes.Cut(rest, []byte(";"))
		p.reply("OSC4", "\x1b]4;%s;rgb:8080/8080/8080%s", idx, term)
	case cmd == 52:
		p.queries["OSC52"]++
	}
}

// dcs answers terminfo and setting queries as xterm does for ones it does
// not know.
func (p *Parser) dcs(cmd ansi.Cmd, _ ansi.Params, _ []byte) {
	switch int(cmd) {
	case ansi.Command(0, '+', 'q'):
		p.reply("XTGETTCAP", "\x1bP0+r\x1b\\")
	case ansi.Command(0, '$', 'q'):
		p.reply("DECRQSS", "\x1bP0$r\x1b\\")
	}
}
