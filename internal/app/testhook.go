//go:build testhook

package app

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

// testPanicEnv names the fault tests' hook: DOSSIER_TEST_PANIC=update makes
// the app panic inside Update at the first key press, =view inside View
// once a key has been pressed, and =hang loop forever inside Update at the
// first key press. It exists so a test can prove, on the real binary in a
// real terminal, that a bug in the app still leaves the terminal restored:
// a panic ends with one line and exit 1, a hung app ends on a second
// signal. Only a binary built with -tags testhook has it (the e2e tests
// build one); the release binary has the no-op in testhook_off.go, and the
// ui package knows nothing of it.
const testPanicEnv = "DOSSIER_TEST_PANIC"

// withTestPanic wraps m as the hook in the environment says; without it,
// or with any other value, m is left alone.
func withTestPanic(m tea.Model) tea.Model {
	where := os.Getenv(testPanicEnv)
	if where != "update" && where != "view" && where != "hang" {
		return m
	}
	return panicky{inner: m, where: where}
}

// panicky forwards to the app until the first key press, then panics where
// it was told to.
type panicky struct {
	inner tea.Model
	where string
	armed bool // a key has been pressed
}

// Init implements tea.Model.
func (p panicky) Init() tea.Cmd { return p.inner.Init() }

// Update implements tea.Model.
func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		switch p.where {
		case "update":
			panic("test hook: panic in Update")
		case "hang":
			// Say so (the test waits for it), then block this goroutine
			// for good; signals still arrive.
			fmt.Fprint(os.Stderr, "test hook: hanging in Update\r\n")
			select {}
		}
		p.armed = true
	}
	var cmd tea.Cmd
	p.inner, cmd = p.inner.Update(msg)
	return p, cmd
}

// View implements tea.Model.
func (p panicky) View() tea.View {
	if p.armed {
		panic("test hook: panic in View")
	}
	return p.inner.View()
}
