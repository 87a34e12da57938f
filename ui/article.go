package ui

import (
	"sort"

	tea "charm.land/bubbletea/v2"
)

// articlePane is the whole article: entities highlighted, a margin marker
// on the sentences of the shown events ("▌") and a distinct one on the
// selected event's sentence ("▶" then "┃"), and "/" search.
//
// Only the lines in view are styled. The article is wrapped once per width
// into plain line ranges (articleLayout), search matches are body offsets
// that do not depend on the width, and a frame draws its few lines from
// those. Styling the whole article on every change cost seconds per key
// on a 60 MiB article. On articles from asyncMin bytes, wrapping and a
// search of the whole text run off the update loop (articleWork), so no
// key waits for them: the pane says what it is doing meanwhile.
type articlePane struct {
	lay  *articleLayout
	top  int // first line in view
	h    int // lines in view, as of the last draw
	cur  int // current match, -1 when none
	find articleSearch
	// seek asks the next draw to make the first match at or below the top
	// current (a new search); showCur to bring the current match into view.
	seek, showCur bool
	// follow asks the next draw to bring the selected sentence into view
	// (set when the view opens or the selection moves).
	follow bool
	// shown marks the sentences (by index) of the shown events, for the
	// data generation shownGen.
	shown    []bool
	shownGen int
	// asyncMin is the body size from which work runs off the update loop;
	// wrapping is the text width of the layout being built (0: none) and
	// searching the query being searched for ("": none).
	asyncMin  int
	wrapping  int
	searching string
}

// articleMargin is the marker column and a space.
const articleMargin = 2

// articleAsyncMin is where wrapping or searching the whole article starts
// to cost more than a frame (about 10 ms a MiB on these machines).
const articleAsyncMin = 4 << 20

func newArticlePane() articlePane {
	return articlePane{cur: -1, follow: true, shownGen: -1, asyncMin: articleAsyncMin}
}

// async reports whether the article is long enough to work off the loop.
func (p *articlePane) async(m *Model) bool { return len(m.story.Doc.Body) >= p.asyncMin }

// articleLayoutMsg brings a layout built off the update loop.
type articleLayoutMsg struct{ lay *articleLayout }

// articleSearchMsg brings the matches of a search run off the update loop.
type articleSearchMsg struct {
	query   string
	matches []int
}

// articleWork starts what the article view waits for: its layout at the
// current width, the matches of its search. Called after every update;
// each job starts once.
func (m *Model) articleWork() tea.Cmd {
	p := &m.article
	if m.view != viewArticle || !p.async(m) {
		return nil
	}
	st, ix := m.story, m.ix
	var cmds []tea.Cmd
	if tw := textWidth(m.lay.Main.W - 2); (p.lay == nil || p.lay.width != tw) && p.wrapping != tw && m.lay.Main.W > 2 {
		p.wrapping = tw
		cmds = append(cmds, func() tea.Msg { return articleLayoutMsg{buildArticleLayout(st, ix, tw)} })
	}
	if q := p.find.query; p.find.pending && p.searching != q {
		p.searching = q
		cmds = append(cmds, func() tea.Msg { return articleSearchMsg{q, findInArticle(st, ix, q)} })
	}
	return tea.Batch(cmds...)
}

// setLayout installs a layout, keeping the sentence at the top of the view
// at the top.
func (p *articlePane) setLayout(lay *articleLayout) {
	anchor := -1
	if p.lay != nil {
		anchor = p.lay.topSentence(p.top)
	}
	p.lay = lay
	p.top = 0
	if anchor >= 0 && anchor < len(lay.sentLine) && lay.sentLine[anchor] >= 0 {
		p.top = int(lay.sentLine[anchor])
	}
	p.clamp()
}

// gotLayout takes a layout built off the loop; one for a width the pane
// no longer has is dropped (articleWork then starts the right one).
func (p *articlePane) gotLayout(m *Model, lay *articleLayout) {
	if p.wrapping == lay.width {
		p.wrapping = 0
	}
	if lay.width == textWidth(m.lay.Main.W-2) {
		p.setLayout(lay)
	}
}

// gotMatches takes the matches of a search run off the loop, if it is
// still the search.
func (p *articlePane) gotMatches(msg articleSearchMsg) {
	if p.searching == msg.query {
		p.searching = ""
	}
	if p.find.pending && p.find.query == msg.query {
		p.find.matches, p.find.pending = msg.matches, false
	}
}

// view draws the article for an inner size of w×h.
func (p *articlePane) view(m *Model, w, h int) []string {
	p.h = h
	tw := textWidth(w)
	if p.lay == nil || p.lay.width != tw {
		if p.async(m) {
			return []string{"", "  Wrapping the article to " + itoa(tw) + " columns…"}
		}
		p.setLayout(buildArticleLayout(m.story, m.ix, tw))
	}
	lay := p.lay
	p.clamp()
	if p.seek && !p.find.pending {
		p.seek = false
		if len(p.find.matches) > 0 {
			p.cur = 0
			if p.top < len(lay.lines) {
				if i := sort.SearchInts(p.find.matches, int(lay.lines[p.top].a)); i < len(p.find.matches) {
					p.cur = i
				}
			}
			p.showCur, p.follow = true, false // the match decides what is in view
		}
	}
	if p.showCur && p.cur >= 0 && p.cur < len(p.find.matches) {
		p.showCur = false
		p.showLine(lay.lineOf(p.find.matches[p.cur]))
	}
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
	if i, ok := m.ix.sentenceIndex(m.story.Events[ev].Sentence); ok {
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
		if i, ok := m.ix.sentenceIndex(m.story.Events[ev].Sentence); ok {
			p.shown[i] = true
		}
	}
}

// drawLine styles line l: its margin marker, entities, search matches.
func (p *articlePane) drawLine(m *Model, lay *articleLayout, l, sel int) string {
	st := m.styles
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
	for j := int(ln.sent); j < len(sents) && sents[j].Paragraph == int(para.num) && sents[j].Start < b; j++ {
		if sents[j].End <= a {
			continue
		}
		spans = append(spans, m.ix.mentionsIn(sents[j].ID)...)
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

// gotoTop and gotoBottom move to the ends of the article.
func (p *articlePane) gotoTop()    { p.top = 0 }
func (p *articlePane) gotoBottom() { p.top = 1 << 30; p.clamp() }

// showLine scrolls so line l is in view, a third of the way down when the
// view has to move.
func (p *articlePane) showLine(l int) {
	if l >= p.top && l < p.top+p.h {
		return
	}
	p.top = l - p.h/3
	p.clamp()
}

// setQuery changes the search; the next draw moves to the first match at
// or below the top of the view.
func (p *articlePane) setQuery(m *Model, q string) {
	p.find.set(m.story, m.ix, q, p.async(m))
	p.cur = -1
	p.seek = true
}

// step moves to the next (+1) or previous (-1) match, wrapping around.
func (p *articlePane) step(d int) {
	n := len(p.find.matches)
	if n == 0 {
		return
	}
	p.cur = (p.cur + d + n) % n
	p.showCur, p.follow = true, false
}

// title is the pane title with the search state: "Article /sky 2/5".
func (p *articlePane) title(m *Model) string {
	t := "Article · " + itoa(len(m.story.Sentences)) + " sentences"
	q := p.find.query
	switch {
	case q == "":
		return t
	case p.find.pending:
		return t + " · /" + q + " searching…"
	case len(p.find.matches) == 0:
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
