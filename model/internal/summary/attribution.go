package summary

import (
	"strings"
	"unicode"

	"dossier/model/internal/lexicon"
)

// Framing a headline drops: an opening adverbial, and who said it.

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
		// "On Dec. 16, 2024, Rui-Siang Lin ...": the year goes with its
		// date.
		if i >= 0 && i+1 < len(ws) && isYear(ws[i+1]) && endsComma(ws[i+1]) {
			i++
		}
		if i < 0 || len(ws)-(i+1) < 3 || !sm.openerIsTime(ws[:i+1]) {
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
	if c == v+1 && sm.v.Has(lexicon.PassiveAuxiliaries, lower(ws[v-1])) {
		// "The charges were announced by ...": what was said is the
		// subject, and nothing follows to report.
		return ws
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
	if w := lower(comp[0]); sm.isSubordinator(w) || w == "although" || w == "if" {
		for j := 1; j < len(comp) && j < 12; j++ {
			if endsComma(comp[j]) && len(comp)-j > 3 {
				comp = comp[j+1:]
				break
			}
		}
	}
	if len(comp) > 0 && len(subject) <= 6 && sm.pronounKind(comp[0]) != "" {
		out := make([]string, 0, len(subject)+len(comp)-1)
		return append(append(out, subject...), comp[1:]...)
	}
	return comp
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

// openerIsTime reports whether an opening phrase led by a word like "this"
// or "last" is a time ("Last year,") rather than the subject with an aside
// after it ("This historic takedown, led by Europol, resulted").
func (sm Summarizer) openerIsTime(ws []string) bool {
	if !sm.v.Has(lexicon.DeicticLeads, lower(ws[0])) {
		return true
	}
	for _, w := range ws[1:] {
		if sm.isTimeWord(lower(w)) {
			return true
		}
	}
	return false
}
