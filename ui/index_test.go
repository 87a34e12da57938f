package ui

import (
	"reflect"
	"testing"

	"dossier/model"
)

// The span index must give each sentence its own mentions, in entity
// order, whether the story numbers its sentences 1..n as Parse does or
// otherwise.
func TestStoryIndexSpans(t *testing.T) {
	for _, ids := range [][2]int{{1, 2}, {10, 20}} {
		st := &model.Story{
			Sentences: []model.Sentence{
				{ID: ids[0], Start: 0, End: 20, Text: "Police seized cash."},
				{ID: ids[1], Start: 21, End: 40, Text: "Belgium said so."},
			},
			Entities: []model.Entity{
				{Kind: model.KindAgency, Name: "police", Mentions: []model.Mention{{Sentence: ids[0], Start: 0, End: 6}}},
				{Kind: model.KindCountry, Name: "Belgium", Mentions: []model.Mention{{Sentence: ids[1], Start: 21, End: 28}, {Sentence: 99, Start: 1, End: 2}}},
				{Kind: model.KindItem, Name: "cash", Mentions: []model.Mention{{Sentence: ids[0], Start: 14, End: 18}, {Sentence: ids[0], Start: 3, End: 3}}},
				{Kind: model.KindItem, Name: "phones", Mentions: []model.Mention{{Sentence: ids[1], Start: 35, End: 39}}},
			},
			Seizures: []model.Seizure{{Item: "Cash", Sentence: ids[0]}},
		}
		ix := newStoryIndex(st)
		want := map[int][]kindSpan{
			ids[0]: {newSpan(0, 6, model.KindAgency), newSpan(14, 18, model.KindItem)},
			// An item no seizure names is only mentioned.
			ids[1]: {newSpan(21, 28, model.KindCountry), {35, 39, hlMentioned}},
			99:     nil,
		}
		for id, w := range want {
			if got := ix.mentionsIn(id); !reflect.DeepEqual(got, w) {
				t.Errorf("ids %v: mentionsIn(%d) = %v, want %v", ids, id, got, w)
			}
		}
		if s, ok := ix.sentenceOf(st, ids[1]); !ok || s.Text != "Belgium said so." {
			t.Errorf("ids %v: sentenceOf(%d) = %q, %v", ids, ids[1], s.Text, ok)
		}
		if _, ok := ix.sentenceOf(st, 0); ok {
			t.Errorf("ids %v: sentence 0 found", ids)
		}
	}
}

// A span keeps its kind in a byte: every kind must come back.
func TestKindSpanKinds(t *testing.T) {
	for _, k := range model.Kinds {
		if got := newSpan(3, 9, k); got.Kind() != k || got.start != 3 || got.end != 9 {
			t.Errorf("newSpan(3, 9, %s) = %+v, kind %s", k, got, got.Kind())
		}
	}
}

// The per-sentence and per-event lookups on a small story: seizures and
// counts by sentence (also when a story lists them out of order),
// paragraphs as runs of sentences, one label pair per distinct date, and
// how many events have a value.
func TestStoryIndexLookups(t *testing.T) {
	day := func(s string) *string { return &s }
	st := &model.Story{
		Sentences: []model.Sentence{
			{ID: 1, Paragraph: 1, Text: "Police seized cash."},
			{ID: 2, Paragraph: 1, Text: "They arrested two."},
			{ID: 3, Paragraph: 2, Text: "Belgium said so."},
		},
		Seizures: []model.Seizure{{Item: "cocaine", Sentence: 3}, {Item: "cash", Sentence: 1}, {Item: "guns", Sentence: 3}},
		Counts:   []model.Count{{What: "arrests", Sentence: 2}},
		Events: []model.Event{
			{ID: 1, Sentence: 1, Summary: "Police seized cash", Countries: []string{"Belgium"},
				Date: model.Date{Start: day("2021-03-09"), Precision: model.PrecisionDay}},
			{ID: 2, Sentence: 2, Summary: "They  arrested two", Countries: []string{"Belgium", "Netherlands"},
				Date: model.Date{Start: day("2021-03-09"), Precision: model.PrecisionDay}},
			{ID: 3, Sentence: 3, Places: []string{"Antwerp"}, Date: model.Date{Precision: model.PrecisionUnknown}},
		},
	}
	ix := newStoryIndex(st)
	items := func(zs []model.Seizure) (out []string) {
		for _, z := range zs {
			out = append(out, z.Item)
		}
		return out
	}
	if got := items(ix.seizuresIn(3)); !reflect.DeepEqual(got, []string{"cocaine", "guns"}) {
		t.Errorf("seizuresIn(3) = %v", got)
	}
	if got := items(ix.seizuresIn(1)); !reflect.DeepEqual(got, []string{"cash"}) {
		t.Errorf("seizuresIn(1) = %v", got)
	}
	if got := ix.seizuresIn(2); len(got) != 0 {
		t.Errorf("seizuresIn(2) = %v", got)
	}
	if got := ix.countsIn(2); len(got) != 1 || got[0].What != "arrests" {
		t.Errorf("countsIn(2) = %v", got)
	}
	if st.Seizures[0].Item != "cocaine" {
		t.Errorf("the index sorted the story's own seizures: %v", items(st.Seizures))
	}
	want := []paragraph{{num: 1, first: 0, end: 2}, {num: 2, first: 2, end: 3}}
	if !reflect.DeepEqual(ix.paragraphs, want) {
		t.Errorf("paragraphs = %+v, want %+v", ix.paragraphs, want)
	}
	if len(ix.dates) != 2 || ix.dateOf[0] != ix.dateOf[1] || ix.dateOf[2] != 0 {
		t.Errorf("dates %v, dateOf %v: want one shared label pair and undated", ix.dates, ix.dateOf)
	}
	if got := ix.date(0, true); got != "Tue 9 Mar 2021" {
		t.Errorf("long date %q", got)
	}
	if got := ix.date(0, false); got != "9 Mar 2021" {
		t.Errorf("short date %q", got)
	}
	if got := ix.date(2, true); got != "" {
		t.Errorf("undated event's date %q", got)
	}
	if got := ix.summary(1); got != "They arrested two" {
		t.Errorf("summary %q", got)
	}
	if got := ix.summary(2); got != "Belgium said so." {
		t.Errorf("summary of an event without one %q", got)
	}
	for i, want := range []string{"Belgium", "Belgium, Netherlands", "Antwerp"} {
		if got := ix.where(i); got != want {
			t.Errorf("where(%d) = %q, want %q", i, got, want)
		}
	}
	if len(ix.labels) != 2 {
		t.Errorf("labels kept for %d events, want 2 (two countries and an untidy summary, a missing summary): %v", len(ix.labels), ix.labels)
	}
	for _, c := range []struct {
		k    model.Kind
		v    string
		want int
	}{{model.KindCountry, "Belgium", 2}, {model.KindPlace, "Antwerp", 1}, {model.KindAgency, "police", 0}, {"nokind", "x", 0}} {
		if got := ix.eventsWith(c.k, c.v); got != c.want {
			t.Errorf("eventsWith(%s, %s) = %d, want %d", c.k, c.v, got, c.want)
		}
	}
}
