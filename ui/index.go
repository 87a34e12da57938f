package ui

import (
	"sort"

	"dossier/model"
)

// storyIndex is the lookups the panes need, computed once per model from
// the read-only Story so no frame ever scans the whole story.
type storyIndex struct {
	sentence   map[int]int             // sentence ID → index in Story.Sentences
	mentions   map[int][]kindSpan      // sentence ID → entity spans in it
	seizures   map[int][]model.Seizure // sentence ID → seizures reported in it
	counts     map[int][]model.Count   // sentence ID → counts reported in it
	byKind     map[model.Kind][]int    // entity indices by kind, most mentioned first
	paragraphs []paragraph
	eventOf    map[int]int // sentence ID → index of its event (first one)
	inEvents   map[model.Kind]map[string]int
}

// kindSpan is a highlighted byte span of the body.
type kindSpan struct {
	start, end int
	kind       model.Kind
}

// paragraph is a run of sentences with the same paragraph number.
type paragraph struct {
	num       int
	sentences []int // indices into Story.Sentences
	byline    bool
}

func newStoryIndex(st *model.Story) *storyIndex {
	ix := &storyIndex{
		sentence: map[int]int{},
		mentions: map[int][]kindSpan{},
		seizures: map[int][]model.Seizure{},
		counts:   map[int][]model.Count{},
		byKind:   map[model.Kind][]int{},
		eventOf:  map[int]int{},
		inEvents: map[model.Kind]map[string]int{},
	}
	for i, s := range st.Sentences {
		ix.sentence[s.ID] = i
		if n := len(ix.paragraphs); n == 0 || ix.paragraphs[n-1].num != s.Paragraph {
			ix.paragraphs = append(ix.paragraphs, paragraph{num: s.Paragraph, byline: s.Byline})
		}
		p := &ix.paragraphs[len(ix.paragraphs)-1]
		p.sentences = append(p.sentences, i)
	}
	for i, e := range st.Entities {
		ix.byKind[e.Kind] = append(ix.byKind[e.Kind], i)
		for _, m := range e.Mentions {
			if m.End > m.Start {
				ix.mentions[m.Sentence] = append(ix.mentions[m.Sentence], kindSpan{m.Start, m.End, e.Kind})
			}
		}
	}
	for k, idx := range ix.byKind {
		sort.SliceStable(idx, func(a, b int) bool {
			ea, eb := st.Entities[idx[a]], st.Entities[idx[b]]
			if len(ea.Mentions) != len(eb.Mentions) {
				return len(ea.Mentions) > len(eb.Mentions)
			}
			return ea.Name < eb.Name
		})
		ix.byKind[k] = idx
	}
	for _, s := range st.Seizures {
		ix.seizures[s.Sentence] = append(ix.seizures[s.Sentence], s)
	}
	for _, c := range st.Counts {
		ix.counts[c.Sentence] = append(ix.counts[c.Sentence], c)
	}
	for i, e := range st.Events {
		if _, ok := ix.eventOf[e.Sentence]; !ok {
			ix.eventOf[e.Sentence] = i
		}
		for _, k := range model.Kinds {
			if ix.inEvents[k] == nil {
				ix.inEvents[k] = map[string]int{}
			}
			for _, v := range uniqStrings(e.Values(k)) {
				ix.inEvents[k][v]++
			}
		}
	}
	return ix
}

// sentenceText returns the sentence with ID id, or false.
func (ix *storyIndex) sentenceOf(st *model.Story, id int) (model.Sentence, bool) {
	i, ok := ix.sentence[id]
	if !ok {
		return model.Sentence{}, false
	}
	return st.Sentences[i], true
}

func uniqStrings(vs []string) []string {
	if len(vs) < 2 {
		return vs
	}
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		dup := false
		for _, o := range out {
			if o == v {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, v)
		}
	}
	return out
}

// kindTitle is a kind's section heading.
func kindTitle(k model.Kind) string {
	switch k {
	case model.KindCountry:
		return "Countries"
	case model.KindAgency:
		return "Agencies"
	case model.KindItem:
		return "Items seized"
	case model.KindPlace:
		return "Places"
	case model.KindNetwork:
		return "Networks"
	}
	return string(k)
}
