package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dossier/data"
	"dossier/internal/sanitize"
	"dossier/model"
)

// searchStory is a story made for the article search: words that overlap
// themselves ("aaaa", "abab"), a line break inside a paragraph, a phrase
// cut by a line break (a paragraph break to the parser), mixed case and a non-ASCII word.
func searchStory(tb testing.TB) *model.Story {
	tb.Helper()
	lex, err := data.Lexicon()
	if err != nil {
		tb.Fatal(err)
	}
	body := "Police seized aaaa and aa in Antwerp. The abab ababab code was SKY\nECC in Rotterdam.\n\n" +
		"Prosecutors said the Sky\n\nECC network broke. Café owners in Liège paid 1.2 million euros.\n\n" +
		"Sky ECC users moved to ANOM, police said. The police said sky ecc, SKY ECC and Sky Ecc."
	return model.Parse(model.Document{Body: body}, lex)
}

// oracleMatches is the article search as specified: every non-overlapping
// case-insensitive occurrence, paragraph by paragraph, with a line break
// inside a paragraph read as a space.
func oracleMatches(m *Model, q string) []int {
	var out []int
	for pi := range m.ix.paragraphs {
		start, end := paragraphSpan(m.story, m.ix, pi)
		for _, r := range findFold(sanitize.Inline(m.story.Doc.Body[start:end]), q) {
			out = append(out, start+r[0])
		}
	}
	return out
}

// TestArticleSearchMatchesTheOracle types queries one letter at a time,
// as a user does (the search then narrows its last matches), and checks
// every step against a fresh search of the whole text.
func TestArticleSearchMatchesTheOracle(t *testing.T) {
	m := New(searchStory(t), Options{})
	m = update(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	for _, q := range []string{"sky ecc", "aaaa", "aa", "abab", "ababab", "police said", "ecc network", "sky ecc users",
		"café", "liège", "1.2 million", " ecc", "s", "zz", "SKY ECC"} {
		var s articleSearch
		for i := 1; i <= len(q); i++ {
			if !strings.HasSuffix(q[:i], "\xc3") && (i == len(q) || q[i]&0xc0 != 0x80) {
				s.set(m.story, m.ix, q[:i], false)
				if want := oracleMatches(&m, q[:i]); !slices.Equal(s.matches, want) {
					t.Fatalf("typing %q: matches %v, want %v", q[:i], s.matches, want)
				}
			}
		}
	}
	var s articleSearch
	s.set(m.story, m.ix, "sky ecc", false)
	if len(s.matches) != 4 {
		t.Errorf("sky ecc: %d matches, want 4 (a line break is a paragraph break, which a search does not cross)", len(s.matches))
	}
}

// TestArticleSearchMovesTheView searches a long article from the top and
// steps through the matches: each current match is highlighted on a line
// in view, and the title counts them.
func TestArticleSearchMovesTheView(t *testing.T) {
	st := searchStory(t)
	m := New(st, Options{})
	m = update(m, tea.WindowSizeMsg{Width: 60, Height: 14})
	m = press(m, "a", "g", "/")
	m = typeText(m, "police")
	m = press(m, "enter")
	if got := plain(m); !strings.Contains(got, "/police 1/3") {
		t.Fatalf("title lacks /police 1/3:\n%s", got)
	}
	for i := 2; i <= 3; i++ {
		m = press(m, "n")
		if frame := plain(m); !strings.Contains(frame, "/police "+itoa(i)+"/3") {
			t.Fatalf("after %d n: title lacks %d/3:\n%s", i-1, i, frame)
		}
		on := m.article.find.matches[m.article.match]
		line := m.article.lay.lineOf(on)
		if line < m.article.top || line >= m.article.top+m.article.height {
			t.Fatalf("match %d on line %d, view shows %d..%d", i, line, m.article.top, m.article.top+m.article.height)
		}
	}
	m = press(m, "n")
	if !strings.Contains(plain(m), "/police 1/3") {
		t.Fatalf("n after the last match does not wrap to 1/3:\n%s", plain(m))
	}
}

// TestArticleResizeKeepsTheTopSentence narrows and widens the window in
// the article view: the sentence at the top of the view stays there.
func TestArticleResizeKeepsTheTopSentence(t *testing.T) {
	m := update(New(realStory(t), Options{}), tea.WindowSizeMsg{Width: 120, Height: 16})
	m = press(m, "a", "g", "pgdown", "j", "j")
	_ = m.View()
	top := topSentence(m)
	if top < 2 {
		t.Fatalf("the view did not scroll (sentence %d at the top)", top)
	}
	for _, w := range []int{80, 60, 140, 100} {
		m = update(m, tea.WindowSizeMsg{Width: w, Height: 16})
		_ = m.View()
		if got := topSentence(m); got != top {
			t.Fatalf("at width %d the top line shows sentence %d, want %d", w, got, top)
		}
	}
}

// topSentence is the first sentence shown at the top of the article view.
func topSentence(m Model) int32 {
	for _, l := range m.article.lay.lines[m.article.top:] {
		if l.sent >= 0 {
			return l.sent
		}
	}
	return -1
}

// TestMentionsPaneIsBounded: an entity named in 300 sentences draws its
// first mentionSentencesMax sentences and says how many more there are.
func TestMentionsPaneIsBounded(t *testing.T) {
	lex, err := data.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	st := model.Parse(model.Document{Body: strings.Repeat("Police seized cocaine in Antwerp.\n\n", 300)}, lex)
	m := New(st, Options{})
	m = update(m, tea.WindowSizeMsg{Width: 140, Height: 40})
	for _, e := range st.Entities {
		if e.Name != "Antwerp" {
			continue
		}
		lines := mentionLines(m.env(), e, 60)
		heads := 0
		for _, l := range lines {
			if strings.Contains(ansi.Strip(l), "· sentence ") {
				heads++
			}
		}
		if heads != mentionSentencesMax {
			t.Errorf("%d sentences drawn, want %d", heads, mentionSentencesMax)
		}
		if last := ansi.Strip(lines[len(lines)-1]); !strings.Contains(last, "100 more sentences") {
			t.Errorf("last line %q does not say 100 more sentences", last)
		}
		return
	}
	t.Fatal("no Antwerp entity")
}

// work runs cmd and the commands it batches, each on its own goroutine,
// and returns the article's messages among what they send (cursor blinks
// and the like are dropped).
func work(t *testing.T, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	var leaves []tea.Cmd
	var walk func(tea.Cmd)
	walk = func(c tea.Cmd) {
		if c == nil {
			return
		}
		leaves = append(leaves, c)
	}
	walk(cmd)
	var out []tea.Msg
	for len(leaves) > 0 {
		c := leaves[0]
		leaves = leaves[1:]
		done := make(chan tea.Msg, 1)
		go func() { done <- c() }()
		select {
		case msg := <-done:
			switch msg := msg.(type) {
			case tea.BatchMsg:
				for _, c := range msg {
					walk(c)
				}
			case articleLayoutMsg, articleSearchMsg:
				out = append(out, msg)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("a command ran for 10 s")
		}
	}
	return out
}

// TestArticleWorksOffTheLoop plays a long article (asyncMin lowered to
// 0): opening the view, a search and a resize each answer at once with a
// frame that says what is being done, and the work arrives as a message.
func TestArticleWorksOffTheLoop(t *testing.T) {
	st := realStory(t)
	m := New(st, Options{})
	m.article.asyncMin = 0
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	m, cmd := send(m, keyMsg("a"))
	if got := plain(m); !strings.Contains(got, "Wrapping the article to 115 columns…") {
		t.Fatalf("article view before its layout:\n%s", got)
	}
	msgs := work(t, cmd)
	if len(msgs) != 1 {
		t.Fatalf("opening the article started %d jobs, want 1 (the layout)", len(msgs))
	}
	if _, again := send(m, keyMsg("j")); len(work(t, again)) != 0 {
		t.Fatal("a key while the layout is being built started it again")
	}
	m = update(m, msgs[0])
	if got := plain(m); strings.Contains(got, "Wrapping") || !strings.Contains(got, "Sky ECC") {
		t.Fatalf("article view after its layout:\n%s", got)
	}

	// A search of the whole text runs off the loop; narrowing it does not.
	m = press(m, "g", "/")
	m, cmd = send(m, keyMsg("p"))
	if got := plain(m); !strings.Contains(got, "/p searching…") {
		t.Fatalf("title while searching:\n%s", got)
	}
	msgs = work(t, cmd)
	if len(msgs) != 1 {
		t.Fatalf("a search started %d jobs, want 1", len(msgs))
	}
	m = update(m, msgs[0])
	wantP := len(findInArticle(st, m.ix, "p"))
	if got := plain(m); !strings.Contains(got, "/p 1/"+itoa(wantP)) {
		t.Fatalf("title after the search: want /p 1/%d:\n%s", wantP, got)
	}
	m, cmd = send(m, keyMsg("o"))
	if n := len(work(t, cmd)); n != 0 {
		t.Fatalf("narrowing /p to /po started %d jobs", n)
	}
	wantPo := "/po 1/" + itoa(len(findInArticle(st, m.ix, "po"))) + " "
	if got := plain(m); !strings.Contains(got, wantPo) {
		t.Fatalf("title after narrowing: want %s:\n%s", wantPo, got)
	}

	// A stale search result is dropped.
	m = update(m, articleSearchMsg{query: "p", matches: []int{1, 2, 3}})
	if got := plain(m); !strings.Contains(got, wantPo) {
		t.Fatalf("a stale result replaced the search:\n%s", got)
	}

	// Resizing rewraps off the loop and keeps the top sentence; a layout
	// for the old width, arriving late, is dropped.
	m = press(m, "enter", "pgdown")
	top := topSentence(m)
	old := m.article.lay
	m, cmd = send(m, tea.WindowSizeMsg{Width: 90, Height: 30})
	if got := plain(m); !strings.Contains(got, "Wrapping the article to 85 columns…") {
		t.Fatalf("after a resize:\n%s", got)
	}
	msgs = work(t, cmd)
	m = update(m, articleLayoutMsg{old})
	if got := plain(m); !strings.Contains(got, "Wrapping the article to 85 columns…") {
		t.Fatalf("a layout for the old width was used:\n%s", got)
	}
	if len(msgs) != 1 {
		t.Fatalf("a resize started %d jobs, want 1", len(msgs))
	}
	m = update(m, msgs[0])
	if got := topSentence(m); got != top {
		t.Fatalf("after the resize the top sentence is %d, want %d", got, top)
	}
}

// TestPreparedModelsAreIndependent: two models of one prepared story (two
// SSH sessions) share its index but not their state.
func TestPreparedModelsAreIndependent(t *testing.T) {
	prep := Prepare(realStory(t))
	a, b := prep.New(Options{}), prep.New(Options{})
	a = update(a, tea.WindowSizeMsg{Width: 120, Height: 40})
	b = update(b, tea.WindowSizeMsg{Width: 120, Height: 40})
	before := plain(b)
	a = press(a, "1", "j", "space", "a", "/")
	a = typeText(a, "police")
	b = update(b, tea.WindowSizeMsg{Width: 120, Height: 40})
	if got := plain(b); got != before {
		t.Fatalf("a session's keys changed another's frame:\n%s", got)
	}
	if a.ix != b.ix {
		t.Error("the sessions do not share the prepared index")
	}
	if plain(a) == before {
		t.Error("the keys changed nothing")
	}
}

// TestTourStartsTheArticleWork: the tour's steps bypass the usual end of
// Update, but a long article still gets wrapped when a step shows it.
func TestTourStartsTheArticleWork(t *testing.T) {
	m := New(realStory(t), Options{Demo: true, DemoSpeed: time.Millisecond})
	m.article.asyncMin = 0
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	for range len(m.tour.steps) + 1 {
		var cmd tea.Cmd
		m, cmd = send(m, demoTickMsg{gen: m.tour.gen})
		if m.view != viewArticle {
			continue
		}
		for _, msg := range work(t, cmd) {
			if _, ok := msg.(articleLayoutMsg); ok {
				return
			}
		}
		t.Fatalf("the tour showed the article without starting its layout:\n%s", plain(m))
	}
	t.Fatal("the tour never showed the article")
}
