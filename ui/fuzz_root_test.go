package ui

import (
	"image/color"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
)

// FuzzRootModel drives the root model the way a terminal can: the fuzz
// bytes pick a story (the real seed, the hand-made fixture, or an article
// full of escape sequences parsed without sanitising), a theme and a
// starting view, then decode into a script of key presses and releases
// (with modifiers), resizes from 1x1 to 300x100, clicks, releases, motion
// and wheel turns anywhere (off-screen too), pastes of raw bytes, focus
// changes and background colour answers. After every message: no panic,
// View().Content is exactly the window's height in lines, none wider than
// the window (ANSI-aware), and the frame carries no escape sequence but
// SGR and no control character or bidi control. Its seed corpus runs
// in every go test; beside FuzzModel (fixture story, dark theme) it covers
// the real story, every theme and view, and hostile text.
//
//	go test ./ui/ -run '^$' -fuzz FuzzRootModel -fuzztime 10m -parallel 1
func FuzzRootModel(f *testing.F) {
	f.Add([]byte{0, 0, 0, 9, 'j', 9, 'j', 9, '1', 9, ' ', 0, 40, 12, 9, '/', 4, 5, 's', 'k', 'y', '\r', '\n', 9, 0x1b})
	f.Add([]byte{1, 1, 1, 0, 255, 255, 1, 10, 3, 0, 2, 1, 200, 50, 0, 0, 0, 9, 'G', 9, 'a', 9, 'n'})
	f.Add([]byte{2, 2, 2, 9, 'e', 9, '/', 4, 8, 0x1b, ']', '0', ';', 'x', 0x07, 0xe2, 0x80, 9, 'j', 10, 3, 0, 0, 9, '\r'})
	f.Add([]byte{0, 1, 3, 0, 0, 0, 9, 's', 11, 0, 12, 1, 0, 80, 24, 2, 0, 5, 5, 9, '?', 9, 'j', 0, 119, 39})
	f.Add([]byte{2, 0, 0, 0, 2, 3, 9, '\t', 9, '\t', 9, 'x', 0, 79, 23, 1, 0, 30, 10, 3, 2, 3, 4})
	f.Add([]byte{0, 2, 1, 9, 'm', 1, 0, 5, 5, 9, 'm', 13, 'q', 8, 'c', 9, 'a', 9, '/', 9, 'p', 4, 3, 'o', 'l', '\n', 9, 'N'})
	f.Add([]byte{0, 3, 0, 9, 'S', 9, 'j', 9, '\r', 9, 'a', 9, '\t', 9, '\r', 9, '1', 9, ' ', 9, 'e', 9, '\r', 0, 79, 23, 9, 's', 9, 'G'})
	f.Add([]byte{2, 4, 1, 9, '\t', 9, ']', 9, 'S', 9, '\r', 9, '/', 4, 3, 'a', 'b', '\r', 1, 0, 40, 10, 2, 1, 50, 10, 9, 'x', 0, 39, 11})

	// A case of the demo's articles, and one of the hostile article and
	// the fixture, beside the single stories.
	lex, err := data.Lexicon()
	if err != nil {
		f.Fatal(err)
	}
	cases := []*PreparedCase{PrepareCase(demoCase(f)), PrepareCase(casefile.Merge([]*model.Story{hostileStory(f), fixtureStory(f)}, lex))}
	var makers []func(Options) Model
	for _, st := range []*model.Story{realStory(f), fixtureStory(f), hostileStory(f)} {
		makers = append(makers, func(o Options) Model { return New(st, o) })
	}
	for _, c := range cases {
		makers = append(makers, c.New)
	}
	themes := []Options{{Theme: "dark"}, {Theme: "light"}, {NoColor: true, Theme: "dark"}, {Theme: "auto"}}
	views := []string{"timeline", "article", "entities", "stats"}
	named := []string{"j", "k", "g", "G", "space", "enter", "tab", "shift+tab", "esc", "x", "/", "n", "N",
		"t", "a", "e", "s", "m", "?", "1", "2", "3", "pgup", "pgdown", "up", "down", "backspace", "é", "S", "[", "]"}
	odd := []rune{'中', '🚔', '\u202e', '\u200b', 0x9b, 0x1b, 0x07, 0, 'ß', '\u0301'}

	f.Fuzz(func(t *testing.T, script []byte) {
		pos := 0
		next := func() int {
			if pos >= len(script) {
				return 0
			}
			pos++
			return int(script[pos-1])
		}
		opts := themes[next()%len(themes)]
		mk := makers[next()%len(makers)]
		opts.View = views[next()%len(views)]
		m := mk(opts)
		w, h := 120, 40
		m = update(m, tea.WindowSizeMsg{Width: w, Height: h})
		checkFrame(t, m, w, h, "start")

		for step := 0; pos < len(script) && step < 400; step++ {
			var msg tea.Msg
			switch op := next() % 14; op {
			case 0: // resize, always to a real size
				w, h = 1+next()%300, 1+next()%100
				msg = tea.WindowSizeMsg{Width: w, Height: h}
			case 1: // click with any button, maybe off the screen
				btn := []tea.MouseButton{tea.MouseLeft, tea.MouseMiddle, tea.MouseRight}[next()%3]
				msg = tea.MouseClickMsg{X: next() - 8, Y: next() - 8, Button: btn}
			case 2: // wheel in any direction
				btn := []tea.MouseButton{tea.MouseWheelUp, tea.MouseWheelDown, tea.MouseWheelLeft, tea.MouseWheelRight}[next()%4]
				msg = tea.MouseWheelMsg{X: next(), Y: next(), Button: btn}
			case 3: // release or motion
				if next()%2 == 0 {
					msg = tea.MouseReleaseMsg{X: next(), Y: next(), Button: tea.MouseLeft}
				} else {
					msg = tea.MouseMotionMsg{X: next(), Y: next(), Button: tea.MouseLeft}
				}
			case 4: // paste of raw bytes, control characters and bad UTF-8 included
				n := next() % 40
				end := min(pos+n, len(script))
				msg = tea.PasteMsg{Content: string(script[pos:end])}
				pos = end
			case 5:
				msg = tea.FocusMsg{}
			case 6:
				msg = tea.BlurMsg{}
			case 7: // the terminal's background answer, dark or light
				if next()%2 == 0 {
					msg = tea.BackgroundColorMsg{Color: color.Black}
				} else {
					msg = tea.BackgroundColorMsg{Color: color.White}
				}
			case 8: // ctrl or alt with a letter
				mod := tea.ModCtrl
				if next()%2 == 0 {
					mod = tea.ModAlt
				}
				msg = tea.KeyPressMsg{Code: rune('a' + next()%26), Mod: mod}
			case 9, 10, 11: // the keys the app knows, and printable ASCII
				b := next()
				if b >= 0x20 && b < 0x7f && b != ' ' {
					msg = tea.KeyPressMsg{Code: rune(b), Text: string(rune(b))}
				} else {
					msg = keyMsg(named[b%len(named)])
				}
			case 12: // an odd rune typed, as a terminal might deliver it
				r := odd[next()%len(odd)]
				msg = tea.KeyPressMsg{Code: r, Text: string(r)}
			case 13: // a key release, which the app must ignore
				msg = tea.KeyReleaseMsg{Code: rune(next())}
			}
			nm, _ := m.Update(msg)
			m = nm.(Model)
			if m.goodbye != "" {
				return
			}
			checkFrame(t, m, w, h, "step")
		}
	})
}

// checkFrame is checkSize plus what may reach the terminal: SGR sequences
// and text, no other escape sequence, no control character but the line
// breaks, no bidi control; the window title likewise. The one sanitiser
// blanks every other format character too (sanitize.Unsafe), but labels
// drawn from a story built without data may still carry them, and they
// measure 0 cells, so they are not checked here.
func checkFrame(t *testing.T, m Model, w, h int, what string) {
	t.Helper()
	checkSize(t, m, w, h, what)
	v := m.View()
	if err := onlySGR(v.Content); err != "" {
		t.Fatalf("%s at %dx%d: %s", what, w, h, err)
	}
	if err := onlySGR(v.WindowTitle); err != "" || strings.ContainsAny(v.WindowTitle, "\x1b\n") {
		t.Fatalf("%s: window title %q: %s", what, v.WindowTitle, err)
	}
}

// onlySGR returns what is wrong with s as terminal output, "" if nothing.
func onlySGR(s string) string {
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			j := i + 1
			if j >= len(s) || s[j] != '[' {
				return "an escape sequence that is not CSI at " + quoteAround(s, i)
			}
			j++
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
				j++
			}
			if j >= len(s) || s[j] != 'm' {
				return "a CSI sequence that is not SGR at " + quoteAround(s, i)
			}
			i = j + 1
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return "invalid UTF-8 at " + quoteAround(s, i)
		case r == '\n':
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return "a control character at " + quoteAround(s, i)
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			return "a bidi control at " + quoteAround(s, i)
		}
		i += n
	}
	return ""
}

func quoteAround(s string, i int) string {
	lo, hi := max(0, i-20), min(len(s), i+20)
	return strconv.Quote(s[lo:hi])
}

// hostileStory parses an article that carries every kind of terminal
// escape, control and invisible character, straight into model.Parse
// without data's sanitising: the UI must not trust its input to be clean.
func hostileStory(tb testing.TB) *model.Story {
	tb.Helper()
	lex, err := data.Lexicon()
	if err != nil {
		tb.Fatal(err)
	}
	body := "BRUSSELS (AP) \x1b]0;pwned title\x07– Belgian police \x1b]52;c;cm0gLXJmIH4K\x07arrested 48 people in Antwerp on Tuesday.\n\n" +
		"Dutch police \x1b[31mseized\x1b[0m 17 tonnes of cocaine \x1b[2J\x1b[H in Rotterdam on \x1bP1$r0m\x1b\\March 2.\n\n" +
		"The \u202eSky ECC\u202c network \u200bwas \u2066cracked\u2069 in Belgium \x9b31m and \x9d0;t\x9c the Netherlands last week.\n\n" +
		"Prosecutors said \x07\x08\x0b\x0c\x7f 28 firearms and €1.2 million in cash were seized in Belgium on Monday.\r\n"
	return model.Parse(model.Document{
		Title:     "Title \x1b]0;evil\x07 with \u202eescapes\x9b1m",
		Source:    "AP\x1b[5m",
		Dateline:  "BRUSSELS",
		Published: time.Date(2021, 3, 9, 0, 0, 0, 0, time.UTC),
		Body:      body,
	}, lex)
}
