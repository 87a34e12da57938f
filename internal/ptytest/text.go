package ptytest

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// The tokeniser's handlers keep the stripped text: what was printed, in the
// order it was written. A search in it finds a string as soon as it is
// written, wherever on the screen it lands; moves that start a new line or
// skip columns become a newline or blanks, so words drawn apart do not run
// together.

func (p *Parser) print(r rune) {
	p.text = utf8.AppendRune(p.text, r)
	p.lastRune = r
}

func (p *Parser) execute(b byte) {
	switch b {
	case '\n':
		p.text = append(p.text, '\n')
	case '\t':
		p.text = append(p.text, ' ')
	case ansi.IND, ansi.NEL, ansi.RI:
		p.newline()
	}
}

// newline ends the current line of text, if it has anything on it.
func (p *Parser) newline() {
	if n := len(p.text); n > 0 && p.text[n-1] != '\n' {
		p.text = append(p.text, '\n')
	}
}

func (p *Parser) esc(cmd ansi.Cmd) {
	if cmd.Intermediate() != 0 { // charset designations and the like
		return
	}
	switch cmd.Final() {
	case 'c': // RIS
		p.kittyDepth, p.otherKeys = 0, 0
		p.newline()
	case 'E', 'D', 'M': // NEL, IND, RI
		p.newline()
	}
}

func (p *Parser) csi(cmd ansi.Cmd, ps ansi.Params) {
	if p.answerCSI(cmd, ps) {
		return
	}
	switch int(cmd) {
	case 'H', 'f', 'A', 'B', 'E', 'F', 'd':
		p.newline()
	case 'C', 'G', '`', 'D':
		n := min(arg(ps, 0, 1), 256)
		for range n {
			p.text = append(p.text, ' ')
		}
	case 'b': // REP: repeat the last printed character
		if p.lastRune != 0 {
			for range min(arg(ps, 0, 1), 1024) {
				p.text = utf8.AppendRune(p.text, p.lastRune)
			}
		}
	case 'J': // ED: a full clear starts a new screen
		if v := arg(ps, 0, 0); v == 2 || v == 3 {
			p.newline()
		}
	case ansi.Command('?', 0, 'h'), ansi.Command('?', 0, 'l'):
		for i := range ps {
			switch ps[i].Param(0) {
			case 47, 1047, 1049: // an alternate screen switch, too
				p.newline()
			}
		}
	}
}

// arg returns parameter i, or def when absent, empty or zero.
func arg(ps ansi.Params, i, def int) int {
	if v, _, _ := ps.Param(i, def); v > 0 {
		return v
	}
	return def
}
