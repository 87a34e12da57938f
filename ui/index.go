package ui

import (
	"slices"
	"sort"
	"strings"

	"dossier/model"
)

// storyIndex is the lookups the panes need, computed once per model from
// the read-only Story so no frame ever scans the whole story.
type storyIndex struct {
	// Sentence ID → index in Story.Sentences. Parse numbers sentences 1..n,
	// so the map is only built for a story numbered otherwise: on a long
	// article of short sentences it was a tenth of what the app holds.
	sentence map[int]int
	dense    bool // sentence i has ID i+1
	// The entity spans of sentence index i are spans[spanAt[i]:spanAt[i+1]]:
	// one array instead of a slice per sentence.
	spans      []kindSpan
	spanAt     []int32
	seizures   map[int][]model.Seizure // sentence ID → seizures reported in it
	counts     map[int][]model.Count   // sentence ID → counts reported in it
	byKind     map[model.Kind][]int    // entity indices by kind, most mentioned first
	paragraphs []paragraph
	facets     *model.Facets // the events coded for filtering
	inEvents   map[model.Kind]map[string]int
	// Per event, display-safe: its summary (the sentence when it has none)
	// and its date in the long and short style ("" when undated).
	summary             []string
	dateLong, dateShort []string
	where               []string // places, else countries: "Antwerp", "Belgium, Netherlands"
	whereW              int      // widest where
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
		seizures: map[int][]model.Seizure{},
		counts:   map[int][]model.Count{},
		byKind:   map[model.Kind][]int{},
		inEvents: map[model.Kind]map[string]int{},
		facets:   model.NewFacets(st),
	}
	ix.dense = true
	for i, s := range st.Sentences {
		if s.ID != i+1 {
			ix.dense = false
		}
	}
	if !ix.dense {
		ix.sentence = make(map[int]int, len(st.Sentences))
		for i, s := range st.Sentences {
			ix.sentence[s.ID] = i
		}
	}
	for i, s := range st.Sentences {
		if n := len(ix.paragraphs); n == 0 || ix.paragraphs[n-1].num != s.Paragraph {
			ix.paragraphs = append(ix.paragraphs, paragraph{num: s.Paragraph, byline: s.Byline})
		}
		p := &ix.paragraphs[len(ix.paragraphs)-1]
		p.sentences = append(p.sentences, i)
	}
	ix.indexSpans(st)
	for i, e := range st.Entities {
		ix.byKind[e.Kind] = append(ix.byKind[e.Kind], i)
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
	ix.summary = make([]string, len(st.Events))
	ix.where = make([]string, len(st.Events))
	ix.dateLong = make([]string, len(st.Events))
	ix.dateShort = make([]string, len(st.Events))
	for i, e := range st.Events {
		ix.summary[i] = clean(e.Summary)
		if ix.summary[i] == "" {
			if s, ok := ix.sentenceOf(st, e.Sentence); ok {
				ix.summary[i] = clean(s.Text)
			} else {
				ix.summary[i] = "event " + itoa(e.ID)
			}
		}
		where := e.Places
		if len(where) == 0 {
			where = e.Countries
		}
		ix.where[i] = clean(strings.Join(where, ", "))
		ix.whereW = max(ix.whereW, cellWidth(ix.where[i]))
		if !undated(e) {
			ix.dateLong[i], ix.dateShort[i] = dateLabel(e.Date, true), dateLabel(e.Date, false)
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

// indexSpans lays out every entity mention by sentence, in entity order
// within a sentence, with a counting sort: one pass counts, one fills.
func (ix *storyIndex) indexSpans(st *model.Story) {
	n := len(st.Sentences)
	ix.spanAt = make([]int32, n+1)
	each := func(f func(i int, m model.Mention, k model.Kind)) {
		for _, e := range st.Entities {
			for _, m := range e.Mentions {
				if i, ok := ix.sentenceIndex(m.Sentence); ok && m.End > m.Start {
					f(i, m, e.Kind)
				}
			}
		}
	}
	each(func(i int, _ model.Mention, _ model.Kind) { ix.spanAt[i+1]++ })
	for i := range n {
		ix.spanAt[i+1] += ix.spanAt[i]
	}
	ix.spans = make([]kindSpan, ix.spanAt[n])
	next := slices.Clone(ix.spanAt[:n])
	each(func(i int, m model.Mention, k model.Kind) {
		ix.spans[next[i]] = kindSpan{m.Start, m.End, k}
		next[i]++
	})
}

// sentenceIndex is the index in Story.Sentences of the sentence with ID id.
func (ix *storyIndex) sentenceIndex(id int) (int, bool) {
	if ix.dense {
		return id - 1, id >= 1 && id <= len(ix.spanAt)-1
	}
	i, ok := ix.sentence[id]
	return i, ok
}

// mentionsIn returns the entity spans of the sentence with ID id, in the
// story's entity order. The caller must not modify them.
func (ix *storyIndex) mentionsIn(id int) []kindSpan {
	i, ok := ix.sentenceIndex(id)
	if !ok {
		return nil
	}
	return ix.spans[ix.spanAt[i]:ix.spanAt[i+1]:ix.spanAt[i+1]]
}

// sentenceOf returns the sentence with ID id, or false.
func (ix *storyIndex) sentenceOf(st *model.Story, id int) (model.Sentence, bool) {
	i, ok := ix.sentenceIndex(id)
	if !ok {
		return model.Sentence{}, false
	}
	return st.Sentences[i], true
}

// uniqStrings drops repeated values, keeping the first of each.
func uniqStrings(vs []string) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if !slices.Contains(out, v) {
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
