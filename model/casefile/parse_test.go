package casefile

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"dossier/data"
	"dossier/model"
)

// repoArticles reads the repository's articles: the seed, the test
// articles and the evaluation set, then the RapTor releases.
func repoArticles(t testing.TB) []model.Document {
	t.Helper()
	var paths []string
	for _, pattern := range []string{"../../testdata/*.txt", "../../testdata/eval/*/*.txt"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	seed, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := []model.Document{seed}
	for _, p := range paths {
		d, err := data.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return append(docs, openCase(t, "raptor", raptorFiles...)...)
}

// The case is the same on one worker as on several, and the same as
// merging the stories parsed one by one.
func TestParseIsTheSameOnAnyNumberOfCores(t *testing.T) {
	docs := repoArticles(t)
	if len(docs) < 20 {
		t.Fatalf("only %d articles", len(docs))
	}
	lex := lexicon(t)
	one := Merge(parseStories(docs, lex, 1, nil), lexicon(t))
	if err := one.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 3, 8} {
		if many := Merge(parseStories(docs, lex, workers, nil), lexicon(t)); !reflect.DeepEqual(one, many) {
			t.Errorf("stories parsed on %d workers merge into another case than on one", workers)
		}
		if many := parseCase(docs, lex, workers, nil); !reflect.DeepEqual(one, many) {
			t.Errorf("%d workers give another case than one", workers)
		}
	}
	var done []int
	all := Parse(docs, lex, func(d, total int) {
		if total != len(docs) {
			t.Errorf("progress total %d, want %d", total, len(docs))
		}
		done = append(done, d)
	})
	if !reflect.DeepEqual(one, all) {
		t.Error("Parse gives another case than Merge")
	}
	if len(done) != len(docs) || !slices.IsSorted(done) || done[len(done)-1] != len(docs) {
		t.Errorf("progress %v", done)
	}
	var byHand []*model.Story
	for _, d := range docs {
		byHand = append(byHand, model.Parse(d, lex))
	}
	if !reflect.DeepEqual(one, Merge(byHand, lexicon(t))) {
		t.Error("stories parsed one by one merge into another case")
	}
}

// ParseStories hands the stories over in document order, each once.
func TestParseStoriesInOrder(t *testing.T) {
	docs := repoArticles(t)
	for _, workers := range []int{1, 4} {
		var got []int
		sts := parseStories(docs, lexicon(t), workers, func(i int, st *model.Story) {
			got = append(got, i)
			if st == nil || st.Doc.Body != docs[i].Body {
				t.Errorf("%d workers: story %d is not document %d's", workers, i, i)
			}
		})
		if len(got) != len(docs) || !slices.IsSorted(got) || len(sts) != len(docs) {
			t.Errorf("%d workers: handed over %v of %d", workers, got, len(docs))
		}
	}
}

// A builder's case after each article is the merge of the articles so
// far, and taking it changes nothing for the next one.
func TestBuilderGrowsTheCase(t *testing.T) {
	docs := repoArticles(t)[:8]
	sts := parseStories(docs, lexicon(t), 1, nil)
	b := NewBuilder(lexicon(t))
	for i, st := range sts {
		b.Add(st)
		got := b.Case()
		if err := got.Validate(); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, Merge(sts[:i+1], lexicon(t))) {
			t.Errorf("after %d articles the builder's case differs from Merge", i+1)
		}
	}
}

// One story is a case of one: every event an entry of its own unless the
// story repeats it, and nothing from another article.
func TestOneStoryIsACaseOfOne(t *testing.T) {
	for _, d := range repoArticles(t) {
		st := model.Parse(d, lexicon(t))
		c := Merge([]*model.Story{st}, lexicon(t))
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
		repeats := 0
		for _, e := range c.Entries {
			for _, w := range e.Why {
				if !w.Repeat {
					t.Errorf("%s: entry %d merged %+v without a repeat", c.Articles[0].Label, e.ID, w.Source)
				}
				repeats++
			}
		}
		if len(c.Entries)+repeats != len(st.Events) {
			t.Errorf("%s: %d entries and %d repeats for %d events", c.Articles[0].Label, len(c.Entries), repeats, len(st.Events))
		}
		if len(c.Entities) != len(st.Entities) {
			t.Errorf("%s: %d case entities for %d", c.Articles[0].Label, len(c.Entities), len(st.Entities))
		}
	}
}

// inOrder hands every result over once, in order, whatever the number of
// jobs and workers.
func TestInOrder(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 17} {
		for _, workers := range []int{1, 2, 5, 40} {
			var got []int
			inOrder(n, workers, func(i int) int { return i * i }, func(i, v int) {
				if v != i*i {
					t.Errorf("n %d, %d workers: result %d for job %d", n, workers, v, i)
				}
				got = append(got, i)
			})
			if len(got) != n || !slices.IsSorted(got) || n > 0 && got[n-1] != n-1 {
				t.Errorf("n %d, %d workers: handed over %v", n, workers, got)
			}
		}
	}
}
