package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// withMentionedItem is the fixture with grenades, which the story names
// but never says were seized, on the event of sentence 10.
func withMentionedItem(tb testing.TB) *model.Story {
	st := fixtureStory(tb)
	s := st.Sentences[9]
	at := strings.Index(s.Text, "grenade")
	if at < 0 {
		tb.Fatalf("sentence 10 = %q", s.Text)
	}
	st.Entities = append(st.Entities, model.Entity{ID: "item/grenades", Kind: model.KindItem, Name: "grenades",
		Mentions: []model.Mention{{Sentence: 10, Start: s.Start + at, End: s.Start + at + len("grenade"), Text: "grenade"}}})
	for i := range st.Events {
		if st.Events[i].Sentence == 10 {
			st.Events[i].Items = append(st.Events[i].Items, "grenades")
		}
	}
	return st
}

// An item is seized only where the story says so: the lists put items no
// seizure names under "Items mentioned", and the text colours a mention
// as seized only in a sentence that reports that item seized.
func TestItemsSeizedApartFromItemsMentioned(t *testing.T) {
	st := withMentionedItem(t)
	m := update(New(st, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})

	// The filters: grenades under its own heading, after the seized.
	m = press(m, "1")
	out := plain(m)
	seized, mentioned, grenades := strings.Index(out, "Items seized"), strings.Index(out, "Items mentioned"), strings.Index(out, "] grenades")
	if seized < 0 || mentioned < seized || grenades < mentioned {
		t.Fatalf("filters: seized at %d, mentioned at %d, grenades at %d:\n%s", seized, mentioned, grenades, out)
	}
	// The entities: the same.
	m = press(m, "e")
	out = plain(m)
	seized, mentioned, grenades = strings.Index(out, "Items seized"), strings.Index(out, "Items mentioned"), strings.Index(out, "] grenades")
	cocaine := strings.Index(out, "] cocaine")
	if seized < 0 || cocaine < seized || mentioned < cocaine || grenades < mentioned {
		t.Fatalf("entities: seized %d, cocaine %d, mentioned %d, grenades %d:\n%s", seized, cocaine, mentioned, grenades, out)
	}
	// The text: cocaine is seized in sentence 5, only mentioned in 9.
	look := func(sentence int, name string) hl {
		for _, sp := range m.ix.mentionsIn(sentence) {
			if strings.EqualFold(st.Doc.Body[sp.start:sp.end], name) {
				return sp.look
			}
		}
		t.Fatalf("no mention of %s in sentence %d", name, sentence)
		return 0
	}
	if look(5, "cocaine") != hlItem || look(9, "cocaine") != hlMentioned || look(10, "grenade") != hlMentioned {
		t.Errorf("looks: cocaine in 5 %d, in 9 %d, grenade in 10 %d; want %d, %d, %d",
			look(5, "cocaine"), look(9, "cocaine"), look(10, "grenade"), hlItem, hlMentioned, hlMentioned)
	}
	if m.styles.hlStyle(hlMentioned).pre == m.styles.hlStyle(hlItem).pre {
		t.Error("an item mentioned looks like an item seized")
	}
	// enter on grenades lands on its event.
	m = press(m, "/")
	m = typeText(m, "grenades")
	m = press(m, "enter", "enter")
	if m.view != viewTimeline || m.story.Events[m.timeline.current()].Sentence != 10 {
		t.Fatalf("enter on grenades: view %d event %d", m.view, m.timeline.current())
	}
}
