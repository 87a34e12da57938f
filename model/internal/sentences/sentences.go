// Package sentences cuts a story's body into paragraphs and sentences
// with byte offsets, and finds the dateline ("BRUSSELS (AP) — ") that
// opens the story and the headline above it.
package sentences

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Split cuts body into sentences with byte offsets. Every
// non-blank line is a paragraph. A dateline ("BRUSSELS (AP) – ") opening
// one of the first two paragraphs is left out of the first sentence and
// returned. A separator line ("___", "---", "***") is no sentence; the
// sentences after it are the byline.
//
// title is the ID of a headline line that sits above the dateline (1), or
// 0: it repeats the story, so it is no event of its own.
func Split(body string, ix *lexicon.Index) (sents []story.Sentence, dateline string, title int) {
	sp := splitter{body: body, ix: ix, preamble: true, sents: make([]story.Sentence, 0, maxSentences(body))}
	for ls := 0; ls < len(body); {
		le := strings.IndexByte(body[ls:], '\n')
		if le < 0 {
			le = len(body)
		} else {
			le += ls
		}
		a, b := trimSpaceSpan(body, ls, le)
		ls = le + 1
		if a < b {
			sp.line(a, b)
		}
	}
	if spare := cap(sp.sents) - len(sp.sents); spare > 64 && spare > len(sp.sents)/8 {
		// The story keeps this slice, not the room made for it.
		sp.sents = slices.Clone(sp.sents)
	}
	return sp.sents, sp.dateline, sp.title
}

// splitter is Split's state from line to line.
type splitter struct {
	body  string
	ix    *lexicon.Index
	sents []story.Sentence
	para  int
	// byline is set once a separator or credit line ends the story.
	byline bool
	// headline: the first line has no final punctuation; preamble:
	// every line after it is a short unpunctuated one.
	headline, preamble bool
	dateline           string
	title              int
}

// line reads the non-blank line body[a:b], a paragraph.
func (sp *splitter) line(a, b int) {
	body := sp.body
	if !sp.byline && isSeparatorLine(body[a:b]) {
		sp.byline = true
		return
	}
	if !sp.byline && isCreditLine(body[a:b], sp.ix) {
		sp.byline = true
	}
	sp.para++
	// The dateline opens the first paragraph, or the second after a
	// headline (a first line with no final punctuation). Up to two short
	// byline lines ("By Jane Doe", "Times Staff Writer") may sit between
	// the headline and the dateline.
	if sp.dateline == "" && !sp.byline && (sp.para == 1 || sp.para == 2 && sp.headline || sp.para <= 4 && sp.headline && sp.preamble) {
		a = sp.datelineAt(a, b)
	}
	last, _ := utf8.DecodeLastRuneInString(body[a:b])
	bare := !strings.ContainsRune(".!?\"')”’", last)
	if sp.para == 1 {
		sp.headline = bare
	} else {
		sp.preamble = sp.preamble && bare && b-a <= 60
	}
	if sp.para == 2 && sp.dateline == "" && sp.headline && !bare && len(sp.sents) == 1 {
		// No dateline, but a lone unpunctuated first line above a
		// punctuated paragraph is a headline all the same.
		sp.title = 1
	}
	sp.sents = splitLine(sp.sents, body, a, b, sp.para, sp.byline, sp.ix)
}

// datelineAt reads a dateline opening the paragraph body[a:b] and returns
// where its first sentence starts (a when there is none). The lines
// between a headline and the dateline name the writer: bylines, never
// story sentences.
func (sp *splitter) datelineAt(a, b int) int {
	dl, next := Dateline(sp.body, a, b, sp.ix)
	if next <= a {
		return a
	}
	sp.dateline = dl
	sents := sp.sents
	if sp.para >= 2 && len(sents) >= 1 && sents[0].Paragraph == 1 && (len(sents) == 1 || sents[1].Paragraph > 1) {
		sp.title = 1
	}
	for k := range sents {
		if sents[k].Paragraph > 1 {
			sents[k].Byline = true
		}
	}
	return next
}

// maxSentences bounds how many sentences body can have: each ends at a
// terminator or at the end of its line. Sizing the slice by it once
// replaces growing it: on a text of short sentences append allocated five
// times the final slice, and held two copies at once.
func maxSentences(body string) int {
	n := 1 + strings.Count(body, "\n") + strings.Count(body, "…")
	for _, c := range []string{".", "!", "?"} {
		n += strings.Count(body, c)
	}
	return n
}

// trimSpan narrows [a,b) to exclude surrounding white space.
func trimSpaceSpan(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !token.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !token.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

// isSeparatorLine reports whether a trimmed line is a rule of one repeated
// character ("___", "---", "* * *") that news sites put before the byline.
func isSeparatorLine(s string) bool {
	var c byte
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t':
			continue
		case '_', '-', '*', '=', '~', '#':
			if c != 0 && s[i] != c {
				return false
			}
			c = s[i]
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// isCreditLine reports a wire service's credit paragraph, which ends a
// story even without a separator: "(Reporting by Toby Sterling in
// Amsterdam; Editing by ...)", "Associated Press writer X in Y contributed
// to this report.", "Copyright 2021 The Associated Press."
func isCreditLine(s string, ix *lexicon.Index) bool {
	if ix == nil {
		return false
	}
	t := strings.TrimLeft(s, "([ ")
	for _, e := range ix.Words.Entries(lexicon.CreditLines) {
		switch e.Value {
		case "opens":
			if strings.HasPrefix(t, e.Word) && len(t) > len(e.Word) && t[len(e.Word)] == ' ' {
				return true
			}
		case "opens glued":
			if strings.HasPrefix(t, e.Word) {
				return true
			}
		}
	}
	for _, e := range ix.Words.Entries(lexicon.CreditLines) {
		if e.Value == "anywhere" && strings.Contains(s, e.Word) {
			return true
		}
	}
	return false
}

// splitLine appends the sentences of the paragraph body[a:b].
func splitLine(sents []story.Sentence, body string, a, b, para int, byline bool, ix *lexicon.Index) []story.Sentence {
	emit := func(s, e int) {
		s, e = trimSpaceSpan(body, s, e)
		if s < e {
			sents = append(sents, story.Sentence{ID: len(sents) + 1, Paragraph: para, Start: s, End: e, Text: body[s:e], Byline: byline})
		}
	}
	start := a
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(body[i:b])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		// A run of terminators ("?!", "..."), then closing quotes and
		// brackets, then white space, then something that can start a
		// sentence.
		j := i + n
		for j < b {
			r2, n2 := utf8.DecodeRuneInString(body[j:b])
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			j += n2
		}
		k := j
		for k < b {
			r2, n2 := utf8.DecodeRuneInString(body[k:b])
			if !isClosingMark(r2) {
				break
			}
			k += n2
		}
		if k >= b {
			break
		}
		m := k
		for m < b {
			r2, n2 := utf8.DecodeRuneInString(body[m:b])
			if !token.IsSpace(r2) {
				break
			}
			m += n2
		}
		if m == k || m >= b {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(body[m:b])
		if !canStartSentence(next) {
			i = j
			continue
		}
		if r == '.' && j == i+1 && !periodEnds(body, a, i, m, b, ix) {
			i = j
			continue
		}
		emit(start, k)
		start = m
		i = m
	}
	emit(start, b)
	return sents
}

func isClosingMark(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

func canStartSentence(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// periodEnds decides whether the single period at i ends a sentence, the
// next sentence starting at m: not after an abbreviation from the lexicon,
// an initial ("J. Smith") or an initialism ("U.S."), unless the next word is
// one that only starts sentences ("The", "They").
func periodEnds(body string, lineStart, i, m, b int, ix *lexicon.Index) bool {
	ws := i
	for ws > lineStart {
		r, n := utf8.DecodeLastRuneInString(body[lineStart:ws])
		if token.IsSpace(r) || r == '(' || r == '"' || r == '“' || r == '[' || r == '‘' {
			break
		}
		ws -= n
	}
	word := body[ws : i+1]
	if word == "." {
		return true
	}
	abbr := ix != nil && (ix.Abbrev[word] || ix.Abbrev[token.Fold(word)] && word == strings.ToLower(word))
	if !abbr && !token.IsInitialism(word) {
		return true
	}
	return startsOnlySentences(wordAt(body, m, b))
}

func wordAt(body string, m, b int) string {
	e := m
	for e < b {
		r, n := utf8.DecodeRuneInString(body[e:b])
		if !token.IsLetter(r) {
			break
		}
		e += n
	}
	return body[m:e]
}

// startsOnlySentences lists capitalised function words that follow a
// sentence-final abbreviation ("... to the U.S. The shipment ...") but
// hardly ever an abbreviation inside a sentence.
func startsOnlySentences(w string) bool {
	switch w {
	case "The", "He", "She", "It", "They", "We", "This", "These", "Those", "But", "However", "There", "Its", "Their", "His", "Her":
		return true
	}
	return false
}
