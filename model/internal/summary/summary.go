// Package summary writes the short headline of an event's sentence that
// the timeline shows: the happening without its framing.
package summary

import (
	"strings"
	"unicode/utf8"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// summaryMax is the longest summary in bytes a clause is shortened to when
// it can end there whole; a timeline row shows about that much.
const summaryMax = 72

// summaryLong is the longest summary in bytes: a clause that cannot end
// whole within summaryMax keeps up to this much, which the timeline wraps
// to a second line, rather than be cut mid-phrase.
const summaryLong = 110

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
	s = dropDashAsides(s)
	s = dropQuoteMarks(s)
	sm.words = token.Fields(sm.words[:0], s)
	ws := trimLast(sm.words)
	ws = sm.addingThat(ws)
	ws = sm.dropOpener(ws)
	ws = sm.leadingAttribution(ws)
	ws = sm.stripTrailingAttribution(ws)
	ws = sm.dropNonRestrictive(ws)
	ws = trimLast(ws)
	if joinedLen(ws) > summaryMax {
		ws = sm.shortenNameList(ws)
	}
	if joinedLen(ws) > summaryMax {
		ws = sm.focusSubordinate(ws)
	}
	if joinedLen(ws) > summaryMax {
		ws = sm.dropRelativeBeforeVerb(ws)
	}
	if joinedLen(ws) > summaryMax {
		ws = sm.dropParticiples(ws, sm.firstTrigger(ws))
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
