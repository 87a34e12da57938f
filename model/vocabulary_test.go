package model_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dossier/model/internal/lexicon"
)

// TestWordListsMatchTheStages holds the word lists of package data to the
// lists the stages read: a list the stages read and data lacks would be
// silently empty, a file no stage reads is a misspelt name.
func TestWordListsMatchTheStages(t *testing.T) {
	lex := mustLexicon(t)
	var have []string
	for name, entries := range lex.Words {
		have = append(have, name)
		if len(entries) == 0 {
			t.Errorf("word list %s is empty", name)
		}
	}
	want := slices.Clone(lexicon.ListNames())
	sort.Strings(have)
	sort.Strings(want)
	if !slices.Equal(have, want) {
		t.Errorf("word lists in data:\n %q\nlists the stages read:\n %q", have, want)
	}
}

// maxQuotedWords bounds the lower-case words model's Go code may quote.
// The vocabulary the parser reasons with lives in data/lexicon; Go keeps
// grammar: the function words its control flow compares tokens with, the
// notes and messages it writes.
const maxQuotedWords = 1000

// TestQuotedWordsStayFew counts the words of lower-case letters in the
// string literals of model's non-test Go files, so vocabulary cannot creep
// back into code. Import paths, struct tags and the names of the word
// lists' files are not words of the language, nor are format verbs
// ("%d").
func TestQuotedWordsStayFew(t *testing.T) {
	total, perFile := 0, map[string]int{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		skip := map[*ast.BasicLit]bool{}
		for _, im := range f.Imports {
			skip[im.Path] = true
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Field:
				if x.Tag != nil {
					skip[x.Tag] = true
				}
			case *ast.ValueSpec:
				// The names of the word lists: files, not words.
				if len(x.Names) == 1 && x.Names[0].Name == "listNames" {
					ast.Inspect(x, func(n ast.Node) bool {
						if bl, ok := n.(*ast.BasicLit); ok {
							skip[bl] = true
						}
						return true
					})
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			bl, ok := n.(*ast.BasicLit)
			if !ok || bl.Kind != token.STRING || skip[bl] {
				return true
			}
			s, err := strconv.Unquote(bl.Value)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				return true
			}
			words := lowerWords(s)
			total += words
			perFile[path] += words
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d quoted lower-case words in model's Go code", total)
	if total >= maxQuotedWords {
		files := slices.Collect(maps.Keys(perFile))
		slices.SortFunc(files, func(a, b string) int { return perFile[b] - perFile[a] })
		for _, f := range files[:min(10, len(files))] {
			t.Logf("%5d %s", perFile[f], f)
		}
		t.Errorf("%d quoted lower-case words, want under %d: put vocabulary in data/lexicon", total, maxQuotedWords)
	}
}

// lowerWords counts the runs of letters in s that are all lower case,
// leaving out the verbs of format strings ("%d", "%-40s", "%.20q").
func lowerWords(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == '%' {
			j := i + 1
			for j < len(s) && strings.IndexByte("+-# 0123456789.*", s[j]) >= 0 {
				j++
			}
			i = j + 1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j, lower := i, true
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			lower = lower && !unicode.IsUpper(r)
			j += size
		}
		if lower {
			n++
		}
		i = j
	}
	return n
}

func TestLowerWords(t *testing.T) {
	for s, want := range map[string]int{"": 0, "the": 1, "in the morning": 3, "o’clock": 2, "%d events, %-40s %q": 1, "Reporting by": 1, "ICE": 0, "café": 1, "100%": 0} {
		if got := lowerWords(s); got != want {
			t.Errorf("lowerWords(%q) = %d, want %d", s, got, want)
		}
	}
}
