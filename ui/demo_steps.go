package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// demoStep is one step of the guided tour: the caption shown while it is on
// screen, and the keys that make it happen, pressed through the real key
// handler. Keys is a list of parts, each evaluated on the model as the
// parts before it left it: most are fixed keys, a few are computed from
// what is on screen (how far the cursor has to go to reach a value).
type demoStep struct {
	Name    string // what the step shows, for tests: "country", "article"...
	Caption string // what is shown and which key does it
	Keys    []demoKeys
}

// demoKeys returns the keys one part of a step presses, given the model.
type demoKeys func(m *Model) []tea.KeyPressMsg

// demoSteps builds the tour from the story's own entities: its most
// frequent country, then the agency and the item seized that leave the most
// events with the filters before them, and a search word taken from an
// entity name. A step the story has nothing for is left out (no agencies,
// no item seized, no word that occurs twice...), so the tour works on any
// article.
func demoSteps(st *model.Story) []demoStep {
	steps := []demoStep{{
		Name:    "timeline",
		Caption: "Timeline: the events in date order; j/k move, the Event pane follows",
		Keys:    []demoKeys{keys("2", "x", "g", "j", "j")},
	}}
	sel := model.Selection{}
	filtered := false
	for _, f := range []struct {
		kind  model.Kind
		label string
	}{
		{model.KindCountry, "Filter by country"},
		{model.KindAgency, "Filter by agency"},
		{model.KindItem, "Filter by item seized"},
	} {
		v, ok := bestValue(st, f.kind, sel)
		if f.kind == model.KindItem {
			v, ok = bestSeized(st, sel)
		}
		if !ok {
			continue
		}
		sel = sel.Toggle(f.kind, v)
		caption := f.label + ": space toggles " + clean(v)
		if filtered {
			caption += "; each kind narrows further"
		} else {
			caption += "; Timeline says how many are left"
		}
		steps = append(steps, demoStep{
			Name:    string(f.kind),
			Caption: caption,
			Keys:    []demoKeys{keys("1"), toggleValue(f.kind, v)},
		})
		filtered = true
	}
	if len(st.Filter(sel)) > 0 {
		steps = append(steps, demoStep{
			Name:    "detail",
			Caption: "enter opens the event: its date, source sentence and entities",
			Keys:    []demoKeys{keys("2", "j", "enter")},
		})
	}
	if len(st.Sentences) > 0 {
		word, n := searchWord(st)
		if word != "" {
			steps = append(steps, demoStep{
				Name:    "article",
				Caption: "Article (a): / searches it for “" + clean(word) + "”, enter keeps the search",
				// ctrl+u empties the box: it opens with the last search.
				Keys: []demoKeys{keys("a", "/", "ctrl+u"), typeKeys(word), keys("enter")},
			})
			if n > 1 {
				steps = append(steps, demoStep{
					Name:    "next",
					Caption: "n jumps to the next match, N back; ▌ marks sentences of shown events",
					Keys:    []demoKeys{keys("n")},
				})
			}
		} else {
			steps = append(steps, demoStep{
				Name:    "article",
				Caption: "Article (a): the whole text; ▌ marks sentences of shown events",
				Keys:    []demoKeys{keys("a")},
			})
		}
	}
	if len(st.Entities) > 0 {
		steps = append(steps, demoStep{
			Name:    "entities",
			Caption: "Entities (e): every name by kind with its mentions; enter filters by it",
			Keys:    []demoKeys{keys("e", "g", "j")},
		})
	}
	if len(st.Seizures) > 0 || len(st.Counts) > 0 {
		steps = append(steps, demoStep{
			Name:    "stats",
			Caption: "Stats (s): what was seized and counted, as bars with their numbers",
			Keys:    []demoKeys{keys("s")},
		})
	}
	if filtered {
		steps = append(steps,
			demoStep{
				Name:    "back",
				Caption: "t goes back to the timeline; the filters stay on, as chips up top",
				Keys:    []demoKeys{keys("t")},
			},
			demoStep{
				Name:    "clear",
				Caption: "x clears every filter: all the events are back",
				Keys:    []demoKeys{keys("x")},
			})
	} else {
		steps = append(steps, demoStep{
			Name:    "back",
			Caption: "t goes back to the timeline",
			Keys:    []demoKeys{keys("t")},
		})
	}
	return steps
}

// bestValue is the value of facet k that leaves the most events given sel
// (the most frequent one first on a tie); false when every value would
// leave none.
func bestValue(st *model.Story, k model.Kind, sel model.Selection) (string, bool) {
	best, n := "", 0
	for _, fv := range st.Facet(k, sel) {
		if fv.Count > n {
			best, n = fv.Value, fv.Count
		}
	}
	return best, n > 0
}

// bestSeized is bestValue among the items the story says were seized.
func bestSeized(st *model.Story, sel model.Selection) (string, bool) {
	seized := map[string]bool{}
	for _, s := range st.Seizures {
		seized[strings.ToLower(s.Item)] = true
	}
	best, n := "", 0
	for _, fv := range st.Facet(model.KindItem, sel) {
		if fv.Count > n && seized[strings.ToLower(fv.Value)] {
			best, n = fv.Value, fv.Count
		}
	}
	return best, n > 0
}

// searchWord is the entity name that occurs most often in the article's
// text (at least twice if any does), with its number of occurrences: the
// word a reader would search for. Very long names and names of fewer than
// three letters are left out.
func searchWord(st *model.Story) (string, int) {
	body := strings.ToLower(st.Doc.Body)
	best, n := "", 0
	for _, e := range st.Entities {
		name := clean(e.Name)
		if len([]rune(name)) < 3 || len([]rune(name)) > 24 {
			continue
		}
		c := strings.Count(body, strings.ToLower(name))
		if c > n || c == n && c > 0 && name < best {
			best, n = name, c
		}
	}
	return best, n
}

// keys is a part of fixed keys, by name ("j", "space", "ctrl+u").
func keys(names ...string) demoKeys {
	ks := make([]tea.KeyPressMsg, len(names))
	for i, n := range names {
		ks[i] = keyPress(n)
	}
	return func(*Model) []tea.KeyPressMsg { return ks }
}

// typeKeys types s a character at a time, as into a search box.
func typeKeys(s string) demoKeys {
	var ks []tea.KeyPressMsg
	for _, r := range s {
		if r == ' ' {
			ks = append(ks, keyPress("space"))
			continue
		}
		ks = append(ks, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return func(*Model) []tea.KeyPressMsg { return ks }
}

// toggleValue toggles value v of facet k the way a user would: g to the
// first value, j until the cursor is on it, space. It expects the filters
// pane to have focus, and presses nothing if the value is not listed.
func toggleValue(k model.Kind, v string) demoKeys {
	return func(m *Model) []tea.KeyPressMsg {
		n, found := 0, false
		t := m.filters.table
		for _, r := range t.rows {
			if !r.selectable() {
				continue
			}
			if fv := t.value(r); fv.kind == k && fv.fv.Value == v {
				found = true
				break
			}
			n++
		}
		if !found {
			return nil
		}
		out := []tea.KeyPressMsg{keyPress("g")}
		for range n {
			out = append(out, keyPress("j"))
		}
		return append(out, keyPress("space"))
	}
}

// keyPress is the key press a terminal sends for a key name.
func keyPress(name string) tea.KeyPressMsg {
	switch name {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	}
	r := []rune(name)[0]
	k := tea.KeyPressMsg{Code: r, Text: name}
	if r >= 'A' && r <= 'Z' {
		k.Code, k.Mod = r+('a'-'A'), tea.ModShift
	}
	return k
}
