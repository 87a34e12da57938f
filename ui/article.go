package ui

import (
	"sort"

	tea "charm.land/bubbletea/v2"

	"dossier/internal/sanitize"
	"dossier/model"
)

// articlePane is the whole article: entities highlighted, a margin marker
// on the sentences of the shown events ("▌") and a distinct one on the
// selected event's sentence ("▶" then "┃"), and "/" search.
//
// Only the lines in view are styled. The article is wrapped once per width
// into plain line ranges (articleLayout), search matches are body offsets
// that do not depend on the width, and a frame draws its few lines from
// those: styling the whole article on every change made every key wait on
// a long article. On articles from asyncMin bytes, wrapping and a
// search of the whole text run off the update loop (articleWork), so no
// key waits for them: the pane says what it is doing meanwhile.
type articlePane struct {
	scrollList                // over the layout's lines
	lay        *articleLayout // read-only once built
	match      int            // current match, -1 when none
	// onMatch: the reader last moved to the current match (a search, n,
	// N), not to a sentence they clicked, so enter goes to its event.
	onMatch bool
	find    articleSearch
	// seek asks the next fit to make the first match at or below the top
	// current (a new search); showCur to bring the current match into view.
	seek, showCur bool
	// follow asks the next fit to bring the selected sentence into view
	// (set when the view opens or the selection moves); seekTo, to bring
	// sentence index seekTo-1 into view instead (0: none).
	follow bool
	seekTo int
	// asyncMin is the body size from which work runs off the update loop;
	// wrapping is the text width of the layout being built (0: none) and
	// searching the query being searched for ("": none).
	asyncMin  int
	wrapping  layoutKey
	searching string
}

// articleMargin is the marker column and a space.
const articleMargin = 2

// articleAsyncMin is where wrapping or searching the whole article starts
// to cost more than a frame.
const articleAsyncMin = 4 << 20

func newArticlePane() articlePane {
	return articlePane{match: -1, follow: true, asyncMin: articleAsyncMin}
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
	if k := m.articleKey(m.lay.Main.W - 2); (p.lay == nil || p.lay.key != k) && p.wrapping != k && m.lay.Main.W > 2 {
		p.wrapping = k
		cmds = append(cmds, func() tea.Msg { return articleLayoutMsg{buildArticleLayout(st, ix, k)} })
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
	p.setTotal(len(lay.lines))
	p.top = 0
	if anchor >= 0 && anchor < len(lay.sentLine) && lay.sentLine[anchor] >= 0 {
		p.top = int(lay.sentLine[anchor])
	}
	p.clamp()
}

// gotLayout takes a layout built off the loop; one for a width the pane
// no longer has is dropped (articleWork then starts the right one).
func (p *articlePane) gotLayout(m *Model, lay *articleLayout) {
	if p.wrapping == lay.key {
		p.wrapping = layoutKey{}
	}
	if lay.key == m.articleKey(m.lay.Main.W-2) {
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

// fit sizes the article to an inner w×h: it wraps the article to the
// width (unless that runs off the loop, see articleWork) and moves the
// view where a new search, a step to a match or a new selection wants it.
func (p *articlePane) fit(m *Model, w, h int) {
	p.setHeight(h)
	k := m.articleKey(w)
	if p.lay == nil || p.lay.key != k {
		if p.async(m) {
			return
		}
		p.setLayout(buildArticleLayout(m.story, m.ix, k))
	}
	lay := p.lay
	p.clamp()
	if p.seek && !p.find.pending {
		p.seek = false
		if len(p.find.matches) > 0 {
			p.match = 0
			if p.top < len(lay.lines) {
				if i := sort.SearchInts(p.find.matches, int(lay.lines[p.top].a)); i < len(p.find.matches) {
					p.match = i
				}
			}
			p.showCur, p.follow, p.onMatch = true, false, true // the match decides what is in view
		}
	}
	if p.showCur && p.match >= 0 && p.match < len(p.find.matches) {
		p.showCur = false
		p.reveal(lay.lineOf(p.find.matches[p.match]))
	}
	if p.seekTo > 0 {
		if i := p.seekTo - 1; i < len(lay.sentLine) && lay.sentLine[i] >= 0 {
			p.reveal(int(lay.sentLine[i]))
		}
		p.seekTo, p.follow = 0, false
	}
	if p.follow {
		p.follow = false
		if sel := m.selectedSentence(); sel >= 0 && lay.sentLine[sel] >= 0 {
			p.reveal(int(lay.sentLine[sel]))
		}
	}
}

// view draws the lines in view for an inner width of w.
func (p *articlePane) view(m *Model, w int) []string {
	if k := m.articleKey(w); p.lay == nil || p.lay.key != k {
		return []string{"", "  Wrapping the article to " + itoa(k.w) + " columns…"}
	}
	lay := p.lay
	sel := m.selectedSentence()
	shown := m.shownSentences()
	from, to := p.window()
	out := make([]string, 0, to-from)
	for l := from; l < to; l++ {
		out = append(out, p.drawLine(m, lay, l, sel, shown))
	}
	return out
}

// textWidth is the article's text width in a pane of inner width w.
func textWidth(w int) int { return max(w-articleMargin-1, 1) }

// articleKey is what the article's layout in a pane of inner width w
// depends on: the text width, and whether names carry kind glyphs.
func (m *Model) articleKey(w int) layoutKey {
	return layoutKey{w: textWidth(w), glyphs: m.styles.NoColor}
}

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

// marksIn is what the marks of shown sentences follow: the filters.
type marksIn struct {
	story *model.Story
	ix    *storyIndex
	f     *filtered
}

// shownSentences marks the sentences (by index) that carry a shown event.
func (m *Model) shownSentences() []bool {
	return m.memos.marks.get(marksIn{m.story, m.ix, m.filtered}, markShown)
}

func markShown(in marksIn) []bool {
	shown := make([]bool, len(in.story.Sentences))
	for _, ev := range in.f.shown {
		if i, ok := in.ix.sentenceIndex(in.story.Events[ev].Sentence); ok {
			shown[i] = true
		}
	}
	return shown
}

// drawLine styles line l: its margin marker, entities, search matches.
func (p *articlePane) drawLine(m *Model, lay *articleLayout, l, sel int, shown []bool) string {
	st := m.styles
	ln := lay.lines[l]
	if ln.para == -1 {
		return ""
	}
	body := m.story.Doc.Body
	a, b := int(ln.a), int(ln.b)
	if ln.para == -2 {
		return "  " + sanitize.Inline(body[a:b])
	}
	var spans []kindSpan
	isSel, firstOfSel, isShown := false, false, false
	many := 0 // the events of a sentence of several that starts on this line
	sents := m.story.Sentences
	para := m.ix.paragraphs[ln.para]
	for j := int(ln.sent); j < len(sents) && sents[j].Paragraph == int(para.num) && sents[j].Start < b; j++ {
		if sents[j].End <= a {
			continue
		}
		if n := len(m.ix.eventsOfSentence(j)); n > 1 && int(lay.sentLine[j]) == l && many == 0 {
			many = n
		}
		spans = append(spans, m.ix.mentionsIn(sents[j].ID)...)
		if j == sel {
			isSel = true
			firstOfSel = int(lay.sentLine[j]) == l
		}
		isShown = isShown || shown[j]
	}
	mk := newMarked(body[a:b], a, spans)
	if para.byline {
		mk.mark(0, b-a, hlMuted)
	}
	q := len(p.find.query)
	for i := sort.SearchInts(p.find.matches, a-q+1); i < len(p.find.matches) && p.find.matches[i] < b; i++ {
		h := hlMatch
		if i == p.match {
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
	if many > 0 {
		// The sentence reports several happenings: enter goes to the
		// first, the timeline holds them all.
		marker = marker[:len(marker)-1] + st.Muted.Render(eventsDigit(many))
	}
	return marker + mk.render(0, b-a, st)
}

// eventsDigit is the one-column count of a sentence's events in the
// article's margin: 2 to 9, then +.
func eventsDigit(n int) string {
	if n > 9 {
		return "+"
	}
	return itoa(n)
}

// setQuery changes the search; the next draw moves to the first match at
// or below the top of the view.
func (p *articlePane) setQuery(m *Model, q string) {
	p.find.set(m.story, m.ix, q, p.async(m))
	p.match = -1
	p.seek = true
}

// step moves to the next (+1) or previous (-1) match, wrapping around.
func (p *articlePane) step(d int) {
	n := len(p.find.matches)
	if n == 0 {
		return
	}
	p.match = (p.match + d + n) % n
	p.showCur, p.follow, p.onMatch = true, false, true
}

// title is the pane title with the search state: "Article /sky 2/5".
func (p *articlePane) title(m *Model) string {
	t := "Article · " + plural(len(m.story.Sentences), "sentence")
	if m.caseOn() {
		t = "Article · " + m.articleOf() + " · " + plural(len(m.story.Sentences), "sentence")
	}
	q := p.find.query
	switch {
	case q == "":
		return t
	case p.find.pending:
		return t + " · /" + q + " searching…"
	case len(p.find.matches) == 0:
		return t + " · /" + q + " no match"
	}
	return t + " · /" + q + " " + itoa(p.match+1) + "/" + itoa(len(p.find.matches))
}

// note is the bottom edge: the marker legend and the scroll position.
func (p *articlePane) note() string {
	return "▌ shown  ▶ selected  2 events · " + itoa(p.percent()) + "%"
}

// query is the applied search.
func (p *articlePane) query() string { return p.find.query }

// matchCount is the number of matches of the search.
func (p *articlePane) matchCount() int { return len(p.find.matches) }
