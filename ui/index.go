package ui

import (
	"slices"
	"sort"
	"strings"

	"dossier/model"
	"dossier/model/casefile"
)

// storyIndex is the lookups the panes need, computed once per model from
// the read-only Story so no frame ever scans the whole story. It is kept
// lean per sentence and per event: on a long article of short sentences
// its slices, not the text, were what the app held.
type storyIndex struct {
	// Sentence ID → index in Story.Sentences. Parse numbers sentences 1..n,
	// so the map is only built for a story numbered otherwise.
	sentence map[int]int
	dense    bool // sentence i has ID i+1
	// The entity spans of sentence index i are spans[spanAt[i]:spanAt[i+1]]:
	// one array instead of a slice per sentence.
	spans  []kindSpan
	spanAt []int32
	// The story's seizures and counts in sentence order (Parse reports
	// them so): a sentence's are one run, found by bisection.
	seizures []model.Seizure
	counts   []model.Count
	byKind   map[model.Kind][]int // entity indices by kind, most mentioned first
	// seized is the names of the items the story says were seized
	// (Entity.Seized): an item entity that is not among them is only
	// mentioned.
	seized     map[string]bool
	entityCols entityCols // the entities list's columns
	paragraphs []paragraph
	facets     *model.Facets // the events coded for filtering
	// Per event, display-safe: its summary (the sentence when it has none)
	// and where it happened (places, else countries: "Antwerp",
	// "Belgium, Netherlands"). Most events' are their own strings, clean
	// already; only the others are kept here (see eventLabels).
	events []model.Event
	labels map[int32]eventLabels
	// Per event, the width in cells of its summary and of its where, for
	// the timeline's columns (saturated at 65535).
	sumW, whereW []uint16
	// The events of sentence index i are events[evAt[i]:evAt[i+1]] of
	// evIdx, in story order.
	evAt, evIdx []int32
	// Per event, its date's labels: dates[dateOf[i]]. Events share a few
	// dates, so each distinct date is drawn once; dates[0] is undated.
	dateOf []int32
	dates  []dateLabels
}

// eventLabels is an event's summary and where, display-safe.
type eventLabels struct{ summary, where string }

// dateLabels is a date in the long and the short style ("" when undated),
// and the width of each without its time of day, which the timeline puts
// on a line of its own when the column is narrower.
type dateLabels struct {
	long, short   string
	longW, shortW int
}

func newDateLabels(d model.Date) dateLabels {
	l := dateLabels{long: dateLabel(d, true), short: dateLabel(d, false)}
	dayW := func(s string) int {
		if d.Precision == model.PrecisionTime {
			if i := strings.LastIndexByte(s, ' '); i > 0 {
				s = s[:i]
			}
		}
		return cellWidth(s)
	}
	l.longW, l.shortW = dayW(l.long), dayW(l.short)
	return l
}

// kindSpan is a highlighted byte span of the body. It is 12 bytes, not
// 32: an article has a few of them per sentence.
type kindSpan struct {
	start, end int32
	look       hl // the entity's kind; an item only mentioned has its own
}

func newSpan(start, end int, k model.Kind) kindSpan {
	return kindSpan{int32(start), int32(end), kindHL(k)}
}

// kindCode is k's index in model.Kinds, for rows that keep a kind in a
// byte.
func kindCode(k model.Kind) uint8 { return uint8(max(slices.Index(model.Kinds[:], k), 0)) }

func (sp kindSpan) Kind() model.Kind { return sp.look.kind() }

// paragraph is a run of sentences with the same paragraph number:
// Story.Sentences[first:end].
type paragraph struct {
	num        int32
	first, end int32
	byline     bool
}

func newStoryIndex(st *model.Story) *storyIndex {
	ix := &storyIndex{
		byKind: map[model.Kind][]int{},
		facets: model.NewFacets(st),
		seized: map[string]bool{},
	}
	for _, e := range st.Entities {
		if e.SeizedItem() {
			ix.seized[e.Name] = true
		}
	}
	ix.entityCols = newEntityCols(st)
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
		if n := len(ix.paragraphs); n == 0 || int(ix.paragraphs[n-1].num) != s.Paragraph {
			ix.paragraphs = append(ix.paragraphs, paragraph{num: int32(s.Paragraph), first: int32(i), byline: s.Byline})
		}
		ix.paragraphs[len(ix.paragraphs)-1].end = int32(i + 1)
	}
	ix.paragraphs = slices.Clip(ix.paragraphs)
	ix.seizures = bySentence(st.Seizures, func(z model.Seizure) int { return z.Sentence })
	ix.indexSpans(st)
	ix.indexEvents(st)
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
	ix.counts = bySentence(st.Counts, func(c model.Count) int { return c.Sentence })
	ix.events = st.Events
	ix.labels = map[int32]eventLabels{}
	ix.dateOf = make([]int32, len(st.Events))
	ix.sumW = make([]uint16, len(st.Events))
	ix.whereW = make([]uint16, len(st.Events))
	ix.dates = []dateLabels{{}}
	type dateKey struct {
		start, end string
		sok, eok   bool
		prec       model.Precision
	}
	seen := map[dateKey]int32{}
	for i, e := range st.Events {
		l := eventLabels{summary: clean(e.Summary)}
		if l.summary == "" {
			if s, ok := ix.sentenceOf(st, e.Sentence); ok {
				l.summary = clean(s.Text)
			} else {
				l.summary = "event " + itoa(e.ID)
			}
		}
		where := e.Places
		if len(where) == 0 {
			where = e.Countries
		}
		l.where = clean(strings.Join(where, ", "))
		ix.sumW[i], ix.whereW[i] = width16(l.summary), width16(l.where)
		if l != plainLabels(e) {
			ix.labels[int32(i)] = l
		}
		if undated(e) {
			continue
		}
		d := e.Date
		k := dateKey{sok: d.Start != nil, eok: d.End != nil, prec: d.Precision}
		if k.sok {
			k.start = *d.Start
		}
		if k.eok {
			k.end = *d.End
		}
		at, ok := seen[k]
		if !ok {
			at = int32(len(ix.dates))
			seen[k] = at
			ix.dates = append(ix.dates, newDateLabels(d))
		}
		ix.dateOf[i] = at
	}
	return ix
}

// width16 is s's width in cells, saturated to fit 16 bits.
func width16(s string) uint16 { return uint16(min(cellWidth(s), 1<<16-1)) }

// plainLabels is what an event's labels are when they are its own
// strings: its summary, its first place or else its first country.
func plainLabels(e model.Event) eventLabels {
	l := eventLabels{summary: e.Summary}
	if len(e.Places) > 0 {
		l.where = e.Places[0]
	} else if len(e.Countries) > 0 {
		l.where = e.Countries[0]
	}
	return l
}

// summary and where are event i's labels.
func (ix *storyIndex) summary(i int) string { return ix.eventLabels(i).summary }
func (ix *storyIndex) where(i int) string   { return ix.eventLabels(i).where }

func (ix *storyIndex) eventLabels(i int) eventLabels {
	if l, ok := ix.labels[int32(i)]; ok {
		return l
	}
	return plainLabels(ix.events[i])
}

// date is event i's date in the long or the short style.
func (ix *storyIndex) date(i int, long bool) string {
	if long {
		return ix.dates[ix.dateOf[i]].long
	}
	return ix.dates[ix.dateOf[i]].short
}

// dateLabelsOf is event i's date labels and their widths.
func (ix *storyIndex) dateLabelsOf(i int) *dateLabels { return &ix.dates[ix.dateOf[i]] }

// bySentence returns vs in sentence order: vs itself when it is already
// (as Parse reports them), else a sorted copy.
func bySentence[T any](vs []T, sentence func(T) int) []T {
	cmp := func(a, b T) int { return sentence(a) - sentence(b) }
	if slices.IsSortedFunc(vs, cmp) {
		return vs
	}
	vs = slices.Clone(vs)
	slices.SortStableFunc(vs, cmp)
	return vs
}

// inSentence is the run of vs (in sentence order) reported in sentence id.
func inSentence[T any](vs []T, id int, sentence func(T) int) []T {
	a := sort.Search(len(vs), func(i int) bool { return sentence(vs[i]) >= id })
	b := a
	for b < len(vs) && sentence(vs[b]) == id {
		b++
	}
	return vs[a:b:b]
}

// seizuresIn and countsIn are what sentence id reports.
func (ix *storyIndex) seizuresIn(id int) []model.Seizure {
	return inSentence(ix.seizures, id, func(z model.Seizure) int { return z.Sentence })
}

func (ix *storyIndex) countsIn(id int) []model.Count {
	return inSentence(ix.counts, id, func(c model.Count) int { return c.Sentence })
}

// eventsWith is how many events have value v of kind k.
func (ix *storyIndex) eventsWith(k model.Kind, v string) int { return ix.facets.Total(k, v) }

// indexSpans lays out every entity mention by sentence, in entity order
// within a sentence, with a counting sort: one pass counts, one fills.
func (ix *storyIndex) indexSpans(st *model.Story) {
	n := len(st.Sentences)
	ix.spanAt = make([]int32, n+1)
	each := func(f func(i int, m model.Mention, k model.Kind, name string)) {
		for _, e := range st.Entities {
			for _, m := range e.Mentions {
				if i, ok := ix.sentenceIndex(m.Sentence); ok && m.End > m.Start {
					f(i, m, e.Kind, e.Name)
				}
			}
		}
	}
	each(func(i int, _ model.Mention, _ model.Kind, _ string) { ix.spanAt[i+1]++ })
	for i := range n {
		ix.spanAt[i+1] += ix.spanAt[i]
	}
	ix.spans = make([]kindSpan, ix.spanAt[n])
	next := slices.Clone(ix.spanAt[:n])
	each(func(i int, m model.Mention, k model.Kind, name string) {
		ix.spans[next[i]] = kindSpan{int32(m.Start), int32(m.End), ix.lookIn(m.Sentence, k, name)}
		next[i]++
	})
}

// lookIn is how a mention in sentence id of an entity of kind k named name
// is highlighted: an item looks seized only where the sentence reports it
// seized ("28 firearms" were; "gun battles" in another sentence are only
// mentioned).
func (ix *storyIndex) lookIn(id int, k model.Kind, name string) hl {
	if k != model.KindItem {
		return kindHL(k)
	}
	for _, s := range ix.seizuresIn(id) {
		if strings.EqualFold(s.Item, name) {
			return hlItem
		}
	}
	return hlMentioned
}

// isSeized reports whether the story says item was seized.
func (ix *storyIndex) isSeized(item string) bool { return ix.seized[item] }

// mentionedOnly says where an item the story never says was seized is:
// in no event's items, but maybe named in an event's sentence ("shipments
// of drugs and weapons" in the sentence of an operation).
func (ix *storyIndex) mentionedOnly(e model.Entity) string {
	var evs []int32
	for _, mn := range e.Mentions {
		if i, ok := ix.sentenceIndex(mn.Sentence); ok {
			for _, ev := range ix.eventsOfSentence(i) {
				if !slices.Contains(evs, ev) {
					evs = append(evs, ev)
				}
			}
		}
	}
	msg := clean(e.Name) + " is mentioned, not seized: no event's item"
	switch len(evs) {
	case 0:
		return msg
	case 1:
		return msg + " (1 event's sentence names it)"
	}
	return msg + " (" + itoa(len(evs)) + " events' sentences name it)"
}

// look is how an entity of kind k named name is highlighted in a list: by
// its kind, and an item the story does not say was seized as one only
// mentioned.
func (ix *storyIndex) look(k model.Kind, name string) hl {
	if k == model.KindItem && !ix.isSeized(name) {
		return hlMentioned
	}
	return kindHL(k)
}

// indexEvents lists the events of every sentence, with a counting sort.
func (ix *storyIndex) indexEvents(st *model.Story) {
	n := len(st.Sentences)
	ix.evAt = make([]int32, n+1)
	for _, e := range st.Events {
		if i, ok := ix.sentenceIndex(e.Sentence); ok {
			ix.evAt[i+1]++
		}
	}
	for i := range n {
		ix.evAt[i+1] += ix.evAt[i]
	}
	ix.evIdx = make([]int32, ix.evAt[n])
	next := slices.Clone(ix.evAt[:n])
	for ei, e := range st.Events {
		if i, ok := ix.sentenceIndex(e.Sentence); ok {
			ix.evIdx[next[i]] = int32(ei)
			next[i]++
		}
	}
}

// eventsOfSentence is the events (indices into Story.Events) reported by
// sentence index i. The caller must not modify them.
func (ix *storyIndex) eventsOfSentence(i int) []int32 {
	if i < 0 || i+1 >= len(ix.evAt) {
		return nil
	}
	return ix.evIdx[ix.evAt[i]:ix.evAt[i+1]:ix.evAt[i+1]]
}

// sentenceAt is the index of the sentence holding body offset off, or -1.
func sentenceAt(st *model.Story, off int) int {
	i := sort.Search(len(st.Sentences), func(i int) bool { return st.Sentences[i].End > off })
	if i < len(st.Sentences) && st.Sentences[i].Start <= off {
		return i
	}
	return -1
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

// kindMentioned heads the items a story mentions but does not say were
// seized, found or recovered: a section of the items, not a kind.
const kindMentioned model.Kind = "item mentioned"

// kindTitle is a kind's section heading.
func kindTitle(k model.Kind) string {
	switch k {
	case model.KindCountry:
		return "Countries"
	case model.KindAgency:
		return "Agencies"
	case model.KindItem:
		return "Items seized"
	case kindMentioned:
		return "Items mentioned"
	case model.KindPlace:
		return "Places"
	case model.KindNetwork:
		return "Networks"
	case casefile.SourceFacet:
		return "Sources"
	}
	return string(k)
}
