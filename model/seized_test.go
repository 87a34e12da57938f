package model_test

import (
	"slices"
	"testing"

	"dossier/model"
)

// Only what the story says was seized is an item seized; the things it
// only mentions stay in the index for the reader.
func TestSeedSeizedAndMentionedItems(t *testing.T) {
	st := parseSeed(t)
	var seized, mentioned []string
	for _, e := range st.Entities {
		switch {
		case e.SeizedItem():
			seized = append(seized, e.Name)
		case e.Kind == model.KindItem:
			mentioned = append(mentioned, e.Name)
		case e.Seized:
			t.Errorf("%s is seized but not an item", e.ID)
		}
	}
	slices.Sort(seized)
	slices.Sort(mentioned)
	wantSeized := []string{"cash", "cocaine", "diamonds", "firearms", "hashish", "heroin", "jewelry", "luxury cars", "police uniforms", "servers"}
	if !slices.Equal(seized, wantSeized) {
		t.Errorf("seized %q, want %q", seized, wantSeized)
	}
	// "phones equipped with Sky ECC", "grenade attacks", "shipments of
	// drugs and weapons".
	if want := []string{"drugs", "grenades", "phones", "weapons"}; !slices.Equal(mentioned, want) {
		t.Errorf("mentioned %q, want %q", mentioned, want)
	}
	for _, ev := range st.Events {
		for _, it := range ev.Items {
			if !slices.ContainsFunc(st.Entities, func(e model.Entity) bool { return e.SeizedItem() && e.Name == it }) {
				t.Errorf("event %d has item %q, which is not seized", ev.ID, it)
			}
		}
	}
}

// An item named beside a seizure is not seized with it, and a definite
// item is seized when nothing seized before names it.
func TestItemsSeizedBesideMentioned(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body             string
		seized, mentions []string
	}{
		{"Police seized cash and firearms, and said the gang used encrypted phones.", []string{"cash", "firearms"}, []string{"encrypted phones"}},
		{"Police seized 2 kg of cocaine on Monday, after a gun battle in the port.", []string{"cocaine"}, []string{"firearms"}},
		{"Police seized 2 kg of cocaine. The drugs were found by customs.", []string{"cocaine"}, []string{"drugs"}},
		{"A man smuggled a gun in a car. Agents stopped the car and seized the gun.", []string{"firearms"}, []string{"cars"}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		var seized, mentions []string
		for _, e := range st.Entities {
			if e.SeizedItem() {
				seized = append(seized, e.Name)
			} else if e.Kind == model.KindItem {
				mentions = append(mentions, e.Name)
			}
		}
		if !slices.Equal(seized, tt.seized) || !slices.Equal(mentions, tt.mentions) {
			t.Errorf("%q: seized %q, mentioned %q; want %q, %q", tt.body, seized, mentions, tt.seized, tt.mentions)
		}
		var inEvents []string
		for _, ev := range st.Events {
			for _, it := range ev.Items {
				if !slices.Contains(inEvents, it) {
					inEvents = append(inEvents, it)
				}
			}
		}
		slices.Sort(inEvents)
		if !slices.Equal(inEvents, tt.seized) {
			t.Errorf("%q: events' items %q, want the items seized %q", tt.body, inEvents, tt.seized)
		}
	}
}

// Validate holds the seized flag to the seizures: an item seized that no
// seizure names, one a seizure names left unmarked, or an event's item
// no seizure names is a broken story.
func TestValidateSeizedItems(t *testing.T) {
	st := parseSeed(t)
	if err := st.Validate(); err != nil {
		t.Fatal(err)
	}
	breakIt := func(name string, f func(st *model.Story)) {
		c := parseSeed(t)
		c.Entities = slices.Clone(c.Entities)
		c.Events = slices.Clone(c.Events)
		f(c)
		if c.Validate() == nil {
			t.Errorf("%s: Validate passed", name)
		}
	}
	at := func(st *model.Story, name string) int {
		return slices.IndexFunc(st.Entities, func(e model.Entity) bool { return e.Kind == model.KindItem && e.Name == name })
	}
	breakIt("phones marked seized", func(st *model.Story) { st.Entities[at(st, "phones")].Seized = true })
	breakIt("cash left unmarked", func(st *model.Story) { st.Entities[at(st, "cash")].Seized = false })
	breakIt("an event with phones", func(st *model.Story) {
		st.Events[0].Items = append(slices.Clone(st.Events[0].Items), "phones")
	})
}
