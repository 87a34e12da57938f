// Command longsent times model.Parse on one ever longer sentence, the
// worst case for scans that run from a word to the end of its clause.
package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"dossier/data"
	"dossier/model"
)

func main() {
	lex, err := data.Lexicon()
	if err != nil {
		fmt.Fprintln(os.Stderr, "longsent:", err)
		os.Exit(1)
	}
	for _, unit := range []string{
		"police seized 3 kilograms of cocaine and ",
		"police seized 3 kilograms of cocaine, ",
		"Dutch police arrested 30 suspects in Rotterdam on Tuesday and ",
		"the man walked to the shop and bought bread and ",
	} {
		for _, n := range []int{500, 1000, 2000, 4000} {
			body := strings.Repeat(unit, n) + "."
			t0 := time.Now()
			model.Parse(model.Document{Body: body}, lex)
			el := time.Since(t0)
			fmt.Printf("%-50q n=%-5d %7d bytes %10v %7.2f MB/s\n", unit, n, len(body), el.Round(time.Millisecond), float64(len(body))/el.Seconds()/1e6)
		}
	}
}
