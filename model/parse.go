package model

import (
	"dossier/model/internal/dates"
	"dossier/model/internal/entities"
	"dossier/model/internal/events"
	"dossier/model/internal/lexicon"
	"dossier/model/internal/quantities"
	"dossier/model/internal/sentences"
	"dossier/model/internal/summary"
	"runtime"
	"slices"
	"sort"
)

// Parse builds the case file for doc. It is pure and deterministic: the
// same document and lexicon give the same story, and nothing is read but
// its arguments. A nil lexicon parses with empty word lists.
//
// On long texts it uses the machine's cores: the reader (dates, seizures,
// counts) and the entity pass keep their own context and never look at
// each other, so they run side by side, and summaries, which look at one
// sentence only, are written on a third goroutine as events are found.
// The result is the same as on one core; parallel_test.go checks that.
func Parse(doc Document, lex *Lexicon) *Story {
	workers := 1
	if len(doc.Body) >= parallelMinBytes {
		workers = runtime.GOMAXPROCS(0)
	}
	return parse(doc, lex, workers)
}

// parallelMinBytes is the body size from which Parse uses more than one
// core: below it (every news article) starting goroutines costs more
// than it saves.
const parallelMinBytes = 64 << 10

// reading is what the story reader found in one sentence.
type reading struct {
	date     Date
	seizures []Seizure
	counts   []Count
}

func parse(doc Document, lex *Lexicon, workers int) *Story {
	if lex == nil {
		lex = &Lexicon{}
	}
	ix := lexicon.IndexOf(lex)
	sents, dateline, title := sentences.Split(doc.Body, ix)
	if doc.Dateline == "" {
		doc.Dateline = dateline
	}
	if doc.Title == "" && title > 0 {
		doc.Title = sents[title-1].Text
	}
	st := &Story{Doc: doc, Sentences: sents, Seizures: []Seizure{}, Counts: []Count{}}
	ents := entities.NewPass(lex, ix, doc.Dateline)
	// One reader per story: a sentence is tokenized once for its date,
	// seizures and counts, over the lexicon's shared quantity index.
	reader := &storyReader{dates: dates.NewResolver(doc, lex), qf: quantities.NewFinder(lex)}
	next := reader.sequential(sents)
	if workers > 1 {
		next = reader.ahead(sents)
	}
	var hits []entities.Hit
	var breaks []int
	var evs pile[Event]
	countries := countryRefs{}
	var sums *summaryStream
	if workers > 1 {
		sums = newSummaryStream(ix)
	}
	for _, s := range sents {
		if s.Byline {
			continue
		}
		hits = ents.Sentence(hits[:0], s)
		trigger, cue := events.Predicates(ents.Text(), ix)
		r := next()
		if s.ID == title {
			// The headline repeats the story's lede: its entities count,
			// its quantities and happening would count twice.
			continue
		}
		seizures, counts := r.seizures, r.counts
		if !trigger || cue {
			seizures = nonEventSeizures(seizures)
		}
		if len(seizures) > 0 || len(counts) > 0 {
			c := quantityCountry(hits, ents.QuantityContext())
			breaks = clauseBreaks(breaks[:0], s)
			for i := range seizures {
				z := &seizures[i]
				if z.Country == nil {
					z.Country = countries.ref(clauseCountry(hits, breaks, z.Start, z.End), c)
				}
			}
			for i := range counts {
				n := &counts[i]
				if n.Country == nil {
					n.Country = countries.ref(clauseCountry(hits, breaks, n.Start, n.End), c)
				}
			}
			st.Seizures = append(st.Seizures, seizures...)
			st.Counts = append(st.Counts, counts...)
		}
		if trigger && !cue {
			e := events.Build(s, hits, seizures, r.date)
			// A seized item the matcher did not see still gets its entry
			// in the index, so every facet value is an entity.
			for _, it := range e.Items {
				ents.Entity(KindItem, it)
			}
			if sums != nil {
				sums.add(s.Text)
			}
			evs.add(e)
		}
	}
	st.Events = evs.slice()
	if sums != nil {
		for i, sum := range sums.wait() {
			st.Events[i].Summary = sum
		}
	} else {
		summarizeEvents(st.Events, sents, ix)
	}
	events.Order(st.Events)
	st.Entities = ents.Entities()
	if len(st.Seizures) == 0 {
		st.Entities = ordinaryThings(st.Entities)
	}
	return st
}

// ordinaryThings drops, from the entities of a story in which nothing was
// seized, the items that are contraband only once seized: cars, phones,
// cash, helicopters are everyday things in a storm, a flood or an earnings
// report ("toppling trees onto cars", "Police helicopters", "$1.5bn in
// cash", "PCs and smartphones"). Drugs and weapons stay: they are the
// story's crime matter even unseized ("the gunman's rifle").
func ordinaryThings(ents []Entity) []Entity {
	out := ents[:0]
	for _, e := range ents {
		if e.Kind == KindItem && e.Category != "drugs" && e.Category != "weapons" {
			continue
		}
		out = append(out, e)
	}
	return out
}

// pile collects values in blocks that double in size and copies them
// once into a slice of the exact length: on long texts that allocates
// about twice the result, where growing one slice allocates up to four
// times it and keeps up to twice it.
type pile[T any] struct {
	blocks [][]T
	n      int
}

func (p *pile[T]) add(v T) {
	if k := len(p.blocks); k == 0 || len(p.blocks[k-1]) == cap(p.blocks[k-1]) {
		size := 4096
		if k < 8 {
			size = 16 << k
		}
		p.blocks = append(p.blocks, make([]T, 0, size))
	}
	last := &p.blocks[len(p.blocks)-1]
	*last = append(*last, v)
	p.n++
}

// slice returns every value in order, never nil. A pile of one block (a
// news article's events) is that block: its room is at most 15 values.
func (p *pile[T]) slice() []T {
	if len(p.blocks) == 1 {
		return slices.Clip(p.blocks[0])
	}
	out := make([]T, 0, p.n)
	for _, b := range p.blocks {
		out = append(out, b...)
	}
	return out
}

// sequential reads each sentence when the parse asks for it.
func (sr *storyReader) sequential(sents []Sentence) func() reading {
	i := 0
	return func() reading {
		for sents[i].Byline {
			i++
		}
		s := sents[i]
		i++
		d, z, c := sr.read(s)
		return reading{d, z, c}
	}
}

// readBatch is how many readings the reader hands over at a time: one
// channel operation per sentence would cost more than some sentences.
const readBatch = 64

// ahead reads the sentences on another goroutine, in order, a few batches
// ahead of the parse. Batches go back to the reader once taken, so the
// readings of a long text never pile up. The goroutine ends after the
// last sentence, and Parse takes every reading, so it never leaks.
func (sr *storyReader) ahead(sents []Sentence) func() reading {
	const depth = 4
	full := make(chan []reading, depth)
	free := make(chan []reading, depth+2)
	go func() {
		batch := make([]reading, 0, readBatch)
		for _, s := range sents {
			if s.Byline {
				continue
			}
			d, z, c := sr.read(s)
			batch = append(batch, reading{d, z, c})
			if len(batch) == readBatch {
				full <- batch
				select {
				case batch = <-free:
				default:
					batch = make([]reading, 0, readBatch)
				}
			}
		}
		if len(batch) > 0 {
			full <- batch
		}
		close(full)
	}()
	var cur []reading
	k := 0
	return func() reading {
		if k == len(cur) {
			if cur != nil {
				free <- cur[:0]
			}
			cur, k = <-full, 0
		}
		r := cur[k]
		cur[k] = reading{}
		k++
		return r
	}
}

// summaryStream writes the summaries of a long text's events on their own
// goroutine while the parse goes on, in the order they are added: a
// summary looks at its sentence only, and writing them all at the end left
// a core idle while the parse waited on the reader.
type summaryStream struct {
	jobs chan []string
	done chan []string
	cur  []string
}

func newSummaryStream(ix *lexicon.Index) *summaryStream {
	ss := &summaryStream{jobs: make(chan []string, 8), done: make(chan []string, 1)}
	go func() {
		sm := summary.New(ix)
		var out []string
		for batch := range ss.jobs {
			for _, text := range batch {
				out = append(out, sm.Summarize(text))
			}
		}
		ss.done <- out
	}()
	return ss
}

// add queues the summary of one more event's sentence.
func (ss *summaryStream) add(text string) {
	ss.cur = append(ss.cur, text)
	if len(ss.cur) == readBatch {
		ss.jobs <- ss.cur
		ss.cur = make([]string, 0, readBatch)
	}
}

// wait returns the summaries in the order their sentences were added.
func (ss *summaryStream) wait() []string {
	if len(ss.cur) > 0 {
		ss.jobs <- ss.cur
	}
	close(ss.jobs)
	return <-ss.done
}

// summarizeEvents writes each event's summary, one after the other.
func summarizeEvents(events []Event, sents []Sentence, ix *lexicon.Index) {
	sm := summary.New(ix)
	for i := range events {
		events[i].Summary = sm.Summarize(sents[events[i].Sentence-1].Text)
	}
}

// quantityCountry is where a sentence's seizures and counts happened: its
// one country (named, or through a place), else the one country of its
// agencies, else, when it names no agency, the context.
func quantityCountry(hits []entities.Hit, context string) string {
	var named, agencies []string
	for _, h := range hits {
		if h.Country == "" {
			continue
		}
		if h.Origin {
			continue
		}
		if h.Kind == KindAgency {
			if !slices.Contains(agencies, h.Country) {
				agencies = append(agencies, h.Country)
			}
		} else if !slices.Contains(named, h.Country) {
			named = append(named, h.Country)
		}
	}
	switch {
	case len(named) == 1:
		return named[0]
	case len(agencies) == 1:
		return agencies[0]
	}
	// An international body alone ("Europol said 800 suspects were
	// detained") places nothing in the story's country.
	for _, h := range hits {
		if h.Kind == KindAgency {
			return ""
		}
	}
	return context
}

// countryRefs gives the quantities of a story one pointer per country
// (Seizure.Country, Count.Country): a story of ten thousand counts in a
// few countries keeps a few strings, not ten thousand.
type countryRefs map[string]*string

// ref points to first, else fallback; nil when both are "".
func (r countryRefs) ref(first, fallback string) *string {
	if first == "" {
		first = fallback
	}
	if first == "" {
		return nil
	}
	p, ok := r[first]
	if !ok {
		p = &first
		r[first] = p
	}
	return p
}

// clauseCountry is the country a quantity at body [start,end) has from its
// own clause: the first place or country after it where the action took
// place ("14 people in Spain, while ... six more in Tangier"), else the
// nearest agency, place or country before it ("Belgian police made 48
// arrests"). Origins and destinations ("from Morocco", "to Spain") are not
// where it happened. "" when the clause has none. hits are in text order;
// breaks are the sentence's clause breaks (commas, semicolons) in order,
// so each lookup costs a logarithm, not a scan, on giant sentences.
func clauseCountry(hits []entities.Hit, breaks []int, start, end int) string {
	// The clause: from the last break before the quantity to the first
	// break after it.
	b := sort.SearchInts(breaks, start)
	lo, hi := -1, int(^uint(0)>>1)
	if b > 0 {
		lo = breaks[b-1]
	}
	if a := sort.SearchInts(breaks, end); a < len(breaks) {
		hi = breaks[a]
	}
	first := sort.Search(len(hits), func(i int) bool { return hits[i].Start >= end })
	for i, n := first, 0; i < len(hits) && hits[i].Start < hi && n < 64; i, n = i+1, n+1 {
		h := hits[i]
		if h.Country != "" && h.Kind != KindAgency && !h.Origin {
			return h.Country
		}
	}
	for i, n := first-1, 0; i >= 0 && hits[i].Start > lo && n < 64; i, n = i-1, n+1 {
		h := hits[i]
		if h.End <= start && h.Country != "" && !h.Origin {
			return h.Country
		}
	}
	return ""
}

// clauseBreaks returns the body offsets of the commas and semicolons of s.
func clauseBreaks(dst []int, s Sentence) []int {
	for i := 0; i < len(s.Text); i++ {
		if c := s.Text[i]; c == ',' || c == ';' {
			dst = append(dst, s.Start+i)
		}
	}
	return dst
}

// nonEventSeizures keeps, of the seizures of a sentence that reports no
// happening (a quote, a denial, a state: "This is one of the largest
// seizures of methamphetamine at our border"), those with a quantity: a
// measured haul in background ("Customs seized 1.5 tonnes last year") is
// still one, a bare item named in passing is not.
func nonEventSeizures(zs []Seizure) []Seizure {
	out := zs[:0]
	for _, z := range zs {
		if z.Quantity != nil || z.Unit != nil {
			out = append(out, z)
		}
	}
	return out
}
