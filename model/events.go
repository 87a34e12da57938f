package model

import (
	"slices"
	"sort"
)

// predicates reports whether the current sentence has a trigger (a
// happening's verb or noun) and a state cue (background: "there are", "is
// one of").
//
// A trigger inside a "with" phrase does not count: "Traffic has sparked
// violence, with gun battles and grenade attacks" reports no attack of its
// own; the phrase runs from "with" to the next comma. Nor does one just
// after a modal or a condition ("face life in prison if convicted",
// "could be extradited"): that has not happened.
func (tt *tokText) predicates(ix *lexIndex) (trigger, cue bool) {
	inWith := false
	modal := -10
	for k := range tt.toks {
		switch string(tt.key(k)) {
		case "with":
			inWith = true
		case ",", ";", ":":
			inWith = false
		case "if", "unless", "whether":
			modal = k
		case "could", "would", "might", "may", "should", "can", "will":
			// Lowercase only: "May" is also the month.
			if tt.caps[k] == capLower {
				modal = k
			}
		}
		tt.candidates(&ix.preds, k, func(id int32) bool {
			ph := &ix.phrases[id]
			if !tt.fits(ph, k) {
				return true
			}
			if ph.kind == pkCue {
				cue = true
			} else if !inWith && k-modal > 3 {
				trigger = true
			}
			return true
		})
	}
	return trigger, cue
}

// buildEvent makes the event of a story sentence from its entity hits and
// seizures. Countries are those named, those of places and of agencies
// named with one; an agency's country from context counts only when the
// sentence gives no country at all. Items are what the sentence seizes:
// the seizures, and every item named in a sentence with a seizure.
func buildEvent(s Sentence, hits []entHit, seizures []Seizure, date Date, ix *lexIndex) Event {
	e := Event{
		Sentence:  s.ID,
		Summary:   summarize(s.Text, ix),
		Date:      date,
		Countries: []string{},
		Places:    []string{},
		Agencies:  []string{},
		Networks:  []string{},
		Items:     []string{},
	}
	add := func(list []string, v string) []string {
		if v == "" || slices.Contains(list, v) {
			return list
		}
		return append(list, v)
	}
	for _, h := range hits {
		switch h.kind {
		case KindCountry:
			e.Countries = add(e.Countries, h.name)
		case KindPlace:
			e.Places = add(e.Places, h.name)
			e.Countries = add(e.Countries, h.country)
		case KindAgency:
			e.Agencies = add(e.Agencies, h.name)
			if !h.contextual {
				e.Countries = add(e.Countries, h.country)
			}
		case KindNetwork:
			e.Networks = add(e.Networks, h.name)
		}
	}
	if len(e.Countries) == 0 {
		for _, h := range hits {
			if h.kind == KindAgency && h.contextual {
				e.Countries = add(e.Countries, h.country)
			}
		}
	}
	if len(seizures) > 0 {
		// Items in text order: seizures and item mentions interleaved.
		type at struct {
			pos  int
			name string
		}
		var items []at
		for _, z := range seizures {
			items = append(items, at{z.Start, z.Item})
		}
		for _, h := range hits {
			if h.kind == KindItem {
				items = append(items, at{h.start, h.name})
			}
		}
		sort.SliceStable(items, func(i, j int) bool { return items[i].pos < items[j].pos })
		for _, it := range items {
			e.Items = add(e.Items, it.name)
		}
	}
	return e
}

// orderEvents puts dated events first, by start then sentence, undated
// ones after in article order, and numbers them from 1.
func orderEvents(evs []Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i].Date.Start, evs[j].Date.Start
		switch {
		case a != nil && b != nil:
			if *a != *b {
				return *a < *b
			}
			return evs[i].Sentence < evs[j].Sentence
		case a != nil:
			return true
		case b != nil:
			return false
		}
		return evs[i].Sentence < evs[j].Sentence
	})
	for i := range evs {
		evs[i].ID = i + 1
	}
}
