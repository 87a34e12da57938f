package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

var _ help.KeyMap = KeyMap{}

// KeyMap is every key the app answers to. The help bar and the full help
// are generated from it, and bindings are enabled and disabled with the
// app's state (setKeys), so help never lists a key that does nothing.
type KeyMap struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	Move                                    key.Binding // ↑↓/jk as one short-help entry

	NextPane, PrevPane, Pane key.Binding // tab, shift+tab, 1–3
	Toggle                   key.Binding // space/enter on a filter value
	Open                     key.Binding // enter on an event: show it in the detail pane
	FilterBy                 key.Binding // enter on an entity: filter by it
	GoEvent                  key.Binding // enter in the article or stats: the event of the sentence
	NextEvent, PrevEvent     key.Binding // ] and [: the next or previous event, from the Event pane or the article
	Steps                    key.Binding // [/] as one short-help entry
	Copy                     key.Binding // y: the selected event to the clipboard
	Back                     key.Binding // esc: clear search, leave a view or pane
	Clear                    key.Binding // x: clear every filter

	Search, NextMatch, PrevMatch key.Binding
	SearchAccept, SearchCancel   key.Binding // while typing in a search box

	Timeline, Article, Entities, Stats key.Binding
	Sources                            key.Binding // S: a case's disagreements
	Views                              key.Binding // t/a/e/s as one short-help entry
	NextArticle, PrevArticle           key.Binding // tab and shift+tab in a case's article view

	Mouse, Help, CloseHelp, Quit key.Binding
}

// DefaultKeyMap returns a fresh keymap; each model owns its copy, because
// enabling a binding must not leak into another SSH session.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
	}
	return KeyMap{
		Up:           b([]string{"up", "k"}, "↑/k", "up"),
		Down:         b([]string{"down", "j"}, "↓/j", "down"),
		Move:         b([]string{"up", "down", "k", "j"}, "↑↓/jk", "move"),
		Top:          b([]string{"g", "home"}, "g", "first"),
		Bottom:       b([]string{"G", "end"}, "G", "last"),
		PageUp:       b([]string{"pgup"}, "pgup", "page up"),
		PageDown:     b([]string{"pgdown"}, "pgdn", "page down"),
		NextPane:     b([]string{"tab"}, "tab", "next pane"),
		PrevPane:     b([]string{"shift+tab"}, "shift+tab", "previous pane"),
		Pane:         b([]string{"1", "2", "3"}, "1-3", "jump to pane"),
		Toggle:       b([]string{"space", "enter"}, "space", "toggle"),
		Open:         b([]string{"enter"}, "enter", "detail"),
		FilterBy:     b([]string{"enter"}, "enter", "filter by"),
		GoEvent:      b([]string{"enter"}, "enter", "its event"),
		NextEvent:    b([]string{"]"}, "]", "next event"),
		PrevEvent:    b([]string{"["}, "[", "previous event"),
		Steps:        b([]string{"[", "]"}, "[/]", "prev/next event"),
		Copy:         b([]string{"y"}, "y", "copy"),
		Back:         b([]string{"esc"}, "esc", "back"),
		Clear:        b([]string{"x"}, "x", "clear all"),
		Search:       b([]string{"/"}, "/", "search"),
		NextMatch:    b([]string{"n"}, "n", "next match"),
		PrevMatch:    b([]string{"N"}, "N", "previous match"),
		SearchAccept: b([]string{"enter"}, "enter", "keep search"),
		SearchCancel: b([]string{"esc"}, "esc", "cancel search"),
		Timeline:     b([]string{"t"}, "t", "timeline"),
		Article:      b([]string{"a"}, "a", "article"),
		Entities:     b([]string{"e"}, "e", "entities"),
		Stats:        b([]string{"s"}, "s", "stats"),
		Sources:      b([]string{"S"}, "S", "sources"),
		Views:        b([]string{"t", "a", "e", "s"}, "t/a/e/s", "views"),
		NextArticle:  b([]string{"tab"}, "tab", "next article"),
		PrevArticle:  b([]string{"shift+tab"}, "shift+tab", "previous article"),
		Mouse:        b([]string{"m"}, "m", "mouse"),
		Help:         b([]string{"?"}, "?", "help & legend"),
		CloseHelp:    b([]string{"?", "esc"}, "?/esc", "close help"),
		Quit:         b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// keyState is what decides which bindings do something right now.
type keyState struct {
	view       viewID
	focus      paneID
	searching  bool // typing in a search box
	hasQuery   bool // a search is applied to the current list
	hasMatches bool // the article search has matches
	hasFilters bool
	canToggle  bool // the filters cursor is on a value
	canOpen    bool // an event is selected
	canGo      bool // the article's or the stats' current sentence has an event to go to
	canScroll  bool // the focused list or text has rows to move over
	hasSide    bool // the entities view has its mentions pane
	sideFocus  bool // and the mentions pane has the keys
	isCase     bool // the model reads a case of several articles
	articles   int  // how many
}

// keysIn is what a keymap is made of: the default bindings and the state
// that enables them.
type keysIn struct {
	base *KeyMap // DefaultKeyMap, never changed
	s    keyState
}

// keyMapFor is the keymap of a state: a fresh copy of the default one, so
// that a keymap once built is never changed. setKeys replaces the key
// lists it changes rather than writing into them, so the copy shares
// nothing it changes with the base.
func keyMapFor(in keysIn) *KeyMap {
	k := *in.base
	k.setKeys(in.s)
	return &k
}

// setKeys enables exactly the bindings that act in state s.
func (k *KeyMap) setKeys(s keyState) {
	inTimeline := s.view == viewTimeline
	typing := s.searching
	all := []*key.Binding{&k.Move, &k.Up, &k.Down, &k.Top, &k.Bottom, &k.PageUp, &k.PageDown,
		&k.NextPane, &k.PrevPane, &k.Pane, &k.Toggle, &k.Open, &k.FilterBy, &k.GoEvent,
		&k.NextEvent, &k.PrevEvent, &k.Steps, &k.Copy, &k.Back, &k.Clear,
		&k.Search, &k.NextMatch, &k.PrevMatch, &k.Timeline, &k.Article, &k.Entities, &k.Stats,
		&k.Views, &k.Mouse, &k.Help, &k.Sources, &k.NextArticle, &k.PrevArticle}
	for _, b := range all {
		b.SetEnabled(!typing)
	}
	k.SearchAccept.SetEnabled(typing)
	k.SearchCancel.SetEnabled(typing)
	k.Quit.SetEnabled(true)
	if typing {
		// Arrows still move the list being searched, like fzf.
		k.Up.SetEnabled(true)
		k.Down.SetEnabled(true)
		k.Move.SetEnabled(true)
		k.Move.SetKeys("up", "down")
		k.Move.SetHelp("↑↓", "move")
		k.Up.SetKeys("up")
		k.Down.SetKeys("down")
		k.Up.SetHelp("↑", "up")
		k.Down.SetHelp("↓", "down")
		k.Quit.SetKeys("ctrl+c")
		k.Quit.SetHelp("ctrl+c", "quit")
		return
	}
	k.Move.SetKeys("up", "down", "k", "j")
	k.Move.SetHelp("↑↓/jk", "move")
	k.Up.SetKeys("up", "k")
	k.Down.SetKeys("down", "j")
	k.Up.SetHelp("↑/k", "up")
	k.Down.SetHelp("↓/j", "down")
	k.Quit.SetKeys("q", "ctrl+c")
	k.Quit.SetHelp("q", "quit")

	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.Move, &k.Top, &k.Bottom, &k.PageUp, &k.PageDown} {
		b.SetEnabled(s.canScroll)
	}
	panes := inTimeline || s.view == viewEntities && s.hasSide
	k.NextPane.SetEnabled(panes)
	k.PrevPane.SetEnabled(panes)
	if s.view == viewEntities {
		k.NextPane.SetHelp("tab", "mentions")
		if s.sideFocus {
			k.NextPane.SetHelp("tab", "entities")
		}
	}
	k.Toggle.SetEnabled(inTimeline && s.focus == paneFilters && s.canToggle)
	k.Open.SetEnabled(inTimeline && s.focus == paneTimeline && s.canOpen)
	k.FilterBy.SetEnabled(s.view == viewEntities && !s.sideFocus && s.canToggle)
	k.GoEvent.SetEnabled((s.view == viewArticle || s.view == viewStats || s.view == viewSources) && s.canGo)
	if s.isCase {
		k.GoEvent.SetHelp("enter", "its entry")
	}
	k.Sources.SetEnabled(s.isCase)
	if s.isCase {
		k.Views.SetKeys("t", "a", "e", "s", "S")
		k.Views.SetHelp("t/a/e/s/S", "views")
	}
	k.NextArticle.SetEnabled(s.isCase && s.view == viewArticle && s.articles > 1)
	k.PrevArticle.SetEnabled(s.isCase && s.view == viewArticle && s.articles > 1)
	steps := s.canOpen && (inTimeline && s.focus == paneDetail || s.view == viewArticle)
	k.NextEvent.SetEnabled(steps)
	k.PrevEvent.SetEnabled(steps)
	k.Steps.SetEnabled(steps)
	if s.isCase && inTimeline {
		k.NextEvent.SetHelp("]", "next entry")
		k.PrevEvent.SetHelp("[", "previous entry")
		k.Steps.SetHelp("[/]", "prev/next entry")
	}
	k.Copy.SetEnabled(s.canOpen && (inTimeline || s.view == viewArticle))
	k.Back.SetEnabled(s.hasQuery || !inTimeline || s.focus == paneDetail)
	k.Back.SetHelp("esc", backHelp(s))
	k.Clear.SetEnabled(s.hasFilters)
	// In the Event pane, / searches the timeline beside it.
	k.Search.SetEnabled(s.view == viewArticle || s.view == viewEntities && !s.sideFocus || inTimeline)
	k.NextMatch.SetEnabled(s.view == viewArticle && s.hasMatches)
	k.PrevMatch.SetEnabled(s.view == viewArticle && s.hasMatches)
}

func backHelp(s keyState) string {
	switch {
	case s.hasQuery:
		return "clear search"
	case s.view == viewEntities && s.sideFocus:
		return "back to entities"
	case s.view != viewTimeline:
		return "back to timeline"
	}
	return "back to list"
}

// ShortHelp implements help.KeyMap: the few keys that matter right now.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.SearchAccept, k.SearchCancel, k.Move, k.Toggle, k.Open, k.FilterBy, k.GoEvent,
		k.NextArticle, k.NextMatch, k.Steps, k.Search, k.Back, k.Clear, k.NextPane, k.Views, k.Copy, k.Mouse}
}

// FullHelp implements help.KeyMap: every key, grouped in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.NextPane, k.PrevPane, k.Pane, k.Open, k.GoEvent, k.NextEvent, k.PrevEvent, k.Back},
		{k.Toggle, k.FilterBy, k.Clear, k.Search, k.NextMatch, k.PrevMatch, k.SearchAccept, k.SearchCancel},
		{k.Timeline, k.Article, k.Entities, k.Stats, k.Sources, k.NextArticle, k.PrevArticle},
		{k.Copy, k.Mouse, k.Help, k.Quit},
	}
}

// fullHelpTitles names the FullHelp columns, in the same order.
func fullHelpTitles() []string { return []string{"Move", "Panes", "Filter & search", "Views", "App"} }
