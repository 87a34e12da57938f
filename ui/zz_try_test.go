package ui

import (
	"os"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestTry(t *testing.T) {
	if os.Getenv("DOSSIER_TRY") == "" {
		t.Skip()
	}
	opts := Options{}
	if os.Getenv("DOSSIER_IDLE") != "" {
		opts.IdleTimeout = 3e9
	}
	if _, err := tea.NewProgram(New(realStory(t), opts)).Run(); err != nil {
		t.Fatal(err)
	}
}
