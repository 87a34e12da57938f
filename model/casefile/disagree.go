package casefile

import (
	"strings"

	"dossier/model"
)

// version is one figure or date of an entry as some of its sources give
// it.
type version struct {
	fig    figure
	date   span
	claims []Claim
}

// figures fills the entry's figures and figure disagreements from its
// reports ms. Each report gives, per key, its largest figure; reports
// whose figures are the same, however written, are one version. The
// entry's figure is the version most articles give, the earliest on a
// tie: an article that repeats a sentence reports its figure once.
// A count of another kind of happening than the entry's core ("four
// arrests" in a sentence merged as a seizure) is that other happening's
// figure, not this one's.
func (b *Builder) figures(e *Entry, ms []int32, core kindSet) {
	var keys []string
	for _, ri := range ms {
		for i := range b.reports[ri].figs {
			k := b.reports[ri].figs[i].key
			if ck := b.reports[ri].figs[i].kind; ck != 0 && ck&core == 0 || contains(keys, k) {
				continue
			}
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		var vs []version
		for _, ri := range ms {
			r := &b.reports[ri]
			f := r.largest(k)
			if f == nil {
				continue
			}
			cl := Claim{Source: Source{int(r.art), int(r.ev), int(r.sent)}, Text: f.text, Start: f.start, End: f.end}
			// A claim quotes the article, bracketed conversion and all,
			// where the figure's own text leaves that out.
			if body := b.stories[r.art].Doc.Body; f.end > 0 && f.start >= 0 && f.start < f.end && f.end <= len(body) {
				cl.Text = body[f.start:f.end]
			}
			i := 0
			for i < len(vs) && relate(f, &vs[i].fig) != relSame {
				i++
			}
			if i == len(vs) {
				vs = append(vs, version{fig: *f})
			}
			vs[i].claims = append(vs[i].claims, cl)
		}
		best, most := 0, 0
		for i := range vs {
			if n := vs[i].articles(); n > most {
				best, most = i, n
			}
		}
		f := &vs[best].fig
		e.Figures = append(e.Figures, Figure{Key: k, What: f.label, Unit: f.unit, Value: f.value, Qualifier: f.qual,
			Text: f.text, From: vs[best].claims[0].Source, Reports: most, Disputed: len(vs) > 1})
		if len(vs) < 2 {
			continue
		}
		d := Disagreement{Kind: DisagreeBound, What: k}
		for i := range vs {
			if relate(&vs[i].fig, &vs[0].fig) != relSame && relate(&vs[i].fig, &vs[0].fig) != relBound {
				d.Kind = DisagreeFigure
			}
			d.Sides = append(d.Sides, Side{Value: vs[i].fig.text, Claims: vs[i].claims})
		}
		e.Disagreements = append(e.Disagreements, d)
	}
}

// dateDisagreement records the written dates of the entry's reports ms
// when two of them do not overlap. Carried dates are no one's claim.
func (b *Builder) dateDisagreement(e *Entry, ms []int32) {
	var vs []version
	for _, ri := range ms {
		r := &b.reports[ri]
		if !r.date.ok || !r.date.explicit {
			continue
		}
		src := Source{int(r.art), int(r.ev), int(r.sent)}
		ev := &b.stories[r.art].Events[r.ev]
		cl := Claim{Source: src, Text: ev.Date.Text}
		if sents := b.stories[r.art].Sentences; ev.Date.Text != "" && r.sent >= 1 && int(r.sent) <= len(sents) {
			s := &sents[r.sent-1]
			if i := strings.Index(s.Text, ev.Date.Text); i >= 0 {
				cl.Start, cl.End = s.Start+i, s.Start+i+len(ev.Date.Text)
			}
		}
		i := 0
		for i < len(vs) && (vs[i].date.lo != r.date.lo || vs[i].date.hi != r.date.hi) {
			i++
		}
		if i == len(vs) {
			vs = append(vs, version{date: r.date})
			vs[i].fig.text = model.FormatDate(ev.Date)
		}
		vs[i].claims = append(vs[i].claims, cl)
	}
	apart := false
	for i := range vs {
		for j := i + 1; j < len(vs); j++ {
			apart = apart || !vs[i].date.overlaps(vs[j].date)
		}
	}
	if !apart {
		return
	}
	d := Disagreement{Kind: DisagreeDate, What: "date"}
	for _, v := range vs {
		d.Sides = append(d.Sides, Side{Value: v.fig.text, Claims: v.claims})
	}
	e.Disagreements = append(e.Disagreements, d)
}

// articles counts the articles of the version's claims, which are in
// article order.
func (v *version) articles() int {
	n := 0
	for i, cl := range v.claims {
		if i == 0 || cl.Source.Article != v.claims[i-1].Source.Article {
			n++
		}
	}
	return n
}

func contains(vs []string, v string) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}
