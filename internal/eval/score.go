package eval

import (
	"fmt"
	"strings"

	"dossier/model"
)

// scorer holds what scoring one story against one gold file needs.
type scorer struct {
	st    *model.Story
	g     *Gold
	names *Names
	res   *Result
	sids  map[string]int // quote → sentence ID, 0 when not found
	kinds map[model.Kind]*kindScore
}

// Score compares a parsed story with its gold annotation.
func Score(name string, st *model.Story, g *Gold, names *Names) Result {
	res := Result{Name: name}
	s := &scorer{st: st, g: g, names: names, res: &res, sids: map[string]int{}, kinds: map[model.Kind]*kindScore{}}
	for _, k := range []model.Kind{model.KindCountry, model.KindPlace, model.KindAgency, model.KindNetwork, model.KindItem} {
		s.kinds[k] = s.entities(k)
	}
	s.counts()
	s.quantities()
	s.events()
	return res
}

// listOf is the facet scoring entities of kind k.
func listOf(k model.Kind) Facet {
	switch k {
	case model.KindCountry:
		return Countries
	case model.KindPlace:
		return Places
	case model.KindAgency:
		return Agencies
	case model.KindNetwork:
		return Networks
	}
	return Items
}

// sentence is the ID of the story's sentence that holds the gold quote: the
// first sentence overlapping the quote's place in the body, so a quote is
// found even when the parser cut its sentence differently. 0 when the body
// does not hold the quote.
func (s *scorer) sentence(quote string) int {
	if id, ok := s.sids[quote]; ok {
		return id
	}
	id := 0
	if off := strings.Index(s.st.Doc.Body, quote); off >= 0 && quote != "" {
		end := off + len(quote)
		for _, se := range s.st.Sentences {
			if se.Start < end && se.End > off {
				id = se.ID
				break
			}
		}
	}
	s.sids[quote] = id
	return id
}

// sentences is every sentence that holds the quote: the optional and
// negative entries, unlike the gold lists, apply wherever their words occur.
func (s *scorer) sentences(quote string) []int {
	var ids []int
	if quote == "" {
		return nil
	}
	body := s.st.Doc.Body
	for at := 0; ; {
		off := strings.Index(body[at:], quote)
		if off < 0 {
			return ids
		}
		off += at
		end := off + len(quote)
		for _, se := range s.st.Sentences {
			if se.Start < end && se.End > off {
				ids = append(ids, se.ID)
				break
			}
		}
		at = off + 1
	}
}

// clip puts s on one line of single spaces and shortens it to n runes.
func clip(s string, n int) string {
	return cut(strings.Join(strings.Fields(s), " "), n)
}

// cut shortens s to at most n runes, marking the cut.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// quoteRef names a gold quote and where it was found, for findings.
func (s *scorer) quoteRef(quote string) string {
	id := s.sentence(quote)
	if id == 0 {
		return fmt.Sprintf("(quote not in any sentence: %q)", clip(quote, 50))
	}
	return fmt.Sprintf("s%d %q", id, clip(quote, 50))
}

// num prints a quantity without trailing zeros.
func num(v *float64) string {
	if v == nil {
		return "(no number)"
	}
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.4f", *v), "0"), ".")
}

// sameNumber is equality within 1 % (both nil counts as equal).
func sameNumber(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	d := *a - *b
	if d < 0 {
		d = -d
	}
	m := *a
	if m < 0 {
		m = -m
	}
	return d <= 0.01*m || d < 1e-9
}

// matching is a maximum bipartite matching of n left nodes to m right
// nodes (Kuhn's augmenting paths, fine for the few dozen of an article).
// Edges of the first pass are preferred: they are matched first and the
// second pass only augments. It returns each left node's partner or -1.
func matching(n, m int, passes ...func(i, j int) bool) []int {
	left := make([]int, n)
	right := make([]int, m)
	for i := range left {
		left[i] = -1
	}
	for j := range right {
		right[j] = -1
	}
	for _, edge := range passes {
		for i := 0; i < n; i++ {
			if left[i] >= 0 {
				continue
			}
			seen := make([]bool, m)
			var try func(i int) bool
			try = func(i int) bool {
				for j := 0; j < m; j++ {
					if seen[j] || !edge(i, j) {
						continue
					}
					seen[j] = true
					if right[j] < 0 || try(right[j]) {
						left[i], right[j] = j, i
						return true
					}
				}
				return false
			}
			try(i)
		}
	}
	return left
}
