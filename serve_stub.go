package main

import "io"

// runServe is a stand-in until the ssh branch brings serve.go; delete at merge.
func runServe(_ []string, _, stderr io.Writer) int {
	io.WriteString(stderr, "dossier: serve: not built yet\n")
	return 1
}
