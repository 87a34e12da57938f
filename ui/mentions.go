package ui

import (
	"dossier/model"
)

// The entities view's side panel: the sentences that mention the entity
// under the cursor, drawn when the view is wide enough for it.

// mentionsFor is what the side panel's scroll belongs to: an entity drawn
// at a width in a theme. Any change starts the panel at its top.
type mentionsFor struct {
	entity, w int
	st        *Styles
}

// fitMentions sizes the side panel to an inner w×h for the entity under
// the cursor; with none, the panel keeps what it had.
func (m *Model) fitMentions(w, h int) {
	p := &m.entities
	e := p.current()
	if e < 0 {
		return
	}
	if f := (mentionsFor{e, w, m.styles}); f != p.sideFor {
		p.sideFor, p.side.top = f, 0
	}
	p.side.setTotal(len(m.mentions(e, w)))
	p.side.setHeight(h)
	p.side.clamp()
}

// sideView draws the side panel's lines in view for an inner width of w,
// and its title.
func (m *Model) sideView(w int) (lines []string, title string) {
	p := &m.entities
	e := p.current()
	if e < 0 {
		return nil, "Mentions"
	}
	ent := m.story.Entities[e]
	title = clean(ent.Name) + " · " + plural(len(ent.Mentions), "mention")
	return window(m.mentions(e, w), p.side.top, p.side.height), title
}

// mentionsIn is what the side panel's lines are drawn from.
type mentionsIn struct {
	env    drawEnv
	entity int
	w      int
}

// mentions is the side panel's lines for entity e at inner width w.
func (m *Model) mentions(e, w int) []string {
	return m.memos.mentions.get(mentionsIn{m.env(), e, w}, drawMentions)
}

func drawMentions(in mentionsIn) []string {
	return mentionLines(in.env, in.env.story.Entities[in.entity], in.w)
}

// mentionLines is each sentence mentioning ent, the mentions marked.
func mentionLines(env drawEnv, ent model.Entity, w int) []string {
	st := env.st
	var out []string
	if ent.Country != "" {
		out = append(out, st.Label.Render("Country   ")+st.Kind[model.KindCountry].Render(clean(ent.Country)))
	}
	if ent.Category != "" {
		out = append(out, st.Label.Render("Category  ")+clean(ent.Category))
	}
	if len(out) > 0 {
		out = append(out, "")
	}
	// The mentions by sentence, in one pass: an entity named in thousands
	// of sentences made a scan of all its mentions per sentence quadratic.
	bySentence := map[int][]model.Mention{}
	var order []int
	for _, mn := range ent.Mentions {
		if _, ok := bySentence[mn.Sentence]; !ok {
			order = append(order, mn.Sentence)
		}
		bySentence[mn.Sentence] = append(bySentence[mn.Sentence], mn)
	}
	more := 0
	if len(order) > mentionSentencesMax {
		// Drawing every sentence of an entity named a hundred thousand
		// times made every key wait; the article's search finds the rest.
		more, order = len(order)-mentionSentencesMax, order[:mentionSentencesMax]
	}
	for _, sid := range order {
		s, ok := env.ix.sentenceOf(env.story, sid)
		if !ok {
			continue
		}
		mk := newMarked(s.Text, s.Start, env.ix.mentionsIn(s.ID))
		for _, o := range bySentence[sid] {
			mk.mark(o.Start-s.Start, o.End-s.Start, hlMatch)
		}
		out = append(out, st.Muted.Render("¶ "+itoa(s.Paragraph)+" · sentence "+itoa(s.ID)))
		lines, _ := mk.wrap(max(w-2, 1), st)
		for _, l := range lines {
			out = append(out, st.Faint.Render("│ ")+l)
		}
		out = append(out, "")
	}
	if more > 0 {
		out = append(out, st.Muted.Render("… "+plural(more, "more sentence")+": search the article (a, /)"))
	}
	return out
}

// mentionSentencesMax is how many sentences the mentions pane draws.
const mentionSentencesMax = 200
