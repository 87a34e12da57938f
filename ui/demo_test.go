package ui

import (
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dossier/data"
	"dossier/model"
)

// The tour is driven here with its tick messages sent by hand: the clock is
// the test, so nothing sleeps and nothing depends on the machine's speed.

// tick plays the next tour step, as the timer would.
func tick(m Model) Model { return update(m, demoTickMsg{gen: m.tour.gen}) }

// tourModel is a sized model of st with the tour on.
func tourModel(st *model.Story, w, h int) Model {
	return update(New(st, Options{Demo: true, Theme: "dark"}), tea.WindowSizeMsg{Width: w, Height: h})
}

var (
	tourTimelineRE = regexp.MustCompile(`Timeline (\d+) of (\d+)`)
	tourToggleRE   = regexp.MustCompile(`space toggles (.+?);`)
	tourSearchRE   = regexp.MustCompile(`searches it for “(.+?)”`)
	tourCounterRE  = regexp.MustCompile(`/(.+?) (\d+)/(\d+)`)
)

// tourCheck is what a step's frame must show, given its caption: each
// step's check reads the caption for what it promises.
type tourCheck struct {
	t       *testing.T
	m       Model
	frame   string
	caption string
	prev    *tourCheck // the step before, when there was one
}

func (c tourCheck) has(want string) {
	c.t.Helper()
	if !strings.Contains(c.frame, want) {
		c.t.Fatalf("step %q: frame lacks %q:\n%s", c.caption, want, c.frame)
	}
}

// shown returns N and M of "Timeline N of M".
func (c tourCheck) shown() (int, int) {
	c.t.Helper()
	g := tourTimelineRE.FindStringSubmatch(c.frame)
	if g == nil {
		c.t.Fatalf("step %q: no Timeline N of M:\n%s", c.caption, c.frame)
	}
	n, _ := strconv.Atoi(g[1])
	of, _ := strconv.Atoi(g[2])
	return n, of
}

// searchCounter returns the article title's "/word i/n".
func (c tourCheck) searchCounter(word string) (int, int) {
	c.t.Helper()
	for _, g := range tourCounterRE.FindAllStringSubmatch(c.frame, -1) {
		if g[1] == word {
			i, _ := strconv.Atoi(g[2])
			n, _ := strconv.Atoi(g[3])
			return i, n
		}
	}
	c.t.Fatalf("step %q: no /%s i/n in the article title:\n%s", c.caption, word, c.frame)
	return 0, 0
}

// checkStep checks one step's frame against its caption.
func checkStep(c tourCheck, step demoStep) {
	c.t.Helper()
	total := len(c.m.story.Events)
	switch step.Name {
	case "timeline":
		if n, of := c.shown(); n != of || of != total {
			c.t.Fatalf("timeline step: Timeline %d of %d, want all %d", n, of, total)
		}
		if c.m.focus != paneTimeline || c.m.view != viewTimeline {
			c.t.Fatalf("timeline step: view %d focus %d", c.m.view, c.m.focus)
		}
		if total >= 3 {
			c.has("Event 3 of " + itoa(total)) // j/k moved the cursor
		}
	case "country", "agency", "item":
		g := tourToggleRE.FindStringSubmatch(step.Caption)
		if g == nil {
			c.t.Fatalf("caption %q names no value", step.Caption)
		}
		v := g[1]
		if !c.m.sel.Has(model.Kind(step.Name), v) {
			c.t.Fatalf("%s step: selection %v lacks %q", step.Name, c.m.sel, v)
		}
		r := []rune(v)
		c.has("[x] " + string(r[:min(len(r), 10)])) // the pane may cut a long name
		n, of := c.shown()
		if n == 0 || n > of {
			c.t.Fatalf("%s step: Timeline %d of %d", step.Name, n, of)
		}
		if step.Name == "country" && n == of && len(c.m.story.Filter(nil)) > 0 {
			// The most frequent country may cover every event; then
			// the count cannot drop, but it must match the model.
			if want := len(c.m.story.Filter(c.m.sel)); n != want {
				c.t.Fatalf("country step: Timeline %d, filter gives %d", n, want)
			}
		}
		if c.prev != nil && strings.Contains(c.prev.frame, "Timeline ") {
			if pn, _ := c.prev.shown(); n > pn {
				c.t.Fatalf("%s step: a filter raised Timeline from %d to %d", step.Name, pn, n)
			}
		}
	case "detail":
		if c.m.focus != paneDetail {
			c.t.Fatalf("detail step: focus %d", c.m.focus)
		}
		c.has("┏ Event") // the focused pane's heavy border
		ev := c.m.story.Events[c.m.timeline.current()]
		s, _ := c.m.ix.sentenceOf(c.m.story, ev.Sentence)
		c.has("│ " + strings.Fields(s.Text)[0]) // its source sentence
	case "article":
		c.has("Article · ")
		if g := tourSearchRE.FindStringSubmatch(step.Caption); g != nil {
			if i, n := c.searchCounter(g[1]); i < 1 || i > n {
				c.t.Fatalf("article step: match %d of %d", i, n)
			}
			c.has(g[1]) // the match itself is in view
		}
	case "next":
		word := tourSearchRE.FindStringSubmatch(c.prev.caption)[1]
		pi, n := c.prev.searchCounter(word)
		if i, _ := c.searchCounter(word); i != pi%n+1 {
			c.t.Fatalf("next step: match %d after %d of %d", i, pi, n)
		}
	case "entities":
		c.has("Entities · ")
		c.has("mentions")
	case "stats":
		c.has("Stats · ")
		bars := false
		for _, f := range c.m.statsFigures().rows() {
			bars = bars || f.bar
		}
		if bars {
			c.has("█")
		}
	case "back":
		if c.m.view != viewTimeline {
			c.t.Fatalf("back step: view %d", c.m.view)
		}
		if n, of := c.shown(); !c.m.sel.Empty() && n == of && len(c.m.story.Filter(c.m.sel)) < of {
			c.t.Fatalf("back step: filters lost, Timeline %d of %d", n, of)
		}
	case "clear":
		if n, of := c.shown(); n != of || !c.m.sel.Empty() {
			c.t.Fatalf("clear step: Timeline %d of %d, selection %v", n, of, c.m.sel)
		}
		c.has("No filters")
	default:
		c.t.Fatalf("no check for step %q", step.Name)
	}
}

// playTour plays every step once, checking each frame, and returns the
// model after the last step.
// footerText is the frame's footer, the one or two lines the layout gives
// it, its words joined by single spaces so a wrapped caption reads whole.
func footerText(m Model) string {
	lines := strings.Split(plain(m), "\n")
	return strings.Join(strings.Fields(strings.Join(lines[len(lines)-m.lay.Footer.H:], " ")), " ")
}

// words is s with its words joined by single spaces.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

func playTour(t *testing.T, m Model) Model {
	t.Helper()
	steps := m.tour.steps
	var prev *tourCheck
	for i, step := range steps {
		m = tick(m)
		frame := plain(m)
		c := tourCheck{t: t, m: m, frame: frame, caption: step.Caption, prev: prev}
		footer := footerText(m)
		want := "Tour " + itoa(i+1) + "/" + itoa(len(steps))
		if !strings.Contains(footer, want) || !strings.Contains(footer, words(step.Caption)) || !strings.Contains(footer, "any key takes over") {
			t.Fatalf("step %d: footer %q lacks %q and the caption %q", i+1, footer, want, step.Caption)
		}
		checkStep(c, step)
		prev = &c
	}
	return m
}

func stepNames(steps []demoStep) []string {
	var out []string
	for _, s := range steps {
		out = append(out, s.Name)
	}
	return out
}

// TestTourSeed plays the tour on the embedded story through every step,
// twice: the second loop starts clean whatever the first left behind.
func TestTourSeed(t *testing.T) {
	m := tourModel(realStory(t), 120, 40)
	want := []string{"timeline", "country", "agency", "item", "detail", "article", "next",
		"entities", "stats", "back", "clear"}
	if got := stepNames(m.tour.steps); !slices.Equal(got, want) {
		t.Fatalf("steps %v, want %v", got, want)
	}
	if f := plain(m); !strings.Contains(f, "▶ Tour") || !strings.Contains(f, "any key takes over") {
		t.Fatalf("first frame has no tour caption:\n%s", f)
	}
	m = playTour(t, m)
	m = playTour(t, m) // loops
	if !m.tour.on {
		t.Fatal("the tour stopped by itself")
	}
}

// TestTourPicks: the tour toggles the story's most frequent country, then
// the agency and the item that leave the most events given the filters
// before them, and searches for an entity name that occurs more than once.
func TestTourPicks(t *testing.T) {
	st := realStory(t)
	m := tourModel(st, 120, 40)
	sel := model.Selection{}
	for _, s := range m.tour.steps {
		if g := tourToggleRE.FindStringSubmatch(s.Caption); g != nil {
			k := model.Kind(s.Name)
			most := 0
			for _, fv := range st.Facet(k, sel) {
				most = max(most, fv.Count)
			}
			sel = sel.Toggle(k, g[1])
			if got := len(st.Filter(sel)); got != most || got == 0 {
				t.Fatalf("%s %q leaves %d events; the best leaves %d", k, g[1], got, most)
			}
			if k == model.KindCountry && g[1] != st.Facet(k, nil)[0].Value {
				t.Fatalf("country %q is not the most frequent", g[1])
			}
		}
		if g := tourSearchRE.FindStringSubmatch(s.Caption); g != nil {
			if strings.Count(strings.ToLower(st.Doc.Body), strings.ToLower(g[1])) < 2 {
				t.Fatalf("search word %q occurs less than twice", g[1])
			}
		}
	}
	if len(sel) != 3 {
		t.Fatalf("the seed's tour toggles %v, want a country, an agency and an item", sel)
	}
}

// TestTourOtherArticles plays the tour on the repository's other articles,
// which the tour was not written for, at a wide and a narrow size.
func TestTourOtherArticles(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*.txt")
	if len(files) == 0 {
		t.Skip("no articles in ../testdata")
	}
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			doc, err := data.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			st := model.Parse(doc, lex)
			m := playTour(t, tourModel(st, 120, 40))
			playTour(t, m)
			// Narrow: one pane at a time; the checks on frame text that
			// assume three columns are not made, only that every step
			// plays and the frame keeps its size.
			n := tourModel(st, 60, 20)
			for range 2 * len(n.tour.steps) {
				n = tick(n)
				lines := strings.Split(plain(n), "\n")
				if len(lines) != 20 || cellWidth(lines[19]) != 60 || !strings.Contains(footerText(n), "Tour") {
					t.Fatalf("60x20 frame: %d lines, footer %q", len(lines), lines[len(lines)-1])
				}
			}
		})
	}
}

// TestTourSkipsWhatTheStoryLacks: a story with no agency and no item
// seized has no such steps, and one with nothing at all still tours.
func TestTourSkipsWhatTheStoryLacks(t *testing.T) {
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := data.Read(strings.NewReader("---\npublished: 2024-05-02\n---\n" +
		"Three people were arrested in Belgium on Monday after a fight outside a bar in Ghent.\n\n" +
		"The three were released on Tuesday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	st := model.Parse(doc, lex)
	m := tourModel(st, 120, 40)
	names := stepNames(m.tour.steps)
	for _, absent := range []string{"agency", "item"} {
		if slices.Contains(names, absent) {
			t.Fatalf("steps %v: the story has no %s", names, absent)
		}
	}
	playTour(t, m)

	empty := tourModel(&model.Story{}, 120, 40)
	if got := stepNames(empty.tour.steps); !slices.Equal(got, []string{"timeline", "back"}) {
		t.Fatalf("empty story: steps %v", got)
	}
	playTour(t, empty)
}

// TestTourKeyTakesOver: the first key stops the tour where it is and does
// nothing else; later ticks play nothing; the next key acts as usual.
func TestTourKeyTakesOver(t *testing.T) {
	m := tourModel(realStory(t), 120, 40)
	for range 3 { // timeline, country, agency
		m = tick(m)
	}
	sel, focus, pos := m.sel.Clone(), m.focus, m.filters.cur
	staleGen := m.tour.gen

	nm, cmd := m.Update(keyMsg("j"))
	m = nm.(Model)
	if cmd != nil || m.tour.on {
		t.Fatalf("j: tour on %v, cmd %v", m.tour.on, cmd)
	}
	if m.filters.cur != pos || m.focus != focus || !equalSelection(m.sel, sel) {
		t.Fatal("the key that stopped the tour also acted")
	}
	f := plain(m)
	footer := footerText(m)
	if m.lay.Footer.H != 1 || strings.Contains(f, "Tour") || !strings.Contains(footer, "tour stopped") || !strings.Contains(footer, "? help") {
		t.Fatalf("after the key, footer %q", footer)
	}
	for _, gen := range []int{staleGen, m.tour.gen} {
		nm, cmd = m.Update(demoTickMsg{gen: gen})
		if cmd != nil || plain(nm.(Model)) != f {
			t.Fatalf("a tick (gen %d) after the tour stopped changed the frame", gen)
		}
	}
	m = update(m, keyMsg("j"))
	if m.filters.cur == pos {
		t.Fatal("the next key did not move the cursor")
	}
	if !equalSelection(m.sel, sel) {
		t.Fatal("taking over lost the filters the tour set")
	}
}

// TestTourStaleTick: a tick from an earlier chain plays nothing.
func TestTourStaleTick(t *testing.T) {
	m := tourModel(realStory(t), 120, 40)
	old := m.tour.gen
	m = tick(m)
	f := plain(m)
	nm, cmd := m.Update(demoTickMsg{gen: old})
	if cmd != nil || plain(nm.(Model)) != f || nm.(Model).tour.played != 1 {
		t.Fatal("a stale tick played a step")
	}
}

// TestTourQuit: q and ctrl+c quit during the tour.
func TestTourQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := tick(tourModel(realStory(t), 120, 40))
		_, cmd := m.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Fatalf("%s did not quit", k)
		}
	}
}

// TestTourClickTakesOver: a click stops the tour too, without acting.
func TestTourClickTakesOver(t *testing.T) {
	m := tick(tick(tourModel(realStory(t), 120, 40)))
	sel := m.sel.Clone()
	m = update(m, tea.MouseClickMsg{X: 5, Y: 6, Button: tea.MouseLeft})
	if m.tour.on || !equalSelection(m.sel, sel) {
		t.Fatalf("click: tour on %v, selection %v (was %v)", m.tour.on, m.sel, sel)
	}
}

// TestTourTimer: the tick comes from a real tea.Tick at DemoSpeed (a
// nanosecond here), carries the current generation and plays step one.
func TestTourTimer(t *testing.T) {
	m := New(realStory(t), Options{Demo: true, DemoSpeed: time.Nanosecond, Theme: "dark"})
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	msg := m.Init()()
	tm, ok := msg.(demoTickMsg)
	if !ok {
		t.Fatalf("Init's command gave %T", msg)
	}
	m = update(m, tm)
	if m.tour.played != 1 {
		t.Fatalf("the tick from Init played step %d", m.tour.played)
	}
	if New(realStory(t), Options{Demo: true}).tour.speed != defaultDemoSpeed {
		t.Fatal("DemoSpeed 0 is not the default speed")
	}
	if New(realStory(t), Options{Theme: "dark"}).Init() != nil {
		t.Fatal("no tour, yet Init has a command")
	}
}

// TestTourFooter: the caption replaces the help bar at every width; the
// hint on the right gives way before the caption is cut.
func TestTourFooter(t *testing.T) {
	for _, c := range []struct {
		w         int
		want      []string
		captionAt int // how much of the caption must show
	}{
		{120, []string{"Tour 2/", "any key takes over · q quit"}, 1000},
		{80, []string{"Tour 2/", "any key takes over · q quit"}, 1000},
		{44, []string{"Tour 2/", "q quit"}, 10},
	} {
		m := tick(tick(tourModel(realStory(t), c.w, 24)))
		footer := footerText(m)
		caption := words(m.tour.steps[1].Caption)
		r := []rune(caption)
		want := append(c.want, string(r[:min(len(r), c.captionAt)]))
		for _, s := range want {
			if !strings.Contains(footer, s) {
				t.Errorf("%d columns: footer %q lacks %q", c.w, footer, s)
			}
		}
		lines := strings.Split(plain(m), "\n")
		for _, l := range lines[len(lines)-m.lay.Footer.H:] {
			if cellWidth(l) != c.w {
				t.Errorf("%d columns: footer line %q is %d wide", c.w, l, cellWidth(l))
			}
		}
		if strings.Contains(footer, "? help") || len(lines) != 24 {
			t.Errorf("%d columns: footer %q, %d lines", c.w, footer, len(lines))
		}
	}
}

// TestTourResizeKeepsGoing: resizing mid-tour keeps the tour and its step.
func TestTourResizeKeepsGoing(t *testing.T) {
	m := tick(tick(tourModel(realStory(t), 120, 40)))
	m = update(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if !m.tour.on || m.tour.played != 2 || !strings.Contains(plain(m), "Tour 2/") {
		t.Fatalf("after a resize: on %v, step %d", m.tour.on, m.tour.played)
	}
}

// TestTourInput: the article step's typed query never triggers commands,
// even when the search word holds q or a view key.
func TestTourInput(t *testing.T) {
	st := realStory(t)
	m := tourModel(st, 120, 40)
	m.tour.steps = []demoStep{{Name: "search", Caption: "search",
		Keys: []demoKeys{keys("a", "/", "ctrl+u"), typeKeys("quest tea"), keys("enter")}}}
	nm, cmd := m.Update(demoTickMsg{gen: m.tour.gen})
	m = nm.(Model)
	if m.article.query() != "quest tea" || m.view != viewArticle || m.searchOn {
		t.Fatalf("query %q view %d searching %v", m.article.query(), m.view, m.searchOn)
	}
	_ = cmd // the next tick; not run, it would wait DemoSpeed
}

func equalSelection(a, b model.Selection) bool {
	for _, k := range model.Kinds {
		if !slices.Equal(a[k], b[k]) {
			return false
		}
	}
	return true
}

// BenchmarkTourStep is one tour step on the embedded story at 120x40: its
// keys through the key handler, each followed by a redraw, as the user
// would see them.
func BenchmarkTourStep(b *testing.B) {
	m := tourModel(realStory(b), 120, 40)
	b.ResetTimer()
	for range b.N {
		m = tick(m)
	}
}

// BenchmarkSnapshot is `dossier snapshot` without reading and parsing the
// story: a fresh model, a size, one frame.
func BenchmarkSnapshot(b *testing.B) {
	st := realStory(b)
	for range b.N {
		_ = Snapshot(st, Options{}, 120, 40)
	}
}

// TestTourCaptionsWholeAt80: at 80x24 every step's caption shows whole,
// with how to take over, and the frame keeps its size.
func TestTourCaptionsWholeAt80(t *testing.T) {
	m := tourModel(realStory(t), 80, 24)
	if !strings.Contains(footerText(m), words(tourIntro)) {
		t.Fatalf("before the first step: footer %q", footerText(m))
	}
	for i := range m.tour.steps {
		m = tick(m)
		f := footerText(m)
		if !strings.Contains(f, words(m.tour.steps[i].Caption)) || !strings.Contains(f, "any key takes over · q quit") {
			t.Errorf("step %d at 80x24: footer %q", i+1, f)
		}
		if lines := strings.Split(plain(m), "\n"); len(lines) != 24 {
			t.Fatalf("step %d: %d lines", i+1, len(lines))
		}
	}
}
