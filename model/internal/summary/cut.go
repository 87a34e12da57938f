package summary

import (
	"strings"
	"unicode/utf8"
)

// Cutting a headline that is still too long.

// cut shortens ws: before the last clause word or comma that keeps the
// main verb within summaryMax; else the whole clause when it is no longer
// than summaryLong, or its head before such a word within summaryLong;
// else at a word with "…". A main verb that is not a trigger and lies
// past every cut keeps no cut from the subject: a whole phrase reads
// better than a cut word.
func (sm Summarizer) cut(ws []string) string {
	if joinedLen(ws) <= summaryLong {
		if s, ok := sm.clauseHead(ws, sm.mainVerb(ws), summaryMax); ok {
			return s
		}
		return strings.Join(ws, " ")
	}
	t, trusted := sm.mainVerb(ws), sm.firstTrigger(ws) >= 0
	for _, limit := range []int{summaryMax, summaryLong} {
		if s, ok := sm.clauseHead(ws, t, limit); ok {
			return s
		}
	}
	if !trusted && t >= 0 {
		for _, limit := range []int{summaryMax, summaryLong} {
			if s, ok := sm.clauseHead(ws, -1, limit); ok {
				return s
			}
		}
	}
	return sm.hardCut(ws)
}

// clauseHead is the head of ws cut at a clause boundary after word t
// within limit bytes, if there is one that is long enough to stand.
func (sm Summarizer) clauseHead(ws []string, t, limit int) (string, bool) {
	best := sm.clauseCut(ws, t, limit)
	if best <= 0 || joinedLen(ws[:best]) < 35 && sm.firstTrigger(ws) < 0 {
		return "", false
	}
	best = sm.backOff(ws, t, best)
	return strings.Join(trimLast(slicesClone(ws[:best])), " "), true
}

// mainVerb is the first trigger, or without one the first word that can
// be a main verb after a subject of a word or more ("Castillo-Rosario ran
// the account"), -1 if neither: a cut never ends the clause before it.
func (sm Summarizer) mainVerb(ws []string) int {
	if t := sm.firstTrigger(ws); t >= 0 {
		return t
	}
	for i := 1; i < len(ws); i++ {
		if w := ws[i]; isLowerWord(w) && sm.verbLike(lower(w)) {
			return i
		}
	}
	return -1
}

// clauseCut is the last place after the first trigger t where ws can be
// cut before a clause word or after a comma into a head of limit bytes or
// less, -1 if none.
func (sm Summarizer) clauseCut(ws []string, t, limit int) int {
	best, n := -1, 0
	for p := 1; p < len(ws); p++ {
		n += len(ws[p-1])
		if p > 1 {
			n++
		}
		if n > limit+1 {
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
		if n := joinedLen(ws[:q]) - len(ws[q-1]) + len(last); last != "" && n <= limit && n >= 20 && !sm.isWeakEnd(lower(last)) {
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
		// Do not end inside a relative clause: "a drug trafficking
		// network that sent cocaine" ends before "that".
		if sm.isRelative(l) && p > t+1 && joinedLen(ws[:p]) >= 20 {
			return p
		}
	}
	if best < len(ws) && best-1 > t+1 {
		cw, end := lower(ws[best]), lower(ws[best-1])
		switch {
		case cw == "by" && sm.isParticiple(end) && !sm.isAuxVerb(lower(ws[best-2])) && !isConjunction(lower(ws[best-2])) && !sm.isParticiple(lower(ws[best-2])):
			// "charges brought by ...": the participle goes with its
			// agent.
			best--
		case isConjunction(cw) && best-2 > t && lower(ws[best-2]) == "to" && !endsComma(ws[best-1]) && isLowerWord(ws[best-1]) &&
			best+1 < len(ws) && isLowerWord(ws[best+1]) && !sm.clauseOpener(lower(ws[best+1])):
			// "conspiracy to impede and impair the IRS": the infinitive
			// goes with the verbs it joins.
			best -= 2
		case best-2 > t && lower(ws[best-2]) == "with" && joinedLen(ws[:best-2]) >= 20:
			// "a network with connections in four countries": a "with"
			// of one word that needs what follows goes whole.
			best -= 2
		}
	}
	return best
}

// hardCut cuts ws at a word within summaryLong, dropping words a headline cannot end on, and
// marks the cut with "…".
func (sm Summarizer) hardCut(ws []string) string {
	k, n := 0, 0
	for k < len(ws) && n+len(ws[k])+1 <= summaryLong {
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
		c := min(len(w), summaryLong-1)
		for c > 0 && c < len(w) && !utf8.RuneStart(w[c]) {
			c--
		}
		head = []string{w[:c]}
	}
	return strings.Join(head, " ") + "…"
}
