package dates

import (
	"time"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/sentences"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// The story's anchor: its own day, which sentences without a date of their
// own take.

// anchorScanLimit bounds the look-ahead for the story's anchor day: the
// first days of a story are in its first paragraphs.
const anchorScanLimit = 64 << 10

// anchorParagraphs is how many prose paragraphs the anchor may come from:
// the lede and the paragraphs that complete it.
const anchorParagraphs = 3

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
		ts := newTokens(&tt, r.v, r.lists)
		r.lists = ts.lists[:0]
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
