package ptytest

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
)

// Parser follows a program's output stream as a terminal would. A terminal
// emulator (x/vt) holds what a person would see: the screen, the cursor and
// the modes the program set or reset (to tell whether it restored the
// terminal). A tokeniser (x/ansi's parser) reads the same bytes for what a
// screen forgets: the printable text in the order it was written, escape
// sequences stripped (to find a string in the output since some point), and
// the queries the program sent, with the answers xterm would give. Feed it
// chunks in order; a sequence may be split across chunks.
type Parser struct {
	emu *vt.Emulator
	tok *ansi.Parser

	chunk []byte // the chunk being fed
	at    int    // index in chunk of the byte the tokeniser is reading
	fed   int    // bytes of chunk the emulator has read
	ans   []byte // answers to the queries completed in chunk

	text     []byte // stripped output, possibly with its head dropped
	base     int    // bytes dropped from the head of text
	lastRune rune   // for REP

	modes      map[int]bool // DEC private modes, as the emulator set them
	altEntered bool
	kittyDepth int // kitty keyboard flags pushed and not popped
	otherKeys  int // modifyOtherKeys level
	queries    map[string]int
	syncFrames int
}

// maxText bounds the stripped text kept; older text is dropped by halves.
const maxText = 4 << 20

// NewParser returns a parser for a terminal of the given size.
func NewParser(cols, rows int) *Parser {
	p := &Parser{modes: map[int]bool{}, queries: map[string]int{}}
	p.tok = ansi.NewParser()
	p.tok.SetHandler(ansi.Handler{
		Print:     p.print,
		Execute:   p.execute,
		HandleCsi: p.csi,
		HandleEsc: p.esc,
		HandleDcs: p.dcs,
		HandleOsc: p.osc,
	})
	p.emu = p.newEmulator(cols, rows)
	return p
}

// Feed consumes a chunk of program output and returns the bytes a terminal
// would send back for the queries completed in it (nil if none).
func (p *Parser) Feed(b []byte) []byte {
	p.chunk, p.fed, p.ans = b, 0, nil
	for i, c := range b {
		p.at = i
		p.tok.Advance(c)
	}
	p.emulateTo(len(b))
	p.chunk = nil
	if len(p.text) > maxText {
		drop := len(p.text) / 2
		p.text = append(p.text[:0:0], p.text[drop:]...)
		p.base += drop
	}
	return p.ans
}

// emulateTo lets the emulator read the chunk up to end. The tokeniser calls
// it before an answer that depends on the screen's state (the cursor, a
// mode), so the answer reflects the state at the query, not at the end of
// the chunk.
func (p *Parser) emulateTo(end int) {
	if end > p.fed {
		_, _ = p.emu.Write(p.chunk[p.fed:end])
		p.fed = end
	}
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

// Screen returns what the terminal shows: one line per row, trailing blanks
// and blank rows at the bottom trimmed.
func (p *Parser) Screen() string { return strings.TrimRight(p.emu.String(), "\n") }

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
