package dates

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/sentences"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
	"strings"
	"time"
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
	toks  []token.Token
	cands []dcand
}

// anchorScanLimit bounds the look-ahead for the story's anchor day: the
// first days of a story are in its first paragraphs.
const anchorScanLimit = 64 << 10

// anchorParagraphs is how many prose paragraphs the anchor may come from:
// the lede and the paragraphs that complete it.
const anchorParagraphs = 3

func NewResolver(doc story.Document, lex *lexicon.Lexicon) *Resolver {
	// The number-word filter is the lexicon index's, built once: a
	// resolver's own copy cost a pass over the number words and a
	// kilobyte per parse.
	nums, v := new(lexicon.NumFilter), new(lexicon.Vocab)
	if lex != nil {
		ix := lexicon.IndexOf(lex)
		nums, v = &ix.Nums, &ix.Words
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

// findAnchor looks through the body's paragraphs (up to the byline
// separator) for the first explicit date of day precision or finer.
func (r *Resolver) findAnchor(body string) when {
	if len(body) > anchorScanLimit {
		body = body[:anchorScanLimit]
	}
	ctx := when{prec: story.PrecisionUnknown}
	prose := 0
	// A saying's day ("…, Europol said on Thursday") is the anchor only
	// when no paragraph of the lede dates the happening itself ("The
	// raids, carried out on Tuesday and Wednesday"): the saying is
	// usually a day after what was said.
	saying := when{}
	// frame is the lede's span of the happening when it gives no day:
	// "Operation Safe Passage ran between January and March".
	frame := when{}
	for len(body) > 0 && prose < anchorParagraphs {
		line := body
		if nl := indexByte(body, '\n'); nl >= 0 {
			line, body = body[:nl], body[nl+1:]
		} else {
			body = ""
		}
		if isRule(line) {
			break
		}
		// Headlines, "Key points:" and bullets are not the main story: a
		// date in a later bullet must not date the ones before it.
		if !proseLine(line) {
			continue
		}
		// The dateline's own date ("QUITO, Jan 18 (Reuters) -") is the
		// filing day, not the happening's.
		if prose == 0 && r.lex != nil {
			_, next := sentences.Dateline(line, 0, len(line), lexicon.IndexOf(r.lex))
			line = line[next:]
		}
		prose++
		tt := token.Read(line, r.toks[:0])
		ts := tokens{&tt, r.v}
		d := dscan{r: r, ts: ts, ctx: ctx, out: r.cands[:0]}
		d.run()
		r.toks, r.cands = ts.Toks[:0], d.out[:0]
		if day, ok := r.anchorIn(d.out, ts, &saying, &frame); ok {
			return day
		}
	}
	// A month or a span that ends shortly before the saying (or the
	// publication) frames the story better than the saying's day: the
	// results an agency reports on Thursday happened between January and
	// March. A span ending long before is background; one reaching past
	// the saying ("so far this year", "since 2019") is no frame.
	ref := saying
	if !ref.known() && r.hasPub {
		ref = dayWhen(r.pub)
	}
	if frame.known() && ref.known() && !frame.end.IsZero() && frame.end.Before(ref.start) &&
		!frame.end.Add(frameGap).Before(ref.start) && frame.width() <= 366 {
		return frame
	}
	return saying
}

// anchorIn looks through a lede paragraph's dates for the anchor the
// resolver would pick: not a saying's, unless only a saying is dated. It
// records the first saying's day and the first span that frames the
// happening as it goes.
func (r *Resolver) anchorIn(cands []dcand, ts tokens, saying, frame *when) (when, bool) {
	for _, c := range cands {
		if c.part != partDate || c.w.ctx || c.w.vague || c.background || !c.w.known() {
			continue
		}
		if c.w.prec == story.PrecisionDay || c.w.prec == story.PrecisionTime || c.days {
			// A day well before the saying is a flashback, not the
			// happening the saying reports.
			if !c.saying && (!saying.known() || !c.w.start.Add(flashbackGap).Before(saying.start)) {
				// A paragraph that takes up the lede's happening ("The
				// drugs were found on Wednesday", "The raids, carried out
				// on Tuesday and Wednesday") dates it: the lede keeps its
				// saying's day no longer.
				if saying.known() && saying.start.After(c.w.start) && opensAnaphoric(ts) {
					r.ledeSaying = *saying
				}
				return c.w.dayOnly(), true
			}
			if !saying.known() {
				*saying = c.w.dayOnly()
			}
		}
		if !c.saying && (c.w.prec == story.PrecisionRange || c.w.prec == story.PrecisionMonth) && !frame.known() {
			*frame = c.w
		}
	}
	return when{}, false
}

// frameGap is how long before the saying a lede's span may end and still
// frame the story: a quarter.
const frameGap = 92 * 24 * time.Hour

// proseLine reports a paragraph of running text: not a bullet or numbered
// item, and ending a sentence.
func proseLine(line string) bool {
	t := trimSpace(line)
	if t == "" {
		return false
	}
	switch {
	case t[0] == '*' || t[0] == '-' || len(t) >= 3 && t[:3] == "•":
		return false
	case t[0] >= '0' && t[0] <= '9' && len(t) > 1 && (t[1] == '.' || t[1] == ')'):
		return false
	}
	for len(t) > 0 {
		c := t[len(t)-1]
		switch {
		case c == '.' || c == '!' || c == '?':
			return true
		case c == '"' || c == '\'' || c == ')':
			t = t[:len(t)-1]
		case len(t) >= 3 && (t[len(t)-3:] == "”" || t[len(t)-3:] == "’"):
			t = t[:len(t)-3]
		default:
			return false
		}
	}
	return false
}

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// isRule reports the "___" line that separates a story from its byline.
func isRule(line string) bool {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '_':
			n++
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return n >= 3
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
	ts := tokens{t, r.v}
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
	r.remember(s, ts, &d, w, own, flash)
	r.prev, r.prevOK, r.prevPara, r.prevFlash = w, w.known() && !w.vague, s.Paragraph, flash
	return r.toDate(text, w)
}

// context returns the date a sentence inherits when it has no date of its
// own (and the day a bare time of day falls on), and whether that date is a
// flashback.
//
// The rule: context only ever comes from before, never from a later
// sentence (only the story's anchor is found ahead). A sentence continues
// the previous one, and takes its date, when it opens anaphorically — with
// a pronoun ("It", "They", "There") or a definite noun phrase naming the
// happening ("The investigation", "The operation", "The raid", "The
// network", "The searches") — or when it sits in the same paragraph and
// does not open a new topic ("Meanwhile", "Separately", "Elsewhere", "In
// another case"). A flashback date (well before the anchor, or in the past
// perfect: see flashback) decays faster: only a pronoun or a definite noun
// the previous sentence used ("One shipment … in October. The shipment …")
// carries it; "The defendants face charges" returns to the story's present.
// A past-perfect sentence without a date ("Officers had arrested him at
// 6:45 a.m.") recalls the latest background day before the date it would
// otherwise take. Otherwise a sentence takes the story's anchor: the first
// explicit day of the story, else the publication day. A carried time
// keeps only its day; a vague or unresolved previous date is never carried.
func (r *Resolver) context(s story.Sentence, ts tokens) (when, bool) {
	w, flash := r.anchorCtx(), false
	if r.prevOK && r.continues(s, ts) {
		w, flash = r.prev.dayOnly(), r.prevFlash
		w.ctx = true
	}
	if r.lastBackOK && w.known() && r.lastBack.start.Before(w.start) && ts.pastPerfect() >= 0 {
		w, flash = r.lastBack, true
		w.ctx = true
	}
	return w, flash
}

// anchorCtx is the story's anchor as a context date.
func (r *Resolver) anchorCtx() when {
	if r.anchor.known() {
		w := r.anchor
		w.ctx = true
		return w
	}
	return when{prec: story.PrecisionUnknown, note: noPublicationDate, ctx: true}
}

// continues reports whether sentence s carries on the previous sentence.
func (r *Resolver) continues(s story.Sentence, ts tokens) bool {
	i := 0
	for i < ts.N() && ts.Kind(i) == token.Punct {
		i++
	}
	// Connectives do not change what the sentence is about.
	if ts.v.Has(lexicon.Connectives, ts.W(i)) {
		i++
		if ts.W(i) == "," {
			i++
		}
	}
	w := ts.W(i)
	if ts.newTopic(w) && w != "in" && w != "previously" || w == "in" && (ts.W(i+1) == "another" ||
		ts.W(i+1) == "other" || ts.W(i+1) == "a" && ts.W(i+2) == "separate") {
		return false
	}
	if ts.anaphoricPronoun(w) {
		return true
	}
	switch w {
	case "the", "this", "that", "these", "those", "such":
		for j := i + 1; j <= i+4 && j < ts.N(); j++ {
			if n := ts.W(j); ts.anaphoricNoun(n) {
				if !r.prevFlash || ts.happeningNoun(n) {
					return true
				}
				if r.mentionedBefore(n) || len(n) > 3 && n[len(n)-1] == 's' && r.mentionedBefore(n[:len(n)-1]) {
					return true
				}
			}
			if !ts.IsWord(j) && ts.W(j) != "-" {
				break
			}
		}
	}
	if !r.prevFlash && r.refersBack(ts) {
		return true
	}
	return !r.prevFlash && s.Paragraph > 0 && s.Paragraph == r.prevPara
}

// onlySaying reports a sentence dated by a saying alone: every date it
// has is a saying's ("…, police said on Thursday").
func (d *dscan) onlySaying() bool {
	say := false
	for k := range d.out {
		c := &d.out[k]
		if c.part != partDate || c.background {
			continue
		}
		if !c.saying {
			return false
		}
		say = true
	}
	return say
}

// opensAnaphoric reports a sentence that opens by taking up what came
// before: a pronoun ("It", "They") or a definite noun phrase naming the
// happening or its things ("The drugs", "The raids, carried out …").
func opensAnaphoric(ts tokens) bool {
	i := 0
	for i < ts.N() && ts.Kind(i) == token.Punct {
		i++
	}
	w := ts.W(i)
	if w != "there" && w != "such" && ts.anaphoricPronoun(w) {
		return true
	}
	if w != "the" && w != "this" && w != "these" && w != "those" {
		return false
	}
	for j := i + 1; j <= i+4 && j < ts.N() && ts.IsWord(j); j++ {
		if ts.anaphoricNoun(ts.W(j)) {
			return true
		}
	}
	return false
}

// refersBack reports a sentence that points at the previous one's
// happening or place with a definite phrase anywhere in it: "Three
// suspects were arrested during the raids" (after "raided forest farms
// last weekend"), "Officers recovered a handgun from the apartment" (after
// "arrested Hill … at an apartment complex"). Only the previous sentence
// is looked at, so a definite phrase costs one bounded search.
func (r *Resolver) refersBack(ts tokens) bool {
	for j := 0; j+2 < ts.N(); j++ {
		if ts.W(j+1) != "the" {
			continue
		}
		n := ts.W(j + 2)
		switch ts.W(j) {
		case "during", "after", "in":
			if ts.v.Has(lexicon.RecalledHappenings, n) {
				return r.mentionedBefore(n) || len(n) > 4 && r.mentionedBefore(n[:len(n)-1]) || r.mentionedBefore(stemEd(n))
			}
		case "from", "at", "inside":
			if len(n) > 3 && ts.IsWord(j+2) && !ts.Capital(j+2) && !ts.v.StopWord(n) && r.mentionedBefore(n) {
				return true
			}
		}
	}
	return false
}

// stemEd is the past form a happening noun's verb takes: "raids" →
// "raided", "searches" → "searched", "" when there is none to build.
func stemEd(n string) string {
	n = strings.TrimSuffix(n, "es")
	n = strings.TrimSuffix(n, "s")
	if len(n) < 3 {
		return ""
	}
	if n[len(n)-1] == 'e' {
		return n + "d"
	}
	return n + "ed"
}

// choose picks the sentence's date among its candidates: dates of saying
// only when nothing else dates the sentence, the narrowest date first, and
// a time of day joined to its day (or to the context day).
func (d *dscan) choose() (string, when, bool) {
	best, bestSay, clock, clockSay := d.candidates()
	// "… was intercepted … at around 3 a.m., the spokesperson said in a
	// briefing on Saturday": the time is the happening's, the day the
	// saying's; the time then goes on the context day.
	sayDayOwnClock := best < 0 && bestSay >= 0 && clock >= 0 && d.ctx.known() &&
		(d.ctx.prec == story.PrecisionDay || d.ctx.prec == story.PrecisionTime)
	if best < 0 && !sayDayOwnClock {
		best = bestSay
	}
	if clock < 0 {
		clock = clockSay
	}
	ts := d.ts
	if best >= 0 {
		b := d.out[best]
		if clock >= 0 && b.w.prec == story.PrecisionDay && b.w.known() {
			t := d.out[clock]
			w := joinTime(b.w, t)
			lo, hi := b.lo, b.hi
			if gap := t.lo - b.hi; gap >= 0 && gap <= 1 || (b.lo-t.hi >= 0 && b.lo-t.hi <= 1) {
				lo, hi = min(b.lo, t.lo), max(b.hi, t.hi)
			}
			return ts.Span(lo, hi), w, true
		}
		return ts.Span(b.lo, b.hi), b.w, true
	}
	if clock >= 0 {
		t := d.out[clock]
		return ts.Span(t.lo, t.hi), d.clockOnContext(t), true
	}
	return "", when{}, false
}

// candidates picks, among the sentence's date expressions, the narrowest
// date and the narrowest saying's date, and the first time of day of the
// happening and of a saying; -1 for each that is missing.
func (d *dscan) candidates() (best, bestSay, clock, clockSay int) {
	best, bestSay, clock, clockSay = -1, -1, -1, -1
	for k := range d.out {
		c := &d.out[k]
		switch {
		case c.part != partDate:
			switch {
			case !c.saying && clock < 0:
				clock = k
			case c.saying && clockSay < 0:
				clockSay = k
			}
		case c.background:
		case c.saying:
			if bestSay < 0 || c.w.width() < d.out[bestSay].w.width() {
				bestSay = k
			}
		case best < 0 || narrower(c.w, d.out[best].w):
			best = k
		}
	}
	return best, bestSay, clock, clockSay
}

// clockOnContext places a time of day with no day of its own on the
// context day.
func (d *dscan) clockOnContext(t dcand) when {
	base := d.ctx
	var w when
	switch {
	case base.known() && (base.prec == story.PrecisionDay || base.prec == story.PrecisionTime):
		w = joinTime(base, t)
	case base.known():
		w = base
		w.note = "time of day on a day the text does not give"
	default:
		w = when{prec: story.PrecisionTime, note: noPublicationDate}
		if t.part == partDay {
			w.prec = story.PrecisionDay
		}
	}
	w.ctx = true
	return w
}

// narrower reports whether a is a narrower date than b. Two calendar
// months or two years are equally narrow whatever their lengths: "Last
// year (2024, a leap year) …, compared with … in 2023" keeps the first.
func narrower(a, b when) bool {
	if a.prec == b.prec && (a.prec == story.PrecisionYear || a.prec == story.PrecisionMonth) {
		return false
	}
	return a.width() < b.width()
}

// joinTime places a time of day (or a part of the day) on a day.
func joinTime(day when, t dcand) when {
	w := day.dayOnly()
	w.ctx = day.ctx
	if t.part == partDay {
		if w.note == "" {
			w.note = t.w.note
		}
		return w
	}
	at := w.start.Add(time.Duration(t.hh)*time.Hour + time.Duration(t.mm)*time.Minute)
	w = when{prec: story.PrecisionTime, start: at, end: at, clock: true, ctx: day.ctx}
	if t.approx {
		w.note = "approximate time"
	}
	return w
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
