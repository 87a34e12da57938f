package ui

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"dossier/data"
	"dossier/model"
	"dossier/model/casefile"
)

// demoCase is the embedded RapTor case through the real parser and merge.
func demoCase(tb testing.TB) *casefile.Case {
	tb.Helper()
	_, docs, err := data.DemoCase()
	if err != nil {
		tb.Fatal(err)
	}
	lex, err := data.Lexicon()
	if err != nil {
		tb.Fatal(err)
	}
	return casefile.Parse(docs, lex, nil)
}

func caseModel(tb testing.TB, w, h int) (Model, *casefile.Case) {
	tb.Helper()
	c := demoCase(tb)
	return update(NewCase(c, Options{}), tea.WindowSizeMsg{Width: w, Height: h}), c
}

// TestCaseTimelineShowsEntries: the header names the case, the timeline
// counts the case's entries, a row of several articles says how many,
// and an entry whose sources disagree carries the mark.
func TestCaseTimelineShowsEntries(t *testing.T) {
	m, c := caseModel(t, 140, 60)
	out := plain(m)
	if !strings.Contains(out, "Case · "+itoa(len(c.Articles))+" articles") {
		t.Errorf("header does not name the case:\n%s", out)
	}
	if want := "Timeline " + itoa(len(c.Entries)) + " of " + entries(len(c.Entries)); !strings.Contains(out, want) {
		t.Errorf("no %q:\n%s", want, out)
	}
	multi, disputed := -1, -1
	for i := range c.Entries {
		n := len(c.Values(&c.Entries[i], casefile.SourceFacet))
		if n == 3 && multi < 0 {
			multi = i
		}
		if len(c.Entries[i].Disagreements) > 0 && disputed < 0 {
			disputed = i
		}
	}
	if multi < 0 || disputed < 0 {
		t.Fatal("the demo case has no entry of three articles or no disagreement")
	}
	m = press(m, "g")
	for range multi {
		m = press(m, "j")
	}
	if m.cs.current() != multi {
		t.Fatalf("cursor on entry %d, want %d", m.cs.current(), multi)
	}
	if row := cursorRow(plain(m), "▸ "); !strings.Contains(row, "3 sources") {
		t.Errorf("the row of entry %d does not say 3 sources: %q", multi, row)
	}
	m = press(m, "g")
	for range disputed {
		m = press(m, "j")
	}
	if row := cursorRow(plain(m), "▸ "); !strings.Contains(row, disputedMark) {
		t.Errorf("the row of disputed entry %d has no %s: %q", disputed, disputedMark, row)
	}
	if row := cursorRow(plain(press(m, "g")), "▸ "); len(c.Entries[0].Disagreements) == 0 && strings.Contains(row, disputedMark) {
		t.Errorf("the first entry has no disagreement but carries the mark: %q", row)
	}
}

// cursorRow is the first line of out that holds s after the filters
// pane's columns, "" when none does.
// A row of two lines is both, the second's pane cut off the same way.
func cursorRow(out, s string) string {
	lines := strings.Split(out, "\n")
	for n, l := range lines {
		if i := strings.Index(l, "┃"+s); i >= 0 {
			row := l[i:]
			if n+1 < len(lines) && len(lines[n+1]) > i && !strings.Contains(lines[n+1][i:], "▸") {
				next := lines[n+1][i:]
				if strings.HasPrefix(next, "┃     ") {
					row += " " + next
				}
			}
			return row
		}
	}
	return ""
}

// TestCaseSourceFacetFilters: the Sources facet comes first; selecting an
// article leaves exactly the entries that article reports.
func TestCaseSourceFacetFilters(t *testing.T) {
	m, c := caseModel(t, 140, 40)
	m = press(m, "1")
	v, ok := m.filters.current()
	if !ok || v.kind != casefile.SourceFacet {
		t.Fatalf("the filters' first value is %+v, want a source", v)
	}
	m = press(m, "space")
	want := 0
	for i := range c.Entries {
		if slices.Contains(c.Values(&c.Entries[i], casefile.SourceFacet), v.fv.Value) {
			want++
		}
	}
	if len(m.cs.shown) != want || want == 0 || want == len(c.Entries) {
		t.Fatalf("%s leaves %d entries, want %d of %d", v.fv.Value, len(m.cs.shown), want, len(c.Entries))
	}
	for _, i := range m.cs.shown {
		if !slices.Contains(c.Values(&c.Entries[i], casefile.SourceFacet), v.fv.Value) {
			t.Errorf("entry %d is shown but not reported by %s", i, v.fv.Value)
		}
	}
	out := plain(m)
	if !strings.Contains(out, itoa(want)+" of "+entries(len(c.Entries))+" · x clears") {
		t.Errorf("chips do not count the entries:\n%s", out)
	}
	m = press(m, "x")
	if len(m.cs.shown) != len(c.Entries) {
		t.Errorf("x leaves %d entries, want all %d", len(m.cs.shown), len(c.Entries))
	}
}

// TestCaseDetailShowsEverySource: the detail pane of a merged entry shows
// each source's article and sentence and why it was merged.
func TestCaseDetailShowsEverySource(t *testing.T) {
	m, c := caseModel(t, 140, 40)
	i := slices.IndexFunc(c.Entries, func(e casefile.Entry) bool { return len(e.Why) > 0 && !e.Why[0].Repeat })
	if i < 0 {
		t.Fatal("no merged entry")
	}
	m.selectEntry(i)
	lines := m.caseDetailLines(i, 200)
	text := ansi.Strip(strings.Join(lines, "\n"))
	e := &c.Entries[i]
	for _, s := range e.Sources {
		if !strings.Contains(text, c.Articles[s.Article].Label) {
			t.Errorf("detail does not name %s", c.Articles[s.Article].Label)
		}
		if sen := clean(c.Sentence(s).Text); !strings.Contains(strings.ReplaceAll(text, "\n│ ", " "), sen[:min(len(sen), 40)]) {
			t.Errorf("detail does not quote %q", sen)
		}
	}
	if n := strings.Count(text, "merged: "); n != len(e.Sources)-1 {
		t.Errorf("%d merged lines for %d sources", n, len(e.Sources))
	}
	if !strings.Contains(text, "same kind: "+e.Why[0].Kinds[0]) {
		t.Errorf("detail does not say the shared kind:\n%s", text)
	}
}

// TestCaseSourcesView: S lists every disagreement; enter opens its entry.
func TestCaseSourcesView(t *testing.T) {
	m, c := caseModel(t, 140, 40)
	var refs []disRef
	for i, e := range c.Entries {
		for d := range e.Disagreements {
			refs = append(refs, disRef{i, d})
		}
	}
	if len(refs) < 2 {
		t.Fatal("the demo case has fewer than two disagreements")
	}
	m = press(m, "S")
	out := plain(m)
	if m.view != viewSources || !strings.Contains(out, "Sources · "+plural(len(refs), "disagreement")) {
		t.Fatalf("S did not open the Sources view:\n%s", out)
	}
	if !strings.Contains(out, "S sources") && !strings.Contains(out, "t/a/e/s/S views") {
		t.Errorf("the footer does not list S:\n%s", out)
	}
	last := refs[len(refs)-1]
	m = press(m, "G", "enter")
	if m.view != viewTimeline || m.focus != paneDetail || m.cs.current() != last.entry {
		t.Fatalf("enter on the last disagreement: view %v focus %v entry %d, want entry %d", m.view, m.focus, m.cs.current(), last.entry)
	}
	for _, s := range c.Entries[last.entry].Disagreements[last.d].Sides {
		if !strings.Contains(strings.Join(m.caseDetailLines(last.entry, 400), " "), clean(s.Value)) {
			t.Errorf("the entry's detail does not give %q", s.Value)
		}
	}
}

// TestCaseArticleSwitches: a opens the selected entry's article; tab and
// shift+tab go through the case's articles.
func TestCaseArticleSwitches(t *testing.T) {
	m, c := caseModel(t, 120, 40)
	m = press(m, "a")
	lead := c.Entries[0].Lead.Article
	if m.cs.art != lead || !strings.Contains(plain(m), "Article · "+c.Articles[lead].Label) {
		t.Fatalf("a opened article %d, want %d:\n%s", m.cs.art, lead, plain(m))
	}
	m = press(m, "tab")
	next := (lead + 1) % len(c.Articles)
	if m.cs.art != next || m.story != c.Articles[next].Story || !strings.Contains(plain(m), c.Articles[next].Label+" · article "+itoa(next+1)) {
		t.Fatalf("tab: article %d, want %d:\n%s", m.cs.art, next, plain(m))
	}
	m = press(m, "shift+tab")
	if m.cs.art != lead {
		t.Fatalf("shift+tab: article %d, want %d", m.cs.art, lead)
	}
	// enter goes to the entry of the selected sentence's event.
	m = press(m, "tab", "enter")
	if ev := m.timeline.current(); m.view != viewTimeline || ev < 0 || m.cs.current() != c.EntryOf(next, ev) {
		t.Fatalf("enter from article %d: view %v entry %d, want entry of event %d", next, m.view, m.cs.current(), ev)
	}
}

// TestCaseGoldenFrames runs the demo case under teatest at 80x24 and
// 140x40 with a fixed colour profile: the first frame, a merged entry
// whose sources disagree, a source filter, and the Sources view.
func TestCaseGoldenFrames(t *testing.T) {
	c := demoCase(t)
	disputed := slices.IndexFunc(c.Entries, func(e casefile.Entry) bool { return len(e.Disagreements) > 0 })
	toDisputed := []string{"g"}
	for range disputed {
		toDisputed = append(toDisputed, "j")
	}
	cases := []struct {
		name string
		w, h int
		keys []string
	}{
		{"case_80x24", 80, 24, nil},
		{"case_140x40", 140, 40, nil},
		{"case_80x24_disputed", 80, 24, append(toDisputed, "enter")},
		{"case_140x40_disputed", 140, 40, append(toDisputed, "enter")},
		{"case_140x40_source", 140, 40, []string{"1", "j", "space", "2"}},
		{"case_80x24_sources", 80, 24, []string{"S"}},
		{"case_140x40_sources", 140, 40, []string{"S"}},
		{"case_80x24_entities", 80, 24, []string{"e"}},
		{"case_80x24_stats", 80, 24, []string{"s"}},
		{"case_140x40_stats", 140, 40, []string{"s"}},
		{"case_140x40_article", 140, 40, append(toDisputed, "a", "tab")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tm := teatest.NewTestModel(t, NewCase(c, Options{Theme: "dark"}),
				teatest.WithInitialTermSize(tc.w, tc.h),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				return bytes.Contains(b, []byte("dossier"))
			}, teatest.WithDuration(5*time.Second))
			for _, k := range tc.keys {
				tm.Send(keyMsg(k))
			}
			tm.Send(keyMsg("q"))
			fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
			golden.RequireEqual(t, fm.View().Content)
		})
	}
}

// TestCaseEntitiesSpanTheCase: the entities view lists the case's
// entities with their mentions in each article, and enter filters the
// case's timeline by one.
func TestCaseEntitiesSpanTheCase(t *testing.T) {
	m, c := caseModel(t, 140, 40)
	m = press(m, "e")
	out := plain(m)
	if !strings.Contains(out, "Entities · case · "+itoa(len(c.Entities))+" entities") {
		t.Fatalf("the entities view does not count the case's:\n%s", out)
	}
	i := m.cs.entities.current()
	e := &c.Entities[i]
	row := cursorRow(strings.ReplaceAll(out, "┃▸", "┃▸ "), "▸ ")
	for _, am := range e.Mentions {
		if want := c.Articles[am.Article].Label + " " + itoa(len(am.Mentions)); !strings.Contains(row, want) {
			t.Errorf("the row of %s does not say %q: %q", e.Name, want, row)
		}
	}
	m = press(m, "enter")
	if m.view != viewTimeline || !m.cs.sel.Has(e.Kind, e.Name) || len(m.cs.shown) == 0 {
		t.Fatalf("enter on %s: view %v, selection %v, %d entries", e.Name, m.view, m.cs.sel, len(m.cs.shown))
	}
	for _, j := range m.cs.shown {
		if !slices.Contains(c.Values(&c.Entries[j], e.Kind), e.Name) {
			t.Errorf("entry %d is shown but does not name %s", j, e.Name)
		}
	}
}

// TestCaseStatsCountEachHappeningOnce: every total the stats view gives is
// the case's, one figure per entry, and a figure given by several
// articles shows once.
func TestCaseStatsCountEachHappeningOnce(t *testing.T) {
	m, c := caseModel(t, 200, 60)
	m = press(m, "s")
	text := ansi.Strip(strings.Join(m.caseStatsLines(196), "\n"))
	for _, tot := range c.Totals(nil) {
		if !strings.Contains(text, amountLabel(tot.Value, tot.Unit)+" from "+entries(len(tot.Parts))) {
			t.Errorf("no total %s %s from %d entries:\n%s", tot.What, amountLabel(tot.Value, tot.Unit), len(tot.Parts), text)
		}
	}
	for _, e := range c.Entries {
		for _, f := range e.Figures {
			if f.Reports > 1 && strings.Count(text, "“"+clean(f.Text)+"”") != 1 {
				t.Errorf("%q, given by %d articles, shows %d times", f.Text, f.Reports, strings.Count(text, "“"+clean(f.Text)+"”"))
			}
		}
	}
}

// TestCaseStatsMarkStaysWithItsSource: at every width the disagreement
// mark ends the line of the source it qualifies, never a line of its own.
func TestCaseStatsMarkStaysWithItsSource(t *testing.T) {
	m, _ := caseModel(t, 200, 60)
	m = press(m, "s")
	marks := 0
	for w := 40; w <= 200; w++ {
		for _, l := range strings.Split(ansi.Strip(strings.Join(m.caseStatsLines(w), "\n")), "\n") {
			l = strings.TrimSpace(l)
			if l == disputedMark {
				t.Fatalf("at %d cells the mark %s stands alone on a line", w, disputedMark)
			}
			if strings.HasSuffix(l, disputedMark) {
				marks++
			}
		}
	}
	if marks == 0 {
		t.Fatal("no disputed figure in the demo case's stats")
	}
}

// TestCaseGoldenNoColor keeps the escapes of the no-colour theme on a
// disputed entry: the mark is a glyph, so it needs no colour.
func TestCaseGoldenNoColor(t *testing.T) {
	c := demoCase(t)
	m := update(NewCase(c, Options{NoColor: true}), tea.WindowSizeMsg{Width: 140, Height: 40})
	i := slices.IndexFunc(c.Entries, func(e casefile.Entry) bool { return len(e.Disagreements) > 0 })
	m = press(m, "g")
	for range i {
		m = press(m, "j")
	}
	if !strings.Contains(plain(m), "▸ "+dateLabel(c.Entries[i].Date, false)) || !strings.Contains(plain(m), disputedMark) {
		t.Fatalf("no disputed entry under the cursor:\n%s", plain(m))
	}
	golden.RequireEqual(t, m.View().Content)
}

// TestCaseArticleKeepsTheEntry: tab from the article of a merged entry
// opens the next article at its own report of the entry.
func TestCaseArticleKeepsTheEntry(t *testing.T) {
	m, c := caseModel(t, 120, 40)
	i := slices.IndexFunc(c.Entries, func(e casefile.Entry) bool {
		return len(c.Values(&e, casefile.SourceFacet)) == len(c.Articles)
	})
	if i < 0 {
		t.Fatal("no entry reported by every article")
	}
	m.selectEntry(i)
	m = press(m, "a")
	for range len(c.Articles) {
		a := m.cs.art
		ev := m.timeline.current()
		if ev < 0 || c.EntryOf(a, ev) != i {
			t.Fatalf("article %d selects event %d, not a report of entry %d", a, ev, i)
		}
		m = press(m, "tab")
	}
}

// TestCaseGrowsAsArticlesArrive: a model shown the first article of a
// case takes the later builds as they come, says how many articles are
// read until all are, and keeps the reader on the same happening.
func TestCaseGrowsAsArticlesArrive(t *testing.T) {
	_, docs, err := data.DemoCase()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	b := casefile.NewBuilder(lex)
	var builds []*casefile.Case
	casefile.ParseStories(docs, lex, func(i int, st *model.Story) {
		b.Add(st)
		builds = append(builds, b.Case())
	})
	prep := PrepareCase(builds[0])
	m := update(prep.New(Options{}), tea.WindowSizeMsg{Width: 140, Height: 40})
	m = press(m, "G")
	want := m.cs.c().Entries[m.cs.current()].Lead
	for i := 1; i < len(builds); i++ {
		prep = prep.Grow(builds[i])
		m = update(m, CaseMsg{Case: prep, Read: i + 1, Total: len(docs)})
		out := plain(m)
		reading := "reading " + itoa(i+1) + " of " + itoa(len(docs))
		if i+1 < len(docs) != strings.Contains(out, reading) {
			t.Errorf("after %d of %d articles, progress %q shown: %v\n%s", i+1, len(docs), reading, strings.Contains(out, reading), out)
		}
		c := builds[i]
		if !strings.Contains(out, "Timeline "+itoa(len(c.Entries))+" of "+entries(len(c.Entries))) {
			t.Errorf("after %d articles the timeline does not count %d entries:\n%s", i+1, len(c.Entries), out)
		}
		if cur := m.cs.current(); cur < 0 || !slices.Contains(c.Entries[cur].Sources, want) {
			t.Errorf("after %d articles the cursor left the entry of %+v", i+1, want)
		}
		if prep.preps[0].story != builds[0].Articles[0].Story {
			t.Errorf("Grow did not keep the first article's lookups")
		}
	}
}

// TestCaseHelpExplainsTheMark: the help of a case lists the Sources view
// and the article keys and explains the mark; a story's help does not.
func TestCaseHelpExplainsTheMark(t *testing.T) {
	m, _ := caseModel(t, 140, 40)
	out := plain(press(m, "?"))
	for _, want := range []string{disputedMark + " sources disagree", "S sources", "Sources  ↑↓/jk choose a disagreement", "next/previous article",
		"Stats    ↑↓/jk choose a figure · enter the entry it comes from",
		"filter the case by the entity · / search the entities"} {
		if !strings.Contains(out, want) {
			t.Errorf("the case's help has no %q:\n%s", want, out)
		}
	}
	story := plain(press(update(New(realStory(t), Options{}), tea.WindowSizeMsg{Width: 140, Height: 40}), "?"))
	if strings.Contains(story, disputedMark) || strings.Contains(story, "next article") {
		t.Errorf("a story's help speaks of a case:\n%s", story)
	}
}

// TestCaseModelsStayApart: a model Update returned from is not changed by
// the updates of the one it returned.
func TestCaseModelsStayApart(t *testing.T) {
	m, _ := caseModel(t, 140, 40)
	before := plain(m)
	_ = press(m, "j", "j", "1", "space", "S", "j")
	if plain(m) != before || m.cs.current() != m.cs.shown[0] || !m.cs.sel.Empty() {
		t.Errorf("the first model changed with the updates of its copy")
	}
}

// TestCaseStatsRuleIsNeverCut: the line that says how the stats add up
// is shown whole at 80 columns, on one line, and wrapped, never cut,
// in a narrower pane.
func TestCaseStatsRuleIsNeverCut(t *testing.T) {
	for _, tt := range []struct{ w, h, lines int }{{80, 24, 1}, {50, 30, 2}} {
		m := press(update(NewCase(demoCase(t), Options{Theme: "dark"}), tea.WindowSizeMsg{Width: tt.w, Height: tt.h}), "s")
		frame := plain(m)
		var rule []string
		for _, l := range strings.Split(frame, "\n") {
			l = strings.Trim(l, "┃│ ")
			if strings.HasPrefix(l, "One figure") || len(rule) > 0 && len(rule) < tt.lines {
				rule = append(rule, l)
			}
		}
		if got := strings.Join(rule, " "); got != statsRule {
			t.Errorf("at %dx%d the rule reads %q in %d lines, want %q in %d:\n%s", tt.w, tt.h, got, len(rule), statsRule, tt.lines, frame)
		}
	}
}

// TestCaseGrowingTakesTheFeed: a model made with NewGrowing asks for the
// feed's builds, takes each, and stops asking when the feed closes.
func TestCaseGrowingTakesTheFeed(t *testing.T) {
	c := demoCase(t)
	feed := make(chan CaseMsg, 1)
	first := PrepareCase(casefile.Merge([]*model.Story{c.Articles[0].Story}, mustLexicon(t)))
	m := update(first.NewGrowing(Options{Theme: "dark"}, 1, 3, feed), tea.WindowSizeMsg{Width: 140, Height: 40})
	feed <- CaseMsg{Case: first.Grow(c), Read: 3, Total: 3}
	close(feed)
	cmd := m.Init()
	for range 2 {
		msg := findFeedMsg(cmd)
		if msg == nil {
			t.Fatal("no command waits on the feed")
		}
		var tm tea.Model
		tm, cmd = m.Update(msg)
		m = tm.(Model)
	}
	if len(m.cs.c().Articles) != 3 || m.cs.feed != nil || cmd != nil {
		t.Errorf("after the feed: %d articles, feed %v, cmd %v", len(m.cs.c().Articles), m.cs.feed, cmd)
	}
}

// findFeedMsg runs the commands of cmd that finish at once and returns
// the feed's message among them.
func findFeedMsg(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case caseFeedMsg:
		return msg
	case tea.BatchMsg:
		for _, c := range msg {
			if c == nil {
				continue
			}
			done := make(chan tea.Msg, 1)
			go func() { done <- findFeedMsg(c) }()
			select {
			case got := <-done:
				if got != nil {
					return got
				}
			case <-time.After(100 * time.Millisecond): // a timer
			}
		}
	}
	return nil
}

func mustLexicon(tb testing.TB) *model.Lexicon {
	tb.Helper()
	lex, err := data.Lexicon()
	if err != nil {
		tb.Fatal(err)
	}
	return lex
}

// TestLabelCutKeepsLabelsApart: a label cut in its middle fits its width
// and keeps the end that tells two articles of one outlet apart.
func TestLabelCutKeepsLabelsApart(t *testing.T) {
	a, b := "U.S. Department of Justice", "U.S. Department of Justice 2"
	for w := 1; w <= 30; w++ {
		for _, s := range []string{a, b, "ICE", "中文中文中文中文中文中文 3"} {
			if got := labelCut(s, w); cellWidth(got) > w {
				t.Errorf("labelCut(%q, %d) = %q, %d cells", s, w, got, cellWidth(got))
			}
		}
		if w >= 10 && labelCut(a, w) == labelCut(b, w) {
			t.Errorf("at %d cells %q and %q both cut to %q", w, a, b, labelCut(a, w))
		}
	}
}

// TestCaseOfOneArticle: a case of one article opens, says so, has no
// article to switch to and no disagreement; every view draws; a story
// asked for the Sources view shows its timeline.
func TestCaseOfOneArticle(t *testing.T) {
	c := demoCase(t)
	one := casefile.Merge([]*model.Story{c.Articles[1].Story}, mustLexicon(t))
	for _, view := range []string{"timeline", "article", "entities", "stats", "sources"} {
		m := update(NewCase(one, Options{View: view}), tea.WindowSizeMsg{Width: 80, Height: 24})
		out := plain(m)
		if !strings.Contains(out, "Case · 1 article") {
			t.Errorf("%s: no case of one:\n%s", view, out)
		}
		if view == "sources" && !strings.Contains(out, "do not disagree") {
			t.Errorf("sources of one article:\n%s", out)
		}
		if view == "article" && (!strings.Contains(out, c.Articles[1].Label+" · article 1 of 1") || m.keys.NextArticle.Enabled()) {
			t.Errorf("the article of a case of one:\n%s", out)
		}
		m = update(press(m, "tab", "S", "enter", "j", "a", "tab", "e", "enter", "s", "j", "?", "esc"), tea.WindowSizeMsg{Width: 60, Height: 20})
		if lines := strings.Split(m.View().Content, "\n"); len(lines) != 20 {
			t.Errorf("%s: %d lines at 60x20", view, len(lines))
		}
	}
	m := update(New(realStory(t), Options{View: "sources"}), tea.WindowSizeMsg{Width: 120, Height: 40})
	if m.view != viewTimeline {
		t.Errorf("a story opened on view %v, want the timeline", m.view)
	}
}

// TestCaseCopiesTheEntry: y on an entry copies its summary and every
// source's sentence and article.
func TestCaseCopiesTheEntry(t *testing.T) {
	m, c := caseModel(t, 140, 40)
	i := slices.IndexFunc(c.Entries, func(e casefile.Entry) bool { return len(e.Sources) > 2 })
	m.selectEntry(i)
	nm, cmd := m.Update(keyMsg("y"))
	if cmd == nil || !strings.Contains(plain(nm.(Model)), "entry copied") {
		t.Fatalf("y copied nothing")
	}
	text := entryText(c, i)
	for _, s := range c.Entries[i].Sources {
		if !strings.Contains(text, clean(c.Sentence(s).Text)) || !strings.Contains(text, c.Articles[s.Article].Label) {
			t.Errorf("the copy lacks the sentence of %s:\n%s", c.Articles[s.Article].Label, text)
		}
	}
}

// TestCaseSearchAndClick: / searches the entries' sentences, esc clears
// it; a click on a row selects its entry.
func TestCaseSearchAndClick(t *testing.T) {
	m, c := caseModel(t, 140, 40)
	m = typeText(press(m, "/"), "fentanyl")
	m = press(m, "enter")
	want := 0
	for i := range c.Entries {
		if m.entryMatches(i, "fentanyl") {
			want++
		}
	}
	if want == 0 || want == len(c.Entries) || len(m.cs.shown) != want {
		t.Fatalf("/fentanyl shows %d entries, want %d of %d", len(m.cs.shown), want, len(c.Entries))
	}
	if !strings.Contains(plain(m), "Timeline "+itoa(want)+" of "+entries(len(c.Entries))+" /fentanyl") {
		t.Errorf("the title does not say the search:\n%s", plain(m))
	}
	m = press(m, "esc")
	if len(m.cs.shown) != len(c.Entries) {
		t.Fatalf("esc leaves %d entries", len(m.cs.shown))
	}
	r := m.lay.Timeline
	lines := m.caseRowLayout(r.W - 2).lines
	for _, y := range []int{3, 3*lines + lines - 1} { // a row's first line, and a row's last
		m = update(m, tea.MouseClickMsg{X: r.X + 5, Y: r.Y + 1 + y, Button: tea.MouseLeft})
		if want := m.cs.shown[m.cs.list.top+y/lines]; m.cs.current() != want || m.focus != paneTimeline {
			t.Errorf("a click on line %d of the timeline selects entry %d, want %d", y+1, m.cs.current(), want)
		}
	}
}

// TestCaseDetailQuotesAFewOfManyReports: an entry a hundred articles
// report quotes the first of them and says how many more there are.
func TestCaseDetailQuotesAFewOfManyReports(t *testing.T) {
	docs, lex := caseDocs(t, 60)
	c := casefile.Parse(docs, lex, nil)
	i := slices.IndexFunc(c.Entries, func(e casefile.Entry) bool { return len(e.Sources) > detailSources+1 })
	if i < 0 {
		t.Fatal("no entry with many reports")
	}
	m := update(NewCase(c, Options{}), tea.WindowSizeMsg{Width: 140, Height: 40})
	text := ansi.Strip(strings.Join(m.caseDetailLines(i, 200), "\n"))
	if n := strings.Count(text, "│ "); n == 0 || strings.Count(text, "¶ ") != detailSources {
		t.Errorf("%d places quoted, want %d", strings.Count(text, "¶ "), detailSources)
	}
	if want := "and " + itoa(len(c.Entries[i].Sources)-detailSources) + " more reports"; !strings.Contains(text, want) {
		t.Errorf("no %q:\n%s", want, text)
	}
}

// TestCaseOfNothing: a nil case opens as an empty one.
func TestCaseOfNothing(t *testing.T) {
	m := update(NewCase(nil, Options{}), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, "j", "S", "e", "s", "a", "t")
	if out := plain(m); !strings.Contains(out, "Case · 1 article") || !strings.Contains(out, "no events") {
		t.Errorf("an empty case:\n%s", out)
	}
}

// TestCaseRowsKeepTheSummary: at every timeline width a case's row gives
// its summary at least caseSummaryMin cells, on two lines where one
// cannot, and never draws a line wider than the pane.
func TestCaseRowsKeepTheSummary(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {140, 40}, {200, 60}} {
		m, _ := caseModel(t, size[0], size[1])
		w := m.lay.Timeline.W - 2
		lay := m.caseRowLayout(w)
		room := lay.summaryW()
		if lay.lines == 2 {
			room += max(lay.summaryW()-2-lay.sources, 0)
		}
		if room < caseSummaryMin {
			t.Errorf("%dx%d: a summary gets %d cells in a %d-wide timeline (%d lines)", size[0], size[1], room, w, lay.lines)
		}
		for i := range min(len(m.cs.shown), 5) {
			for _, l := range m.caseRow(m.cs.shown[i], false, false, lay) {
				if cellWidth(l) != w {
					t.Errorf("%dx%d: row %d has a line %d wide, want %d: %q", size[0], size[1], i, cellWidth(l), w, l)
				}
			}
		}
		// A row cuts no summary that the room of two lines would hold,
		// and a row of one line cuts none.
		for _, i := range m.cs.shown {
			e := &m.cs.c().Entries[i]
			room := lay.summaryW()
			if lay.lines == 2 {
				// The second line leaves the sources their column, and
				// wrapping at a word may leave up to a word unused.
				room += lay.summaryW() - 2 - lay.sources - 12
			}
			// One line must hold every summary: a cut one takes two.
			if lay.lines == 2 && cellWidth(clean(e.Summary)) > room {
				continue
			}
			rows := strings.Join(strings.Fields(ansi.Strip(strings.Join(m.caseRow(i, false, false, lay), " "))), " ")
			if want := strings.Join(strings.Fields(clean(e.Summary)), " "); !strings.Contains(rows, want) {
				t.Errorf("%dx%d: %d-line row cuts %q: %q", size[0], size[1], lay.lines, want, rows)
			}
		}
	}
}

// TestCaseStatsCursorGoesToTheEntry: ↓ moves the stats' cursor over the
// figures, each of them in turn, and enter shows the entry the cursor's
// figure comes from in the timeline's detail pane.
func TestCaseStatsCursorGoesToTheEntry(t *testing.T) {
	m, c := caseModel(t, 140, 40)
	m = press(m, "s")
	var parts []casefile.Part
	for _, tot := range c.Totals(nil) {
		parts = append(parts, tot.Parts...)
	}
	if len(parts) < 3 {
		t.Fatalf("the demo case has %d figures", len(parts))
	}
	if !m.keys.GoEvent.Enabled() || !m.keys.Down.Enabled() {
		t.Fatalf("enter %v, ↓ %v in the case's stats", m.keys.GoEvent.Enabled(), m.keys.Down.Enabled())
	}
	for k, p := range parts {
		row := cursorRow(plain(m), "▸ ")
		if want := "“" + clean(p.Figure.Text) + "”"; !strings.Contains(row, want) {
			t.Fatalf("figure %d: the cursor row %q does not hold %s", k, row, want)
		}
		if k == 2 {
			break
		}
		m = press(m, "j")
	}
	want := parts[2].Entry
	m = press(m, "enter")
	if m.view != viewTimeline || m.focus != paneDetail || m.cs.current() != want {
		t.Fatalf("enter: view %v focus %v entry %d, want the detail of entry %d", m.view, m.focus, m.cs.current(), want)
	}
	if !strings.Contains(plain(m), clean(parts[2].Figure.Text)) {
		t.Errorf("the detail of entry %d does not give %q:\n%s", want, parts[2].Figure.Text, plain(m))
	}
	// The cursor stops at the last figure and comes back from it.
	m = press(m, "s", "G")
	if m.cs.stats.fig != len(parts)-1 {
		t.Fatalf("G: figure %d of %d", m.cs.stats.fig, len(parts))
	}
	if row := cursorRow(plain(m), "▸ "); !strings.Contains(row, clean(parts[len(parts)-1].Figure.Text)) {
		t.Errorf("G: the last figure is not under the cursor in view: %q", row)
	}
	if m = press(m, "k"); m.cs.stats.fig != len(parts)-2 {
		t.Errorf("k from the last: figure %d", m.cs.stats.fig)
	}
}

// TestCaseEntitiesSearch: / in the case's entities view leaves the
// entities whose name holds the text, enter keeps the search and then
// filters the case by the entity under the cursor, esc clears it.
func TestCaseEntitiesSearch(t *testing.T) {
	m, c := caseModel(t, 140, 40)
	m = press(m, "e")
	if !m.keys.Search.Enabled() {
		t.Fatal("/ is not live in the case's entities view")
	}
	// The last entity the view lists that an entry names, by a piece of
	// its name.
	all := m.cs.entities.rows
	named := func(e *casefile.Entity) bool {
		return slices.ContainsFunc(c.Entries, func(en casefile.Entry) bool { return slices.Contains(c.Values(&en, e.Kind), e.Name) })
	}
	last := len(all) - 1
	for last > 0 && !named(&c.Entities[all[last]]) {
		last--
	}
	target := &c.Entities[all[last]]
	q := strings.ToLower(target.Name)
	if len(q) > 4 {
		q = q[1:5]
	}
	m = typeText(press(m, "/"), q)
	rows := m.cs.entities.rows
	if len(rows) == 0 || len(rows) == len(all) {
		t.Fatalf("/%s leaves %d of %d entities", q, len(rows), len(all))
	}
	for _, i := range rows {
		if !containsFold(c.Entities[i].Name, q) {
			t.Errorf("/%s leaves %q", q, c.Entities[i].Name)
		}
	}
	if !slices.Contains(rows, all[last]) {
		t.Errorf("/%s drops %q", q, target.Name)
	}
	out := plain(m)
	if !strings.Contains(out, "/"+q) || !strings.Contains(out, itoa(len(rows))+" shown") {
		t.Errorf("the view does not show the search /%s and its %d entities:\n%s", q, len(rows), out)
	}
	m = press(m, "enter")
	if m.searchOn || m.cs.entities.query != q {
		t.Fatalf("enter: searching %v, query %q", m.searchOn, m.cs.entities.query)
	}
	for m.cs.entities.current() != all[last] && m.cs.entities.cur < len(rows)-1 {
		m = press(m, "j")
	}
	e := &c.Entities[m.cs.entities.current()]
	if m = press(m, "enter"); m.view != viewTimeline || !m.cs.sel.Has(e.Kind, e.Name) {
		t.Fatalf("enter on %s after the search: view %v, selection %v", e.Name, m.view, m.cs.sel)
	}
	m = press(m, "x", "e", "esc")
	if m.cs.entities.query != "" || len(m.cs.entities.rows) != len(all) || m.view != viewEntities {
		t.Errorf("esc: query %q, %d of %d entities, view %v", m.cs.entities.query, len(m.cs.entities.rows), len(all), m.view)
	}
	m = typeText(press(m, "/"), "zzqqxx")
	if !strings.Contains(plain(m), "No entity matches /zzqqxx") {
		t.Errorf("a search that leaves nothing does not say so:\n%s", plain(m))
	}
}

// TestCaseGrowsFromItsTopUntilTouched: a case shown from its first
// article and grown before the reader does anything opens at its first
// entry and first filter value, as the whole case would, not where the
// first article's entries put the cursor.
func TestCaseGrowsFromItsTopUntilTouched(t *testing.T) {
	_, docs, err := data.DemoCase()
	if err != nil {
		t.Fatal(err)
	}
	lex := mustLexicon(t)
	stories := casefile.ParseStories(docs, lex, nil)
	stories = append(stories[len(stories)-1:], stories[:len(stories)-1]...) // a first article whose entries come late
	prep := PrepareCase(casefile.Merge(stories[:1], lex))
	m := update(prep.New(Options{}), tea.WindowSizeMsg{Width: 140, Height: 40})
	whole := prep.Grow(casefile.Merge(stories, lex))
	if whole.c.Entries[0].Lead.Article == 0 {
		t.Fatal("the whole case's first entry is the first article's: the test shows nothing")
	}
	m = update(m, CaseMsg{Case: whole, Read: len(docs), Total: len(docs)})
	if m.cs.list.cur != 0 || m.cs.current() != m.cs.shown[0] {
		t.Errorf("untouched, the grown case's cursor is on row %d, want its first", m.cs.list.cur)
	}
	fresh := update(whole.New(Options{}), tea.WindowSizeMsg{Width: 140, Height: 40})
	if m.filters.cur != fresh.filters.cur {
		t.Errorf("untouched, the filters' cursor is on row %d, want %d as on the whole case", m.filters.cur, fresh.filters.cur)
	}
}
