package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// FuzzModel drives the root model with random keys, resizes, clicks,
// wheel turns and pastes: it must never panic, and every frame must keep
// the size property.
//
//	go test ./ui/ -run '^$' -fuzz FuzzModel -fuzztime 10m
func FuzzModel(f *testing.F) {
	f.Add([]byte("1 jjj 2/sky\r\x1bae/co\rs?\x1bq"))
	f.Add([]byte{0xf0, 10, 5, 'a', 0xf1, 3, 4, 0xf2, 1, 200, 'G', 0xf3, 'x'})
	f.Add([]byte("\t\t\t1\r\r2\r3jjjjkkkkgG\x1b\x1b"))
	st := fixtureStory(f)
	keys := []string{"j", "k", "g", "G", "space", "enter", "tab", "shift+tab", "esc", "x", "/", "n", "N",
		"t", "a", "e", "s", "m", "?", "1", "2", "3", "pgup", "pgdown", "up", "down", "backspace", "q", "Q", "é"}
	f.Fuzz(func(t *testing.T, script []byte) {
		m := New(st, Options{Theme: "dark"})
		w, h := 80, 24
		m = update(m, tea.WindowSizeMsg{Width: w, Height: h})
		for i := 0; i < len(script); i++ {
			b := script[i]
			arg := func() int {
				if i+1 < len(script) {
					i++
					return int(script[i])
				}
				return 0
			}
			var msg tea.Msg
			switch {
			case b == 0xf0: // resize
				w, h = arg()%301, arg()%101
				msg = tea.WindowSizeMsg{Width: w, Height: h}
			case b == 0xf1: // click
				msg = tea.MouseClickMsg{X: arg(), Y: arg(), Button: tea.MouseLeft}
			case b == 0xf2: // wheel
				btn := tea.MouseWheelDown
				if arg()%2 == 0 {
					btn = tea.MouseWheelUp
				}
				msg = tea.MouseWheelMsg{X: arg(), Y: arg(), Button: btn}
			case b == 0xf3: // paste
				n := arg() % 16
				end := min(i+1+n, len(script))
				msg = tea.PasteMsg{Content: string(script[i+1 : end])}
				i = end - 1
			case b == '\r':
				msg = keyMsg("enter")
			case b == 0x1b:
				msg = keyMsg("esc")
			case b == '\t':
				msg = keyMsg("tab")
			case b == ' ':
				msg = keyMsg("space")
			case b >= 0x80:
				msg = keyMsg(keys[int(b)%len(keys)])
			default:
				msg = tea.KeyPressMsg{Code: rune(b), Text: string(rune(b))}
			}
			nm, _ := m.Update(msg)
			m = nm.(Model)
			if m.goodbye != "" {
				return
			}
			if w > 0 && h > 0 {
				checkSize(t, m, w, h, "fuzz")
			}
		}
	})
}
