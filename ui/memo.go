package ui

import (
	"dossier/model"
)

// memo remembers one drawing: the value draw gave for the last key.
//
// This is the app's only cache of drawn text. It holds because of two
// rules, which TestMemoDrawsReadOnlyTheirKey checks on the source:
//   - draw is a package-level function, so it reads nothing but its key
//     (and package constants): whatever a drawing depends on is in the
//     key, and a new piece of state it reads has to be put there;
//   - a key holds only values and pointers to values that are replaced,
//     never changed (the theme, the keymap, the story and its index, the
//     filters' results): comparing keys then compares everything drawn.
//
// So there is nothing to invalidate: a changed key draws afresh.
type memo[K comparable, V any] struct {
	key K
	val V
	ok  bool
}

// get returns draw(k), drawing only when k differs from the last key.
func (c *memo[K, V]) get(k K, draw func(K) V) V {
	if !c.ok || c.key != k {
		c.key, c.val, c.ok = k, draw(k), true
	}
	return c.val
}

// memos is a model's memoised drawings. Copies of a model share them:
// each is a pure function of its key, so which copy drew it does not
// matter. They are only used from Update, one message at a time.
type memos struct {
	keys      memo[keysIn, *KeyMap]
	chips     memo[chipsIn, chipsOut]
	filters   memo[filtersIn, []string]
	detail    memo[detailIn, detailOut]
	mentions  memo[mentionsIn, []string]
	stats     memo[statsIn, statsOut]
	statsData memo[statsFor, *statsData]
	help      memo[helpIn, []string]
	footer    memo[footerIn, string]
	marks     memo[marksIn, []bool]

	caseDetail memo[caseDetailIn, []string]
	sources    memo[sourcesIn, sourcesOut]
}

// dropStats lets the stats go: a figure for every seizure and count
// of the story, which only the stats view reads and which is quick to
// gather again when it opens.
func (c *memos) dropStats() {
	c.stats, c.statsData = memo[statsIn, statsOut]{}, memo[statsFor, *statsData]{}
}

// drawEnv is what most drawings read besides their own inputs: the story
// and its index, which never change, and the theme, which is replaced,
// never changed.
type drawEnv struct {
	story *model.Story
	ix    *storyIndex
	st    *Styles
}

func (m *Model) env() drawEnv { return drawEnv{story: m.story, ix: m.ix, st: m.styles} }

// filtered is what the filters decide, built once per change of them
// (applySelection): the selection and the events it leaves, in timeline
// order. It is replaced, never changed, so its pointer names one state of
// the filters for the drawings that depend on it.
type filtered struct {
	sel   model.Selection
	shown []int
}
