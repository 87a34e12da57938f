package summary

import "strings"

// Asides a long headline drops: non-restrictive clauses, participial and
// "with" asides, relative clauses before the verb, a subject's tail.

// dropNonRestrictive removes ", which ...," and ", who ...," clauses up to
// the comma the main verb follows, else to the end, commas inside and all:
// "network called EncroChat, which allowed them to plan shipments of
// drugs, weapons deals and murders".
func (sm Summarizer) dropNonRestrictive(ws []string) []string {
	for k := 1; k < len(ws); k++ {
		if rel := lower(ws[k]); !endsComma(ws[k-1]) || rel == "that" || !sm.isRelative(rel) {
			continue
		}
		j := sm.asideEnd(ws, k)
		if j < 0 {
			return trimLast(slicesClone(ws[:k]))
		}
		head := slicesClone(ws[:k])
		if !sm.closesApposition(ws, k) {
			head[k-1] = strings.TrimSuffix(head[k-1], ",")
		}
		ws = append(head, ws[j+1:]...)
	}
	return ws
}

// asideEnd is the comma that closes the relative clause opening at word
// k: the first comma a main verb follows, -1 if none. A clause nested in
// the aside takes the first such verb for its own subject ("who
// disappeared the same day a jury sitting in Newark, New Jersey, began
// deliberating, was caught"): a noun phrase that follows a noun with no
// word between, once the relative has its verb, is a subject still
// waiting for its verb. When the nesting leaves no comma, the first one
// stands.
func (sm Summarizer) asideEnd(ws []string, k int) int {
	first, hasVerb, waiting := -1, false, 0
	for c := k + 1; c < len(ws); c++ {
		prev := ws[c-1]
		if endsComma(prev) && sm.verbNear(ws, c) {
			if first < 0 {
				first = c - 1
			}
			if waiting == 0 {
				return c - 1
			}
			waiting--
			continue
		}
		switch {
		case isLowerWord(ws[c]) && sm.verbLike(lower(ws[c])) && prev != "to":
			if hasVerb && waiting > 0 {
				waiting--
			}
			hasVerb = true
		case hasVerb && isDeterminer(ws[c]) && isLowerWord(prev) && !endsComma(prev) &&
			!sm.v.StopWord(lower(prev)) && !sm.verbLike(lower(prev)):
			waiting++
		}
	}
	return first
}

// closesApposition reports the comma before word k as the close of an
// apposition on the subject, which the sentence keeps once the aside
// after it goes: "Gideon Misulovin, 58, whose ..., was extradited", "A
// fourth co-conspirator, Gregory Castillo-Rosario, who ..., ran". A list
// of names ("Smith, Jones and Brown, who ...") closes nothing.
func (sm Summarizer) closesApposition(ws []string, k int) bool {
	if k < 2 {
		return false
	}
	i := k - 2
	for i >= 0 && !endsComma(ws[i]) {
		i--
	}
	if i < 0 || k-1-i > 5 {
		return false
	}
	for _, w := range ws[:k] {
		if isLowerWord(w) && (isConjunction(lower(w)) || sm.verbLike(lower(w))) {
			return false
		}
	}
	return true
}

func isDeterminer(w string) bool { return w == "a" || w == "an" || w == "the" }

// dropParticiples removes participial asides closed by a comma within a
// few words: ", working with the DEA,", ", including special units,", and
// on the subject, near its start or up to the first trigger t, ", carried out with the help
// of Europol,".
func (sm Summarizer) dropParticiples(ws []string, t int) []string {
	return dropAsides(ws, func(ws []string, k int) bool {
		rel := lower(ws[k])
		past := (k <= t || k <= 4) && sm.isParticiple(rel)
		if !past && (!strings.HasSuffix(rel, "ing") || len(rel) < 5) {
			return false
		}
		for j := k; j < len(ws) && j < k+8; j++ {
			if endsComma(ws[j]) {
				// A past participle is an aside when the main verb
				// follows it.
				return !past || j+1 < len(ws) && sm.verbLike(lower(ws[j+1]))
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
		// "Gideon Misulovin, 58, whose ..., was extradited": an age
		// keeps the comma that closes it.
		if j >= len(ws) || k < 2 || !endsComma(ws[k-2]) || !isNumber(ws[k-1]) {
			head[k-1] = strings.TrimSuffix(head[k-1], ",")
		}
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
func (sm Summarizer) dropRelativeBeforeVerb(ws []string) []string {
	for i := 1; i < len(ws) && i < 8; i++ {
		if b := lower(ws[i]); !sm.isRelative(b) {
			continue
		}
		for j := i + 1; j+1 < len(ws) && j < i+20; j++ {
			if endsComma(ws[j]) && sm.isAuxVerb(lower(ws[j+1])) {
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
		if lower(ws[i]) == "of" && (isNumber(ws[i-1]) || sm.isNumberWord(lower(ws[i-1]))) {
			// "Four of the defendants": the number counts the noun.
			return ws
		}
		if sm.isParticiple(ws[i-1]) {
			// "Operation RapTor resulted in the highest number of
			// seizures": the verb's particle, not the subject's tail.
			return ws
		}
		for _, w := range ws[i+1 : t] {
			if b := lower(w); endsComma(w) || sm.isSubordinator(b) || sm.isRelative(b) {
				return ws
			}
		}
		// "residents of the town of Nysa were ordered": the verb's
		// auxiliaries stay.
		v := t
		for v-1 > i && sm.isAuxVerb(lower(ws[v-1])) {
			v--
		}
		return append(slicesClone(ws[:i]), ws[v:]...)
	}
	return ws
}
