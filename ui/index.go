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
	sentence   map[int]int             // sentence ID → index in Story.Sentences
	mentions   map[int][]kindSpan      // sentence ID → entity spans in it
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
		sentence: map[int]int{},
		mentions: map[int][]kindSpan{},
		seizures: map[int][]model.Seizure{},
		counts:   map[int][]model.Count{},
		byKind:   map[model.Kind][]int{},
		inEvents: map[model.Kind]map[string]int{},
		facets:   model.NewFacets(st),
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

// sentenceText returns the sentence with ID id, or false.
func (ix *storyIndex) sentenceOf(st *model.Story, id int) (model.Sentence, bool) {
	i, ok := ix.sentence[id]
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
