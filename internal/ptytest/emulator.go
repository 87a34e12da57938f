package ptytest

import (
	"bytes"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/ansi/parser"
	"github.com/charmbracelet/x/vt"
)

// newEmulator returns the screen behind p, reporting its mode changes to p.
//
// x/vt answers queries as itself, by writing into an input pipe that only a
// goroutine reading it could drain, and would block the feed otherwise. The
// harness answers as xterm instead (answers.go), so every query x/vt would
// answer is claimed here first and goes no further. The emulator runs these
// handlers before its own.
func (p *Parser) newEmulator(cols, rows int) *vt.Emulator {
	e := vt.NewEmulator(cols, rows)
	claim := func(ansi.Params) bool { return true }
	for _, cmd := range []int{
		'c',                       // DA1
		ansi.Command('>', 0, 'c'), // DA2
		'n',                       // DSR, CPR
		ansi.Command('?', 0, 'n'), // DECXCPR
		ansi.Command(0, '$', 'p'), // DECRQM, ANSI mode
		ansi.Command('?', '$', 'p'),
	} {
		e.RegisterCsiHandler(cmd, claim)
	}
	for _, cmd := range []int{10, 11, 12} { // colour queries; setting a colour goes on
		e.RegisterOscHandler(cmd, func(data []byte) bool { return bytes.HasSuffix(data, []byte(";?")) })
	}
	// In-band resize (mode 2048) would make the emulator report its size
	// into the pipe whenever the mode is set or the size changes. xterm has
	// no such mode, so the parameter is blanked before x/vt reads it (the
	// handlers of one sequence share its parameters); the other modes in
	// the sequence are set as usual.
	e.RegisterCsiHandler(ansi.Command('?', 0, 'h'), func(ps ansi.Params) bool {
		for i := range ps {
			if ps[i].Param(-1) == ansi.ModeInBandResize.Mode() {
				ps[i] = ansi.Param(parser.MissingParam)
			}
		}
		return false
	})
	// x/vt takes scrolling margins past the screen's edge as given and then
	// indexes out of its buffer when it scrolls; xterm clamps them to the
	// screen, and so does this, in place before x/vt reads them.
	e.RegisterCsiHandler('r', func(ps ansi.Params) bool { // DECSTBM
		clampParam(ps, 1, e.Height())
		return false
	})
	e.RegisterCsiHandler('s', func(ps ansi.Params) bool { // DECSLRM
		clampParam(ps, 1, e.Width())
		return false
	})
	// A full reset forgets every mode; x/vt's reset, which runs next,
	// reports its defaults again.
	e.RegisterEscHandler('c', func() bool {
		clear(p.modes)
		return false
	})
	e.SetCallbacks(vt.Callbacks{
		EnableMode:  func(m ansi.Mode) { p.setMode(m, true) },
		DisableMode: func(m ansi.Mode) { p.setMode(m, false) },
		AltScreen: func(on bool) {
			if on {
				p.altEntered = true
			}
		},
	})
	_, _ = e.WriteString(ansi.ResetInitialState) // p.modes starts from the emulator's defaults
	return e
}

// setMode records a DEC private mode the emulator set or reset.
func (p *Parser) setMode(m ansi.Mode, on bool) {
	d, ok := m.(ansi.DECMode)
	if !ok {
		return
	}
	p.modes[int(d)] = on
	if on && d == ansi.ModeSynchronizedOutput {
		p.syncFrames++
	}
}

// clampParam lowers parameter i of ps to limit if it is above it.
func clampParam(ps ansi.Params, i, limit int) {
	if i < len(ps) && ps[i].Param(0) > limit {
		ps[i] = ansi.Param(ansi.Parameter(limit, ps[i].HasMore()))
	}
}
