package casefile

import (
	"cmp"
	"slices"
)

// Case returns the case of the articles added so far. It shares the
// stories but nothing the builder changes.
func (b *Builder) Case() *Case {
	c := &Case{Articles: articles(b.stories)}
	c.entryOf = make([][]int32, len(b.stories))
	for i, st := range b.stories {
		c.entryOf[i] = make([]int32, len(st.Events))
	}
	c.Entries = make([]Entry, len(b.clusters))
	for i := range b.clusters {
		c.Entries[i] = b.entry(&b.clusters[i])
	}
	slices.SortStableFunc(c.Entries, compareEntries)
	first, last := int32(math32), int32(-math32)
	for i := range c.Entries {
		e := &c.Entries[i]
		e.ID = i + 1
		for _, s := range e.Sources {
			c.entryOf[s.Article][s.Event] = int32(i)
		}
		if d := dateSpan(e.Date); d.ok {
			first, last = min(first, d.lo), max(last, d.hi)
		}
	}
	if first <= last {
		c.From, c.To = isoOf(first), isoOf(last)
	}
	c.Entities = caseEntities(b.stories)
	c.filter = newFilter(c)
	return c
}

const math32 = 1 << 30

// compareEntries orders the timeline like a story's events: dated entries
// by their first day, then by lead article and sentence; undated after.
func compareEntries(a, b Entry) int {
	da, db := dateSpan(a.Date), dateSpan(b.Date)
	if da.ok != db.ok {
		if da.ok {
			return -1
		}
		return 1
	}
	if da.ok && da.lo != db.lo {
		return cmp.Compare(da.lo, db.lo)
	}
	if a.Lead.Article != b.Lead.Article {
		return cmp.Compare(a.Lead.Article, b.Lead.Article)
	}
	return cmp.Compare(a.Lead.Sentence, b.Lead.Sentence)
}

// entry builds the entry of cluster cl.
func (b *Builder) entry(cl *cluster) Entry {
	src := func(ri int32) Source {
		r := &b.reports[ri]
		return Source{Article: int(r.art), Event: int(r.ev), Sentence: int(r.sent)}
	}
	// Report indices run in article order, then sentence order. The
	// lead is the first source in that order that writes its date, among
	// those whose date agrees with the entry's: a sentence that dates
	// another happening ("the April 9 search ... was part of an operation
	// that has seized ...") does not date this one. Without one, it is
	// the first that agrees.
	type member struct {
		ri     int32
		agrees bool
	}
	order := make([]member, len(cl.members))
	for i, ri := range cl.members {
		order[i] = member{ri, i == 0 || cl.links[i-1].rel != dateConflict && cl.links[i-1].rel != dateDiffer}
	}
	slices.SortFunc(order, func(x, y member) int { return cmp.Compare(x.ri, y.ri) })
	ms := make([]int32, len(order))
	e := Entry{Sources: make([]Source, len(order)), Kinds: cl.core.names()}
	lead := int32(-1)
	for i, m := range order {
		ms[i], e.Sources[i] = m.ri, src(m.ri)
		if !m.agrees || lead >= 0 && b.reports[lead].date.explicit {
			continue
		}
		if d := b.reports[m.ri].date; lead < 0 || d.ok && d.explicit {
			lead = m.ri
		}
	}
	e.Lead = src(lead)
	ev := &b.stories[e.Lead.Article].Events[e.Lead.Event]
	e.Summary, e.Date = ev.Summary, ev.Date
	for i, l := range cl.links {
		e.Why = append(e.Why, l.why(src(cl.members[i+1])))
	}
	for _, s := range e.Sources {
		ev := &b.stories[s.Article].Events[s.Event]
		e.Countries = union(e.Countries, ev.Countries)
		e.Places = union(e.Places, ev.Places)
		e.Agencies = union(e.Agencies, ev.Agencies)
		e.Networks = union(e.Networks, ev.Networks)
		e.Items = union(e.Items, ev.Items)
	}
	b.figures(&e, ms, cl.core)
	b.dateDisagreement(&e, ms)
	return e
}

// why turns a link into what a reader is shown.
func (l link) why(s Source) Why {
	w := Why{Source: s, Repeat: l.repeat, Kinds: l.common.names(), Figures: l.figs, Facets: l.facets,
		Wording: l.wording, Score: l.score}
	if l.days.ok {
		w.Days, w.Written = isoOf(l.days.lo), l.days.explicit
		if l.days.hi != l.days.lo {
			w.Days += "/" + isoOf(l.days.hi)
		}
	}
	return w
}
