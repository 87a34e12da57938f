package casefile

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"dossier/model"
)

// mutate varies an article's facts as another outlet might report them:
// numbers changed or kept, weekdays and countries swapped, sentences
// dropped, repeated or reordered within their paragraph. Paragraphs
// stay as they are.
func mutate(body string, rng *rand.Rand) string {
	lines := strings.Split(body, "\n")
	for i, line := range lines {
		lines[i] = mutateLine(line, rng)
	}
	return strings.Join(lines, "\n")
}

func mutateLine(line string, rng *rand.Rand) string {
	swaps := [][2]string{
		{"Tuesday", "Monday"}, {"Monday", "Wednesday"}, {"Belgian", "Dutch"}, {"Belgium", "the Netherlands"},
		{"Antwerp", "Rotterdam"}, {"Spain", "Portugal"}, {"cocaine", "heroin"}, {"tonnes", "kilograms"},
		{"arrested", "detained"}, {"seized", "found"}, {"more than", "about"}, {"police", "customs"},
	}
	words := strings.Fields(line)
	if len(words) == 0 {
		return line
	}
	for i, w := range words {
		switch r := rng.IntN(20); {
		case r == 0:
			if n, err := strconv.Atoi(strings.Trim(w, ".,;")); err == nil {
				words[i] = strings.Replace(w, strconv.Itoa(n), strconv.Itoa(n+rng.IntN(3*n+2)-n), 1)
			}
		case r == 1:
			for _, s := range swaps {
				if strings.Contains(w, s[0]) {
					words[i] = strings.Replace(w, s[0], s[1], 1)
					break
				}
			}
		}
	}
	sents := strings.SplitAfter(strings.Join(words, " "), ". ")
	var out []string
	for _, s := range sents {
		switch rng.IntN(10) {
		case 0: // dropped
		case 1:
			out = append(out, s, s)
		default:
			out = append(out, s)
		}
	}
	if len(out) > 1 && rng.IntN(3) == 0 {
		i, j := rng.IntN(len(out)), rng.IntN(len(out))
		out[i], out[j] = out[j], out[i]
	}
	return strings.Join(out, "")
}

// checkCase checks what every case must keep, beyond Validate: two
// events of one article in one entry never contradict each other's
// written dates or countries; filters agree with their definition; a
// total is the sum of its parts, each an entry's own figure.
func checkCase(t *testing.T, c *Case) {
	t.Helper()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	for i := range c.Entries {
		e := &c.Entries[i]
		for x, sx := range e.Sources {
			for _, sy := range e.Sources[x+1:] {
				if sx.Article != sy.Article {
					continue
				}
				ex, ey := c.Event(sx), c.Event(sy)
				dx, dy := dateSpan(ex.Date), dateSpan(ey.Date)
				if dx.explicit && dy.explicit && !dx.overlaps(dy) {
					t.Errorf("entry %d holds %q and %q of one article, dated apart", e.ID, ex.Date.Text, ey.Date.Text)
				}
				if len(ex.Countries) > 0 && len(ey.Countries) > 0 && !intersects(ex.Countries, ey.Countries) {
					t.Errorf("entry %d holds events of one article in %v and %v", e.ID, ex.Countries, ey.Countries)
				}
			}
		}
	}
	checkApply(t, c, nil)
	_, facets := c.Apply(nil)
	sel := model.Selection{}
	for _, k := range Facets() {
		if vs := facets[k]; len(vs) > 0 {
			sel[k] = []string{vs[len(vs)/2].Value}
			checkApply(t, c, model.Selection{k: sel[k]})
		}
	}
	checkApply(t, c, sel)
	for _, tot := range c.Totals(nil) {
		sum := 0.0
		for _, p := range tot.Parts {
			sum += p.Figure.Value
			found := false
			for _, f := range c.Entries[p.Entry].Figures {
				found = found || f == p.Figure
			}
			if !found || p.Figure.Key != tot.Key {
				t.Errorf("total %s: part %+v is not entry %d's", tot.Key, p.Figure, p.Entry+1)
			}
		}
		if sum != tot.Value {
			t.Errorf("total %s: %v, parts add to %v", tot.Key, tot.Value, sum)
		}
	}
}

// pool is the articles the mutations start from: the short ones of the
// table tests, the repository's and the RapTor releases.
func pool(t testing.TB) []model.Document {
	t.Helper()
	var docs []model.Document
	for _, tc := range mergeCases {
		for _, a := range tc.arts {
			docs = append(docs, a.doc(t))
		}
	}
	return append(docs, repoArticles(t)...)
}

// Pairs of mutated articles, and an article with its own mutation, merge
// into cases that keep every invariant.
func TestMergeMutations(t *testing.T) {
	docs := pool(t)
	rng := rand.New(rand.NewPCG(7, 11))
	n := 300
	if testing.Short() {
		n = 50
	}
	for range n {
		a := docs[rng.IntN(len(docs))]
		b := a
		if rng.IntN(2) == 0 {
			b = docs[rng.IntN(len(docs))]
		}
		a.Body, b.Body = mutate(a.Body, rng), mutate(b.Body, rng)
		if rng.IntN(4) == 0 {
			b.Published = time.Time{}
		}
		checkCase(t, Merge(stories2(t, a, b), lexicon(t)))
	}
}

func stories2(t testing.TB, docs ...model.Document) []*model.Story {
	out := make([]*model.Story, len(docs))
	for i, d := range docs {
		out[i] = model.Parse(d, lexicon(t))
	}
	return out
}

// FuzzMerge merges two articles of any text, and the first one again.
// Run long with: go test ./model/casefile -run '^$' -fuzz '^FuzzMerge$' -fuzztime 5m -parallel 1
func FuzzMerge(f *testing.F) {
	docs := pool(f)
	rng := rand.New(rand.NewPCG(3, 5))
	for i := 0; i < len(docs); i += 3 {
		j := rng.IntN(len(docs))
		f.Add(docs[i].Body, mutate(docs[j].Body, rng), int16(i), int16(-1), i%2 == 0)
	}
	f.Add(mergeCases[2].arts[0].body, mergeCases[2].arts[1].body, int16(0), int16(0), false)
	f.Fuzz(func(t *testing.T, a, b string, pubA, pubB int16, again bool) {
		day := func(off int16) time.Time {
			if off < 0 {
				return time.Time{}
			}
			return time.Date(2021, 3, 10, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(off))
		}
		docs := []model.Document{{Source: "A", Body: a, Published: day(pubA)}, {Source: "B", Body: b, Published: day(pubB)}}
		if again {
			docs = append(docs, docs[0])
		}
		checkCase(t, Merge(stories2(t, docs...), lexicon(t)))
	})
}
