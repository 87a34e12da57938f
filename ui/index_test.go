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
			},
		}
		ix := newStoryIndex(st)
		want := map[int][]kindSpan{
			ids[0]: {{0, 6, model.KindAgency}, {14, 18, model.KindItem}},
			ids[1]: {{21, 28, model.KindCountry}},
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
