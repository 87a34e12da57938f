package ui

import (
	"image/color"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// isQuit reports whether cmd (or a batch holding it) quits.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if isQuit(c) {
				return true
			}
		}
	}
	return false
}

func send(m Model, msg tea.Msg) (Model, tea.Cmd) {
	nm, cmd := m.Update(msg)
	return nm.(Model), cmd
}

var timelineTitle = regexp.MustCompile(`Timeline (\d+) of (\d+)`)

// shownOf returns N and M of the "Timeline N of M" title.
func shownOf(t *testing.T, m Model) (string, string) {
	t.Helper()
	g := timelineTitle.FindStringSubmatch(plain(m))
	if g == nil {
		t.Fatalf("no timeline title in:\n%s", plain(m))
	}
	return g[1], g[2]
}

// filterRowText returns the filters pane row of value v.
func filterRowText(t *testing.T, m Model, v string) string {
	t.Helper()
	for _, line := range strings.Split(plain(m), "\n") {
		if i := strings.Index(line, "] "+v+" "); i >= 0 {
			return strings.Fields(strings.NewReplacer("│", " ", "┃", " ").Replace(line[i+len(v)+2:]))[0]
		}
	}
	t.Fatalf("no filter row %q in:\n%s", v, plain(m))
	return ""
}

func TestFocusKeys(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	if m.focus != paneTimeline {
		t.Fatalf("starts with focus %d, want the timeline", m.focus)
	}
	steps := []struct {
		key  string
		want paneID
	}{
		{"tab", paneDetail}, {"tab", paneFilters}, {"tab", paneTimeline},
		{"shift+tab", paneFilters}, {"shift+tab", paneDetail},
		{"1", paneFilters}, {"3", paneDetail}, {"2", paneTimeline},
	}
	for _, s := range steps {
		m = press(m, s.key)
		if m.focus != s.want {
			t.Fatalf("after %s: focus %d, want %d", s.key, m.focus, s.want)
		}
	}
	// The focused pane has the heavy border; 1 from another view comes back.
	m = press(m, "a", "1")
	if m.view != viewTimeline || m.focus != paneFilters || !strings.Contains(plain(m), "┏ Filters") {
		t.Fatalf("1 from the article: view %d focus %d\n%s", m.view, m.focus, plain(m))
	}
}

func TestToggleChangesCountsAndTitle(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	if n, of := shownOf(t, m); n != "17" || of != "17" {
		t.Fatalf("start: Timeline %s of %s", n, of)
	}
	if got := filterRowText(t, m, "Netherlands"); got != "6" {
		t.Fatalf("Netherlands count %s, want 6", got)
	}
	m = press(m, "1") // cursor starts on the first value: Belgium
	if r, _ := m.filters.current(); r.fv.Value != "Belgium" {
		t.Fatalf("cursor on %q", r.fv.Value)
	}
	m = press(m, "space")
	if n, _ := shownOf(t, m); n != "9" {
		t.Fatalf("after Belgium: Timeline %s of 17, want 9", n)
	}
	if !strings.Contains(plain(m), "[x] Belgium") || !strings.Contains(plain(m), "Belgium ×") {
		t.Fatalf("no checked box or chip for Belgium:\n%s", plain(m))
	}
	// Within a facet values OR: Netherlands still shows its 6.
	if got := filterRowText(t, m, "Netherlands"); got != "6" {
		t.Fatalf("Netherlands count under Belgium %s, want 6 (values OR)", got)
	}
	// Across facets they AND: Dutch police leaves nothing given Belgium.
	if got := filterRowText(t, m, "Dutch police"); got != "0" {
		t.Fatalf("Dutch police count under Belgium %s, want 0", got)
	}
	m = press(m, "j", "space") // Netherlands too
	if n, _ := shownOf(t, m); n != "15" {
		t.Fatalf("Belgium or Netherlands: Timeline %s, want 15", n)
	}
	m = press(m, "space") // Netherlands off again
	if n, _ := shownOf(t, m); n != "9" {
		t.Fatalf("toggle back: Timeline %s, want 9", n)
	}
	m = press(m, "x")
	if n, _ := shownOf(t, m); n != "17" || !m.sel.Empty() {
		t.Fatalf("x: Timeline %s, selection %v", n, m.sel)
	}
	if strings.Contains(plain(m), "[x]") {
		t.Fatal("x left a checked box")
	}
}

func TestEnterTogglesInFiltersAndOpensInTimeline(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(m, "1", "enter")
	if !m.sel.Has(model.KindCountry, "Belgium") {
		t.Fatal("enter in the filters did not toggle")
	}
	m = press(m, "2", "enter")
	if m.focus != paneDetail {
		t.Fatalf("enter in the timeline: focus %d, want detail", m.focus)
	}
	m = press(m, "esc")
	if m.focus != paneTimeline {
		t.Fatalf("esc in the detail: focus %d, want timeline", m.focus)
	}
}

func TestSearchCapturesTypedKeys(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(m, "/")
	if !m.searchOn {
		t.Fatal("/ did not open the search box")
	}
	for _, k := range []string{"q", "a", "x", "1", "?", "t", "m"} {
		var cmd tea.Cmd
		m, cmd = send(m, keyMsg(k))
		if isQuit(cmd) {
			t.Fatalf("%q typed into search quit the app", k)
		}
	}
	if m.view != viewTimeline || m.showHelp || !m.mouse || m.focus != paneTimeline {
		t.Fatalf("typed keys ran commands: view %d help %v mouse %v focus %d", m.view, m.showHelp, m.mouse, m.focus)
	}
	if got := m.search.Value(); got != "qax1?tm" {
		t.Fatalf("search box holds %q", got)
	}
	m = press(m, "esc")
	if m.searchOn || m.timeline.query != "" {
		t.Fatalf("esc: searching %v, query %q", m.searchOn, m.timeline.query)
	}
	if _, cmd := send(m, keyMsg("q")); !isQuit(cmd) {
		t.Fatal("q after leaving search did not quit")
	}
	if _, cmd := send(press(m, "/"), keyMsg("ctrl+c")); !isQuit(cmd) {
		t.Fatal("ctrl+c in search did not quit")
	}
}

func TestTimelineSearchNarrowsAndEnterKeepsIt(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(m, "/")
	m = typeText(m, "sky ecc")
	if n, _ := shownOf(t, m); n != "4" {
		t.Fatalf("/sky ecc: Timeline %s of 17, want 4\n%s", n, plain(m))
	}
	m = press(m, "enter")
	if m.searchOn || m.timeline.query != "sky ecc" {
		t.Fatalf("enter: searching %v, query %q", m.searchOn, m.timeline.query)
	}
	if !strings.Contains(plain(m), "/sky ecc") {
		t.Fatal("applied search not shown in the title")
	}
	m = press(m, "esc")
	if n, _ := shownOf(t, m); n != "17" {
		t.Fatalf("esc clears the applied search: Timeline %s", n)
	}
}

// The timeline search finds an event by its summary, its sentence or its
// date as the long style draws it ("undated" for the undated): checked
// against that definition for every event of the seed.
func TestTimelineSearchMatchesDateLabels(t *testing.T) {
	for _, q := range []string{"undated", "2020", "tue 9 mar", "sky ecc"} {
		m := sized(t, 120, 40, Options{})
		want := 0
		for _, e := range m.story.Events {
			s, _ := m.ix.sentenceOf(m.story, e.Sentence)
			if containsFold(e.Summary, q) || containsFold(dateLabel(e.Date, true), q) || containsFold(s.Text, q) {
				want++
			}
		}
		if want == 0 {
			t.Fatalf("/%s matches no event of the seed: not a test", q)
		}
		m = press(m, "/")
		m = typeText(m, q)
		if n, _ := shownOf(t, m); n != itoa(want) {
			t.Errorf("/%s: Timeline %s, want %d", q, n, want)
		}
	}
}

func TestFiltersSearch(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(m, "1", "/")
	m = typeText(m, "dutch")
	out := plain(m)
	if strings.Contains(out, "Belgium") && strings.Contains(out, "[ ] Belgium") {
		t.Fatalf("search 'dutch' still lists Belgium:\n%s", out)
	}
	if !strings.Contains(out, "Dutch police") || !strings.Contains(out, "Dutch prosecutors") {
		t.Fatalf("search 'dutch' lost the Dutch agencies:\n%s", out)
	}
	m = press(m, "enter", "space")
	if !m.sel.Has(model.KindAgency, "Dutch police") {
		t.Fatalf("space after search toggled %v", m.sel)
	}
}

func TestViewSwitches(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	cases := []struct {
		key   string
		view  viewID
		title string
	}{
		{"a", viewArticle, "Article"}, {"e", viewEntities, "Entities"},
		{"s", viewStats, "Stats"}, {"t", viewTimeline, "Timeline 17 of 17"},
	}
	for _, c := range cases {
		m = press(m, c.key)
		if m.view != c.view || !strings.Contains(plain(m), c.title) {
			t.Fatalf("%s: view %d, want %d with %q", c.key, m.view, c.view, c.title)
		}
	}
	m = press(m, "s", "esc")
	if m.view != viewTimeline {
		t.Fatal("esc did not return to the timeline")
	}
	if m := sized(t, 120, 40, Options{View: "stats"}); m.view != viewStats {
		t.Fatal("Options.View ignored")
	}
}

func TestHelpShowsAndHides(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(m, "?")
	out := plain(m)
	if !m.showHelp || !strings.Contains(out, "Help") || !strings.Contains(out, "Legend") {
		t.Fatalf("? did not show the help:\n%s", out)
	}
	for _, want := range []string{"next pane", "jump to pane", "article", "mouse", "date carried from context"} {
		if !strings.Contains(out, want) {
			t.Errorf("full help lacks %q", want)
		}
	}
	m = press(m, "j") // keys other than close do nothing behind the help
	if m.timeline.pos() != 0 {
		t.Fatal("j moved the timeline behind the help")
	}
	m = press(m, "?")
	if m.showHelp {
		t.Fatal("? did not close the help")
	}
	m = press(m, "?", "esc")
	if m.showHelp {
		t.Fatal("esc did not close the help")
	}
}

func TestHelpBarListsOnlyLiveKeys(t *testing.T) {
	m := sized(t, 200, 40, Options{})
	footer := func(m Model) string {
		lines := strings.Split(plain(m), "\n")
		return lines[len(lines)-1]
	}
	f := footer(m)
	for _, dead := range []string{"space toggle", "x clear all", "next match"} {
		if strings.Contains(f, dead) {
			t.Errorf("timeline help bar lists %q: %s", dead, f)
		}
	}
	if !strings.Contains(f, "enter detail") {
		t.Errorf("timeline help bar lacks enter: %s", f)
	}
	m = press(m, "1")
	if f := footer(m); !strings.Contains(f, "space toggle") || strings.Contains(f, "enter detail") {
		t.Errorf("filters help bar: %s", f)
	}
	m = press(m, "space")
	if f := footer(m); !strings.Contains(f, "x clear all") {
		t.Errorf("x missing with a filter on: %s", f)
	}
	m = press(m, "/")
	if f := footer(m); !strings.Contains(f, "keep search") || strings.Contains(f, "q quit") || strings.Contains(f, "views") {
		t.Errorf("search help bar: %s", f)
	}
}

func TestResizeKeepsSelectionAndFilters(t *testing.T) {
	m := sized(t, 140, 40, Options{})
	m = press(m, "1", "j", "space", "2", "j", "j")
	sel, ev, fc := m.sel.Clone(), m.selEvent, m.filters.curValue
	if ev < 0 || sel.Empty() {
		t.Fatal("setup failed")
	}
	for _, sz := range [][2]int{{60, 20}, {100, 30}, {30, 8}, {1, 1}, {250, 70}, {140, 40}} {
		m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		if m.selEvent != ev || m.filters.curValue != fc || len(m.sel[model.KindCountry]) != len(sel[model.KindCountry]) {
			t.Fatalf("at %dx%d: event %d→%d, cursor %q→%q, sel %v→%v", sz[0], sz[1], ev, m.selEvent, fc, m.filters.curValue, sel, m.sel)
		}
	}
	// And across view switches.
	m = press(m, "a", "e", "s", "t")
	if m.selEvent != ev || m.filters.curValue != fc {
		t.Fatal("view switches lost the selection")
	}
}

// A filter or a search that hides the selected event puts the cursor on
// the first event it leaves, where a reader starts; one that keeps it
// keeps the cursor on it.
func TestHiddenSelectionMovesToTheFirstShown(t *testing.T) {
	m := sized(t, 140, 40, Options{})
	// Select the EncroChat month event (no country), then filter by Belgium.
	m = press(m, "/")
	m = typeText(m, "encrochat network")
	m = press(m, "enter")
	want := m.timeline.current()
	if want < 0 || m.story.Events[want].Date.Precision != model.PrecisionMonth {
		t.Fatalf("setup: selected %d", want)
	}
	m = press(m, "esc")
	if m.timeline.current() != want {
		t.Fatal("clearing the search lost the selection")
	}
	m = press(m, "1", "space")
	got := m.timeline.current()
	if got < 0 || !m.sel.Matches(m.story.Events[got], "") {
		t.Fatalf("selection %d not among shown events", got)
	}
	if got != m.timeline.items[0] || m.timeline.pos() != 0 {
		t.Fatalf("selected %d at %d, want the first shown event %d", got, m.timeline.pos(), m.timeline.items[0])
	}
	// A search the selected event still matches keeps it.
	m = press(m, "2", "j", "j")
	kept := m.timeline.current()
	m = press(m, "/")
	m = typeText(m, strings.Fields(m.summary(kept))[0])
	if m.timeline.current() != kept {
		t.Fatalf("a search the event matches moved the cursor from %d to %d", kept, m.timeline.current())
	}
	m = press(m, "esc", "1")
	// With every event hidden the detail says so, and clearing brings the
	// selection back.
	m = press(m, "g", "j", "j", "j", "space") // Belgium and Dutch police: nothing
	if m.timeline.current() != -1 || !strings.Contains(plain(m), "No events match") {
		t.Fatalf("nothing shown: current %d\n%s", m.timeline.current(), plain(m))
	}
	m = press(m, "x")
	if m.timeline.current() != kept {
		t.Fatalf("after x: selected %d, want %d back", m.timeline.current(), kept)
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func TestMouseClickAndWheel(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	l := m.lay
	// Row 1 of the filters is Belgium (row 0 is the Countries heading).
	m = update(m, tea.MouseClickMsg{X: l.Filters.X + 3, Y: l.Filters.Y + 1 + 1, Button: tea.MouseLeft})
	if m.focus != paneFilters || !m.sel.Has(model.KindCountry, "Belgium") {
		t.Fatalf("click on Belgium: focus %d, sel %v", m.focus, m.sel)
	}
	// Click the third event's row, on the last line it wraps to.
	third := m.summary(m.timeline.items[2])
	words := strings.Fields(third)
	y := lineWith(t, m, words[len(words)-1], l.Timeline.Y+1)
	m = update(m, tea.MouseClickMsg{X: l.Timeline.X + 5, Y: y, Button: tea.MouseLeft})
	if m.focus != paneTimeline || m.timeline.pos() != 2 {
		t.Fatalf("click on timeline row 2 (line %d): focus %d pos %d", y, m.focus, m.timeline.pos())
	}
	// The wheel scrolls the pane under the pointer, not the focused one.
	m = press(m, "1")
	m = update(m, tea.MouseWheelMsg{X: l.Timeline.X + 5, Y: l.Timeline.Y + 4, Button: tea.MouseWheelUp})
	if m.timeline.pos() != 1 || m.focus != paneFilters {
		t.Fatalf("wheel over timeline: pos %d focus %d", m.timeline.pos(), m.focus)
	}
	cur := m.filters.cur
	m = update(m, tea.MouseWheelMsg{X: l.Filters.X + 5, Y: l.Filters.Y + 4, Button: tea.MouseWheelDown})
	if m.filters.cur == cur {
		t.Fatal("wheel over filters did not move its cursor")
	}
	// A click on the chip removes that filter.
	if len(m.chipHits) != 1 {
		t.Fatalf("chips: %v", m.chipHits)
	}
	m = update(m, tea.MouseClickMsg{X: m.chipHits[0].x0 + 1, Y: 1, Button: tea.MouseLeft})
	if !m.sel.Empty() {
		t.Fatalf("chip click left %v", m.sel)
	}
	// With mouse capture off, clicks do nothing and View stops asking.
	m = press(m, "m")
	if m.View().MouseMode != tea.MouseModeNone {
		t.Fatal("m did not turn mouse capture off")
	}
	m = update(m, tea.MouseClickMsg{X: l.Filters.X + 3, Y: l.Filters.Y + 2, Button: tea.MouseLeft})
	if !m.sel.Empty() {
		t.Fatal("click with mouse off toggled a filter")
	}
	if m = press(m, "m"); m.View().MouseMode != tea.MouseModeCellMotion {
		t.Fatal("m did not turn mouse capture back on")
	}
}

// lineWith is the first screen line from line from on that holds text.
func lineWith(t *testing.T, m Model, text string, from int) int {
	t.Helper()
	for y, line := range strings.Split(plain(m), "\n") {
		if y >= from && strings.Contains(line, text) {
			return y
		}
	}
	t.Fatalf("no line holds %q:\n%s", text, plain(m))
	return 0
}

func TestNarrowTabs(t *testing.T) {
	m := sized(t, 60, 20, Options{})
	if m.lay.Mode != modeNarrow || !strings.Contains(plain(m), "1 Filters") {
		t.Fatalf("60x20 is %v", m.lay.Mode)
	}
	m = press(m, "1")
	if !strings.Contains(plain(m), "Countries") || strings.Contains(plain(m), "Timeline 17") {
		t.Fatal("1 did not show the filters pane alone")
	}
	x := strings.Index(strings.Split(plain(m), "\n")[2], "3 Event")
	m = update(m, tea.MouseClickMsg{X: x, Y: 2, Button: tea.MouseLeft})
	if m.focus != paneDetail {
		t.Fatalf("click on the Event tab: focus %d", m.focus)
	}
}

func TestEntitiesEnterFiltersAndReturns(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(m, "e", "/")
	m = typeText(m, "rotter")
	m = press(m, "enter", "enter")
	if m.view != viewTimeline || !m.sel.Has(model.KindPlace, "Rotterdam") {
		t.Fatalf("enter on Rotterdam: view %d sel %v", m.view, m.sel)
	}
	if n, _ := shownOf(t, m); n != "1" {
		t.Fatalf("Rotterdam: Timeline %s", n)
	}
	// An entity in no event cannot filter; the status line says why.
	m = press(m, "x", "e")
	if m.entities.query != "rotter" {
		t.Fatalf("the entities search was not kept: %q", m.entities.query)
	}
	m = press(m, "esc", "/") // esc clears it
	m = typeText(m, "hague")
	m = press(m, "enter", "enter")
	if m.view != viewEntities || !m.sel.Empty() || !strings.Contains(plain(m), "in no event") {
		t.Fatalf("The Hague: view %d sel %v\n%s", m.view, m.sel, plain(m))
	}
}

func TestArticleSearchCountsMatches(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(m, "a", "/")
	m = typeText(m, "cocaine")
	m = press(m, "enter")
	if !strings.Contains(plain(m), "/cocaine 1/5") {
		t.Fatalf("article search title:\n%s", strings.Split(plain(m), "\n")[2])
	}
	m = press(m, "n", "n")
	if !strings.Contains(plain(m), "/cocaine 3/5") {
		t.Fatalf("n n: %s", strings.Split(plain(m), "\n")[2])
	}
	m = press(m, "N", "N", "N")
	if !strings.Contains(plain(m), "/cocaine 5/5") {
		t.Fatalf("N wraps: %s", strings.Split(plain(m), "\n")[2])
	}
	m = press(m, "esc")
	if m.article.query() != "" || m.view != viewArticle {
		t.Fatal("esc should clear the search first, staying in the article")
	}
}

func TestArticleBringsSelectedSentenceIntoView(t *testing.T) {
	m := sized(t, 100, 20, Options{})
	m = press(m, "G") // last event: undated, sentence 17, far down the article
	ev := m.timeline.current()
	m = press(m, "a")
	want := m.story.Sentences[m.story.Events[ev].Sentence-1].Text
	out := plain(m)
	if !strings.Contains(out, "▶") || !strings.Contains(out, strings.Fields(want)[0]+" "+strings.Fields(want)[1]) {
		t.Fatalf("selected sentence %q not in view:\n%s", want, out)
	}
}

func TestThemes(t *testing.T) {
	auto := sized(t, 80, 24, Options{})
	if !auto.styles.Dark {
		t.Fatal("default theme should be dark")
	}
	if auto.Init() == nil {
		t.Fatal("auto theme should ask for the background colour")
	}
	light := update(auto, tea.BackgroundColorMsg{Color: color.White})
	if light.styles.Dark {
		t.Fatal("a light background did not switch to the light theme")
	}
	forced := sized(t, 80, 24, Options{Theme: "dark"})
	if forced.Init() != nil {
		t.Fatal("a forced theme should not query the terminal")
	}
	if f := update(forced, tea.BackgroundColorMsg{Color: color.White}); !f.styles.Dark {
		t.Fatal("--theme dark was overridden by the terminal")
	}
	if l := sized(t, 80, 24, Options{Theme: "light"}); l.styles.Dark {
		t.Fatal("--theme light ignored")
	}
	sgrColour := regexp.MustCompile(`\x1b\[[0-9;]*(38|48);[25];`)
	for _, keys := range [][]string{nil, {"1", "space"}, {"a"}, {"e"}, {"s"}, {"?"}} {
		nc := press(sized(t, 140, 40, Options{NoColor: true}), keys...)
		if sgrColour.MatchString(nc.View().Content) {
			t.Fatalf("no-colour mode emits colour after %v", keys)
		}
	}
}

func TestIdleTimeoutQuits(t *testing.T) {
	now := time.Date(2021, 3, 9, 12, 0, 0, 0, time.UTC)
	m := sized(t, 80, 24, Options{IdleTimeout: 10 * time.Minute})
	m.idle.now = func() time.Time { return now }
	m = press(m, "j") // activity at now
	if m.Init() == nil {
		t.Fatal("Init starts no idle check")
	}
	// A tick 6 minutes in: not idle yet; the next check is due when the
	// timeout would run out (4 more minutes) but not sooner than 5.
	m, cmd := send(m, idleTickMsg{gen: 0, at: now.Add(6 * time.Minute)})
	if cmd == nil || m.goodbye != "" { // cmd is the next tick: not run, it sleeps
		t.Fatal("quit before the timeout")
	}
	if m.idle.gen != 1 {
		t.Fatalf("gen %d after a check, want 1", m.idle.gen)
	}
	// A stale tick from an older chain is ignored.
	if _, cmd := send(m, idleTickMsg{gen: 0, at: now.Add(time.Hour)}); cmd != nil {
		t.Fatal("a stale tick was acted on")
	}
	m, cmd = send(m, idleTickMsg{gen: 1, at: now.Add(10 * time.Minute)})
	if m.goodbye == "" || !isQuit(cmd) {
		t.Fatal("no quit after 10 minutes idle")
	}
	v := m.View()
	if v.Content != "idle for 10m0s, goodbye\n" || v.AltScreen {
		t.Fatalf("goodbye view %q alt %v", v.Content, v.AltScreen)
	}
	// Without a timeout there is no tick at all.
	if sized(t, 80, 24, Options{Theme: "dark"}).Init() != nil {
		t.Fatal("an app without idle timeout ticks")
	}
}

func TestGoodbyeMsg(t *testing.T) {
	m, cmd := send(sized(t, 80, 24, Options{}), GoodbyeMsg{Text: "server shutting down, goodbye"})
	if !isQuit(cmd) || m.View().Content != "server shutting down, goodbye\n" {
		t.Fatalf("goodbye: %q", m.View().Content)
	}
}

func TestViewBeforeSizeIsEmpty(t *testing.T) {
	v := New(fixtureStory(t), Options{}).View()
	if v.Content != "" || !v.AltScreen || v.WindowTitle == "" {
		t.Fatalf("before a size: %q alt %v title %q", v.Content, v.AltScreen, v.WindowTitle)
	}
}

func TestTooSmall(t *testing.T) {
	m := sized(t, 39, 20, Options{})
	if !strings.Contains(plain(m), "terminal too small") || !strings.Contains(plain(m), "need 40x12") {
		t.Fatalf("39x20:\n%s", plain(m))
	}
	if _, cmd := send(m, keyMsg("q")); !isQuit(cmd) {
		t.Fatal("q does not quit from the too-small screen")
	}
	if m := sized(t, 40, 12, Options{}); strings.Contains(plain(m), "too small") {
		t.Fatal("40x12 is big enough")
	}
}

func TestArticleNoteTracksScroll(t *testing.T) {
	m := sized(t, 60, 16, Options{})
	m = press(m, "a", "g")
	if !strings.Contains(plain(m), "· 0%") {
		t.Fatalf("top of the article:\n%s", plain(m))
	}
	m = press(m, "G")
	if !strings.Contains(plain(m), "· 100%") {
		t.Fatalf("bottom of the article:\n%s", plain(m))
	}
}
