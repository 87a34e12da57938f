package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// withMentionedItems is the fixture with what the seed names but never
// says was seized, as Parse reports it: grenades ("grenade attacks"),
// phones ("phones equipped with Sky ECC", in a sentence that is no event)
// and drugs ("shipments of drugs", in the sentence of the EncroChat
// event), items of no event.
func withMentionedItems(tb testing.TB) *model.Story {
	st := fixtureStory(tb)
	mention := func(sentence int, word string) model.Mention {
		s := st.Sentences[sentence-1]
		at := strings.Index(s.Text, word)
		if at < 0 {
			tb.Fatalf("sentence %d = %q", sentence, s.Text)
		}
		return model.Mention{Sentence: sentence, Start: s.Start + at, End: s.Start + at + len(word), Text: word}
	}
	st.Entities = append(st.Entities,
		model.Entity{ID: "item/grenades", Kind: model.KindItem, Name: "grenades", Category: "weapons",
			Mentions: []model.Mention{mention(10, "grenade")}},
		model.Entity{ID: "item/phones", Kind: model.KindItem, Name: "phones", Category: "devices",
			Mentions: []model.Mention{mention(6, "phones")}},
		model.Entity{ID: "item/drugs", Kind: model.KindItem, Name: "drugs", Category: "drugs",
			Mentions: []model.Mention{mention(18, "drugs")}})
	return st
}

// An item is seized only where the story says so: the entities list puts
// the items only mentioned under "Items mentioned", the filters do not
// offer them, and the text colours a mention as seized only in a
// sentence that reports that item seized.
func TestItemsSeizedApartFromItemsMentioned(t *testing.T) {
	st := withMentionedItems(t)
	m := update(New(st, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})

	// The filters: only the items seized.
	m = press(m, "1")
	out := plain(m)
	if !strings.Contains(out, "Items seized") || strings.Contains(out, "grenades") || strings.Contains(out, "Items mentioned") {
		t.Fatalf("filters offer an item only mentioned:\n%s", out)
	}
	// The entities: grenades under its own heading, after the seized.
	m = press(m, "e")
	out = plain(m)
	seized, mentioned, grenades := strings.Index(out, "Items seized"), strings.Index(out, "Items mentioned"), strings.Index(out, " grenades")
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
}

// enter on an item says which events it is in: a seized item filters the
// timeline to its events and lands on the first; one only mentioned is in
// none, and the status says so and where the story names it.
func TestEnterOnAnItemSaysItsEvents(t *testing.T) {
	st := withMentionedItems(t)
	enter := func(name string) Model {
		m := update(New(st, Options{}), tea.WindowSizeMsg{Width: 120, Height: 40})
		m = press(m, "e", "/")
		m = typeText(m, name)
		return press(m, "enter", "enter")
	}
	m := enter("firearms")
	if m.view != viewTimeline || len(m.timeline.items) != 2 || m.story.Events[m.timeline.current()].Sentence != 3 {
		t.Errorf("enter on firearms: view %d, %d events, on sentence %d; want the timeline, 2 events, sentence 3",
			m.view, len(m.timeline.items), m.story.Events[m.timeline.current()].Sentence)
	}
	for _, tt := range []struct{ name, status string }{
		{"phones", "phones is mentioned, not seized: no event's item"},
		{"drugs", "drugs is mentioned, not seized: no event's item (1 event's sentence names it)"},
	} {
		m := enter(tt.name)
		if m.view != viewEntities || m.status != tt.status || len(m.sel[model.KindItem]) != 0 {
			t.Errorf("enter on %s: view %d, status %q, filters %v; want the entities, %q, none", tt.name, m.view, m.status, m.sel, tt.status)
		}
	}
}
