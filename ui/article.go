package ui

import (
	"sort"
	"strings"
)

// articlePane is the whole article: entities highlighted, a margin marker
// on the sentences of the shown events ("▌") and a distinct one on the
// selected event's sentence ("▶" then "┃"), and "/" search.
//
// Only the lines in view are styled. The article is wrapped once per width
// into plain line ranges (articleLayout), search matches are body offsets
// that do not depend on the width, and a frame draws its few lines from
// those. Styling the whole article on every change cost seconds per key
// on a 60 MiB article.
type articlePane struct {
	lay  *articleLayout
	top  int // first line in view
	h    int // lines in view, as of the last draw
	cur  int // current match, -1 when none
	find articleSearch
	// shown marks the sentences (by index) of the shown events, for the
	// data generation shownGen.
	shown    []bool
	shownGen int
	// follow asks the next draw to bring the selected sentence into view
	// (set when the view opens or the selection moves).
	follow bool
}

// articleMargin is the marker column and a space.
const articleMargin = 2

func newArticlePane() articlePane {
	return articlePane{cur: -1, follow: true, shownGen: -1}
}

// artLine is one drawn line: the body range [a,b) of paragraph para, and
// the first sentence (index into Story.Sentences) it shows. A blank line
// between paragraphs has para -1 and the empty range at the end of the
// paragraph before it.
type artLine struct {
	para, sent int32
	a, b       int32
}

// articleLayout is the article word-wrapped to one width. Bodies are at
// most 64 MiB, so offsets fit in 32 bits, which halves the layout of a
// long article.
type articleLayout struct {
	width int
	lines []artLine
	// sentLine is the first line of each sentence (by index), -1 for a
	// sentence on no line.
	sentLine []int32
}

// layout returns the article wrapped to text width tw, building it when
// the width changed.
func (p *articlePane) layout(m *Model, tw int) *articleLayout {
	if p.lay != nil && p.lay.width == tw {
		return p.lay
	}
	anchor := -1 // the sentence at the top stays at the top
	if p.lay != nil {
		for l := p.top; l < len(p.lay.lines) && anchor < 0; l++ {
			anchor = int(p.lay.lines[l].sent) // past a blank line
		}
	}
	p.lay = buildArticleLayout(m, tw)
	p.top = 0
	if anchor >= 0 && anchor < len(p.lay.sentLine) && p.lay.sentLine[anchor] >= 0 {
		p.top = int(p.lay.sentLine[anchor])
	}
	p.clamp()
	return p.lay
}

func buildArticleLayout(m *Model, tw int) *articleLayout {
	body := m.story.Doc.Body
	sents := m.story.Sentences
	lay := &articleLayout{width: tw, sentLine: make([]int32, len(sents))}
	for i := range lay.sentLine {
		lay.sentLine[i] = -1
	}
	for pi, para := range m.ix.paragraphs {
		if n := len(lay.lines); n > 0 {
			// A blank line sits at the end of the paragraph before it, so
			// line ends never decrease and lineOf can bisect.
			end := lay.lines[n-1].b
			lay.lines = append(lay.lines, artLine{para: -1, sent: -1, a: end, b: end})
		}
		start, end := paragraphSpan(m, pi)
		// displaySafe keeps byte offsets, and turns the line breaks inside
		// a paragraph into spaces.
		text := displaySafe(body[start:end])
		ss := para.sentences
		k := 0
		for _, r := range wrapRanges(text, tw) {
			a, b := start+r[0], start+r[1]
			// Lines and sentences both run forward: skip the sentences
			// that end before each line instead of rescanning the
			// paragraph (a one-paragraph article of thousands of
			// sentences was quadratic).
			for k+1 < len(ss) && sents[ss[k]].End <= a {
				k++
			}
			line := int32(len(lay.lines))
			for j := k; j < len(ss) && sents[ss[j]].Start < b; j++ {
				if lay.sentLine[ss[j]] < 0 && sents[ss[j]].End > a {
					lay.sentLine[ss[j]] = line
				}
			}
			lay.lines = append(lay.lines, artLine{para: int32(pi), sent: int32(ss[k]), a: int32(a), b: int32(b)})
		}
	}
	if len(m.ix.paragraphs) == 0 {
		// No sentences (a text of punctuation): wrap what there is.
		text := displaySafe(body)
		for _, r := range wrapRanges(text, tw) {
			lay.lines = append(lay.lines, artLine{para: -2, sent: -1, a: int32(r[0]), b: int32(r[1])})
		}
	}
	return lay
}

// paragraphSpan is the body range of paragraph pi, from its first
// sentence's start to its last one's end.
func paragraphSpan(m *Model, pi int) (start, end int) {
	para := m.ix.paragraphs[pi]
	body := m.story.Doc.Body
	first := m.story.Sentences[para.sentences[0]]
	last := m.story.Sentences[para.sentences[len(para.sentences)-1]]
	start, end = clamp(first.Start, 0, len(body)), clamp(last.End, 0, len(body))
	return start, max(start, end)
}

// view draws the article for an inner size of w×h.
func (p *articlePane) view(m *Model, w, h int) []string {
	lay := p.layout(m, textWidth(w))
	p.h = h
	p.clamp()
	sel := m.selectedSentence()
	if p.follow {
		p.follow = false
		if sel >= 0 && lay.sentLine[sel] >= 0 {
			p.showLine(int(lay.sentLine[sel]))
		}
	}
	p.markShown(m)
	out := make([]string, 0, h)
	for l := p.top; l < min(p.top+h, len(lay.lines)); l++ {
		out = append(out, p.drawLine(m, lay, l, sel))
	}
	return out
}

// textWidth is the article's text width in a pane of inner width w.
func textWidth(w int) int { return max(w-articleMargin-1, 1) }

// selectedSentence is the index of the selected event's sentence, or -1.
func (m *Model) selectedSentence() int {
	ev := m.timeline.current()
	if ev < 0 {
		return -1
	}
	if i, ok := m.ix.sentence[m.story.Events[ev].Sentence]; ok {
		return i
	}
	return -1
}

// markShown records which sentences carry a shown event, once per change
// of the filters.
func (p *articlePane) markShown(m *Model) {
	if p.shownGen == m.dataGen && p.shown != nil {
		return
	}
	p.shownGen = m.dataGen
	p.shown = make([]bool, len(m.story.Sentences))
	for _, ev := range m.shown {
		if i, ok := m.ix.sentence[m.story.Events[ev].Sentence]; ok {
			p.shown[i] = true
		}
	}
}

// drawLine styles line l: its margin marker, entities, search matches.
func (p *articlePane) drawLine(m *Model, lay *articleLayout, l, sel int) string {
	st := &m.styles
	ln := lay.lines[l]
	if ln.para == -1 {
		return ""
	}
	body := m.story.Doc.Body
	a, b := int(ln.a), int(ln.b)
	if ln.para == -2 {
		return "  " + displaySafe(body[a:b])
	}
	var spans []kindSpan
	isSel, firstOfSel, isShown := false, false, false
	sents := m.story.Sentences
	para := m.ix.paragraphs[ln.para]
	for j := int(ln.sent); j < len(sents) && sents[j].Paragraph == para.num && sents[j].Start < b; j++ {
		if sents[j].End <= a {
			continue
		}
		spans = append(spans, m.ix.mentions[sents[j].ID]...)
		if j == sel {
			isSel = true
			firstOfSel = int(lay.sentLine[j]) == l
		}
		isShown = isShown || p.shown[j]
	}
	mk := newMarked(body[a:b], a, spans)
	if para.byline {
		mk.mark(0, b-a, hlMuted)
	}
	q := len(p.find.query)
	for i := sort.SearchInts(p.find.matches, a-q+1); i < len(p.find.matches) && p.find.matches[i] < b; i++ {
		h := hlMatch
		if i == p.cur {
			h = hlMatchOn
		}
		mk.mark(p.find.matches[i]-a, p.find.matches[i]-a+q, h)
	}
	marker := "  "
	switch {
	case isSel && firstOfSel:
		marker = st.MarkSel.Render("▶") + " "
	case isSel:
		marker = st.MarkSel.Render("┃") + " "
	case isShown:
		marker = st.MarkShown.Render("▌") + " "
	}
	return marker + mk.render(0, b-a, st)
}

// clamp keeps the top line inside the article.
func (p *articlePane) clamp() {
	n := 0
	if p.lay != nil {
		n = len(p.lay.lines)
	}
	p.top = clamp(p.top, 0, max(n-p.h, 0))
}

// scroll moves the view by d lines.
func (p *articlePane) scroll(d int) {
	p.top += d
	p.clamp()
}

// showLine scrolls so line l is in view, a third of the way down when the
// view has to move.
func (p *articlePane) showLine(l int) {
	if l >= p.top && l < p.top+p.h {
		return
	}
	p.top = l - p.h/3
	p.clamp()
}

// lineOf is the line the body offset off is drawn on.
func (lay *articleLayout) lineOf(off int) int {
	i := sort.Search(len(lay.lines), func(i int) bool { return int(lay.lines[i].b) > off })
	return min(i, len(lay.lines)-1)
}

// setQuery changes the search and moves to the first match at or below
// the top of the view.
func (p *articlePane) setQuery(m *Model, q string) {
	p.find.set(m, q)
	p.cur = -1
	if len(p.find.matches) == 0 {
		return
	}
	p.follow = false // the match decides what is in view
	lay := p.layout(m, textWidth(m.lay.Main.W-2))
	p.h = m.lay.Main.H - 2
	p.cur = 0
	if p.top < len(lay.lines) {
		from := int(lay.lines[p.top].a)
		if i := sort.SearchInts(p.find.matches, from); i < len(p.find.matches) {
			p.cur = i
		}
	}
	p.showLine(lay.lineOf(p.find.matches[p.cur]))
}

// step moves to the next (+1) or previous (-1) match, wrapping around.
func (p *articlePane) step(m *Model, d int) {
	n := len(p.find.matches)
	if n == 0 {
		return
	}
	p.cur = (p.cur + d + n) % n
	p.follow = false
	lay := p.layout(m, textWidth(m.lay.Main.W-2))
	p.h = m.lay.Main.H - 2
	p.showLine(lay.lineOf(p.find.matches[p.cur]))
}

// title is the pane title with the search state: "Article /sky 2/5".
func (p *articlePane) title(m *Model) string {
	t := "Article · " + itoa(len(m.story.Sentences)) + " sentences"
	q := p.find.query
	if q == "" {
		return t
	}
	if len(p.find.matches) == 0 {
		return t + " · /" + q + " no match"
	}
	return t + " · /" + q + " " + itoa(p.cur+1) + "/" + itoa(len(p.find.matches))
}

// note is the bottom edge: the marker legend and the scroll position.
func (p *articlePane) note() string {
	pct := 100
	if p.lay != nil && len(p.lay.lines) > p.h {
		pct = int(float64(p.top)/float64(len(p.lay.lines)-p.h)*100 + 0.5)
	}
	return "▌ shown  ▶ selected · " + itoa(pct) + "%"
}

// query is the applied search.
func (p *articlePane) query() string { return p.find.query }

// matchCount is the number of matches of the search.
func (p *articlePane) matchCount() int { return len(p.find.matches) }

// gotoTop and gotoBottom move to the ends of the article.
func (p *articlePane) gotoTop()    { p.top = 0 }
func (p *articlePane) gotoBottom() { p.top = 1 << 30; p.clamp() }

// articleSearch is the article's "/" search: the body offset of every
// case-insensitive match, in reading order. Matches stay inside a
// paragraph, and a line break inside one matches a space.
type articleSearch struct {
	query   string
	matches []int
}

// set searches for q. Typing extends a search one letter at a time, so
// when q extends the last query only the last matches are checked again:
// on a long article that is a few of them rather than the whole text.
func (s *articleSearch) set(m *Model, q string) {
	prev := s.query
	s.query = q
	if q == "" || len(m.ix.paragraphs) == 0 {
		s.matches = nil
		return
	}
	body := m.story.Doc.Body
	if prev != "" && isASCII(q) && len(q) > len(prev) && strings.EqualFold(q[:len(prev)], prev) && !hasBorder(prev) {
		// prev cannot overlap itself, so its matches are all its
		// occurrences, and every occurrence of q is one of them.
		// Matches and paragraphs both run forward: walk them together.
		kept, next, pi := s.matches[:0], 0, 0
		_, end := paragraphSpan(m, 0)
		for _, at := range s.matches {
			if at < next {
				continue // q overlaps the match kept before
			}
			for at >= end && pi+1 < len(m.ix.paragraphs) {
				pi++
				_, end = paragraphSpan(m, pi)
			}
			if at+len(q) <= end && foldEqualASCII(body[at:at+len(q)], q) {
				kept = append(kept, at)
				next = at + len(q)
			}
		}
		s.matches = kept
		return
	}
	s.matches = nil
	for pi := range m.ix.paragraphs {
		start, end := paragraphSpan(m, pi)
		s.matches = appendMatches(s.matches, body[start:end], start, q)
	}
}

// appendMatches appends the body offsets of the case-insensitive matches
// of q in text (which starts at body offset base).
func appendMatches(dst []int, text string, base int, q string) []int {
	if !isASCII(q) || q[0] <= ' ' {
		for _, r := range findFold(displaySafe(text), q) {
			dst = append(dst, base+r[0])
		}
		return dst
	}
	// An ASCII query: scan for its first byte in either case and compare
	// the rest in place, with no lower-cased copy of the text.
	lo, up := asciiLower(q[0]), asciiUpper(q[0])
	for i := 0; i+len(q) <= len(text); {
		j := indexEither(text[i:], lo, up)
		if j < 0 || i+j+len(q) > len(text) {
			break
		}
		if at := i + j; foldEqualASCII(text[at:at+len(q)], q) {
			dst = append(dst, base+at)
			i = at + len(q)
			continue
		}
		i += j + 1
	}
	return dst
}

// hasBorder reports whether a proper prefix of q equals its suffix,
// ignoring case ("abab", "aa"): only then can two matches of q overlap.
func hasBorder(q string) bool {
	for k := 1; k < len(q); k++ {
		if strings.EqualFold(q[:k], q[len(q)-k:]) {
			return true
		}
	}
	return false
}

// indexEither is the first index of byte a or b in s, or -1.
func indexEither(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	if a == b {
		return i
	}
	lim := s
	if i >= 0 {
		lim = s[:i]
	}
	if j := strings.IndexByte(lim, b); j >= 0 {
		return j
	}
	return i
}

// foldEqualASCII reports whether text equals the ASCII query q ignoring
// ASCII case, a control character (a line break) matching a space.
func foldEqualASCII(text, q string) bool {
	for i := 0; i < len(q); i++ {
		c := text[i]
		if c < 0x20 {
			c = ' '
		}
		if asciiLower(c) != asciiLower(q[i]) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}
