package summary

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// A subject that lists people by name, each with an age, a home or a
// title ("Igor Grudijev, 31, Ronald Tsoi, 31, ... and Mihhail Jevgenov,
// 33, each of Tallinn, Estonia, have been indicted"), is most of a
// sentence: its headline keeps the noun the list explains, or the first
// name and how many others the list holds, and then the verb.

// nameItem is one person of a list: where the name starts and ends.
type nameItem struct{ from, to int }

// shortenNameList replaces a subject that lists two people or more,
// the last after "and", by what names them in fewer words: the noun before
// the list ("The defendants, Viktor Sorensen, 34, ...; and Lin Wei, 41,
// were charged" is "The defendants were charged"), else two names alone,
// else the first name "and N others".
func (sm Summarizer) shortenNameList(ws []string) []string {
	v := sm.listVerb(ws)
	if v < 3 || isLowerWord(ws[0]) && sm.v.StopWord(ws[0]) {
		return ws
	}
	for i := 1; i < v; i++ {
		// ", marking the anniversary": a clause of its own, not a
		// subject's tail.
		if endsComma(ws[i-1]) && isLowerWord(ws[i]) && strings.HasSuffix(trimPunct(ws[i]), "ing") {
			return ws
		}
	}
	items := sm.nameItems(ws[:v])
	if len(items) < 2 || ws[items[len(items)-1].from-1] != and {
		return ws
	}
	var subject []string
	switch first := items[0]; {
	case first.from > 0:
		subject = slicesClone(ws[:first.from])
		subject[len(subject)-1] = strings.TrimRight(subject[len(subject)-1], ",;")
	case len(items) == 2:
		second := items[1]
		subject = append(trimLast(slicesClone(ws[first.from:first.to])), and)
		subject = append(subject, trimLast(slicesClone(ws[second.from:second.to]))...)
	default:
		subject = append(trimLast(slicesClone(ws[first.from:first.to])), and, sm.count(len(items)-1), "others")
	}
	subject = trimLast(subject)
	if len(subject) == 0 || isLowerWord(subject[len(subject)-1]) && sm.v.StopWord(lower(subject[len(subject)-1])) {
		return ws
	}
	return append(subject, ws[v:]...)
}

// count writes n as a word where the lexicon has one.
func (sm Summarizer) count(n int) string {
	if sm.ix != nil {
		if w := sm.ix.NumberWord(n); w != "" {
			return w
		}
	}
	return strconv.Itoa(n)
}

// listVerb is the main verb after a subject that opens the clause: the
// first word in lower case that can be a verb and is not an infinitive's,
// -1 if none within the first words.
func (sm Summarizer) listVerb(ws []string) int {
	for i := 1; i < len(ws) && i < 60; i++ {
		if w := ws[i]; isLowerWord(w) && sm.verbLike(lower(w)) && ws[i-1] != "to" {
			return i
		}
	}
	return -1
}

// nameItems finds the people subject ws lists. A name is a run of two
// capitalised words or more, a title and initials included ("Assistant
// Director Joseph S. Campbell"), that opens a part of the list: the
// subject's start or its head's end, a semicolon, a comma, or "and". In
// a list with semicolons only they and "and" part it. After a tail in
// lower case ("of Maidstone,"), a run after a comma is a place ("Kent,"),
// or a person when a title or a tail of its own follows ("Fernando Cheung
// of the Labour Party"); a run of two words closed by a comma there
// ("of Newark, New Jersey,") may be either, and the list is then not
// read. An "and" within a tail starts a person only with a title ("of
// U.S. Immigration and Customs Enforcement" names none).
func (sm Summarizer) nameItems(ws []string) []nameItem {
	var items []nameItem
	semis := false
	for _, w := range ws {
		if strings.HasSuffix(w, ";") {
			semis = true
		}
	}
	inTail := false
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		start := false
		switch {
		case w == and:
			continue
		case i == 0:
			start = true
		case ws[i-1] == and:
			start = !inTail || i >= 2 && (endsComma(ws[i-2]) || strings.HasSuffix(ws[i-2], ";")) || sm.titled(ws, i)
		case strings.HasSuffix(ws[i-1], ";"):
			start = true
		case endsComma(ws[i-1]):
			switch to := capitalRun(ws, i); {
			case len(items) == 0 || !inTail:
				start = !semis || len(items) == 0
			case to-i < 2:
			case sm.titled(ws, i) || to < len(ws) && isLowerWord(ws[to]) && !endsComma(ws[to-1]):
				start = !semis
			default:
				return nil
			}
		case len(items) == 0 && isLowerWord(ws[i-1]):
			// "His associates Liam Ashworth": the head's noun, then the
			// first name.
			start = !sm.v.StopWord(lower(ws[i-1]))
		}
		if start && !sm.hasFolded(lexicon.StopWords, w) && !sm.isNumberWord(w) {
			if to := capitalRun(ws, i); to-i >= 2 {
				items = append(items, nameItem{i, to})
				inTail = false
				i = to - 1
				continue
			}
		}
		if strings.HasSuffix(w, ";") {
			inTail = false
		} else if isLowerWord(w) && len(items) > 0 {
			inTail = true
		}
	}
	return items
}

// isNumberWord reports a number word, in any case: "Two PDVSA vendors"
// opens on no name.
func (sm Summarizer) isNumberWord(w string) bool {
	if t := trimPunct(w); sm.ix == nil || t == "" || sm.ix.Nums[token.Lower(t[0])]&(1<<uint(min(len(t), 31))) == 0 {
		return false
	}
	_, ok := sm.ix.Number(lower(w))
	return ok
}

// titled reports a title ("Director", "Judge") in the capitalised run
// that starts at word i.
func (sm Summarizer) titled(ws []string, i int) bool {
	for j := i; j < capitalRun(ws, i); j++ {
		if sm.hasFolded(lexicon.PersonWords, ws[j]) {
			return true
		}
	}
	return false
}

// capitalRun is the end of the run of capitalised words from word i: it
// stops after a word with a comma or semicolon, before a word in lower
// case.
func capitalRun(ws []string, i int) int {
	j := i
	for j < len(ws) {
		w := ws[j]
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			break
		}
		j++
		if endsComma(w) || strings.HasSuffix(w, ";") {
			break
		}
	}
	return j
}
