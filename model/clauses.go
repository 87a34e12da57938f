package model

import (
	"dossier/model/internal/dates"
	"dossier/model/internal/entities"
	"dossier/model/internal/events"
)

// The glue between a sentence cut into clauses, one per happening, and
// the events the clauses report: each event takes the entities, seizures
// and date of its own clause.

// quantitySpans appends the sentence-relative byte spans of a sentence's
// seizures and counts, inside which a sentence is not cut.
func quantitySpans(dst [][2]int, s Sentence, seizures []Seizure, counts []Count) [][2]int {
	for _, z := range seizures {
		dst = append(dst, [2]int{z.Start - s.Start, z.End - s.Start})
	}
	for _, c := range counts {
		dst = append(dst, [2]int{c.Start - s.Start, c.End - s.Start})
	}
	return dst
}

// dateSpans appends the byte spans of a sentence's own date expressions
// that date a happening on a calendar: not a vague one, nor one after
// the publication day ("hearings next week" is a prospect).
func dateSpans(dst [][2]int, spans []dates.Span, doc Document) [][2]int {
	pub := ""
	if doc.HasPublished() {
		pub = doc.Published.UTC().Format("2006-01-02")
	}
	for _, sp := range spans {
		if sp.Date.Start == nil || pub != "" && day(*sp.Date.Start) > pub {
			continue
		}
		dst = append(dst, [2]int{sp.Lo, sp.Hi})
	}
	return dst
}

// clauseHits appends to out the entity hits of clause cl of sentence s:
// those inside it and, for a later clause that shares a subject, those of
// that subject.
func clauseHits(out, hits []entities.Hit, s Sentence, cl events.Clause, later bool) []entities.Hit {
	for _, h := range hits {
		at := h.Start - s.Start
		if at >= cl.Start && at < cl.End || later && at >= cl.SharesFrom && at < cl.Shares {
			out = append(out, h)
		}
	}
	return out
}

// clauseSeizures appends to out the seizures of a clause: those that
// start in it, or whose seizing word is in it when they are named in the
// subject an earlier clause shares.
func clauseSeizures(out, seizures []Seizure, s Sentence, cl events.Clause) []Seizure {
	for _, z := range seizures {
		at := z.Start - s.Start
		if z.Anchor > 0 {
			at = z.Anchor - s.Start
		}
		if at >= cl.Start && at < cl.End {
			out = append(out, z)
		}
	}
	return out
}

// clauseDate is the date of a clause's happening: the sentence's date when
// the clause holds the expression it was resolved from or holds no date
// expression, else the most precise expression the clause holds, the
// first of equals. A date belongs to the clause it is written in: a
// clause that names none but holds the sequence adverb before the
// sentence's own date (before, when hasBefore: "He was subsequently
// arrested") is dated by the story so far, before's Date.
func clauseDate(spans []dates.Span, cl events.Clause, whole Date, split bool, before dates.Span, hasBefore bool) Date {
	if !split {
		return whole
	}
	if hasBefore && before.Lo >= cl.Start && before.Hi <= cl.End && !holdsDate(spans, cl) {
		return before.Date
	}
	best := -1
	for i, sp := range spans {
		if sp.Lo < cl.Start || sp.Hi > cl.End {
			continue
		}
		if sp.Chosen {
			return whole
		}
		if best < 0 || precisionRank(sp.Date.Precision) < precisionRank(spans[best].Date.Precision) {
			best = i
		}
	}
	if best < 0 {
		return whole
	}
	return spans[best].Date
}

// holdsDate reports whether clause cl holds one of the sentence's own
// date expressions.
func holdsDate(spans []dates.Span, cl events.Clause) bool {
	for _, sp := range spans {
		if sp.Lo >= cl.Start && sp.Hi <= cl.End {
			return true
		}
	}
	return false
}

// precisionRank orders precisions from the finest.
func precisionRank(p Precision) int {
	switch p {
	case PrecisionTime:
		return 0
	case PrecisionDay:
		return 1
	case PrecisionMonth:
		return 2
	case PrecisionYear:
		return 3
	case PrecisionRange:
		return 4
	}
	return 5
}

// day is the day of an ISO date or date-time.
func day(iso string) string {
	if len(iso) > 10 {
		return iso[:10]
	}
	return iso
}

// shareWhere gives the events of one sentence that name no country, or no
// agency, those of the nearest clause before (else after) that names
// some: the happenings of a sentence take place in one setting, by the
// bodies it names ("The server was disconnected on Tuesday and
// confiscated by Dutch authorities": both by them, in the Netherlands).
// A contrasting clause (", while …") opens a setting of its own: "Officers
// seized 300 kg in Antwerp, while Dutch customs found 2 tonnes in
// Rotterdam" does not put the Antwerp seizure in Dutch hands. evs are the
// events of clauses, in order.
func shareWhere(evs []Event, clauses []events.Clause) {
	lo := 0
	for i := 1; i <= len(evs); i++ {
		if i == len(evs) || clauses[i].Contrast {
			shareWithin(evs[lo:i])
			lo = i
		}
	}
}

// shareWithin is shareWhere over the events of one setting.
func shareWithin(evs []Event) {
	if len(evs) < 2 {
		return
	}
	for _, k := range [...]Kind{KindCountry, KindAgency} {
		for i := range evs {
			if len(evs[i].Values(k)) > 0 {
				continue
			}
			from := nearestWith(evs, i, k)
			if from < 0 {
				continue
			}
			switch k {
			case KindCountry:
				evs[i].Countries = evs[from].Countries
			case KindAgency:
				evs[i].Agencies = evs[from].Agencies
			}
		}
	}
}

// nearestWith is the nearest event to evs[i], before it first, that has
// values of kind k, or -1.
func nearestWith(evs []Event, i int, k Kind) int {
	for d := 1; d < len(evs); d++ {
		if j := i - d; j >= 0 && len(evs[j].Values(k)) > 0 {
			return j
		}
		if j := i + d; j < len(evs) && len(evs[j].Values(k)) > 0 {
			return j
		}
	}
	return -1
}
