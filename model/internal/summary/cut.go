package summary

import (
	"strings"
	"unicode/utf8"
)

// Cutting a headline that is still too long.

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
