package casefile

import (
	"math"
	"slices"

	"dossier/model"
)

// Merge links the stories into one case, in the order given. One story is
// a case of one: its events become entries the same way, and an event it
// repeats shares one entry. lex is the word lists the stories were parsed
// with (nil for none): they say which kind of happening a sentence reports.
func Merge(stories []*model.Story, lex *model.Lexicon) *Case {
	b := NewBuilder(lex)
	for _, st := range stories {
		b.Add(st)
	}
	return b.Case()
}

// Builder merges articles one at a time, so a case can be shown while its
// later articles are still being read. Add articles in their final order:
// the merge depends on it. A Builder is not safe for concurrent use; the
// cases it returns are independent of it.
type Builder struct {
	vocab    *vocab
	stories  []*model.Story
	reports  []report
	clusters []cluster
	// clusterOf is each report's cluster.
	clusterOf []int32
	// buckets files clusters by what a report would share with them; see
	// keys.go.
	buckets map[uint64][]int32
	// stamp marks the clusters already weighed for the current report.
	stamp []uint32
	query uint32
	// weighed counts the report and entry pairs weighed, for the test
	// that the merge stays linear.
	weighed int
	keys    []uint64
	order   []bucketRef
}

// NewBuilder returns an empty builder for stories parsed with lex.
func NewBuilder(lex *model.Lexicon) *Builder {
	return &Builder{vocab: newVocab(lex), buckets: map[uint64][]int32{}}
}

// candidate is a cluster a report may join, with the evidence.
type candidate struct {
	cluster int32
	link    link
}

// maxCandidates is how many clusters a report is weighed against, most
// specific buckets first. It keeps the merge linear in the number of
// reports whatever the case: a report is one of a handful of happenings
// its figures, places and day point to, not one of thousands.
const maxCandidates = 64

// keepCandidates is how many of the best-weighed clusters a report keeps,
// to fall back on when the best one is taken by another report of its
// article.
const keepCandidates = 3

// Add merges the next article.
func (b *Builder) Add(st *model.Story) { b.add(st, b.vocab.storyReports(st, nil)) }

// add merges the next article, read for the merge as storyReports reads
// it.
func (b *Builder) add(st *model.Story, reps []report) {
	art := int32(len(b.stories))
	b.stories = append(b.stories, st)
	first := len(b.reports)
	for i := range reps {
		reps[i].art = art
	}
	b.reports = append(b.reports, reps...)
	n := len(reps)
	for range n {
		b.clusterOf = append(b.clusterOf, -1)
	}
	// Weigh each report against the entries of the articles before.
	cands := make([][]candidate, n)
	for i := range n {
		cands[i] = b.candidates(first+i, cands[i])
	}
	// The strongest evidence claims its entry first, so a passing mention
	// never takes the place of the article's real report of a happening.
	order := make([]int, 0, n)
	for i := range n {
		if len(cands[i]) > 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int { return cands[y][0].link.score - cands[x][0].link.score })
	for _, i := range order {
		ri := first + i
		r := &b.reports[ri]
		for _, cd := range cands[i] {
			c := &b.clusters[cd.cluster]
			if c.curArt == r.art {
				// Another report of this article took the entry: this one
				// joins only if it tells the same happening.
				l, ok := match(c, r)
				if !ok || !repeats(c, r, b.reports) && !partOf(c, r, l, b.reports) {
					continue
				}
				cd.link, cd.link.repeat = l, true
			}
			b.join(cd.cluster, ri, cd.link)
			break
		}
	}
	// The rest are new to the case, or the article telling its own
	// happening again.
	for i := range n {
		ri := first + i
		if b.clusterOf[ri] >= 0 {
			continue
		}
		if ci, l, ok := b.repeatCluster(ri); ok {
			b.join(ci, ri, l)
			continue
		}
		ci := int32(len(b.clusters))
		b.clusters = append(b.clusters, newCluster(&b.reports[ri], int32(ri)))
		b.stamp = append(b.stamp, 0)
		b.clusterOf[ri] = ci
		b.file(ci, ri)
	}
}

// candidates returns the clusters of earlier articles report ri may join,
// best first.
func (b *Builder) candidates(ri int, dst []candidate) []candidate {
	r := &b.reports[ri]
	b.eachCandidate(r, func(ci int32) {
		c := &b.clusters[ci]
		if c.curArt == r.art {
			return
		}
		l, ok := match(c, r)
		if !ok {
			return
		}
		dst = append(dst, candidate{ci, l})
		slices.SortStableFunc(dst, func(x, y candidate) int { return y.link.score - x.link.score })
		if len(dst) > keepCandidates {
			dst = dst[:keepCandidates]
		}
	})
	return dst
}

// repeatCluster finds a cluster holding reports of report ri's article
// that ri tells again.
func (b *Builder) repeatCluster(ri int) (int32, link, bool) {
	r := &b.reports[ri]
	best, bestLink, found := int32(-1), link{}, false
	b.eachCandidate(r, func(ci int32) {
		c := &b.clusters[ci]
		if c.curArt != r.art || !repeats(c, r, b.reports) {
			return
		}
		l, ok := match(c, r)
		if !ok {
			// A repeat needs no other evidence than its own words or
			// figures; it must only not be ruled out.
			l, ok = matchRepeat(c, r)
		}
		if ok && (!found || l.score > bestLink.score) {
			best, bestLink, found = ci, l, true
		}
	})
	bestLink.repeat = true
	return best, bestLink, found
}

// matchRepeat is match for a report its article repeats: nothing may rule
// it out, but any evidence will do.
func matchRepeat(c *cluster, r *report) (link, bool) {
	l, v := weigh(c, r)
	return l, v != ruledOut
}

// join adds report ri to cluster ci.
func (b *Builder) join(ci int32, ri int, l link) {
	c := &b.clusters[ci]
	explain(c, &b.reports[ri], &l)
	c.add(&b.reports[ri], int32(ri))
	c.links = append(c.links, l)
	b.clusterOf[ri] = ci
	b.file(ci, ri)
}

// file puts cluster ci in the buckets of report ri it is not yet in.
func (b *Builder) file(ci int32, ri int) {
	c := &b.clusters[ci]
	b.keys = reportKeys(&b.reports[ri], true, b.keys[:0])
	for _, k := range b.keys {
		i, found := slices.BinarySearch(c.keys, k)
		if found {
			continue
		}
		c.keys = slices.Insert(c.keys, i, k)
		b.buckets[k] = append(b.buckets[k], ci)
	}
}

// bucketRef is one bucket of a report's keys.
type bucketRef struct {
	list []int32
}

// eachCandidate calls fn once for each cluster in r's buckets, up to
// maxCandidates of them, from the smallest buckets (the most specific
// keys) to the largest, and the most recent clusters first in each.
func (b *Builder) eachCandidate(r *report, fn func(ci int32)) {
	b.keys = reportKeys(r, false, b.keys[:0])
	b.order = b.order[:0]
	for _, k := range b.keys {
		if list := b.buckets[k]; len(list) > 0 {
			b.order = append(b.order, bucketRef{list})
		}
	}
	slices.SortStableFunc(b.order, func(x, y bucketRef) int { return len(x.list) - len(y.list) })
	b.query++
	if b.query == math.MaxUint32 {
		clear(b.stamp)
		b.query = 1
	}
	seen := 0
	for _, bk := range b.order {
		for i := len(bk.list) - 1; i >= 0; i-- {
			ci := bk.list[i]
			if b.stamp[ci] == b.query {
				continue
			}
			b.stamp[ci] = b.query
			b.weighed++
			fn(ci)
			if seen++; seen == maxCandidates {
				return
			}
		}
	}
}
