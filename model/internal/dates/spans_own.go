package dates

import (
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
)

// Span is one date expression of a sentence that dates its happening (not
// a saying's, not a background clause's), at bytes [Lo,Hi) of the
// sentence text. Chosen marks the expression the sentence's date is
// resolved from.
type Span struct {
	Lo, Hi int
	Date   story.Date
	Chosen bool
}

// Spans appends to dst the own date expressions of the sentence last
// resolved, when it has two or more: a sentence that reports several
// happenings may date each in its own clause. It appends nothing
// otherwise, so most sentences cost nothing.
func (r *Resolver) Spans(dst []Span) []Span {
	if len(r.own) < 2 {
		return dst
	}
	return append(dst, r.own...)
}

// Before returns, when the sentence last resolved is dated by an
// expression of its own and holds a sequence adverb before it, the bytes
// of that adverb and, as the span's Date, the date the sentence takes
// from its context without its own: the clause of the adverb tells what
// followed the story so far, not what the sentence goes on to date ("He
// was subsequently arrested …, and after contested extradition
// proceedings, was found extraditable in 2015").
func (r *Resolver) Before() (Span, bool) {
	if !r.beforeOK {
		return Span{}, false
	}
	sp := r.before
	sp.Date = r.toDate("", r.beforeW)
	return sp, true
}

// NamesHappening reports whether the sentence last resolved is dated by
// a happening it names rather than tells ("He has been incarcerated in
// the United States since his return on July 16"): the happening a
// sentence before it told without a date.
func (r *Resolver) NamesHappening() bool { return r.namesHappening }

// sequenceBefore records, for Before, the last sequence adverb written
// before the sentence's own date text.
func (r *Resolver) sequenceBefore(ts tokens, text string, ctx when) {
	lo := strings.Index(ts.Src, text)
	if lo < 0 {
		return
	}
	for i := 0; i < ts.N() && ts.Toks[i].End <= lo; i++ {
		if ts.is(i, lexicon.SequenceAdverbs) {
			r.before, r.beforeW, r.beforeOK = Span{Lo: ts.Toks[i].Start, Hi: ts.Toks[i].End}, ctx, true
		}
	}
}

// keepOwn records, for Spans, the sentence's own date expressions; chosen
// is the text the sentence's date was resolved from and date that date.
func (r *Resolver) keepOwn(d *dscan, chosen string, date story.Date) {
	r.own = r.own[:0]
	n := 0
	for k := range d.out {
		c := &d.out[k]
		if c.part == partDate && !c.saying && !c.background {
			n++
		}
	}
	if n < 2 {
		return
	}
	ts := d.ts
	for k := range d.out {
		c := &d.out[k]
		if c.part != partDate || c.saying || c.background || c.hi <= c.lo {
			continue
		}
		sp := Span{Lo: ts.Toks[c.lo].Start, Hi: ts.Toks[c.hi-1].End}
		text := ts.Span(c.lo, c.hi)
		if chosen != "" && containsSpan(ts.Src, chosen, sp.Lo, sp.Hi) {
			sp.Date, sp.Chosen = date, true
		} else {
			w := c.w
			w.ctx = false
			sp.Date = r.toDate(text, w)
		}
		r.own = append(r.own, sp)
	}
}

// containsSpan reports whether the chosen date text covers bytes
// [lo,hi) of src: it is a substring of src that starts at or before lo.
func containsSpan(src, chosen string, lo, hi int) bool {
	for i := 0; i+len(chosen) <= len(src); i++ {
		if i > lo {
			return false
		}
		if src[i:i+len(chosen)] == chosen && i+len(chosen) >= hi {
			return true
		}
	}
	return false
}
