package events

import (
	"slices"
	"sort"
	"testing"

	"dossier/model/internal/entities"
	"dossier/model/internal/story"
)

func TestEventItemsComeFromSeizures(t *testing.T) {
	s := story.Sentence{ID: 1, Start: 0, End: 61, Text: "Police seized firearms and cash from users of encrypted phones"}
	hits := []entities.Hit{
		{Kind: story.KindItem, Name: "firearms", Start: 14, End: 22},
		{Kind: story.KindItem, Name: "cash", Start: 27, End: 31},
		{Kind: story.KindItem, Name: "encrypted phones", Start: 46, End: 61},
	}
	noSeizure := Build(s, hits, nil, story.Date{})
	if len(noSeizure.Items) != 0 {
		t.Errorf("items without a seizure: %v", noSeizure.Items)
	}
	// The phones are only named beside what was seized.
	cash := story.Seizure{Item: "cash", Start: 27, End: 31}
	firearms := story.Seizure{Item: "firearms", Start: 14, End: 22}
	e := Build(s, hits, []story.Seizure{cash, firearms, cash}, story.Date{})
	if want := []string{"firearms", "cash"}; !slices.Equal(e.Items, want) {
		t.Errorf("items %v, want %v (the seizures', text order, unique)", e.Items, want)
	}
}

func TestOrderEvents(t *testing.T) {
	day := func(s string) story.Date { return story.Date{Start: &s, End: &s, Precision: story.PrecisionDay} }
	evs := []story.Event{
		{Sentence: 1, Date: day("2021-03-09")},
		{Sentence: 2},
		{Sentence: 3, Date: day("2020-07")},
		{Sentence: 4, Date: day("2021-03-09")},
		{Sentence: 5, Date: day("2020")},
		{Sentence: 6},
	}
	Order(evs)
	var got []int
	for i, e := range evs {
		if e.ID != i+1 {
			t.Errorf("event at %d has ID %d", i, e.ID)
		}
		got = append(got, e.Sentence)
	}
	if want := []int{5, 3, 1, 4, 2, 6}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}

// TestOrderEventsManyCycles orders events whose dates make a permutation
// of several cycles, against a plain stable sort of the events.
func TestOrderEventsManyCycles(t *testing.T) {
	days := []string{"2021-03-09", "2019", "2021-03-08", "", "2020-07", "2021-03-09"}
	var evs []story.Event
	for i := range 60 {
		ev := story.Event{Sentence: i + 1}
		if d := days[(i*7)%len(days)]; d != "" {
			ev.Date = story.Date{Start: &d}
		}
		evs = append(evs, ev)
	}
	want := slices.Clone(evs)
	sort.SliceStable(want, func(i, j int) bool {
		a, b := want[i].Date.Start, want[j].Date.Start
		switch {
		case a != nil && b != nil:
			if *a != *b {
				return *a < *b
			}
		case a != nil:
			return true
		case b != nil:
			return false
		}
		return want[i].Sentence < want[j].Sentence
	})
	Order(evs)
	for i := range evs {
		if evs[i].Sentence != want[i].Sentence || evs[i].ID != i+1 {
			t.Fatalf("at %d: sentence %d ID %d, want sentence %d ID %d", i, evs[i].Sentence, evs[i].ID, want[i].Sentence, i+1)
		}
	}
}
