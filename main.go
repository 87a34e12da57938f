// Command dossier turns a news story into a case file you browse from the
// keyboard: a timeline of dated events, an index of entities and filters.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "dossier: skeleton; the command line lands with the story engine")
	os.Exit(1)
}
