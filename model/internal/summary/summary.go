// Package summary writes the short headline of an event's sentence that
// the timeline shows: the happening without its framing.
package summary

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
	"strings"
	"unicode"
	"unicode/utf8"
)

// summaryMax is the longest summary in bytes before it is cut; a timeline
// row shows about that much.
const summaryMax = 72

// summaryInput bounds how much of a sentence summarize reads: a headline
// comes from the front of a sentence, and the bound keeps the clause
// surgery linear on pathological input.
const summaryInput = 1000

// Summarize makes a short headline of an event sentence: the happening
// without the framing. It drops opening adverbials ("Meanwhile,", "Last
// year,"), parentheses, quotation marks, attributions ("X said that ...",
// ", prosecutors said", ", according to ..."), non-restrictive clauses
// (", which ...,"), and when still too long cuts at a clause boundary after
// the main verb, or at a word with "…".
func Summarize(text string, ix *lexicon.Index) string {
	sm := New(ix)
	return sm.Summarize(text)
}

// Summarize is Summarize with the summarizer's reused word buffer: a
// long story's summaries then cost their strings, not a word list each.
func (sm *Summarizer) Summarize(text string) string {
	out := sm.clauses(text)
	if out == "" || startsWithFragment(out) {
		// The clause surgery lost the head of the sentence: its plain
		// beginning is a better headline than a fragment or nothing.
		out = sm.plainHead(text)
	}
	return within(text, out)
}

// within returns s as a piece of text when text holds it: many summaries
// are their sentence cut short, and the story then keeps one copy of the
// words, not two.
func within(text, s string) string {
	if i := strings.Index(text, s); i >= 0 {
		return text[i : i+len(s)]
	}
	return s
}

// summaryHead is how much of a sentence plainHead keeps.
const summaryHead = 60

// plainHead is the beginning of text, about summaryHead bytes cut at a
// word, with "…" when cut; never empty for a text with any letter.
func (sm *Summarizer) plainHead(text string) string {
	sm.words = token.Fields(sm.words[:0], dropQuoteMarks(text))
	if len(sm.words) == 0 {
		sm.words = token.Fields(sm.words[:0], text)
	}
	ws := sm.words
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && b.Len()+1+len(w) > summaryHead {
			b.WriteString("…")
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == 0 && len(w) > summaryHead {
			cut := summaryHead
			for cut > 0 && !utf8.RuneStart(w[cut]) {
				cut--
			}
			w = w[:cut] + "…"
		}
		b.WriteString(w)
	}
	return capitalise(trimEnd(b.String()))
}

// startsWithFragment reports a summary that opens on a piece of a phrase
// rather than a subject: a time glued to its number ("1am and opened fire
// on the crowd").
func startsWithFragment(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch strings.ToLower(strings.TrimLeft(w, "0123456789:.")) {
	case "am", "pm", "a.m.", "p.m.", "h", "hrs":
		return true
	}
	return false
}

// clauses is the clause surgery of summarize.
func (sm *Summarizer) clauses(text string) string {
	s := strings.TrimSpace(text)
	if len(s) > summaryInput {
		cut := summaryInput
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if i := strings.LastIndexByte(s[:cut], ' '); i > 0 {
			cut = i
		}
		s = s[:cut]
	}
	s = dropParens(s)
	s = dropQuoteMarks(s)
	sm.words = token.Fields(sm.words[:0], s)
	ws := trimLast(sm.words)
	ws = sm.addingThat(ws)
	ws = sm.dropOpener(ws)
	ws = sm.leadingAttribution(ws)
	ws = sm.stripTrailingAttribution(ws)
	ws = dropNonRestrictive(ws)
	ws = trimLast(ws)
	if joinedLen(ws) > summaryMax {
		ws = sm.focusSubordinate(ws)
	}
	if joinedLen(ws) > summaryMax {
		ws = dropRelativeBeforeVerb(ws)
	}
	if joinedLen(ws) > summaryMax {
		ws = dropParticiples(ws)
	}
	if joinedLen(ws) > summaryMax {
		ws = dropWithAsides(ws, sm.firstTrigger(ws))
	}
	if joinedLen(ws) > summaryMax {
		ws = sm.shortenSubject(ws)
	}
	if len(ws) > 0 {
		ws[0] = capitalise(ws[0])
	}
	if joinedLen(ws) > summaryMax {
		return sm.cut(ws)
	}
	return strings.Join(ws, " ")
}

// New returns a summarizer over the lexicon's triggers.
func New(ix *lexicon.Index) Summarizer {
	if ix == nil {
		return Summarizer{v: new(lexicon.Vocab)}
	}
	return Summarizer{ix: ix, v: &ix.Words}
}

// Summarizer holds what the steps that look for the main verb need, and
// a word buffer reused from summary to summary. One goroutine uses it at
// a time.
type Summarizer struct {
	ix    *lexicon.Index
	v     *lexicon.Vocab
	words []string // reused by clauses; nothing keeps it past one call
}

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

// addingThat handles "There were no major incidents, police said, adding
// that the operation dismantled ...": the complement when it holds the
// happening and the main clause does not, else the main clause.
func (sm Summarizer) addingThat(ws []string) []string {
	for k := 1; k+1 < len(ws); k++ {
		if !endsComma(ws[k-1]) || lower(ws[k]) != "adding" || lower(ws[k+1]) != "that" {
			continue
		}
		main, comp := trimLast(ws[:k]), ws[k+2:]
		if sm.firstTrigger(comp) >= 0 && sm.firstTrigger(sm.stripTrailingAttribution(slicesClone(main))) < 0 {
			return comp
		}
		return main
	}
	return ws
}

func slicesClone(ws []string) []string { return append([]string(nil), ws...) }

// The words a headline is cut by come from the lexicon's word lists
// (data/lexicon/words/summary); these are their lookups.

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

func isAuxVerb(w string) bool {
	switch w {
	case "were", "was", "is", "are", "has", "have", "had":
		return true
	}
	return false
}

// dropOpener removes an opening adverbial or subordinate clause of up to
// ten words ending in a comma: "Meanwhile, ", "Last year, ", "Prior to the
// investigation, ", "Where several of the network's suppliers are based, ".
func (sm Summarizer) dropOpener(ws []string) []string {
	for range 2 {
		if len(ws) == 0 || !sm.isOpener(lower(ws[0])) && !sm.isSubordinator(lower(ws[0])) {
			return ws
		}
		i := -1
		for j := 0; j < len(ws) && j < 10; j++ {
			if endsComma(ws[j]) {
				i = j
				break
			}
		}
		if i < 0 || len(ws)-(i+1) < 3 {
			return ws
		}
		ws = ws[i+1:]
		// "According to the indictment, unsealed on Jan. 5, he ...": a
		// participle aside on the opener goes with it.
		if w := ws[0]; len(w) > 4 && strings.HasSuffix(w, "ed") && unicode.IsLower(rune(w[0])) {
			for j := 0; j < len(ws) && j < 8; j++ {
				if endsComma(ws[j]) {
					if len(ws)-(j+1) >= 3 {
						ws = ws[j+1:]
					}
					break
				}
			}
		}
	}
	return ws
}

// leadingAttribution turns "Dutch police and prosecutors said in a
// statement that they arrested 30 suspects" into "Dutch police and
// prosecutors arrested 30 suspects": the complement of an opening "X said
// (that)", with "they" replaced by X.
func (sm Summarizer) leadingAttribution(ws []string) []string {
	v := -1
	for i, w := range ws {
		if i > 7 || endsComma(w) {
			break
		}
		if i > 0 && sm.isSaidVerb(lower(w)) {
			v = i
			break
		}
	}
	if v < 0 {
		return ws
	}
	subject := ws[:v]
	c := v + 1
	for j := c; j < len(ws) && j <= c+6; j++ {
		if lower(ws[j]) == "that" {
			c = j + 1
			break
		}
	}
	if c == v+1 && lower(ws[v]) == "told" {
		// "told aid workers the boat had set off": the one told comes
		// before the clause, which opens on a determiner or a pronoun.
		for j := c + 1; j < len(ws) && j <= c+4; j++ {
			if endsComma(ws[j-1]) {
				break
			}
			if sm.clauseOpener(lower(ws[j])) {
				c = j
				break
			}
		}
	}
	if c == v+1 {
		// "said Tuesday investigators ...", "said on Tuesday ...".
		if c+1 < len(ws) && lower(ws[c]) == "on" && sm.isDayWord(lower(ws[c+1])) {
			c += 2
		} else if c < len(ws) && sm.isDayWord(lower(ws[c])) {
			c++
		}
	}
	if len(ws)-c < 3 {
		return ws
	}
	comp := ws[c:]
	// "while monitoring the messages, they were able to ..."
	switch lower(comp[0]) {
	case "while", "when", "after", "before", "although", "since", "because", "as", "if":
		for j := 1; j < len(comp) && j < 12; j++ {
			if endsComma(comp[j]) && len(comp)-j > 3 {
				comp = comp[j+1:]
				break
			}
		}
	}
	if len(comp) > 0 && len(subject) <= 6 && isSubjectPronoun(lower(comp[0])) {
		out := make([]string, 0, len(subject)+len(comp)-1)
		return append(append(out, subject...), comp[1:]...)
	}
	return comp
}

// isSubjectPronoun is a pronoun that stands for the one who said it:
// "The DEA said it seized ...".
func isSubjectPronoun(w string) bool {
	return w == "they" || w == "it" || w == "he" || w == "she"
}

// stripTrailingAttribution removes ", according to ...", ", prosecutors
// said" at the end and ", police said," inside.
func (sm Summarizer) stripTrailingAttribution(ws []string) []string {
	for k := 1; k+1 < len(ws); k++ {
		if lower(ws[k]) != "according" || lower(ws[k+1]) != "to" {
			continue
		}
		if endsComma(ws[k-1]) || len(ws)-k <= 8 {
			ws = trimLast(ws[:k])
			break
		}
	}
	for i := 0; i < len(ws); i++ {
		if !endsComma(ws[i]) {
			continue
		}
		// The segment after the comma, up to the next comma or the end.
		j := i + 1
		for j < len(ws) && !endsComma(ws[j]) {
			j++
		}
		seg := ws[i+1 : min(j+1, len(ws))]
		attr := false
		for k, w := range seg {
			if k > 0 && k <= 4 && sm.isSaidVerb(lower(w)) {
				attr = true
				break
			}
		}
		if !attr || len(seg) > 9 {
			continue
		}
		if j >= len(ws)-1 {
			return trimLast(ws[:i+1])
		}
		ws = append(slicesClone(ws[:i+1]), ws[j+1:]...)
		i--
	}
	return ws
}

// dropNonRestrictive removes ", which ...," and ", who ...," clauses, and
// a final ", which ...".
func dropNonRestrictive(ws []string) []string {
	return dropAsides(ws, func(ws []string, k int) bool {
		rel := lower(ws[k])
		return rel == "which" || rel == "who" || rel == "whose"
	})
}

// dropParticiples removes participial asides closed by a comma within a
// few words: ", working with the DEA,", ", including special units,".
func dropParticiples(ws []string) []string {
	return dropAsides(ws, func(ws []string, k int) bool {
		rel := lower(ws[k])
		if !strings.HasSuffix(rel, "ing") || len(rel) < 5 {
			return false
		}
		for j := k; j < len(ws) && j < k+8; j++ {
			if endsComma(ws[j]) {
				return true
			}
		}
		return false
	})
}

// dropWithAsides removes a "with" aside on the subject, before the first
// trigger t, closed by a comma within a few words: "the drugs, with an
// estimated street value of A$1.2bn, arrived". After the verb it may hold
// the figure itself: "the largest number of arrests, with 61, followed by".
func dropWithAsides(ws []string, t int) []string {
	return dropAsides(ws, func(ws []string, k int) bool {
		if lower(ws[k]) != "with" || t >= 0 && k > t {
			return false
		}
		for j := k; j < len(ws) && j < k+10; j++ {
			if endsComma(ws[j]) {
				return j+1 < len(ws)
			}
		}
		return false
	})
}

// dropAsides removes the comma-delimited segments whose first word starts
// reports, up to the next comma or the end.
func dropAsides(ws []string, starts func(ws []string, k int) bool) []string {
	for k := 1; k < len(ws); k++ {
		if !endsComma(ws[k-1]) || !starts(ws, k) {
			continue
		}
		j := k
		for j < len(ws) && !endsComma(ws[j]) {
			j++
		}
		head := slicesClone(ws[:k])
		head[k-1] = strings.TrimSuffix(head[k-1], ",")
		if j >= len(ws) {
			return head
		}
		ws = append(head, ws[j+1:]...)
		k--
	}
	return ws
}

// dropRelativeBeforeVerb shortens "About 200 searches that mobilized more
// than 1,500 officers, including special units, were carried out" to "About
// 200 searches were carried out".
func dropRelativeBeforeVerb(ws []string) []string {
	for i := 1; i < len(ws) && i < 8; i++ {
		if b := lower(ws[i]); b != "that" && b != "which" && b != "who" {
			continue
		}
		for j := i + 1; j+1 < len(ws) && j < i+20; j++ {
			if endsComma(ws[j]) && isAuxVerb(lower(ws[j+1])) {
				return append(slicesClone(ws[:i]), ws[j+1:]...)
			}
		}
		return ws
	}
	return ws
}

// focusSubordinate keeps only the clause with the happening when the
// first trigger lies past the cut inside a subordinate clause and the main
// clause before it has none.
func (sm Summarizer) focusSubordinate(ws []string) []string {
	t := sm.firstTrigger(ws)
	if t < 0 || joinedLen(ws[:t+1]) <= summaryMax {
		return ws
	}
	from := -1
	for i := 0; i < t; i++ {
		if sm.isSubordinator(lower(ws[i])) && !sm.timeAfter(ws, i+1) {
			from = i + 1
		}
	}
	if from <= 0 || t-from > 6 {
		return ws
	}
	return ws[from:]
}

// timesOfDay and monthNames are the lists timeAfter reads.
var (
	timesOfDay = lexicon.Set(lexicon.ClockTimes, lexicon.DayMoments)
	monthNames = lexicon.Set(lexicon.Months, lexicon.MonthAbbreviations)
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

// shortenSubject drops a long subject's prepositional tail: "Authorities in
// Belgium and three other countries dismantled" -> "Authorities dismantled".
func (sm Summarizer) shortenSubject(ws []string) []string {
	t := sm.firstTrigger(ws)
	if t < 5 {
		return ws
	}
	for i := 1; i < t && i <= 3; i++ {
		if endsComma(ws[i-1]) {
			return ws
		}
		if b := lower(ws[i]); b != "in" && b != "from" && b != "of" {
			continue
		}
		for _, w := range ws[i+1 : t] {
			if b := lower(w); endsComma(w) || sm.isSubordinator(b) || b == "that" || b == "which" || b == "who" {
				return ws
			}
		}
		// "residents of the town of Nysa were ordered": the verb's
		// auxiliaries stay.
		v := t
		for v-1 > i && isAuxVerb(lower(ws[v-1])) {
			v--
		}
		return append(slicesClone(ws[:i]), ws[v:]...)
	}
	return ws
}

// cut shortens ws to summaryMax: before the last clause word or comma that
// keeps the main verb, else at a word with "…".
func (sm Summarizer) cut(ws []string) string {
	t := sm.firstTrigger(ws)
	best := sm.clauseCut(ws, t)
	if best > 0 && (joinedLen(ws[:best]) >= 35 || t >= 0) {
		best = sm.backOff(ws, t, best)
		return strings.Join(trimLast(slicesClone(ws[:best])), " ")
	}
	return sm.hardCut(ws)
}

// clauseCut is the last place after the first trigger t where ws can be
// cut before a clause word or after a comma into a head of summaryMax or
// less, -1 if none.
func (sm Summarizer) clauseCut(ws []string, t int) int {
	best, n := -1, 0
	for p := 1; p < len(ws); p++ {
		n += len(ws[p-1])
		if p > 1 {
			n++
		}
		if n > summaryMax+1 {
			break
		}
		if p <= t || n < 20 {
			continue
		}
		if !endsComma(ws[p-1]) && !sm.isCutWord(lower(ws[p])) {
			continue
		}
		// A head ending in a word that needs more ("hidden", "the") backs
		// off to the last word that does not.
		q := p
		for q-1 > t && q > 1 && sm.isWeakEnd(lower(ws[q-1])) {
			q--
		}
		// The head ws[:q] once its last word loses its punctuation.
		last := trimEnd(ws[q-1])
		if n := joinedLen(ws[:q]) - len(ws[q-1]) + len(last); last != "" && n <= summaryMax && n >= 20 && !sm.isWeakEnd(lower(last)) {
			best = q
		}
	}
	return best
}

// backOff moves a clause cut at best back out of a list or a subordinate
// clause it would end inside.
func (sm Summarizer) backOff(ws []string, t, best int) int {
	// Do not end inside a list: "in cash, along with firearms", "in
	// cash, 15 guns": a cut at a comma, or at the "and" of a list, goes
	// back to the first comma after the verb.
	if cw := lower(ws[min(best, len(ws)-1)]); endsComma(ws[best-1]) || cw == "and" || cw == "or" {
		for p := max(t+1, 1); p < best; p++ {
			if endsComma(ws[p-1]) && joinedLen(ws[:p]) >= 20 {
				best = p
				break
			}
		}
	}
	// Do not end inside a subordinate clause before its verb ("... on
	// Sunday after a dam"): when the main clause stands on its own, end
	// before the subordinator.
	if best < len(ws) && sm.isCutWord(lower(ws[best])) && !endsComma(ws[best-1]) {
		for p := max(t+1, 1); p < best; p++ {
			if l := lower(ws[p]); (l == "after" || l == "when" || l == "because" || l == "while") &&
				joinedLen(ws[:p]) >= 35 && best-p <= 3 {
				best = p
				break
			}
		}
	}
	for p := max(t+1, 1); p+1 < best; p++ {
		l := lower(ws[p])
		if (l == "along" || l == "such") && (lower(ws[p+1]) == "with" || lower(ws[p+1]) == "as") || l == "including" {
			if joinedLen(ws[:p]) >= 20 {
				return p
			}
		}
	}
	return best
}

// hardCut cuts ws at a word, dropping words a headline cannot end on, and
// marks the cut with "…".
func (sm Summarizer) hardCut(ws []string) string {
	k, n := 0, 0
	for k < len(ws) && n+len(ws[k])+1 <= summaryMax {
		n += len(ws[k]) + 1
		k++
	}
	head := slicesClone(ws[:k])
	for len(head) > 1 && sm.isWeakEnd(lower(head[len(head)-1])) {
		head = head[:len(head)-1]
	}
	head = trimLast(head)
	if len(head) == 0 && len(ws) > 0 {
		// One giant word: cut it at a rune boundary.
		w := ws[0]
		c := min(len(w), summaryMax-1)
		for c > 0 && c < len(w) && !utf8.RuneStart(w[c]) {
			c--
		}
		head = []string{w[:c]}
	}
	return strings.Join(head, " ") + "…"
}
