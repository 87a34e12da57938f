// Command eval scores the parser against the hand-annotated articles of
// testdata/eval and prints, per round, a table of precision, recall and F1
// for every list (countries, places, agencies, networks, items, counts,
// events, event facets), quantity recall, date accuracy and the mean score.
// testdata/eval/GOLD.md says how articles are annotated and scored.
//
//	go run ./tools/eval                  every round under testdata/eval
//	go run ./tools/eval testdata/eval/r7 one round
//	go run ./tools/eval -v FILE.txt      one article, with its misses and false positives
//
// Flags: -v lists each article's misses and false positives; -f1 prints one
// row per article (F1 only); -check only checks the gold files, without
// parsing (what an annotator runs before anyone scores). A gold file with
// problems (a quote the text does not hold, a malformed date) is reported and
// makes the exit status 1. -floors prints every article's score rounded down
// in the format of testdata/eval/floors.txt, which the scorer's test holds
// the parser to.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"dossier/internal/eval"
)

func main() {
	verbose := flag.Bool("v", false, "list each article's misses and false positives")
	f1 := flag.Bool("f1", false, "one row per article: F1 only")
	check := flag.Bool("check", false, "only check the gold files; parse and score nothing")
	floors := flag.Bool("floors", false, "print today's scores rounded down, in the floors file's format")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./tools/eval [-v] [-f1] [-check] [-floors] [DIR|FILE...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	mode := modeTables
	switch {
	case *check:
		mode = modeCheck
	case *floors:
		mode = modeFloors
	}
	if err := run(flag.Args(), eval.TableOptions{F1Only: *f1, Findings: *verbose}, mode); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

type mode int

const (
	modeTables mode = iota
	modeCheck
	modeFloors
)

func run(paths []string, opt eval.TableOptions, m mode) error {
	if len(paths) == 0 {
		root, err := defaultRoot()
		if err != nil {
			return err
		}
		paths = []string{root}
	}
	rounds, err := eval.Load(paths...)
	if err != nil {
		return err
	}
	ev, err := eval.NewEvaluator()
	if err != nil {
		return err
	}
	bad := 0
	for _, r := range rounds {
		for _, a := range r.Articles {
			for _, p := range ev.Check(a) {
				fmt.Fprintf(os.Stderr, "%s: %s\n", a.ID(), p)
				bad++
			}
		}
	}
	if m == modeCheck {
		if bad > 0 {
			return fmt.Errorf("%d problem%s in the gold files", bad, plural(bad))
		}
		fmt.Printf("%d gold files, no problems\n", count(rounds))
		return nil
	}
	w := bufio.NewWriter(os.Stdout)
	results := ev.ScoreRounds(rounds)
	if m == modeFloors {
		writeFloors(w, results)
		return w.Flush()
	}
	for _, rr := range results {
		eval.WriteRound(w, rr, opt)
		fmt.Fprintln(w)
	}
	if len(results) > 1 {
		eval.WriteSummary(w, results)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("%d problem%s in the gold files", bad, plural(bad))
	}
	return nil
}

// writeFloors prints a floors file: every article's score rounded down.
func writeFloors(w io.Writer, results []eval.RoundResult) {
	fmt.Fprintln(w, "# floors.txt: the lowest score each article may get (go test ./internal/eval holds the parser")
	fmt.Fprintln(w, "# to it). One \"ROUND/NAME SCORE\" a line; a score rounded down to the hundredth.")
	for _, rr := range results {
		for i := range rr.Results {
			r := &rr.Results[i]
			fmt.Fprintf(w, "%s %.2f\n", r.Name, eval.Floor(r.Score()))
		}
	}
}

func count(rounds []eval.Round) int {
	n := 0
	for _, r := range rounds {
		n += len(r.Articles)
	}
	return n
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// defaultRoot is testdata/eval of the module the command runs in, found
// from the working directory upwards.
func defaultRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		root := filepath.Join(dir, "testdata", "eval")
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return root, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no testdata/eval: run inside the module or name a folder")
		}
		dir = parent
	}
}
