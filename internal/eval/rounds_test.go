package eval

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// root is the evaluation set, from this package's folder.
var root = filepath.Join("..", "..", "testdata", "eval")

func loadRounds(t *testing.T) (*Evaluator, []Round) {
	t.Helper()
	rounds, err := Load(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(rounds) == 0 {
		t.Fatal("no rounds under", root)
	}
	ev, err := NewEvaluator()
	if err != nil {
		t.Fatal(err)
	}
	return ev, rounds
}

func TestGoldFilesDescribeTheirArticles(t *testing.T) {
	ev, rounds := loadRounds(t)
	n := 0
	for _, r := range rounds {
		for _, a := range r.Articles {
			n++
			for _, p := range ev.Check(a) {
				t.Errorf("%s: %s", a.ID(), p)
			}
		}
	}
	if n < 27 {
		t.Errorf("%d annotated articles, want the 26 of rounds 1-6 and the seed at least", n)
	}
}

// The seed is annotated as a copy; the copy must stay the story the app
// embeds, or its score would measure another text.
func TestSeedCopyIsTheEmbeddedSeed(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "..", "data", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, "seed", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("testdata/eval/seed/seed.txt differs from data/seed.txt: copy it and re-check seed.gold.json")
	}
}

// Every article scores at least its recorded floor, so a parser change that
// loses accuracy fails here. Raise a floor when a change earns it; lowering
// one is a decision to make in the open. With -v the tables are printed.
func TestScoresStayAboveTheirFloors(t *testing.T) {
	ev, rounds := loadRounds(t)
	floors, err := ReadFloors(filepath.Join(root, FloorsFile))
	if err != nil {
		t.Fatal(err)
	}
	results := ev.ScoreRounds(rounds)
	seen := map[string]bool{}
	for _, rr := range results {
		for i := range rr.Results {
			r := &rr.Results[i]
			seen[r.Name] = true
			floor, ok := floors[r.Name]
			switch {
			case !ok:
				t.Errorf("%s has no floor: add \"%s %.2f\" to %s", r.Name, r.Name, Floor(r.Score()), FloorsFile)
			case r.Score() < floor-1e-9:
				t.Errorf("%s scores %.4f, below its floor %.2f (go run ./tools/eval -v %s)", r.Name, r.Score(), floor,
					filepath.Join("testdata", "eval", r.Name+".txt"))
			}
		}
	}
	for name := range floors {
		if !seen[name] {
			t.Errorf("%s has a floor but no article", name)
		}
	}
	if testing.Verbose() {
		var b strings.Builder
		for _, rr := range results {
			WriteRound(&b, rr, TableOptions{F1Only: true})
			fmt.Fprintln(&b)
		}
		WriteSummary(&b, results)
		t.Log("\n" + b.String())
	}
}
