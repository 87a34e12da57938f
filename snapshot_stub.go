package main

import "io"

// runSnapshot is a stand-in until the snapshot helper lands; delete at merge.
func runSnapshot(_ []string, _, stderr io.Writer) int {
	io.WriteString(stderr, "dossier: snapshot: not built yet\n")
	return 1
}
