// Command floor is the benchmark's reference: the least a Bubble Tea v2
// program can do to show an article (a bubbles viewport in the alt screen,
// q quits). Whatever dossier costs above this is ours, not the framework's.
//
//	floor FILE
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"

	"dossier/bench/internal/floormodel"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: floor FILE")
		os.Exit(2)
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	if _, err := tea.NewProgram(floormodel.New(string(b))).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}
