package casefile

import (
	"fmt"
	"slices"
)

// Validate checks the invariants every case keeps, whatever its
// articles: every event of every article is the source of exactly one
// entry, and EntryOf finds it; sources in article and sentence order,
// pointing at their event's sentence; one Why per source after the first,
// and two sources of one article only when the later one is marked a
// repeat; figures and disagreements taken from the entry's own sources;
// entries in timeline order with IDs from 1. Merge never returns a case
// that fails it; tests and fuzzing call it.
func (c *Case) Validate() error {
	seen := make([][]bool, len(c.Articles))
	for a, art := range c.Articles {
		if art.ID != a+1 || art.Label == "" {
			return fmt.Errorf("article %d: id %d, label %q", a+1, art.ID, art.Label)
		}
		for b := 0; b < a; b++ {
			if c.Articles[b].Label == art.Label {
				return fmt.Errorf("articles %d and %d share the label %q", b+1, a+1, art.Label)
			}
		}
		seen[a] = make([]bool, len(art.Story.Events))
	}
	for i := range c.Entries {
		e := &c.Entries[i]
		if e.ID != i+1 || len(e.Sources) == 0 {
			return fmt.Errorf("entry %d: id %d, %d sources", i+1, e.ID, len(e.Sources))
		}
		if i > 0 && compareEntries(c.Entries[i-1], *e) > 0 {
			return fmt.Errorf("entries %d and %d out of timeline order", i, i+1)
		}
		if len(e.Why) != len(e.Sources)-1 {
			return fmt.Errorf("entry %d: %d sources, %d reasons", e.ID, len(e.Sources), len(e.Why))
		}
		for j, s := range e.Sources {
			if s.Article < 0 || s.Article >= len(c.Articles) || s.Event < 0 || s.Event >= len(seen[s.Article]) {
				return fmt.Errorf("entry %d: source %+v out of range", e.ID, s)
			}
			if seen[s.Article][s.Event] {
				return fmt.Errorf("entry %d: article %d event %d is in two entries", e.ID, s.Article+1, s.Event+1)
			}
			seen[s.Article][s.Event] = true
			if c.EntryOf(s.Article, s.Event) != i {
				return fmt.Errorf("entry %d: EntryOf(%d, %d) = %d", e.ID, s.Article, s.Event, c.EntryOf(s.Article, s.Event))
			}
			if c.Event(s).Sentence != s.Sentence {
				return fmt.Errorf("entry %d: source %+v names sentence %d of event %d", e.ID, s, s.Sentence, c.Event(s).Sentence)
			}
			if j > 0 {
				p := e.Sources[j-1]
				if p.Article > s.Article || p.Article == s.Article && p.Sentence > s.Sentence {
					return fmt.Errorf("entry %d: sources out of order", e.ID)
				}
			}
		}
		if !slices.Contains(e.Sources, e.Lead) {
			return fmt.Errorf("entry %d: lead %+v is not a source", e.ID, e.Lead)
		}
		// A second source of one article joined as a repeat.
		arts := map[int]int{}
		for _, s := range e.Sources {
			arts[s.Article]++
		}
		repeats := map[int]int{}
		for _, w := range e.Why {
			if !slices.Contains(e.Sources, w.Source) {
				return fmt.Errorf("entry %d: reason for %+v, not a source", e.ID, w.Source)
			}
			if w.Repeat {
				repeats[w.Source.Article]++
			}
		}
		for a, n := range arts {
			if n > 1 && repeats[a] < n-1 {
				return fmt.Errorf("entry %d: %d events of article %d, %d of them repeats", e.ID, n, a+1, repeats[a])
			}
		}
		for _, f := range e.Figures {
			if !slices.Contains(e.Sources, f.From) || f.Reports < 1 {
				return fmt.Errorf("entry %d: figure %s from %+v, %d reports", e.ID, f.Key, f.From, f.Reports)
			}
		}
		for _, d := range e.Disagreements {
			if len(d.Sides) < 2 {
				return fmt.Errorf("entry %d: disagreement on %s with %d sides", e.ID, d.What, len(d.Sides))
			}
			for _, side := range d.Sides {
				for _, cl := range side.Claims {
					if !slices.Contains(e.Sources, cl.Source) {
						return fmt.Errorf("entry %d: claim of %+v, not a source", e.ID, cl.Source)
					}
					body := c.Articles[cl.Source.Article].Story.Doc.Body
					if cl.End > 0 && (cl.Start < 0 || cl.End > len(body) || cl.Start > cl.End || body[cl.Start:cl.End] != cl.Text) {
						return fmt.Errorf("entry %d: claim %q does not match its span", e.ID, cl.Text)
					}
				}
			}
		}
	}
	for a := range seen {
		for ev, ok := range seen[a] {
			if !ok {
				return fmt.Errorf("article %d event %d is in no entry", a+1, ev+1)
			}
		}
	}
	return nil
}
