package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"dossier/data"
	"dossier/model"
)

// GoldSuffix ends the name of an article's gold file beside its NAME.txt.
const GoldSuffix = ".gold.json"

// Article is an evaluation article and its gold annotation.
type Article struct {
	Round string // the folder: "r1", "seed"
	Name  string // the file name without .txt: "europol_ghost"
	Path  string // the article's text
	Doc   model.Document
	Gold  *Gold
}

// ID names the article in tables and floors: "r1/europol_ghost".
func (a *Article) ID() string { return a.Round + "/" + a.Name }

// Round is a folder of articles annotated together.
type Round struct {
	Name     string
	Articles []*Article
}

// Load reads the articles named by paths. A .txt or .gold.json file is one
// article (its folder names the round); a folder holding gold files is a
// round; any other folder is searched one level down for rounds. Rounds
// come back in natural order (r2 before r10), articles by name.
func Load(paths ...string) ([]Round, error) {
	byName := map[string]*Round{}
	seen := map[string]bool{}
	addFile := func(txt string) error {
		txt = filepath.Clean(txt)
		if seen[txt] {
			return nil
		}
		seen[txt] = true
		a, err := loadArticle(txt)
		if err != nil {
			return err
		}
		r := byName[a.Round]
		if r == nil {
			r = &Round{Name: a.Round}
			byName[a.Round] = r
		}
		r.Articles = append(r.Articles, a)
		return nil
	}
	addDir := func(dir string) (bool, error) {
		golds, err := filepath.Glob(filepath.Join(dir, "*"+GoldSuffix))
		if err != nil || len(golds) == 0 {
			return false, err
		}
		for _, g := range golds {
			if err := addFile(strings.TrimSuffix(g, GoldSuffix) + ".txt"); err != nil {
				return true, err
			}
		}
		return true, nil
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			if err := addFile(strings.TrimSuffix(strings.TrimSuffix(p, GoldSuffix), ".txt") + ".txt"); err != nil {
				return nil, err
			}
			continue
		}
		found, err := addDir(p)
		if err != nil {
			return nil, err
		}
		if found {
			continue
		}
		subs, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		for _, s := range subs {
			if !s.IsDir() {
				continue
			}
			ok, err := addDir(filepath.Join(p, s.Name()))
			if err != nil {
				return nil, err
			}
			found = found || ok
		}
		if !found {
			return nil, fmt.Errorf("%s: no gold files (*%s) here or in its folders", p, GoldSuffix)
		}
	}
	var rounds []Round
	for _, r := range byName {
		sort.Slice(r.Articles, func(i, j int) bool { return r.Articles[i].Name < r.Articles[j].Name })
		rounds = append(rounds, *r)
	}
	sort.Slice(rounds, func(i, j int) bool { return naturalLess(rounds[i].Name, rounds[j].Name) })
	return rounds, nil
}

func loadArticle(txt string) (*Article, error) {
	doc, err := data.Open(txt)
	if err != nil {
		return nil, err
	}
	g, err := ReadGold(strings.TrimSuffix(txt, ".txt") + GoldSuffix)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(txt)
	if err != nil {
		return nil, err
	}
	return &Article{
		Round: filepath.Base(filepath.Dir(abs)),
		Name:  strings.TrimSuffix(filepath.Base(txt), ".txt"),
		Path:  txt,
		Doc:   doc,
		Gold:  g,
	}, nil
}

// naturalLess orders names with their numbers compared as numbers, so r10
// follows r9.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, _ := strconv.Atoi(a[:da])
			nb, _ := strconv.Atoi(b[:db])
			if na != nb {
				return na < nb
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// Evaluator parses articles with the real pipeline and scores them.
type Evaluator struct {
	lex   *model.Lexicon
	names *Names
}

// NewEvaluator loads the word lists once for every article.
func NewEvaluator() (*Evaluator, error) {
	lex, err := data.Lexicon()
	if err != nil {
		return nil, err
	}
	return &Evaluator{lex: lex, names: NewNames(lex)}, nil
}

// Score parses the article and scores the story against its gold file.
func (ev *Evaluator) Score(a *Article) Result {
	return Score(a.ID(), model.Parse(a.Doc, ev.lex), a.Gold, ev.names)
}

// Check lists the problems of the article's gold file.
func (ev *Evaluator) Check(a *Article) []string { return a.Gold.Check(a.Doc, ev.names) }

// RoundResult is a round's articles scored.
type RoundResult struct {
	Name    string
	Results []Result
}

// Summary is the round's mean, column by column.
func (rr RoundResult) Summary() Summary { return Summarize(rr.Name, rr.Results) }

// ScoreRounds scores every article of every round.
func (ev *Evaluator) ScoreRounds(rounds []Round) []RoundResult {
	out := make([]RoundResult, 0, len(rounds))
	for _, r := range rounds {
		rr := RoundResult{Name: r.Name}
		for _, a := range r.Articles {
			rr.Results = append(rr.Results, ev.Score(a))
		}
		out = append(out, rr)
	}
	return out
}
