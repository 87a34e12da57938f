// Package ui is the Bubble Tea front end: one root model that routes
// messages to pane models, one keymap, one theme.
package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// Options configure a new Model. The zero value is the default app.
type Options struct {
	Theme       string // "auto" (default), "dark", "light"
	NoColor     bool
	Selection   model.Selection // initial filters
	View        string          // "timeline" (default), "article", "entities", "stats"
	IdleTimeout time.Duration   // 0: none; else say goodbye and quit after this long without a key
	Demo        bool
	DemoSpeed   time.Duration
}

// viewID is what fills the body.
type viewID int

const (
	viewTimeline viewID = iota
	viewArticle
	viewEntities
	viewStats
)

// paneID is the focused pane of the timeline view.
type paneID int

const (
	paneFilters paneID = iota
	paneTimeline
	paneDetail
	paneCount
)

// Model is the root model. It is built fresh for every program (and every
// SSH session) and shares only the read-only Story.
//
// Everything a frame shows is rendered in Update, when state changes, and
// kept in frame; View only wraps it. A message that changes nothing draws
// nothing.
type Model struct {
	story *model.Story
	ix    *storyIndex
	opts  Options

	keys KeyMap
	// styles is replaced, never changed in place: a pointer, so that the
	// model Update returns by value is not 20 KB bigger (Bubble Tea boxes
	// it on every message).
	styles *Styles
	isDark bool

	width, height int
	lay           layoutRects

	view       viewID
	focus      paneID
	showHelp   bool
	helpOffset int
	mouse      bool
	status     string // a one-off message in the footer, cleared by the next key

	sel      model.Selection
	shown    []int // Story.Filter(sel)
	selEvent int   // index into Story.Events of the selected event, -1 if none

	search   *textinput.Model // see editSearch
	searchOn bool             // typing into the search box of the focused list

	filters  filtersPane
	timeline timelinePane
	detail   detailPane
	article  articlePane
	entities entitiesPane
	stats    statsPane

	idle    idleState
	goodbye string // set when quitting with a message (idle timeout)

	// Generations of what drawn caches depend on: bumped on every theme
	// change and every change of the shown events.
	themeGen, dataGen int
	cols              timelineCols // date column widths, fixed per story
	chipHits          []chipHit    // where the header chips were drawn

	title string // the terminal window title
	frame string
	// The key state the keymap was last set for, and the footer drawn
	// from it: most keys change neither.
	keysFor keyState
	footKey footerKey
	foot    string

	tour tourState // the guided tour (demo.go)
}

// New returns the root model for story.
func New(story *model.Story, opts Options) Model {
	return Prepare(story).New(opts)
}

// Prepared is a story with the lookups every model of it needs, built
// once: an SSH server shares one among all its sessions, so a session
// costs its own state, not another copy of the story's index. It is
// read-only and safe for concurrent use.
type Prepared struct {
	story *model.Story
	ix    *storyIndex
	stats statsData
}

// Prepare builds the lookups of story (nil: an empty story).
func Prepare(story *model.Story) *Prepared {
	if story == nil {
		story = &model.Story{}
	}
	return &Prepared{story: story, ix: newStoryIndex(story), stats: newStatsData(story)}
}

func newSearchBox() *textinput.Model {
	s := textinput.New()
	s.Prompt = "/"
	s.Placeholder = "type to search"
	s.CharLimit = 200
	return &s
}

// New returns a fresh model of the prepared story.
func (p *Prepared) New(opts Options) Model {
	story, ix := p.story, p.ix
	m := Model{
		story:    story,
		ix:       ix,
		opts:     opts,
		keys:     DefaultKeyMap(),
		isDark:   opts.Theme != "light",
		mouse:    true,
		focus:    paneTimeline,
		sel:      opts.Selection.Clone(),
		selEvent: -1,
		search:   newSearchBox(),
		view:     parseView(opts.View),
		idle:     newIdleState(opts.IdleTimeout, time.Now),
		article:  newArticlePane(),
		stats:    statsPane{data: p.stats},
		cols:     newTimelineCols(ix),
		title:    windowTitle(story),
		tour:     newTour(story, opts),
	}
	m.applyTheme()
	m.applySelection()
	m.entities.setRows(story, m.ix)
	m.refresh()
	return m
}

func parseView(s string) viewID {
	switch strings.ToLower(s) {
	case "article":
		return viewArticle
	case "entities":
		return viewEntities
	case "stats":
		return viewStats
	}
	return viewTimeline
}

// Init implements tea.Model. It asks the terminal for its background only
// when the theme is "auto", and never waits for the answer.
func (m Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.opts.Theme == "" || m.opts.Theme == "auto" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	cmds = append(cmds, m.idle.start(), m.tour.start())
	return tea.Batch(cmds...)
}

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.goodbye != "" {
		return m, nil
	}
	if m.tour.on {
		if m, cmd, ok := m.tourUpdate(msg); ok {
			if work := m.articleWork(); work != nil {
				cmd = tea.Batch(cmd, work)
			}
			return m, cmd
		}
	}
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.handleResize(msg.Width, msg.Height)
	case tea.KeyPressMsg:
		m.idle.touch()
		m, cmd = m.handleKey(msg)
	case tea.MouseClickMsg:
		m.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		m.handleWheel(msg.Mouse())
	case tea.PasteMsg:
		if !m.searchOn {
			return m, nil
		}
		m.idle.touch()
		m, cmd = m.updateSearch(msg)
	case tea.BackgroundColorMsg:
		if m.opts.Theme != "" && m.opts.Theme != "auto" || m.isDark == msg.IsDark() {
			return m, nil
		}
		m.isDark = msg.IsDark()
		m.applyTheme()
	case idleTickMsg:
		var quit bool
		if cmd, quit = m.idle.check(msg); quit {
			m.goodbye = "idle for " + m.idle.timeout.String() + ", goodbye"
			return m, tea.Quit
		}
		return m, cmd
	case GoodbyeMsg:
		m.goodbye = clean(msg.Text)
		return m, tea.Quit
	case articleLayoutMsg:
		m.article.gotLayout(&m, msg.lay)
	case articleSearchMsg:
		m.article.gotMatches(msg)
	default:
		return m, nil
	}
	m.refresh()
	if work := m.articleWork(); work != nil {
		cmd = tea.Batch(cmd, work)
	}
	return m, cmd
}

// GoodbyeMsg makes the app print one line and quit, restoring the
// terminal: the SSH server sends it to every session when it shuts down.
type GoodbyeMsg struct{ Text string }

// View implements tea.Model.
func (m Model) View() tea.View {
	if m.goodbye != "" {
		// Out of the alt screen, so the line stays on the user's terminal.
		return tea.NewView(m.goodbye + "\n")
	}
	v := tea.NewView(m.frame)
	v.AltScreen = true
	if m.mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = m.title
	return v
}

func windowTitle(st *model.Story) string {
	if t := clean(st.Doc.Title); t != "" {
		return "dossier · " + ellipsis(t, 60)
	}
	return "dossier"
}
