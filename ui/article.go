package ui

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
)

// articlePane is the whole article in a viewport: entities highlighted, a
// margin marker on the sentences of the shown events ("▌") and a distinct
// one on the selected event's sentence ("▶" then "┃"), and "/" search.
type articlePane struct {
	vp    viewport.Model
	key   articleKey
	lines []string
	// lineSent is the sentence ID each line starts in (0 for blank lines);
	// sentLine is the first line of each sentence ID.
	lineSent []int
	sentLine map[int]int
	matches  []int // line of each search match, in reading order
	cur      int   // current match, -1 when none
	query    string
	// follow asks the next draw to bring the selected sentence into view
	// (set when the view opens or the selection moves).
	follow bool
}

// articleKey is everything the drawn lines depend on.
type articleKey struct {
	width, theme, data, selSentence, cur int
	query                                string
}

const articleMargin = 2 // marker column and a space

func newArticlePane() articlePane {
	vp := viewport.New()
	vp.MouseWheelEnabled = false // the root routes the wheel by pointer position
	return articlePane{vp: vp, cur: -1, follow: true}
}

// build draws the article for inner width w when anything it shows changed,
// keeping the sentence at the top of the view where it was.
func (p *articlePane) build(m *Model, w int) {
	selSentence := -1
	if ev := m.timeline.current(); ev >= 0 {
		selSentence = m.story.Events[ev].Sentence
	}
	k := articleKey{w, m.themeGen, m.dataGen, selSentence, p.cur, p.query}
	if k == p.key && p.lines != nil {
		return
	}
	anchor := -1
	if top := p.vp.YOffset(); top < len(p.lineSent) {
		anchor = p.lineSent[top]
	}
	p.key = k
	p.render(m, w, selSentence)
	p.vp.SetContentLines(p.lines)
	if l, ok := p.sentLine[anchor]; ok && anchor > 0 {
		p.vp.SetYOffset(l)
	}
}

func (p *articlePane) render(m *Model, w, selSentence int) {
	st := &m.styles
	tw := max(w-articleMargin-1, 1)
	shown := map[int]bool{}
	for _, ev := range m.shown {
		shown[m.story.Events[ev].Sentence] = true
	}
	p.lines = p.lines[:0:0]
	p.lineSent = p.lineSent[:0:0]
	p.sentLine = map[int]int{}
	p.matches = p.matches[:0:0]
	body := m.story.Doc.Body
	for pi, para := range m.ix.paragraphs {
		if pi > 0 {
			p.lines = append(p.lines, "")
			p.lineSent = append(p.lineSent, 0)
		}
		first := m.story.Sentences[para.sentences[0]]
		last := m.story.Sentences[para.sentences[len(para.sentences)-1]]
		start, end := clamp(first.Start, 0, len(body)), clamp(last.End, 0, len(body))
		text := strings.ReplaceAll(body[start:max(start, end)], "\n", " ")
		var spans []kindSpan
		for _, si := range para.sentences {
			spans = append(spans, m.ix.mentions[m.story.Sentences[si].ID]...)
		}
		mk := newMarked(text, start, spans)
		if para.byline {
			mk.mark(0, len(text), hlMuted)
		}
		var matchAt []int // byte offset of each match in this paragraph
		for _, r := range findFold(text, p.query) {
			h := hlMatch
			if len(p.matches)+len(matchAt) == p.cur {
				h = hlMatchOn
			}
			mk.mark(r[0], r[1], h)
			matchAt = append(matchAt, r[0])
		}
		lines, ranges := mk.wrap(tw, st)
		base := len(p.lines)
		// Lines and sentences both run forward: skip the sentences that
		// end before each line instead of rescanning the paragraph (a
		// one-paragraph article of thousands of sentences was quadratic).
		from := 0
		for li, r := range ranges {
			a, b := start+r[0], start+r[1]
			sid, isSel, isShown, firstOfSel := 0, false, false, false
			for from < len(para.sentences) && m.story.Sentences[para.sentences[from]].End <= a {
				from++
			}
			for _, si := range para.sentences[from:] {
				s := m.story.Sentences[si]
				if s.Start >= b {
					break
				}
				if s.End <= a {
					continue
				}
				if sid == 0 {
					sid = s.ID
				}
				if _, ok := p.sentLine[s.ID]; !ok {
					p.sentLine[s.ID] = base + li
					if s.ID == selSentence {
						firstOfSel = true
					}
				}
				isSel = isSel || s.ID == selSentence
				isShown = isShown || shown[s.ID]
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
			p.lines = append(p.lines, marker+lines[li])
			p.lineSent = append(p.lineSent, sid)
		}
		li := 0 // matches come in reading order: walk the lines once
		for _, off := range matchAt {
			for li+1 < len(ranges) && off >= ranges[li+1][0] {
				li++
			}
			p.matches = append(p.matches, base+li)
		}
	}
	if len(m.ix.paragraphs) == 0 {
		for _, l := range wrapPlain(clean(body), tw) {
			p.lines = append(p.lines, "  "+l)
			p.lineSent = append(p.lineSent, 0)
		}
	}
}

// view draws the article for an inner size of w×h.
func (p *articlePane) view(m *Model, w, h int) []string {
	p.vp.SetWidth(w)
	p.vp.SetHeight(h)
	p.build(m, w)
	if p.follow {
		p.follow = false
		if ev := m.timeline.current(); ev >= 0 {
			if l, ok := p.sentLine[m.story.Events[ev].Sentence]; ok {
				p.showLine(l, h)
			}
		}
	}
	return strings.Split(p.vp.View(), "\n")
}

// showLine scrolls so line l is in view, a third of the way down when the
// view has to move.
func (p *articlePane) showLine(l, h int) {
	if top := p.vp.YOffset(); l >= top && l < top+h {
		return
	}
	p.vp.SetYOffset(l - h/3)
}

// setQuery changes the search and moves to the first match at or below
// the top of the view.
func (p *articlePane) setQuery(m *Model, q string) {
	p.query = q
	p.cur = -1
	w := m.lay.Main.W - 2
	p.build(m, w)
	if len(p.matches) == 0 {
		return
	}
	p.cur = 0
	for i, l := range p.matches {
		if l >= p.vp.YOffset() {
			p.cur = i
			break
		}
	}
	p.build(m, w)
	p.showLine(p.matches[p.cur], m.lay.Main.H-2)
}

// step moves to the next (+1) or previous (-1) match, wrapping around.
func (p *articlePane) step(m *Model, d int) {
	if len(p.matches) == 0 {
		return
	}
	p.cur = (p.cur + d + len(p.matches)) % len(p.matches)
	p.build(m, m.lay.Main.W-2)
	p.showLine(p.matches[p.cur], m.lay.Main.H-2)
}

// title is the pane title with the search state: "Article /sky 2/5".
func (p *articlePane) title(m *Model) string {
	t := "Article · " + itoa(len(m.story.Sentences)) + " sentences"
	if p.query == "" {
		return t
	}
	if len(p.matches) == 0 {
		return t + " · /" + p.query + " no match"
	}
	return t + " · /" + p.query + " " + itoa(p.cur+1) + "/" + itoa(len(p.matches))
}

// note is the bottom edge: the marker legend and the scroll position.
func (p *articlePane) note() string {
	pct := int(p.vp.ScrollPercent()*100 + 0.5)
	return "▌ shown  ▶ selected · " + itoa(pct) + "%"
}
