package model

import (
	"runtime"
	"slices"

	"dossier/model/internal/dates"
	"dossier/model/internal/entities"
	"dossier/model/internal/events"
	"dossier/model/internal/lexicon"
	"dossier/model/internal/quantities"
	"dossier/model/internal/sentences"
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
	var at []int
	var clauses []events.Clause
	var clHits []entities.Hit
	var sentEvs []Event
	var clSeizures []Seizure
	var spans, dspans [][2]int
	var evs pile[Event]
	countries := countryRefs{}
	seized := seizedSoFar{}
	var told toldEvents // the last sentence that reported events
	var sums *summaryStream
	if workers > 1 {
		sums = newSummaryStream(ix)
	}
	for _, s := range sents {
		if s.Byline {
			continue
		}
		hits = ents.Sentence(hits[:0], s)
		var trigger, cue bool
		trigger, cue, at = events.Triggers(ents.Text(), ix, at[:0])
		r := next()
		if s.ID == title {
			// The headline repeats the story's lede: its entities count,
			// its quantities and happening would count twice.
			continue
		}
		seizures, counts := r.seizures, r.counts
		seizures = seized.firstNamed(seizures)
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
				if n.Thing {
					// A number of things parts the happenings below;
					// it is no count of the story.
					continue
				}
				if n.Country == nil {
					n.Country = countries.ref(clauseCountry(hits, breaks, n.Start, n.End), c)
				}
				st.Counts = append(st.Counts, *n)
			}
			for _, z := range seizures {
				// A seized item the matcher did not see still gets its
				// entry in the index, so every facet value is an entity.
				ents.Entity(KindItem, z.Item)
			}
			st.Seizures = append(st.Seizures, seizures...)
			seized.add(seizures)
		}
		if (!trigger || cue) && r.namesHappening && told.sentence == s.ID-1 && told.paragraph == s.Paragraph {
			// "… was extradited from Greece to the United States. He has
			// been incarcerated in the United States since his return on
			// July 16.": the return is the extradition told undated.
			if prev := evs.last(told.events); prev != nil && !slices.ContainsFunc(prev, ownDate) {
				for i := range prev {
					prev[i].Date = r.date
					prev[i].Date.Text, prev[i].Date.Basis = "", BasisContext
				}
			}
		}
		if trigger && !cue {
			told = toldEvents{s.ID, s.Paragraph, 0}
			clauses = clauses[:0]
			if len(at) > 1 || len(r.spans) > 1 || len(seizures)+len(counts) > 0 {
				spans = quantitySpans(spans[:0], s, seizures, counts)
				dspans = dateSpans(dspans[:0], r.spans, doc)
				clauses = events.Clauses(ents.Text(), ix, at, dspans, spans, clauses)
			}
			if len(clauses) == 0 {
				clauses = append(clauses, events.Clause{End: len(s.Text), Text: s.Text})
			}
			sentEvs = sentEvs[:0]
			for i, cl := range clauses {
				evHits, evSeizures := hits, seizures
				if len(clauses) > 1 {
					// Build keeps none of the hits or seizures it is
					// given: the clause's are cut into reused buffers.
					clHits = clauseHits(clHits[:0], hits, s, cl, i > 0)
					clSeizures = clauseSeizures(clSeizures[:0], seizures, s, cl)
					evHits, evSeizures = clHits, clSeizures
				}
				e := events.Build(s, evHits, evSeizures, clauseDate(r.spans, cl, r.date, len(clauses) > 1, r.before, r.hasBefore))
				if i > 0 && cl.Verb && len(e.Items) == 0 {
					// "and a further 800 kg": more of what the shared
					// verb seized.
					e.Items = sentEvs[0].Items
				}
				if sums != nil {
					sums.add(cl.Text)
				} else {
					// The text to summarize, until summarizeEvents
					// replaces it with its summary.
					e.Summary = cl.Text
				}
				sentEvs = append(sentEvs, e)
			}
			shareWhere(sentEvs, clauses)
			if c := ents.QuantityContext(); c != "" {
				// A story set in one country: the happenings its
				// sentences place nowhere else are there.
				for i := range sentEvs {
					// A body or place with no country ("European police",
					// "Europe") sets it beyond any one country.
					if e := &sentEvs[i]; len(e.Countries) == 0 && len(e.Agencies) == 0 && len(e.Places) == 0 {
						sentEvs[i].Countries = []string{c}
					}
				}
			}
			for _, e := range sentEvs {
				evs.add(e)
				told.events++
			}
		}
	}
	st.Events = evs.slice()
	if sums != nil {
		for i, sum := range sums.wait() {
			st.Events[i].Summary = sum
		}
	} else {
		summarizeEvents(st.Events, ix)
	}
	resolvePronouns(st.Events, st.Sentences, title, ix)
	if into := ents.MergeNames(); into != nil {
		for i := range st.Events {
			renameAgencies(&st.Events[i], into)
		}
	}
	events.Order(st.Events)
	st.Entities = ents.Entities()
	if len(st.Seizures) == 0 {
		st.Entities = ordinaryThings(st.Entities)
	} else {
		markSeized(st.Entities, st.Seizures)
	}
	return st
}

// seizedSoFar is the items the story has reported seized, sentence after
// sentence.
type seizedSoFar struct {
	items map[string]bool
	drugs bool // any drug
}

func (s *seizedSoFar) add(zs []Seizure) {
	for _, z := range zs {
		if s.items == nil {
			s.items = map[string]bool{}
		}
		s.items[z.Item] = true
		s.drugs = s.drugs || z.Category == "drugs"
	}
}

// firstNamed keeps, of a sentence's seizures, the definite ones ("seized
// the drugs and the firearm") that name something for the first time: a
// look back at a seizure already reported, in this sentence ("Most of the
// hashish, some 2,100kg") or before ("the drugs" after the cocaine was
// found), would count it twice.
func (s *seizedSoFar) firstNamed(zs []Seizure) []Seizure {
	if !slices.ContainsFunc(zs, func(z Seizure) bool { return z.LookBack }) {
		return zs
	}
	out := zs[:0]
	for i, z := range zs {
		if z.LookBack {
			again := func(o Seizure) bool { return !o.LookBack && o.Item == z.Item }
			generic := z.Category == "drugs" && z.Item == "drugs"
			if s.items[z.Item] || generic && s.drugs || slices.ContainsFunc(zs[i+1:], again) ||
				slices.ContainsFunc(out, again) {
				continue
			}
			z.LookBack = false
		}
		out = append(out, z)
	}
	return out
}

// markSeized marks the items that a seizure names as seized; the others
// are only mentioned.
func markSeized(ents []Entity, zs []Seizure) {
	seized := make(map[string]bool, 8)
	for _, z := range zs {
		seized[z.Item] = true
	}
	for i := range ents {
		if ents[i].Kind == KindItem && seized[ents[i].Name] {
			ents[i].Seized = true
		}
	}
}

// toldEvents is where the last events came from: their sentence, its
// paragraph and how many it reported.
type toldEvents struct {
	sentence, paragraph, events int
}

// ownDate reports an event dated by an expression of its own.
func ownDate(e Event) bool { return e.Date.Basis != BasisContext }

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

// renameAgencies gives an event's agencies the names they were merged
// into, once each.
func renameAgencies(e *Event, into map[string]string) {
	if !slices.ContainsFunc(e.Agencies, func(a string) bool { return into[a] != "" }) {
		return
	}
	out := e.Agencies[:0:0]
	for _, a := range e.Agencies {
		if n, ok := into[a]; ok {
			a = n
		}
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	e.Agencies = out
}
