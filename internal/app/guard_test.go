package app

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

type startMsg struct{}

// bomb panics wherever it is told to.
type bomb struct{ where string }

func (b bomb) Init() tea.Cmd {
	switch b.where {
	case "init":
		panic("boom in Init")
	case "cmd":
		return func() tea.Msg { panic("boom in a command") }
	case "batch":
		return tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { panic("boom in a batch") })
	}
	return func() tea.Msg { return startMsg{} }
}

func (b bomb) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(startMsg); ok && b.where == "update" {
		panic("boom in Update")
	}
	return b, nil
}

func (b bomb) View() tea.View {
	if b.where == "view" {
		panic("boom in View")
	}
	return tea.NewView("ok")
}

// TestGuardTurnsPanicsIntoOneError runs a real program whose model panics
// in each place and checks that it ends, reports the panic as an error,
// and that Bubble Tea's own recovery (which prints a stack trace to
// os.Stderr) never ran.
func TestGuardTurnsPanicsIntoOneError(t *testing.T) {
	for _, where := range []string{"init", "update", "view", "cmd", "batch"} {
		t.Run(where, func(t *testing.T) {
			stderr := captureStderr(t)
			// The context only bounds a broken guard; it is not an assertion on speed.
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			g := newGuard(bomb{where: where})
			var out bytes.Buffer
			p := tea.NewProgram(g, tea.WithContext(ctx), tea.WithInput(nil), tea.WithOutput(&out),
				tea.WithWindowSize(80, 24), tea.WithFilter(g.filter))
			g.state.quit = p.Quit
			_, err := p.Run()
			if ctx.Err() != nil {
				t.Fatal("the program did not end after the panic")
			}
			perr := g.state.panicked()
			if perr == nil || !strings.Contains(perr.Error(), "boom") {
				t.Errorf("panicked() = %v, run err = %v", perr, err)
			}
			if s := stderr(); strings.Contains(s, "Caught panic") || strings.Contains(s, "goroutine") {
				t.Errorf("Bubble Tea's recovery printed: %q", s)
			}
		})
	}
}

// captureStderr swaps os.Stderr for a pipe for the rest of the test and
// returns a func that restores it and gives what was written.
func captureStderr(t *testing.T) func() string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	orig := os.Stderr
	os.Stderr = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	restored := false
	restore := func() string {
		if restored {
			return ""
		}
		restored = true
		os.Stderr = orig
		w.Close()
		return <-done
	}
	t.Cleanup(func() { restore() })
	return restore
}
