package ui

import (
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dossier/model"
)

// TestViewSizePropertyOddStories extends TestViewSizeProperty to the
// stories it does not draw: an empty one (no sentence, no event, no
// entity), one with a body but nothing found in it, and one full of
// escape sequences parsed without sanitising; in every theme, in every
// view, focus and overlay of sizeStates, each reached at the size itself
// (not only by resizing into it), from 1x1 to 300x100.
func TestViewSizePropertyOddStories(t *testing.T) {
	stories := map[string]*model.Story{
		"empty":     {},
		"nothing":   {Doc: model.Document{Body: "Nothing happened here.\n\nStill nothing."}, Sentences: []model.Sentence{{ID: 1, Paragraph: 1, Start: 0, End: 22, Text: "Nothing happened here."}}},
		"hostile":   hostileStory(t),
		"nil story": nil,
	}
	themes := []Options{{Theme: "dark"}, {Theme: "light"}, {NoColor: true}, {Theme: "auto"}}
	sizes := [][2]int{{1, 1}, {2, 2}, {3, 1}, {1, 3}, {10, 3}, {20, 5}, {300, 100}, {300, 2}, {2, 100}}
	r := rand.New(rand.NewPCG(3, 4))
	for range 6 {
		sizes = append(sizes, [2]int{1 + r.IntN(300), 1 + r.IntN(100)})
	}
	for name, st := range stories {
		for _, opts := range themes {
			for _, s := range sizeStates {
				for _, sz := range sizes {
					m := New(st, opts)
					m = update(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
					m = press(m, s.keys...)
					checkFrame(t, m, sz[0], sz[1], name+"/"+s.name)
				}
			}
		}
	}
}
