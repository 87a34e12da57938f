package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Without colour an entity's kind still shows, as a glyph before its name,
// and lines keep their width; the current search match looks unlike the
// other matches and unlike a name.
func TestNoColorTellsKindsAndTheCurrentMatchApart(t *testing.T) {
	m := sized(t, 100, 30, Options{NoColor: true})
	m = press(m, "a")
	out := plain(m)
	for _, want := range []string{"&Belgian police", "^Belgium", "@Antwerp", "#Sky ECC", "*cocaine"} {
		if !strings.Contains(out, want) && !strings.Contains(articleText(m), want) {
			t.Errorf("no %q in the no-colour article", want)
		}
	}
	for i, l := range m.article.view(&m, m.lay.Main.W-2) {
		if w := ansi.StringWidth(l); w > m.lay.Main.W-2 {
			t.Errorf("article line %d is %d cells, wider than %d: %q", i, w, m.lay.Main.W-2, ansi.Strip(l))
		}
	}
	st := m.styles
	looks := map[string]string{"match": st.Match.pre, "current match": st.MatchOn.pre, "name": st.Kind["country"].pre}
	seen := map[string]string{}
	for what, pre := range looks {
		if other, ok := seen[pre]; ok {
			t.Errorf("without colour the %s looks like the %s (%q)", what, other, pre)
		}
		seen[pre] = what
	}
	// In colour there are no glyphs.
	c := press(sized(t, 100, 30, Options{}), "a")
	if strings.Contains(articleText(c), "&Belgian police") {
		t.Error("glyphs in colour")
	}
}

// articleText is every line of the article as drawn, scrolling through it.
func articleText(m Model) string {
	var b strings.Builder
	for top := 0; top < m.article.total; top += m.article.height {
		m.article.top = top
		for _, l := range m.article.view(&m, m.lay.Main.W-2) {
			b.WriteString(ansi.Strip(l) + "\n")
		}
	}
	return b.String()
}
