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
	View        string          // "timeline" (default), "article", "entities", "stats", and for a case "sources"
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
	viewSources // a case's disagreements
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
// Update changes the state and ends in settle, which brings what follows
// from it up to date (the keymap, the size and scroll of the panes in
// view) and draws the frame into frame; View only wraps it. A message that
// changes nothing draws nothing. Drawing reads the state and never changes
// it: it works on a copy of the model, and the panes it memoises are pure
// functions of their inputs (memo.go).
type Model struct {
	story *model.Story
	ix    *storyIndex
	opts  Options

	// keys and styles are replaced, never changed in place: pointers, so
	// that the model Update returns by value stays small (Bubble Tea
	// boxes it on every message), and so that drawings can key on them.
	keys     *KeyMap
	baseKeys *KeyMap // the story's DefaultKeyMap, which keys are made from
	styles   *Styles
	isDark   bool

	width, height int
	lay           layoutRects

	view     viewID
	focus    paneID
	showHelp bool
	help     scrollList // the help's lines
	mouse    bool
	status   string // a one-off message in the footer, cleared by the next key

	sel      model.Selection
	filtered *filtered // what sel leaves, replaced with it
	selEvent int       // index into Story.Events of the selected event, -1 if none

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

	chipHits []chipHit // where the header chips are, for clicks

	title string // the terminal window title
	frame string
	memos *memos    // shared by the model's copies
	tour  tourState // the guided tour (demo.go)

	cs *caseState // nil for a single story (case.go)
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
	keys  *KeyMap // DefaultKeyMap, copied by every model's keymaps
}

// Prepare builds the lookups of story (nil: an empty story).
func Prepare(story *model.Story) *Prepared {
	if story == nil {
		story = &model.Story{}
	}
	keys := DefaultKeyMap()
	return &Prepared{story: story, ix: newStoryIndex(story), keys: &keys}
}

// New returns a fresh model of the prepared story.
func (p *Prepared) New(opts Options) Model {
	m := p.model(opts)
	m.settle()
	return m
}

// model is a fresh model of the prepared story, not yet settled.
func (p *Prepared) model(opts Options) Model {
	story, ix := p.story, p.ix
	m := Model{
		story:    story,
		ix:       ix,
		opts:     opts,
		baseKeys: p.keys,
		isDark:   opts.Theme != "light",
		mouse:    true,
		focus:    paneTimeline,
		sel:      opts.Selection.Clone(),
		selEvent: -1,
		search:   newSearchBox(),
		view:     parseView(opts.View),
		idle:     newIdleState(opts.IdleTimeout, time.Now),
		article:  newArticlePane(),
		title:    windowTitle(story),
		tour:     newTour(story, opts),
		memos:    &memos{},
	}
	if m.view == viewSources {
		m.view = viewTimeline // a story has no Sources view
	}
	m.entities.side.overscroll = true
	m.applyTheme()
	m.applySelection()
	m.entities.setRows(story, m.ix)
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
	case "sources":
		return viewSources // a case's; a story shows its timeline
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
	if m.cs != nil && m.cs.feed != nil {
		cmds = append(cmds, waitCase(m.cs.feed))
	}
	return tea.Batch(cmds...)
}

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
