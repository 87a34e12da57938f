package ui

import (
	"reflect"
	"testing"
)

// Keymaps are copies of one default keymap that every model of a story
// shares: making the keymap of any state must leave the default as it was.
func TestKeyMapsLeaveTheDefaultAlone(t *testing.T) {
	base := DefaultKeyMap()
	for _, s := range []keyState{
		{},
		{searching: true},
		{view: viewArticle, hasQuery: true, hasMatches: true, canScroll: true},
		{view: viewEntities, canToggle: true},
		{focus: paneFilters, canToggle: true, hasFilters: true, canScroll: true},
		{focus: paneDetail, canScroll: true},
	} {
		k := keyMapFor(keysIn{&base, s})
		if reflect.DeepEqual(*k, base) {
			t.Errorf("state %+v: the keymap is the default one", s)
		}
	}
	if !reflect.DeepEqual(base, DefaultKeyMap()) {
		t.Fatal("making keymaps changed the default keymap")
	}
}
