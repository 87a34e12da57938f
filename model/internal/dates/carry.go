package dates

import (
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Which sentences carry the previous sentence's date on.

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
// So does a sentence of the same paragraph that carries the narration on,
// in the past and of the same people (see narrates): "He failed to appear
// on March 4, 1996. The judge issued a warrant for his arrest."
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
	if ts.is(i, lexicon.Connectives) {
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
	if r.prevFlash && ts.leavesNarration() {
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
	if s.Paragraph <= 0 || s.Paragraph != r.prevPara {
		return false
	}
	return !r.prevFlash || r.narrates(ts)
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
