// Command dossier turns a news story into a case file you browse from the
// keyboard: a timeline of dated events, an index of entities and filters.
//
// The command line is internal/cli, the full-screen app's start-up
// internal/app, the SSH server internal/server; the story's parser is
// model, its data data, the screens ui and the export formats export.
package main

import (
	"os"

	"dossier/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
