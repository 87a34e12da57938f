package dates

import (
	"time"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Resolver resolves the temporal expressions of a story sentence by
// sentence against the publication date, carrying context from sentence to
// sentence the way HeidelTime does for news.
//
// Decisions, in the order resolve applies them:
//
//   - Expressions resolve against the publication day, never the clock. A
//     weekday is the most recent such day on or before publication ("on
//     Tuesday" in a Tuesday paper is that day), or the next one in a
//     future-tense sentence; a month or day without a year likewise.
//     Without a publication date, relative expressions keep their
//     precision with nil start/end and Note "no publication date";
//     absolute ones ("March 9, 2021", "in 2019") still resolve.
//   - Date.Text is the expression exactly as written, with the
//     preposition that introduces it ("on Tuesday", "in July last year",
//     "during their two-year investigation").
//   - A date next to a verb of saying ("said Tuesday", "said in a statement
//     on Tuesday", "told AP on Monday") dates the saying: it is used only
//     when the sentence has no other date. A date inside a non-restrictive
//     relative clause (", which began in January") dates something else
//     and is not used (the sentence takes its context date instead),
//     except a time of day, which still places the event on its day.
//   - Of several dates the most specific (narrowest) wins, the first of
//     equals; a time of day joins the day it belongs to ("at 5 a.m. on
//     Tuesday").
//   - "N weeks after <an event>" measures from an event the text does not
//     date, so it is no date; "a week earlier", "two days later" shift the
//     context date.
//   - Vague expressions ("recently", "prior to the investigation",
//     "earlier", "in the past", "for years") are basis explicit, precision
//     unknown, start/end nil, Note "vague: ...": the sentence says when,
//     only not on a calendar.
//   - Spans: "a two-year investigation", "for two years", "over the past
//     six months" are ranges ending at publication; "since 2019" runs from
//     then to publication.
//   - A time of day with no day in the sentence ("around five in the
//     morning") is placed on the context day: precision time, basis
//     context, Note "approximate time" when hedged. So are "the following
//     day", "a week earlier", "that day": basis context.
//   - A sentence without any expression takes the context date (Text "",
//     basis context); see context for the rule.
type Resolver struct {
	doc    story.Document
	lex    *lexicon.Lexicon
	pub    time.Time // publication day, UTC midnight
	hasPub bool
	// anchor is the story's own day: the first explicit day (or finer) in
	// the story, else the publication day; zero when neither exists.
	anchor   when
	prev     when
	prevOK   bool
	prevPara int
	// prevFlash: the previous date is a flashback, which only a sentence
	// that plainly continues it ("It", "The shipment") inherits.
	prevFlash bool
	prevLow   string // the previous sentence, lowercased
	// lastBack is the latest background day (a flashback or a "began
	// when … on March 3, 2022" clause): what a past-perfect sentence
	// without a date of its own recalls.
	lastBack   when
	lastBackOK bool
	// ledeSaying is the day the lede's saying is dated ("…, the interior
	// minister said on Thursday") when a later lede paragraph takes up
	// the happening and dates it ("The drugs were found on Wednesday"):
	// until that paragraph, a sentence dated only by that saying takes
	// the anchor instead. Zero otherwise, and once the anchor is reached.
	ledeSaying when
	// The last date string iso made, and what it was made from.
	lastT     time.Time
	lastClock bool
	lastISO   *string
	// lastDay is the last day (or time, kept as its day) a sentence
	// named, not a saying's or a background clause's: what "the
	// following day" counts from; zero until one is named.
	lastDay when
	// named maps a capitalized word to the date of the sentence that
	// dated it, for "when the ANOM operation was revealed": an index into
	// namedDates, which holds each such date once (a date per word made
	// the map five times larger).
	named      map[string]int
	namedDates []when
	nums       *lexicon.NumFilter
	v          *lexicon.Vocab
	// Scratch buffers reused from sentence to sentence.
	lists []lexicon.ListSet
	toks  []token.Token
	cands []dcand
	// own is the last sentence's own date expressions (see Spans).
	own []Span
	// before is the last sentence's sequence adverb written before its
	// own date, and the context date that adverb dates its clause by
	// (see Before); beforeOK when it has one.
	before   Span
	beforeW  when
	beforeOK bool
	// namesHappening: the last sentence's date is that of a happening
	// it names (see NamesHappening).
	namesHappening bool
}

func NewResolver(doc story.Document, lex *lexicon.Lexicon) *Resolver {
	// The number-word filter is the lexicon index's, built once: a
	// resolver's own copy cost a pass over the number words and a
	// kilobyte per parse.
	var nums *lexicon.NumFilter
	var v *lexicon.Vocab
	if lex != nil {
		ix := lexicon.IndexOf(lex)
		nums, v = &ix.Nums, &ix.Words
	} else {
		nums, v = new(lexicon.NumFilter), new(lexicon.Vocab)
	}
	r := &Resolver{doc: doc, lex: lex, nums: nums, v: v}
	if doc.HasPublished() {
		p := doc.Published.UTC()
		r.pub, r.hasPub = civil(p.Year(), int(p.Month()), p.Day()), true
	}
	r.anchor = r.findAnchor(doc.Body)
	if !r.anchor.known() && r.hasPub {
		r.anchor = dayWhen(r.pub)
	}
	return r
}

// Resolve returns the date of the happening sentence s reports. It must be
// called for every story sentence in article order: it carries context.
func (r *Resolver) Resolve(s story.Sentence) story.Date {
	ts := token.Read(s.Text, r.toks[:0])
	r.toks = ts.Toks[:0]
	return r.ResolveTokens(s, &ts)
}

// ResolveTokens is Resolve on a sentence already cut into reading
// tokens.
func (r *Resolver) ResolveTokens(s story.Sentence, t *token.Text) story.Date {
	ts := newTokens(t, r.v, r.lists)
	r.lists = ts.lists[:0]
	ctx, ctxFlash := r.context(s, ts)
	d := dscan{r: r, ts: ts, ctx: ctx, ctxFlash: ctxFlash, out: r.cands[:0]}
	d.run()
	r.cands = d.out[:0]
	text, w, found := d.choose()
	if r.ledeSaying.known() {
		switch {
		case found && !w.ctx && w.start.Equal(r.anchor.start):
			r.ledeSaying = when{}
		case found && d.onlySaying() && w.start.Equal(r.ledeSaying.start):
			text, w = "", r.anchorCtx()
		}
	}
	if !found {
		w = d.ctx
		if rw, ok := r.revealClause(ts); ok {
			// "when the ANOM operation was revealed": that event's date,
			// else the anchor, never a carried date.
			w = r.anchorCtx()
			if rw.known() {
				w = rw
				w.ctx = true
			}
		}
	}
	own := found && !w.ctx
	flash := false
	if own {
		flash = r.flashback(w, ts)
	} else if found || w.known() {
		// A sentence that inherits a flashback continues the flashback.
		flash = d.ctxFlash
	}
	r.namesHappening = own && d.happening[1] > d.happening[0] && text == ts.Span(d.happening[0], d.happening[1])
	r.beforeOK = false
	if own && text != "" {
		r.sequenceBefore(ts, text, d.ctx)
	}
	r.remember(s, ts, &d, w, own, flash)
	r.prev, r.prevOK, r.prevPara, r.prevFlash = w, w.known() && !w.vague, s.Paragraph, flash
	date := r.toDate(text, w)
	r.keepOwn(&d, text, date)
	return date
}

// iso is t as the export writes it ("2021-03-09", or "2021-03-09T05:00"
// with clock). Most sentences carry the date of the one before, so the
// last string is given again rather than a copy per event: on a long
// article of short sentences the copies were a tenth of the story.
func (r *Resolver) iso(t time.Time, clock bool) *string {
	if r.lastISO != nil && r.lastClock == clock && r.lastT.Equal(t) && r.lastT.Location() == t.Location() {
		return r.lastISO
	}
	s := isoDay(t)
	if clock {
		s = isoTime(t)
	}
	r.lastT, r.lastClock, r.lastISO = t, clock, &s
	return &s
}

// toDate turns a resolved date into the exported Date.
func (r *Resolver) toDate(text string, w when) story.Date {
	d := story.Date{Text: text, Precision: w.prec, Note: w.note}
	if d.Precision == "" {
		d.Precision = story.PrecisionUnknown
	}
	if w.known() {
		d.Start = r.iso(w.start, w.clock)
		if !w.end.IsZero() {
			d.End = r.iso(w.end, w.clock)
		}
	}
	switch {
	case text != "" && !w.ctx:
		d.Basis = story.BasisExplicit
	case w.known() || text != "":
		d.Basis = story.BasisContext
	default:
		d.Basis = story.BasisNone
	}
	return d
}
