package casefile

import (
	"slices"

	"dossier/model"
)

// cluster is an entry while the case is built: its reports and what they
// have in common, so that a new report is compared with the entry once
// rather than with each of its reports.
type cluster struct {
	members []int32 // report indices, in the order they joined
	links   []link  // why members[i+1] joined
	// core is the kinds every member reports.
	core kindSet
	// exp and weak are the members' distinct written and carried dates.
	exp, weak []span
	// figs are the members' distinct figures, figArt the article of the
	// first to give each.
	figs   []figure
	figArt []int32
	// The facet values the members name.
	countries, agencies, places, networks, items []string
	agencyCountries                              []string
	intlAgency                                   bool
	// words and whole are the first member's wording and sentence hash.
	words []uint64
	whole uint64
	// curArt is the article whose reports are being added; cur are its
	// reports in the cluster.
	curArt int32
	cur    []int32
	// keys are the buckets the cluster is filed under, sorted.
	keys []uint64
}

// link is why a report joined a cluster.
type link struct {
	score  int
	repeat bool
	// other marks evidence from another article's reports: a figure
	// given alike or most of the wording.
	other   bool
	rel     dateRel
	days    span // the days shared; ok is false for none
	common  kindSet
	figs    []string
	facets  []FacetName
	wording float64
}

// maxDistinct caps the dates and figures a cluster keeps for comparison:
// one happening has few versions of each.
const maxDistinct = 16

// newCluster starts a cluster with report r.
func newCluster(r *report, ri int32) cluster {
	c := cluster{curArt: -1, core: r.kinds, words: r.words, whole: r.whole}
	c.add(r, ri)
	return c
}

// add puts report r (index ri) into the cluster.
func (c *cluster) add(r *report, ri int32) {
	c.members = append(c.members, ri)
	if len(c.members) > 1 {
		c.core &= r.kinds
	}
	if c.curArt != r.art {
		c.curArt, c.cur = r.art, c.cur[:0]
	}
	c.cur = append(c.cur, ri)
	if r.date.ok {
		dates := &c.weak
		if r.date.explicit {
			dates = &c.exp
		}
		if len(*dates) < maxDistinct && !slices.ContainsFunc(*dates, func(s span) bool { return s.lo == r.date.lo && s.hi == r.date.hi }) {
			*dates = append(*dates, r.date)
		}
	}
	for i := range r.figs {
		f := &r.figs[i]
		if len(c.figs) < maxDistinct && !slices.ContainsFunc(c.figs, func(g figure) bool { return sameFigure(&g, f) }) {
			c.figs = append(c.figs, *f)
			c.figArt = append(c.figArt, r.art)
		}
	}
	c.countries = union(c.countries, r.countries)
	c.agencies = union(c.agencies, r.agencies)
	c.places = union(c.places, r.places)
	c.networks = union(c.networks, r.networks)
	c.items = union(c.items, r.items)
	c.agencyCountries = union(c.agencyCountries, r.agencyCountries)
	c.intlAgency = c.intlAgency || r.intlAgency
}

// union adds to dst the values of vs it lacks. Facet lists are short, and
// a value list of the whole case is bounded by the lexicon.
func union(dst, vs []string) []string {
	for _, v := range vs {
		if !slices.Contains(dst, v) {
			dst = append(dst, v)
		}
	}
	return dst
}

func intersects(a, b []string) bool {
	for _, v := range a {
		if slices.Contains(b, v) {
			return true
		}
	}
	return false
}

func shared(a, b []string, k model.Kind, dst []FacetName) []FacetName {
	for _, v := range a {
		if slices.Contains(b, v) {
			dst = append(dst, FacetName{k, v})
		}
	}
	return dst
}

// dateRel is how a report's date compares with a cluster's.
type dateRel uint8

const (
	dateUnknown  dateRel = iota // one of them is undated
	dateFar                     // written dates too far apart: another happening
	dateDiffer                  // written dates a few days apart: a disagreement
	dateConflict                // apart, but one date is only carried
	dateCarried                 // overlapping, one date or both only carried
	dateOverlap                 // written dates that overlap
	dateSameDay                 // written dates of the same day
)

// dateRelation compares d with the cluster's dates and returns the days
// they share.
func (c *cluster) dateRelation(d span) (dateRel, span) {
	if !d.ok || len(c.exp)+len(c.weak) == 0 {
		return dateUnknown, span{}
	}
	if d.explicit && len(c.exp) > 0 {
		best, days := dateFar, span{}
		for _, e := range c.exp {
			switch {
			case e.overlaps(d):
				rel := dateOverlap
				if e.day && d.day && e.lo == d.lo {
					rel = dateSameDay
				}
				if rel > best {
					best, days = rel, span{lo: max(e.lo, d.lo), hi: min(e.hi, d.hi), ok: true, explicit: true}
				}
			case e.gap(d) <= dateTolerance && best < dateDiffer:
				best = dateDiffer
			}
		}
		return best, days
	}
	for _, list := range [2][]span{c.exp, c.weak} {
		for _, e := range list {
			if e.overlaps(d) {
				return dateCarried, span{lo: max(e.lo, d.lo), hi: min(e.hi, d.hi), ok: true}
			}
		}
	}
	return dateConflict, span{}
}
