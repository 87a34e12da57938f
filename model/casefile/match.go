package casefile

import (
	"slices"

	"dossier/model"
)

// The weights of the evidence that a report and an entry tell one
// happening; doc.go gives the rule they make up.
const (
	wSameDay     = 4 // both write the same day
	wOverlap     = 2 // both write dates that overlap
	wCarried     = 1 // their dates overlap, but one is only carried
	wFigure      = 6 // the first figure both give alike
	wMoreFigures = 3 // each further one
	wBound       = 4 // a figure one gives exactly and the other as a bound
	wCountry     = 1 // a country both name
	wAgency      = 2 // an agency both name
	wPlace       = 2 // a place both name
	wNetwork     = 3 // a network both name
	wItem        = 1 // an item both name
	wNoPlace     = -3
	wNoItem      = -2
	wWords       = 6 // most of their content words in common
	wSomeWords   = 3 // half of them

	// acceptScore is the least evidence that merges.
	acceptScore = 6
	// Shares of content words in common that count as evidence.
	mostWords = 0.7
	someWords = 0.5
	// repeatWords is the share of the words of both sentences that makes
	// two sentences of one article one happening told twice: "Joshua
	// Vasquez pleaded guilty on April 24" and "Joseph Vasquez pleaded
	// guilty on April 24" are two pleas.
	repeatWords = 0.8
)

// match weighs the evidence that report r tells the happening of cluster
// c. ok is false when something rules it out or the evidence is too
// weak.
func match(c *cluster, r *report) (l link, ok bool) {
	l, v := weigh(c, r)
	return l, v == accepted
}

// verdict is what the evidence of a link comes to.
type verdict uint8

const (
	ruledOut verdict = iota // something says it is another happening
	tooWeak                 // nothing rules it out, but too little says it is this one
	accepted
)

// weigh weighs the evidence that report r tells the happening of cluster
// c; see match.
func weigh(c *cluster, r *report) (l link, v verdict) {
	l.common = c.core & r.kinds
	if l.common == 0 {
		return l, ruledOut
	}
	rel, days := c.dateRelation(r.date)
	switch rel {
	case dateFar:
		return l, ruledOut
	case dateSameDay:
		l.score += wSameDay
	case dateOverlap:
		l.score += wOverlap
	case dateCarried:
		l.score += wCarried
	}
	l.rel, l.days = rel, days
	if len(r.countries) > 0 && len(c.countries) > 0 && !intersects(r.countries, c.countries) {
		return l, ruledOut
	}
	if !agenciesAgree(c, r) {
		return l, ruledOut
	}
	same, bound, differ := 0, 0, 0
	for i := range r.figs {
		f := &r.figs[i]
		if ck := f.kind; ck != 0 && ck&l.common == 0 {
			// A count of another happening in the same sentence.
			continue
		}
		best := relNone
		for j := range c.figs {
			if c.figs[j].key == f.key {
				rel := relate(f, &c.figs[j])
				best = max(best, rel)
				l.other = l.other || rel >= relBound && c.figArt[j] != r.art
			}
		}
		switch best {
		case relFar:
			return l, ruledOut
		case relSame:
			same++
		case relBound:
			bound++
		case relDiffer:
			differ++
		}
	}
	if same > 0 {
		l.score += wFigure + (same-1)*wMoreFigures
	}
	if bound > 0 {
		l.score += wBound + (bound-1)*wMoreFigures
	}
	if intersects(r.countries, c.countries) {
		l.score += wCountry
	}
	if intersects(r.agencies, c.agencies) {
		l.score += wAgency
	}
	specific := intersects(r.places, c.places)
	switch {
	case specific:
		l.score += wPlace
	case len(r.places) > 0 && len(c.places) > 0:
		l.score += wNoPlace
	}
	if intersects(r.networks, c.networks) {
		l.score += wNetwork
		specific = true
	}
	switch {
	case intersects(r.items, c.items):
		l.score += wItem
	case len(r.items) > 0 && len(c.items) > 0:
		l.score += wNoItem
	}
	l.wording = overlap(r.words, c.words)
	if r.whole == c.whole {
		l.wording = 1
	}
	switch {
	case l.wording >= mostWords:
		l.score += wWords
	case l.wording >= someWords:
		l.score += wSomeWords
	}
	strong := same > 0 || bound > 0 || l.wording >= someWords
	l.other = l.other || l.wording >= mostWords
	written := rel == dateSameDay || rel == dateOverlap
	switch {
	case l.score < acceptScore:
		return l, tooWeak
	case !written && same == 0 && bound == 0 && l.wording < mostWords:
		// Dates carried from the publication day, or none, say nothing
		// of when the happening was: the reports must share a figure or
		// most of their words. Half the words of a short sentence is
		// what two sentencings in one round-up have in common.
		return l, tooWeak
	case rel == dateDiffer && same == 0 && bound == 0:
		// Two written dates that differ are one happening only if a
		// figure says so.
		return l, tooWeak
	case differ > 0 && !strong && !specific && rel != dateSameDay:
		return l, tooWeak
	}
	return l, accepted
}

// explain fills in what a reader is shown of a link match made: the
// figures and facet values r shares with c. It runs only for the link a
// report joins with, before the report changes c.
func explain(c *cluster, r *report, l *link) {
	for i := range r.figs {
		f := &r.figs[i]
		if ck := f.kind; ck != 0 && ck&l.common == 0 {
			continue
		}
		for j := range c.figs {
			if c.figs[j].key == f.key && relate(f, &c.figs[j]) >= relBound {
				l.figs = append(l.figs, f.text)
				break
			}
		}
	}
	l.facets = shared(r.countries, c.countries, model.KindCountry, l.facets)
	l.facets = shared(r.agencies, c.agencies, model.KindAgency, l.facets)
	l.facets = shared(r.places, c.places, model.KindPlace, l.facets)
	l.facets = shared(r.networks, c.networks, model.KindNetwork, l.facets)
	l.facets = shared(r.items, c.items, model.KindItem, l.facets)
}

// agenciesAgree reports whether the agencies of r and c can be those of
// one happening: one side names none, they share one, their agencies
// share a country, or one side names an international body.
func agenciesAgree(c *cluster, r *report) bool {
	if len(r.agencies) == 0 || len(c.agencies) == 0 || r.intlAgency || c.intlAgency {
		return true
	}
	return intersects(r.agencies, c.agencies) || intersects(r.agencyCountries, c.agencyCountries)
}

// repeats reports whether r, of the article whose reports c holds in
// c.cur, tells the happening of the first few of them again: nothing
// contradicts it, and it is the same sentence or most of its wording,
// or counts two things alike, or one in the same place.
func repeats(c *cluster, r *report, reports []report) bool {
	for _, mi := range firstFew(c.cur) {
		if !repeatOf(r, &reports[mi]) {
			return false
		}
	}
	return len(c.cur) > 0
}

// partOf reports whether r, of the article whose reports c holds in
// c.cur, tells more of the same happening in another sentence: the
// evidence l that it is c's happening comes from another article, and
// nothing in it contradicts the first few of the article's reports
// already in c. So "seized more than $200 million" and "144 kilograms of
// fentanyl were seized", two sentences of one article, join the entry of
// another article's sentence that gives both figures.
func partOf(c *cluster, r *report, l link, reports []report) bool {
	if !l.other {
		return false
	}
	for _, mi := range firstFew(c.cur) {
		if contradicts(r, &reports[mi]) {
			return false
		}
	}
	return len(c.cur) > 0
}

// firstFew is the first of an article's reports in an entry that a new
// report is compared with: an article that prints a sentence a thousand
// times is compared with a few copies, not with each.
func firstFew(cur []int32) []int32 { return cur[:min(len(cur), maxCompared)] }

// maxCompared is how many of its article's reports in an entry a report
// is compared with.
const maxCompared = 8

// contradicts reports whether two reports of one article cannot tell one
// happening: no kind in common, written dates apart, different countries
// or places, or one thing counted differently.
func contradicts(a, b *report) bool {
	if a.art == b.art && a.sent == b.sent && a.ev != b.ev {
		// Two events of one sentence are two of the happenings it
		// reports.
		return true
	}
	if a.kinds&b.kinds == 0 || a.date.explicit && b.date.explicit && !a.date.overlaps(b.date) {
		return true
	}
	if len(a.countries) > 0 && len(b.countries) > 0 && !intersects(a.countries, b.countries) ||
		len(a.places) > 0 && len(b.places) > 0 && !intersects(a.places, b.places) {
		return true
	}
	for i := range a.figs {
		for j := range b.figs {
			if a.figs[i].key == b.figs[j].key && relate(&a.figs[i], &b.figs[j]) != relSame {
				return true
			}
		}
	}
	return false
}

func repeatOf(a, b *report) bool {
	if contradicts(a, b) {
		return false
	}
	if a.whole == b.whole || jaccard(a.words, b.words) >= repeatWords {
		return true
	}
	// The things both count, all alike (contradicts ruled out the rest).
	var keys []string
	for i := range a.figs {
		if k := a.figs[i].key; !contains(keys, k) && slices.ContainsFunc(b.figs, func(f figure) bool { return f.key == k }) {
			keys = append(keys, k)
		}
	}
	switch len(keys) {
	case 0:
		return false
	case 1:
		return intersects(a.places, b.places) || intersects(a.networks, b.networks) ||
			intersects(a.agencies, b.agencies) && slices.Equal(a.countries, b.countries)
	}
	return true
}
