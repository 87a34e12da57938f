package ui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
	"dossier/model/casefile"
)

// A case is several articles read as one: the timeline view shows the
// case's merged entries and filters them with the case's facets, the
// entities and stats views span the case (case_views.go), and the
// Sources view lists where the articles disagree. The article view reads
// one article at a time, the one the reader switches to, with the pane
// of a single story: m.story and m.ix are that article's, and m.sel,
// m.filtered and m.timeline keep working on its events (unfiltered), so
// the article's sentence marks and its event steps stay its own.

// PreparedCase is a case with the lookups every model of it needs, built
// once and shared by every SSH session. It is read-only.
type PreparedCase struct {
	c     *casefile.Case
	preps []*Prepared // one per article
	// entityRows is the order the entities view lists the case's in;
	// disagreements, every disagreement in timeline order.
	entityRows    []int
	entityCols    caseEntityWidths
	disagreements []disRef
	rows          []entryRow // each entry's timeline labels
}

// entryRow is what an entry's timeline row shows, drawn once per case:
// a frame lays out every shown entry's columns.
type entryRow struct {
	short, long, sources    string
	shortW, longW, sourcesW int
	summaryW                int
}

func newPreparedCase(c *casefile.Case) *PreparedCase {
	p := &PreparedCase{c: c, entityRows: caseEntityRows(c), entityCols: caseEntityCols(c), disagreements: disagreementsOf(c)}
	p.rows = make([]entryRow, len(c.Entries))
	for i := range c.Entries {
		e := &c.Entries[i]
		r := entryRow{short: dateLabel(e.Date, false), long: dateLabel(e.Date, true), sources: sourcesOf(c, e)}
		r.shortW, r.longW, r.sourcesW = cellWidth(r.short), cellWidth(r.long), cellWidth(r.sources)
		r.summaryW = cellWidth(clean(e.Summary))
		p.rows[i] = r
	}
	return p
}

// PrepareCase builds the lookups of every article of c (nil or empty: a
// case of one empty story).
func PrepareCase(c *casefile.Case) *PreparedCase {
	if c == nil || len(c.Articles) == 0 {
		c = casefile.Merge([]*model.Story{{}}, &model.Lexicon{})
	}
	p := newPreparedCase(c)
	for _, a := range c.Articles {
		p.preps = append(p.preps, Prepare(a.Story))
	}
	return p
}

// NewCase returns the root model for the case c.
func NewCase(c *casefile.Case, opts Options) Model {
	return PrepareCase(c).New(opts)
}

// New returns a fresh model of the prepared case. The guided tour is of
// the single story and does not play on a case.
func (p *PreparedCase) New(opts Options) Model {
	opts.Demo = false
	m := p.preps[0].model(opts)
	m.cs = &caseState{p: p, sel: opts.Selection.Clone(), entry: -1, detailEntry: -2}
	m.cs.list.cur = -1
	m.cs.entities.setRows(p.c, p.entityRows)
	m.sel = model.Selection{}
	m.filters = filtersPane{} // its cursor was on the first article's values
	m.applySelection()
	m.title = caseTitle(p.c)
	m.view = parseView(opts.View)
	if m.view == viewArticle {
		m.openArticle()
	}
	m.settle()
	return m
}

// caseState is the state of a case's model beyond a story's.
type caseState struct {
	p     *PreparedCase
	art   int             // the article the article view reads
	sel   model.Selection // the case's filters
	query string          // the timeline's search over entries
	shown []int           // indices into Entries: what the filters and search leave
	// totals is the stats' totals of shown, worked out when first asked
	// for and forgotten when shown changes (see shownTotals).
	totals *[]casefile.Total
	chips  *filtered  // what the filters alone leave, for the chips line
	cols   entryRow   // the widest labels among shown
	total  int        // what the filters alone leave
	list   scrollList // the timeline's cursor over shown
	entry  int        // index into Entries of the selected entry, -1 if none
	// detail scrolls the selected entry; detailEntry is the entry it was
	// last fitted for, so another one starts at its top.
	detail      scrollList
	detailEntry int
	sources     sourcesPane
	entities    caseEntitiesPane
	stats       caseStatsPane
	// read of readOf articles are in the case so far (CaseMsg); both 0
	// when the case came whole.
	read, readOf int
	feed         <-chan CaseMsg // the later builds, nil once closed (NewGrowing)
	// touched is whether the reader has pressed, clicked or pasted
	// anything: until then a later build opens at its top, as the whole
	// case would, not where the first article's build had its cursor.
	touched bool
}

// caseFacets is the order the filters show a case's facets in: its
// sources first, what a case has that a story has not.
var caseFacets = append([]model.Kind{casefile.SourceFacet}, model.Kinds[:]...)

func (m *Model) caseOn() bool { return m.cs != nil }

func (cs *caseState) c() *casefile.Case { return cs.p.c }

// shownTotals is the stats' totals of the shown entries: a pass over
// them all, so it is made once per change of shown, not once per use.
func (cs *caseState) shownTotals() []casefile.Total {
	if cs.totals == nil {
		t := cs.c().Totals(cs.shown)
		cs.totals = &t
	}
	return *cs.totals
}

// applyCaseSelection recomputes what the case's filters decide: the
// shown entries and every facet's counts.
func (m *Model) applyCaseSelection() {
	cs := m.cs
	cs.sel = cs.sel.Clone()
	shown, facets := cs.c().Apply(cs.sel)
	cs.total = len(shown)
	cs.chips = &filtered{sel: cs.sel, shown: shown}
	m.filters.setFacetsOf(caseFacets, facets)
	if q := cs.query; q != "" {
		kept := make([]int, 0, len(shown))
		for _, i := range shown {
			if m.entryMatches(i, q) {
				kept = append(kept, i)
			}
		}
		shown = kept
	}
	cs.shown, cs.totals = shown, nil
	cs.cols = entryRow{}
	for _, i := range shown {
		r := &cs.p.rows[i]
		cs.cols.shortW, cs.cols.longW = max(cs.cols.shortW, r.shortW), max(cs.cols.longW, r.longW)
		cs.cols.sourcesW = max(cs.cols.sourcesW, r.sourcesW)
		cs.cols.summaryW = max(cs.cols.summaryW, r.summaryW)
	}
	cs.list.setTotal(len(shown))
	cs.list.cur = -1
	if len(shown) > 0 {
		cs.list.cur = 0
		if i, ok := slices.BinarySearch(shown, cs.entry); ok {
			cs.list.cur = i
		}
	}
	cs.syncEntry()
}

// entryMatches is the timeline search over entries: the summary, the
// date and every source's sentence.
func (m *Model) entryMatches(i int, q string) bool {
	c := m.cs.c()
	e := &c.Entries[i]
	if containsFold(e.Summary, q) || containsFold(dateLabel(e.Date, true), q) {
		return true
	}
	for _, s := range e.Sources {
		if containsFold(c.Sentence(s).Text, q) {
			return true
		}
	}
	return false
}

// syncEntry records the cursor's entry as the selection; with nothing
// shown, the old selection is kept so it comes back with the entries.
func (cs *caseState) syncEntry() {
	if cs.list.cur >= 0 && cs.list.cur < len(cs.shown) {
		cs.entry = cs.shown[cs.list.cur]
	}
}

// current is the selected entry if the timeline shows it, else -1.
func (cs *caseState) current() int {
	if cs.list.cur >= 0 && cs.list.cur < len(cs.shown) {
		return cs.shown[cs.list.cur]
	}
	return -1
}

// moveEntry moves the timeline's cursor by d entries.
func (cs *caseState) moveEntry(d int) {
	cs.list.moveBy(d, nil)
	cs.syncEntry()
}

// selectEntry puts the cursor on entry i, clearing the filters and the
// search first when they hide it.
func (m *Model) selectEntry(i int) {
	cs := m.cs
	if _, ok := slices.BinarySearch(cs.shown, i); !ok {
		cs.sel, cs.query = model.Selection{}, ""
		m.status = "filters cleared to show the entry"
	}
	cs.entry = i
	m.applyCaseSelection()
}

// goToEntryOf shows, in the timeline's detail pane, the entry that holds
// event ev of the article being read.
func (m *Model) goToEntryOf(ev int) {
	if ev < 0 {
		return
	}
	m.selectEntry(m.cs.c().EntryOf(m.cs.art, ev))
	m.setView(viewTimeline)
	m.focus = paneDetail
}

// switchArticle makes article a the one the article, entities and stats
// views read, its event ev selected (-1: its first).
func (m *Model) switchArticle(a, ev int) {
	cs := m.cs
	n := len(cs.p.preps)
	a = (a%n + n) % n
	if a != cs.art {
		p := cs.p.preps[a]
		cs.art = a
		m.story, m.ix = p.story, p.ix
		m.article = newArticlePane()
		m.entities = entitiesPane{}
		m.entities.side.overscroll = true
		m.entities.setRows(m.story, m.ix)
		m.stats = statsPane{}
		m.timeline = timelinePane{}
	}
	m.selEvent = ev
	m.applySelection()
	m.article.follow = true
}

// stepArticle reads the next (d > 0) or previous article of the case,
// at its report of the selected entry when it has one.
func (m *Model) stepArticle(d int) {
	cs := m.cs
	n := len(cs.p.preps)
	a := ((cs.art+d)%n + n) % n
	ev := -1
	if i := cs.current(); i >= 0 {
		for _, s := range cs.c().Entries[i].Sources {
			if s.Article == a {
				ev = s.Event
				break
			}
		}
	}
	m.switchArticle(a, ev)
}

// openArticle is the article view opened from the case's timeline: the
// selected entry's sentence in the article being read when it reports
// the entry, else in the entry's lead article.
func (m *Model) openArticle() {
	cs := m.cs
	i := cs.current()
	if i < 0 {
		return
	}
	e := &cs.c().Entries[i]
	src := e.Lead
	for _, s := range e.Sources {
		if s.Article == cs.art {
			src = s
			break
		}
	}
	m.switchArticle(src.Article, src.Event)
}

// articleOf is the label of the article being read and its place in the
// case: "ICE · article 2 of 3".
func (m *Model) articleOf() string {
	cs := m.cs
	return clean(cs.c().Articles[cs.art].Label) + " · article " + itoa(cs.art+1) + " of " + itoa(len(cs.p.preps))
}

// sourcesOf is an entry's sources for its timeline row: the article when
// there is one, else how many.
func sourcesOf(c *casefile.Case, e *casefile.Entry) string {
	labels := c.Values(e, casefile.SourceFacet)
	if len(labels) == 1 {
		return clean(labels[0])
	}
	return itoa(len(labels)) + " sources"
}

func caseTitle(c *casefile.Case) string {
	return "dossier · case of " + plural(len(c.Articles), "article")
}

// CaseMsg brings a model a newer build of the case it shows, as the
// articles of a case arrive: the first frame need not wait for the last
// article. Read and Total say how many of the case's articles are read
// so far; the header shows the progress until they are equal. Case must
// hold the articles of the case the model shows, in the same order, and
// more after them (PreparedCase.Grow).
type CaseMsg struct {
	Case        *PreparedCase
	Read, Total int
}

// NewGrowing returns a model of the prepared case, read of total
// articles read so far, that takes the later builds of it from feed as
// they come, until feed is closed: the first frame shows what is read so
// far, with the progress. Only the latest build matters, so a sender may
// drop one the model has not taken yet for a newer one.
func (p *PreparedCase) NewGrowing(opts Options, read, total int, feed <-chan CaseMsg) Model {
	m := p.New(opts)
	m.cs.feed = feed
	m.cs.read, m.cs.readOf = read, total
	return m
}

// caseFeedMsg is a build taken from the feed, or its end.
type caseFeedMsg struct {
	msg CaseMsg
	ok  bool
}

func waitCase(feed <-chan CaseMsg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-feed
		return caseFeedMsg{msg, ok}
	}
}

// Grow prepares c, a later build of p's case, reusing the lookups of
// the articles p has already prepared.
func (p *PreparedCase) Grow(c *casefile.Case) *PreparedCase {
	if c == nil || len(c.Articles) == 0 {
		return p
	}
	q := newPreparedCase(c)
	for i, a := range c.Articles {
		if i < len(p.preps) && p.preps[i].story == a.Story {
			q.preps = append(q.preps, p.preps[i])
			continue
		}
		q.preps = append(q.preps, Prepare(a.Story))
	}
	return q
}

// growCase takes a newer build of the case, keeping what the reader is
// on: the filters, the selected entry (by its lead report, which the
// newer build files under one entry too), the article being read.
func (m *Model) growCase(msg CaseMsg) {
	cs := m.cs
	if msg.Case == nil || msg.Case.c == nil {
		return
	}
	old := cs.c()
	lead := casefile.Source{Article: -1}
	if cs.entry >= 0 && cs.entry < len(old.Entries) {
		lead = old.Entries[cs.entry].Lead
	}
	cs.p = msg.Case
	cs.read, cs.readOf = msg.Read, msg.Total
	c := cs.c()
	cs.entry = -1
	if !cs.touched {
		m.filters = filtersPane{}
	} else if lead.Article >= 0 && lead.Article < len(c.Articles) && c.Articles[lead.Article].Story == old.Articles[lead.Article].Story {
		cs.entry = c.EntryOf(lead.Article, lead.Event)
	}
	if cs.art >= len(cs.p.preps) || cs.p.preps[cs.art].story != m.story {
		cs.art = 0
		p := cs.p.preps[0]
		m.story, m.ix = p.story, p.ix
		m.article = newArticlePane()
		m.timeline = timelinePane{}
		m.selEvent = -1
		m.applySelection()
	}
	cs.entities.setRows(c, cs.p.entityRows)
	cs.sources.at = clamp(cs.sources.at, 0, max(len(cs.disagreements())-1, 0))
	cs.detailEntry = -2
	m.applyCaseSelection()
	m.title = caseTitle(c)
}

// copyEntry puts the selected entry on the clipboard: its summary and
// date, then each source's article and sentence.
func (m *Model) copyEntry() tea.Cmd {
	i := m.cs.current()
	if i < 0 {
		return nil
	}
	m.status = "entry copied to the clipboard"
	return tea.SetClipboard(entryText(m.cs.c(), i))
}

// entryText is entry i as plain text for the clipboard.
func entryText(c *casefile.Case, i int) string {
	e := &c.Entries[i]
	var b strings.Builder
	b.WriteString(clean(e.Summary) + "\n" + dateLabel(e.Date, true) + "\n")
	for _, s := range e.Sources {
		a := &c.Articles[s.Article]
		src := []string{clean(a.Label)}
		if t := clean(a.Story.Doc.Title); t != "" {
			src = append(src, t)
		}
		if u := clean(a.Story.Doc.URL); u != "" {
			src = append(src, u)
		}
		b.WriteString("“" + clean(c.Sentence(s).Text) + "” (" + strings.Join(src, ", ") + ")\n")
	}
	return b.String()
}
