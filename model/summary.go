package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// summaryMax is the longest summary in bytes before it is cut; a timeline
// row shows about that much.
const summaryMax = 72

// summaryInput bounds how much of a sentence summarize reads.
const summaryInput = 1000

// summarize makes a short headline of an event sentence: the happening
// without the framing. It drops opening adverbials ("Meanwhile,", "Last
// year,"), parentheses, quotation marks, attributions ("X said that ...",
// ", prosecutors said", ", according to ..."), non-restrictive clauses
// (", which ...,"), and when still too long cuts at a clause boundary after
// the main verb, or at a word with "…".
func summarize(text string, ix *lexIndex) string {
	s := strings.TrimSpace(text)
	// A headline comes from the front of a sentence; a bound keeps the
	// clause surgery below linear on pathological input.
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
	s = trimEnd(s)
	if i := strings.Index(s, ", adding that "); i > 0 {
		main, comp := s[:i], s[i+len(", adding that "):]
		if hasTrigger(comp, ix) && !hasTrigger(stripTrailingAttribution(main), ix) {
			s = comp
		} else {
			s = main
		}
	}
	s = dropOpener(s)
	s = leadingAttribution(s)
	s = stripTrailingAttribution(s)
	s = dropNonRestrictive(s)
	s = trimEnd(s)
	if len(s) > summaryMax {
		s = focusSubordinate(s, ix)
	}
	if len(s) > summaryMax {
		s = dropRelativeBeforeVerb(s)
	}
	if len(s) > summaryMax {
		s = shortenSubject(s, ix)
	}
	s = capitalise(s)
	if len(s) > summaryMax {
		s = cutAtClause(s, ix)
	}
	return trimEnd(s)
}

// words splits on spaces, keeping punctuation on the words.
func words(s string) []string { return strings.Fields(s) }

// bare is a word folded and stripped of surrounding punctuation.
func bare(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !isAlnumRune(r) })
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return foldString(w)
		}
	}
	return w
}

func hasTrigger(s string, ix *lexIndex) bool { return triggerEnd(s, ix) >= 0 }

// triggerEnd is the byte offset after the first trigger word of s, or -1.
func triggerEnd(s string, ix *lexIndex) int {
	if ix == nil {
		return -1
	}
	pos := 0
	for _, w := range strings.SplitAfter(s, " ") {
		pos += len(w)
		if ix.triggers[bare(w)] {
			return pos - len(w) + len(strings.TrimRight(w, " "))
		}
	}
	return -1
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
	if !strings.ContainsAny(s, "\"“”") {
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

// trimEnd removes trailing punctuation and spaces.
func trimEnd(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return r == '.' || r == ',' || r == ';' || r == ':' || r == '!' || r == '?' || r == '-' || r == '—' || r == '–' || isSpaceRune(r) || r == '\'' || r == '’'
	})
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// isOpener start an adverbial that frames rather than reports.
func isOpener(w string) bool {
	switch w {
	case "meanwhile", "however", "separately", "also", "additionally", "earlier", "later", "last",
		"this", "next", "on", "in", "at", "during", "after", "before", "since", "prior", "according",
		"following", "with", "under", "as", "by", "yesterday", "today", "overnight", "then", "now",
		"while", "when", "although", "because", "if", "once", "previously", "subsequently",
		"finally", "instead", "still":
		return true
	}
	return false
}

// dropOpener removes an opening adverbial of up to ten words ending in a
// comma: "Meanwhile, ", "Last year, ", "Prior to the investigation, ".
func dropOpener(s string) string {
	for range 2 {
		i := strings.IndexByte(s, ',')
		if i < 0 {
			return s
		}
		ws := words(s[:i])
		if len(ws) == 0 || len(ws) > 10 || !isOpener(bare(ws[0])) {
			return s
		}
		rest := strings.TrimSpace(s[i+1:])
		if len(words(rest)) < 3 {
			return s
		}
		s = rest
	}
	return s
}

func isSaidVerb(w string) bool {
	switch w {
	case "said", "says", "say", "announced", "reported", "told", "added", "stated", "confirmed",
		"explained", "noted", "claimed", "alleged", "revealed", "disclosed":
		return true
	}
	return false
}

func isDayWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
		"today", "tonight":
		return true
	}
	return false
}

// leadingAttribution turns "Dutch police and prosecutors said in a
// statement that they arrested 30 suspects" into "Dutch police and
// prosecutors arrested 30 suspects": the complement of an opening "X said
// (that)", with "they" replaced by X.
func leadingAttribution(s string) string {
	ws := words(s)
	v := -1
	for i, w := range ws {
		if i > 7 || strings.HasSuffix(w, ",") {
			break
		}
		if i > 0 && isSaidVerb(bare(w)) && w == strings.TrimRight(w, ",") {
			v = i
			break
		}
	}
	if v < 0 {
		return s
	}
	subject := strings.Join(ws[:v], " ")
	c := v + 1
	for j := c; j < len(ws) && j <= c+6; j++ {
		if bare(ws[j]) == "that" {
			c = j + 1
			break
		}
	}
	if c == v+1 {
		// "said Tuesday investigators ...", "said on Tuesday ...".
		if c < len(ws) && bare(ws[c]) == "on" && c+1 < len(ws) && isDayWord(bare(ws[c+1])) {
			c += 2
		} else if c < len(ws) && isDayWord(bare(ws[c])) {
			c++
		}
		if c < len(ws) && !isLowerWord(ws[c]) && !startsUpper(ws[c]) {
			return s
		}
	}
	if len(ws)-c < 3 {
		return s
	}
	comp := ws[c:]
	// "while monitoring the messages, they were able to ..."
	if sub := bare(comp[0]); sub == "while" || sub == "when" || sub == "after" || sub == "before" || sub == "although" || sub == "since" || sub == "because" || sub == "as" || sub == "if" {
		for j := 1; j < len(comp) && j < 12; j++ {
			if strings.HasSuffix(comp[j], ",") && len(comp)-j > 3 {
				comp = comp[j+1:]
				break
			}
		}
	}
	if len(comp) > 0 && bare(comp[0]) == "they" && len(words(subject)) <= 6 {
		return subject + " " + strings.Join(comp[1:], " ")
	}
	return strings.Join(comp, " ")
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// stripTrailingAttribution removes ", according to ...", ", prosecutors
// said" at the end and ", police said," inside.
func stripTrailingAttribution(s string) string {
	if i := strings.Index(s, ", according to "); i > 0 {
		s = s[:i]
	} else if i := strings.LastIndex(s, " according to "); i > 0 && len(words(s[i:])) <= 8 {
		s = s[:i]
	}
	for from := 0; ; {
		i := strings.Index(s[from:], ", ")
		if i < 0 {
			break
		}
		i += from
		rest := s[i+2:]
		end := strings.Index(rest, ",")
		seg := rest
		if end >= 0 {
			seg = rest[:end]
		}
		ws := words(seg)
		attr := false
		for k, w := range ws {
			if k > 0 && k <= 4 && isSaidVerb(bare(w)) {
				attr = true
				break
			}
		}
		if attr && len(ws) <= 9 && i > 0 {
			if end < 0 {
				return s[:i]
			}
			s = s[:i] + rest[end:]
			continue
		}
		from = i + 2
	}
	return s
}

// dropNonRestrictive removes ", which ...," and ", who ...," clauses, and a
// final ", which ...".
func dropNonRestrictive(s string) string {
	for _, rel := range []string{", which ", ", who ", ", whose "} {
		for {
			i := strings.Index(s, rel)
			if i < 0 {
				break
			}
			j := strings.IndexByte(s[i+len(rel):], ',')
			if j < 0 {
				s = s[:i]
				break
			}
			s = s[:i] + " " + strings.TrimSpace(s[i+len(rel)+j+1:])
		}
	}
	return s
}

func isAuxVerb(w string) bool {
	switch w {
	case "were", "was", "is", "are", "has", "have", "had":
		return true
	}
	return false
}

// dropRelativeBeforeVerb shortens "About 200 searches that mobilized more
// than 1,500 officers, including special units, were carried out" to "About
// 200 searches were carried out".
func dropRelativeBeforeVerb(s string) string {
	ws := words(s)
	for i := 1; i < len(ws) && i < 8; i++ {
		if b := bare(ws[i]); b != "that" && b != "which" && b != "who" {
			continue
		}
		for j := i + 1; j+1 < len(ws) && j < i+20; j++ {
			if strings.HasSuffix(ws[j], ",") && isAuxVerb(bare(ws[j+1])) {
				out := append(append([]string{}, ws[:i]...), ws[j+1:]...)
				return strings.Join(out, " ")
			}
		}
		return s
	}
	return s
}

// isSubordinator starts a clause that can carry the happening while the
// main clause only frames it ("The operation followed a crackdown when
// police broke ...").
func isSubordinator(w string) bool {
	switch w {
	case "when", "after", "as", "where", "because", "while", "since", "before", "until", "once":
		return true
	}
	return false
}

// focusSubordinate keeps only the clause with the happening when the
// first trigger lies past the cut inside a subordinate clause and the main
// clause before it has none.
func focusSubordinate(s string, ix *lexIndex) string {
	t := triggerEnd(s, ix)
	if t <= summaryMax {
		return s
	}
	ws := strings.SplitAfter(s[:t], " ")
	pos := 0
	from := -1
	for _, w := range ws {
		pos += len(w)
		if isSubordinator(bare(w)) && pos < t {
			from = pos
		}
	}
	if from <= 0 || len(words(s[from:t])) > 6 {
		return s
	}
	return s[from:]
}

// shortenSubject drops a long subject's prepositional tail: "Authorities in
// Belgium and three other countries dismantled" -> "Authorities dismantled".
func shortenSubject(s string, ix *lexIndex) string {
	t := triggerEnd(s, ix)
	if t < 0 {
		return s
	}
	head := s[:t]
	ws := words(head)
	if len(ws) < 6 {
		return s
	}
	for i := 1; i < len(ws)-1 && i <= 3; i++ {
		if strings.HasSuffix(ws[i-1], ",") {
			return s
		}
		if b := bare(ws[i]); b == "in" || b == "from" || b == "of" {
			for _, w := range ws[i+1 : len(ws)-1] {
				if b := bare(w); strings.HasSuffix(w, ",") || isSubordinator(b) || b == "that" || b == "which" || b == "who" {
					return s
				}
			}
			out := append(append([]string{}, ws[:i]...), ws[len(ws)-1])
			return strings.Join(out, " ") + s[t:]
		}
	}
	return s
}

// isCutWord start a clause or phrase a headline can end before.
func isCutWord(w string) bool {
	switch w {
	case "during", "after", "before", "while", "when", "which", "who", "whose", "that", "including",
		"along", "with", "because", "amid", "as", "and", "but", "in", "on", "at", "across", "from",
		"for", "following", "where", "since", "despite", "through", "into", "over", "by", "between",
		"under", "near", "among", "worth", "without":
		return true
	}
	return false
}

// isWeakEnd words never end a headline.
func isWeakEnd(w string) bool {
	switch w {
	case "the", "a", "an", "of", "to", "called", "named", "known", "and", "or", "in", "on", "at", "for", "with", "by", "from",
		"that", "which", "as", "its", "their", "his", "her", "than", "more", "about", "some", "several",
		"were", "was", "is", "are", "be", "been", "had", "has", "have", "who":
		return true
	}
	return false
}

// cutAtClause shortens s to summaryMax: before the last clause word or
// comma that keeps the main verb, else at a word with "…".
func cutAtClause(s string, ix *lexIndex) string {
	minEnd := triggerEnd(s, ix)
	if minEnd < 0 {
		minEnd = 0
	}
	best := -1
	for i := 0; i < len(s) && i <= summaryMax; i++ {
		if s[i] != ' ' || i < minEnd || i < 20 {
			continue
		}
		prev := s[:i]
		w := s[i+1:]
		if j := strings.IndexByte(w, ' '); j >= 0 {
			w = w[:j]
		}
		if strings.HasSuffix(prev, ",") || isCutWord(bare(w)) {
			cand := trimEnd(prev)
			if len(cand) <= summaryMax && !isWeakEnd(bare(lastWord(cand))) {
				best = len(cand)
			}
		}
	}
	if best >= 35 || best >= 0 && best >= minEnd && minEnd > 0 {
		// Do not end inside a list: "in cash, along with firearms".
		for _, lead := range []string{", along with ", " along with ", ", including ", " including ", ", such as ", " such as "} {
			if i := strings.Index(s[:best], lead); i >= minEnd && i >= 20 {
				return s[:i]
			}
		}
		return s[:best]
	}
	// A hard cut at a word, dropping words a headline cannot end on.
	cut := s
	if len(cut) > summaryMax-1 {
		n := summaryMax - 1
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		cut = cut[:n]
		if i := strings.LastIndexByte(cut, ' '); i > 0 {
			cut = cut[:i]
		}
	}
	for {
		cut = trimEnd(cut)
		lw := lastWord(cut)
		if !isWeakEnd(bare(lw)) || len(cut) <= len(lw) {
			break
		}
		cut = cut[:len(cut)-len(lw)]
	}
	return cut + "…"
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
