package ui

import (
	"sort"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// Moving between events from where the reader is: the next or previous
// event without leaving the Event pane or the article, the event of a
// sentence read in the article or of a figure in the stats, and the
// selected event to the clipboard.

// shownEventOf is the first event of sentence index i that the timeline
// shows, or -1.
func (m *Model) shownEventOf(i int) int {
	for _, ev := range m.ix.eventsOfSentence(i) {
		if m.timeline.shows(int(ev)) {
			return int(ev)
		}
	}
	return -1
}

// shows reports whether event ev is among the items. Items are in story
// order, so a bisection finds it.
func (p *timelinePane) shows(ev int) bool {
	i := sort.SearchInts(p.items, ev)
	return i < len(p.items) && p.items[i] == ev
}

// selectShown makes ev, which the timeline shows, the selected event.
func (m *Model) selectShown(ev int) {
	if m.timeline.selectEvent(ev) {
		m.syncSelected()
	}
}

// stepEvent selects the next (d > 0) or previous event: in date order
// from the Event pane, in reading order in the article.
func (m *Model) stepEvent(d int) {
	if m.view != viewArticle && m.caseOn() {
		m.cs.moveEntry(d)
		return
	}
	if m.view != viewArticle {
		m.timeline.move(d)
		m.syncSelected()
		return
	}
	m.article.onMatch = false
	sel := m.selectedSentence()
	for i := sel + d; sel >= 0 && i >= 0 && i < len(m.story.Sentences); i += d {
		if ev := m.shownEventOf(i); ev >= 0 {
			m.selectShown(ev)
			return
		}
	}
}

// articleTarget is the event enter goes to from the article: that of the
// sentence holding the current search match when there is one, else the
// selected event; -1 when that sentence has no event the timeline shows.
func (m *Model) articleTarget() int {
	p := &m.article
	if p.onMatch && p.match >= 0 && p.match < len(p.find.matches) {
		return m.shownEventOf(sentenceAt(m.story, p.find.matches[p.match]))
	}
	return m.timeline.current()
}

// goToEvent shows event ev in the timeline's Event pane.
func (m *Model) goToEvent(ev int) {
	if ev < 0 {
		return
	}
	m.selectShown(ev)
	m.setView(viewTimeline)
	m.focus = paneDetail
}

// copyEvent puts the selected event on the clipboard, over OSC 52 so it
// works over SSH too: its summary, date, sentence and source.
func (m *Model) copyEvent() tea.Cmd {
	if m.caseOn() && m.view == viewTimeline {
		return m.copyEntry()
	}
	ev := m.timeline.current()
	if ev < 0 {
		return nil
	}
	m.status = "event copied to the clipboard"
	return tea.SetClipboard(eventText(m, ev))
}

// eventText is event ev as plain text for the clipboard.
func eventText(m *Model, ev int) string {
	e := m.story.Events[ev]
	var b strings.Builder
	b.WriteString(m.summary(ev) + "\n")
	if undated(e) {
		b.WriteString("Undated\n")
	} else {
		b.WriteString(dateLabel(e.Date, true) + "\n")
	}
	if s, ok := m.ix.sentenceOf(m.story, e.Sentence); ok {
		b.WriteString("“" + clean(s.Text) + "”\n")
	}
	doc := m.story.Doc
	var src []string
	for _, v := range []string{clean(doc.Source), clean(doc.Title)} {
		if v != "" {
			src = append(src, v)
		}
	}
	if doc.HasPublished() {
		src = append(src, doc.Published.Format("2 Jan 2006"))
	}
	if u := clean(doc.URL); u != "" {
		src = append(src, u)
	}
	if len(src) > 0 {
		b.WriteString("Source: " + strings.Join(src, ", ") + "\n")
	}
	return b.String()
}

// goFrom is enter in the article or the stats: the event of the sentence
// read, or of the figure under the cursor, in the Event pane; a figure
// whose sentence reports no event the timeline shows opens the article at
// the sentence instead.
func (m *Model) goFrom() {
	if m.view == viewSources {
		m.goToDisagreement()
		return
	}
	if m.view == viewArticle && m.caseOn() {
		m.goToEntryOf(m.articleTarget())
		return
	}
	if m.view == viewStats && m.caseOn() {
		m.goToCaseFigure()
		return
	}
	if m.view == viewArticle {
		m.goToEvent(m.articleTarget())
		return
	}
	ev, sentence, ok := m.statsTarget()
	switch {
	case !ok:
	case ev >= 0:
		m.goToEvent(ev)
	default:
		if i, found := m.ix.sentenceIndex(sentence); found {
			m.setView(viewArticle)
			m.article.seekTo = i + 1
		}
	}
}
