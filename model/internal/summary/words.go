package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// The words of a summary: punctuation around them, and the lexicon's word
// lists (data/lexicon/words/summary) a headline is cut by.

// isTrigger reports whether word w (punctuation around it ignored) is a
// trigger or the first word of one.
func (sm Summarizer) isTrigger(w string) bool {
	if sm.ix == nil {
		return false
	}
	w = trimPunct(w)
	var buf [64]byte
	if len(w) > len(buf)/2 {
		return sm.ix.Triggers[token.Fold(w)]
	}
	return sm.ix.Triggers[string(token.AppendFold(buf[:0], w))]
}

// firstTrigger is the index of the first trigger word, or -1.
func (sm Summarizer) firstTrigger(ws []string) int {
	for i, w := range ws {
		if sm.isTrigger(w) {
			return i
		}
	}
	return -1
}

// trimPunct strips punctuation around a word.
func trimPunct(w string) string {
	a, b := 0, len(w)
	for a < b && w[a] < utf8.RuneSelf && !isAlnumByte(w[a]) {
		a++
	}
	for b > a && w[b-1] < utf8.RuneSelf && !isAlnumByte(w[b-1]) {
		b--
	}
	w = w[a:b]
	if w != "" && (w[0] >= utf8.RuneSelf || w[len(w)-1] >= utf8.RuneSelf) {
		return strings.TrimFunc(w, func(r rune) bool { return !token.IsAlnum(r) })
	}
	return w
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// lower is w without surrounding punctuation, lowercased and folded; it
// allocates only for words that are not already lowercase ASCII.
func lower(w string) string {
	w = trimPunct(w)
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return token.Fold(w)
		}
	}
	return w
}

func endsComma(w string) bool { return strings.HasSuffix(w, ",") }

func joinedLen(ws []string) int {
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	if n > 0 {
		n--
	}
	return n
}

// trimEnd removes trailing punctuation and spaces.
func trimEnd(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return r == '.' || r == ',' || r == ';' || r == ':' || r == '!' || r == '?' || r == '-' || r == '—' || r == '–' || token.IsSpace(r) || r == '\'' || r == '’'
	})
}

// trimLast strips trailing punctuation off the last word, dropping words
// that are only punctuation.
func trimLast(ws []string) []string {
	for len(ws) > 0 {
		last := ws[len(ws)-1]
		if token.IsInitialism(strings.TrimRight(last, ",;:")) {
			// "to the U.S." keeps the period of its abbreviation.
			ws[len(ws)-1] = strings.TrimRight(last, ",;:")
			return ws
		}
		if w := trimEnd(last); w != "" {
			ws[len(ws)-1] = w
			return ws
		}
		ws = ws[:len(ws)-1]
	}
	return ws
}

func dropParens(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return strings.TrimSpace(s[:i])
		}
		s = strings.TrimRight(s[:i], " ") + s[i+j+1:]
	}
}

// dropDashAsides removes asides set off by a pair of spaced dashes: "One
// of the objects - a sculpture stolen in 2009 - was listed" is "One of the
// objects was listed". A lone dash stays.
func dropDashAsides(s string) string {
	for _, d := range []string{" - ", " — ", " – "} {
		for {
			i := strings.Index(s, d)
			if i < 0 {
				break
			}
			j := strings.Index(s[i+len(d):], d)
			if j < 0 {
				break
			}
			s = s[:i] + " " + s[i+len(d)+j+len(d):]
		}
	}
	return s
}

func dropQuoteMarks(s string) string {
	if strings.IndexByte(s, '"') < 0 && !strings.Contains(s, "“") && !strings.Contains(s, "”") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r != '"' && r != '“' && r != '”' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func slicesClone(ws []string) []string { return append([]string(nil), ws...) }

// isOpener reports a word that starts an adverbial that frames rather
// than reports.
func (sm Summarizer) isOpener(w string) bool { return sm.v.Has(lexicon.SummaryOpeners, w) }

// isSaidVerb reports a verb of attribution.
func (sm Summarizer) isSaidVerb(w string) bool { return sm.v.Has(lexicon.AttributionVerbs, w) }

// isDayWord reports a weekday, "yesterday", "today" or "tonight".
func (sm Summarizer) isDayWord(w string) bool {
	return sm.v.Has(lexicon.Weekdays, w) || w == "yesterday" || w == "today" || w == "tonight"
}

// isSubordinator starts a clause that can carry the happening while the
// main clause only frames it ("The operation followed a crackdown when
// police broke ...").
func (sm Summarizer) isSubordinator(w string) bool { return sm.v.Has(lexicon.Subordinators, w) }

// isCutWord starts a clause or phrase a headline can end before.
func (sm Summarizer) isCutWord(w string) bool { return sm.v.Has(lexicon.CutWords, w) }

// isWeakEnd reports words that never end a headline.
func (sm Summarizer) isWeakEnd(w string) bool { return sm.v.Has(lexicon.WeakEnds, w) }

// clauseOpener is a word a reported clause can open on after "told X".
func (sm Summarizer) clauseOpener(w string) bool { return sm.v.Has(lexicon.ClauseOpeners, w) }

func (sm Summarizer) isAuxVerb(w string) bool { return sm.v.Has(lexicon.Auxiliaries, w) }

// timesOfDay and monthNames are the lists timeAfter reads.
var (
	timesOfDay = lexicon.Set(lexicon.ClockTimes, lexicon.DayMoments)
	monthNames = lexicon.Set(lexicon.Months, lexicon.MonthAbbreviations)
	timeWords  = lexicon.Set(lexicon.TimeUnits, lexicon.Seasons, lexicon.ClockTimes, lexicon.DayMoments, lexicon.Months, lexicon.MonthAbbreviations)
)

// timeAfter reports a time or day at word i: "after" before it is a
// preposition ("shortly after 2 a.m. Saturday"), not a clause.
func (sm Summarizer) timeAfter(ws []string, i int) bool {
	if i >= len(ws) || ws[i] == "" {
		return false
	}
	if c := ws[i][0]; c >= '0' && c <= '9' {
		return true
	}
	w := strings.TrimRight(lower(ws[i]), ",.;")
	if sm.v.OnAny(w, timesOfDay) {
		return true
	}
	// A month is written capitalised: "January", "Sept".
	if m := strings.TrimRight(ws[i], ",.;"); len(m) > 1 && m[0] >= 'A' && m[0] <= 'Z' {
		if l := token.LowerASCII(m); m[1:] == l[1:] && sm.v.OnAny(l, monthNames) {
			return true
		}
	}
	return sm.isDayWord(w)
}

// isParticiple reports a lower-case past participle: "carried", "led",
// "brought".
func (sm Summarizer) isParticiple(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || sm.v.Has(lexicon.IrregularParticiples, w)
}

// isRelative is a word that opens a relative clause.
func (sm Summarizer) isRelative(w string) bool { return sm.v.Has(lexicon.Relatives, w) }

// isTimeWord reports a word that makes an opening "This ...," or "Last
// ...," a time rather than a subject: "Last year,", "This morning,".
func (sm Summarizer) isTimeWord(w string) bool { return sm.v.OnAny(w, timeWords) || sm.isDayWord(w) }

// isYear reports a four-digit year, its punctuation ignored.
func isYear(w string) bool {
	w = trimPunct(w)
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isNumber reports a word made of digits: an age, "58,".
func isNumber(w string) bool {
	w = trimPunct(w)
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// verbLike reports a word that can be a clause's main verb: a trigger, an
// auxiliary, a past tense in -ed or a participle, or an irregular simple
// past ("ran", "took").
func (sm Summarizer) verbLike(w string) bool {
	return sm.isTrigger(w) || sm.isAuxVerb(w) || sm.isParticiple(w) || sm.isPastVerb(w)
}

// isPastVerb reports a lower-case irregular simple past: "ran", "began".
func (sm Summarizer) isPastVerb(w string) bool {
	return isLowerWord(w) && sm.v.Has(lexicon.PastVerbs, w)
}

func isConjunction(w string) bool { return w == "and" || w == "or" }

// verbNear reports a main verb at word i or, after an adverb, at i+1:
// "..., also pleaded guilty".
func (sm Summarizer) verbNear(ws []string, i int) bool {
	if sm.verbLike(lower(ws[i])) {
		return true
	}
	w := ws[i]
	return i+1 < len(ws) && isLowerWord(w) && !endsComma(w) && sm.verbLike(lower(ws[i+1]))
}

func isLowerWord(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }
