package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// sized returns a model for the fixture story after a window size message.
func sized(tb testing.TB, w, h int, opts Options) Model {
	tb.Helper()
	m := New(fixtureStory(tb), opts)
	return update(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// update sends one message and returns the new model.
func update(m Model, msg tea.Msg) Model {
	nm, _ := m.Update(msg)
	return nm.(Model)
}

// keyMsg builds the key press a terminal sends for name: "j", "G",
// "space", "enter", "tab", "shift+tab", "esc", "ctrl+c", "up", "pgdown"...
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	r := []rune(name)
	if len(r) == 1 {
		k := tea.KeyPressMsg{Code: r[0], Text: name}
		if r[0] >= 'A' && r[0] <= 'Z' {
			k.Code, k.Mod = r[0]+('a'-'A'), tea.ModShift
		}
		return k
	}
	panic("keyMsg: unknown key " + name)
}

// press sends keys in order; a string of several characters that is not a
// key name is typed character by character.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m = update(m, keyMsg(k))
	}
	return m
}

// typeText types s one character at a time.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m = update(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

// plain is the frame without escape sequences.
func plain(m Model) string { return ansi.Strip(m.View().Content) }

// fmtSscanf reads a "resize:WxH" step.
func fmtSscanf(s string, w, h *int) (int, error) {
	return fmt.Sscanf(s, "resize:%dx%d", w, h)
}
