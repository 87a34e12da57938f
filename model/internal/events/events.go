// Package events decides which sentences report a happening (a trigger
// that no modal, negation, quotation or figure of speech cancels, and no
// state cue), builds each happening's event from the sentence's entities,
// seizures and date, and puts the events in date order.
package events

import (
	"cmp"
	"slices"
	"strings"

	"dossier/model/internal/entities"
	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// text is a sentence's lexical tokens with the lexicon's word lists, the
// receiver of the predicate reader's tests.
type text struct {
	*lexicon.Text
	v *lexicon.Vocab
}

// Predicates reports whether the current sentence has a trigger (a
// happening's verb or noun) and a state cue (background: "there are", "is
// one of").
//
// Triggers that report nothing that happened do not count:
//   - inside a "with" phrase: "Traffic has sparked violence, with gun
//     battles and grenade attacks" reports no attack of its own. The phrase
//     ends at a comma or at the sentence's finite verb ("More than two
//     tonnes of cocaine with a street value of £160m have been found").
//   - just after a modal, a condition or a prospect ("face life in prison
//     if convicted", "could be extradited", "He faces charges"): that has
//     not happened.
//   - just after a negation ("No arrests had been made", "did not find").
//   - just before "expected" or "likely" ("more arrests were expected").
//   - a participle used as an adjective ("the detained men were
//     Colombian").
//   - inside a quotation: speech is what someone said, an opinion ("This
//     is a massive seizure"), not the story's narration. A sentence whose
//     first quotation mark closes a quote starts inside one.
func Predicates(t *lexicon.Text, ix *lexicon.Index) (trigger, cue bool) {
	trigger, cue, _ = Triggers(t, ix, nil)
	return trigger, cue
}

// Triggers is Predicates that also appends to at the token of every
// trigger that counts, in sentence order: where the sentence's
// happenings are.
func Triggers(t *lexicon.Text, ix *lexicon.Index, at []int) (trigger, cue bool, _ []int) {
	tt := text{t, &ix.Words}
	inWith := false
	inQuote := tt.opensInQuote()
	open := inQuote
	modal, neg := -10, -10
	pending := -10 // the last trigger that a following "expected" can still cancel
	for k := range tt.Toks {
		key := tt.Key(k)
		lower := tt.Caps[k] == token.CapsLower
		switch string(key) {
		case ",", ";", ":":
			inWith = false
		case "\"", "“", "”":
			opening := string(key) == "“" || string(key) == "\"" && !open
			open = opening
			// A quote that opens the sentence or follows "said:" or a
			// comma is speech; a few quoted words inside narration
			// (they "seized 3 kilograms") are still narration.
			inQuote = opening && (k == 0 || tt.IsWord(k-1, ":") || tt.IsWord(k-1, ","))
		default:
			tt.predicateWord(key, k, lower, &inWith, &modal, &neg, &pending)
		}
		tt.Candidates(&ix.Predicates, k, func(id int32) bool {
			ph := &ix.Phrases[id]
			if !tt.Fits(ph, k) {
				return true
			}
			if ph.Kind == lexicon.Cue {
				cue = true
				return true
			}
			if inWith || inQuote || k-modal <= 3 || k-neg <= 3 || tt.negatedSubject(neg, k) || tt.adjectival(k, ph) ||
				tt.figurative(k, ph) || tt.habitual(k) {
				return true
			}
			if pending >= 0 {
				trigger = true
				at = append(at, pending)
			}
			pending = k
			return true
		})
		if pending >= 0 && k-pending > 3 {
			at = append(at, pending)
			trigger, pending = true, -10
		}
	}
	if pending >= 0 {
		at = append(at, pending)
	}
	return trigger || pending >= 0, cue, at
}

// predicateWord updates the predicate reader's state for word w at token
// k (see Predicates).
func (tt text) predicateWord(w []byte, k int, lower bool, inWith *bool, modal, neg, pending *int) {
	role, _ := tt.v.ValueBytes(lexicon.PredicateWords, w)
	switch role {
	case "with":
		*inWith = true
	case "finite":
		if k > 0 {
			*inWith = false
		}
	case "condition":
		*modal = k
	case "modal":
		// Lowercase only: "May" is also the month.
		if lower {
			*modal = k
			// "further arrests could not be ruled out", "more arrests
			// may follow": the trigger is the modal's subject.
			if k-*pending == 1 {
				*pending = -10
			}
		}
	case "negation":
		*neg = k
	case "expectation":
		if lower && k-*pending <= 3 {
			*pending = -10
		}
	default:
		if len(w) > 3 && string(w[len(w)-3:]) == "n't" {
			*neg = k
		}
	}
}

// habitual reports a trigger in a present passive inside a "before",
// "once", "until" or "where" clause: "transfers drugs between ships before
// they are smuggled into the country" tells how a trade works, not what
// happened.
func (tt text) habitual(k int) bool {
	if k < 3 || !tt.IsWord(k-1, "are") && !tt.IsWord(k-1, "is") {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		switch w := tt.Key(j); {
		case tt.v.HasBytes(lexicon.HabitClauses, w):
			return true
		case string(w) == "," || string(w) == ";" || string(w) == ":":
			return false
		}
	}
	return false
}

// opensInQuote reports whether the sentence starts inside a quotation
// that an earlier sentence opened: its first quotation mark closes one
// (a right curly quote, or a straight one glued to the word before it and
// followed by a space or the end: `…court," his lawyer said`).
func (tt text) opensInQuote() bool {
	for k, t := range tt.Toks {
		if t.Kind != token.Punct {
			continue
		}
		switch tt.Body[t.Start:t.End] {
		case "”":
			return true
		case "“":
			return false
		case "\"":
			if k == 0 {
				return false
			}
			glued := tt.Toks[k-1].End == t.Start
			atEnd := t.End >= len(tt.Body) || tt.Body[t.End] == ' '
			return glued && atEnd
		}
	}
	return false
}

// negatedSubject reports a trigger whose subject opens with "no" and
// reaches it through auxiliaries only: "No bodies have been recovered",
// "No one has yet been charged".
func (tt text) negatedSubject(neg, k int) bool {
	if neg < 0 || k-neg > 7 || !tt.IsWord(neg, "no") || neg > 0 && tt.Toks[neg-1].Kind != token.Punct {
		return false
	}
	words := 0
	for j := neg + 1; j < k; j++ {
		if !tt.v.HasBytes(lexicon.SubjectGapWords, tt.Key(j)) {
			words++
		}
	}
	return words <= 2
}

// figurative reports a one-word trigger used as a figure of speech, as
// business, sport and political copy does: "seized the moment", "arrest a
// slide", "killed off two dozen product lines".
func (tt text) figurative(k int, ph *lexicon.Phrase) bool {
	if len(ph.Keys) != 1 || k+1 >= len(tt.Toks) {
		return false
	}
	next := string(tt.Key(k + 1))
	if next == "off" && (ph.Keys[0] == "killed" || ph.Keys[0] == "kill" || ph.Keys[0] == "kills") {
		return true
	}
	after := ""
	if k+2 < len(tt.Toks) {
		after = string(tt.Key(k + 2))
	}
	return tt.v.FigurativeObject(next, after)
}

// adjectival reports a one-word participle trigger used as an adjective
// after a determiner: "the detained men", "the seized cocaine".
func (tt text) adjectival(k int, ph *lexicon.Phrase) bool {
	if len(ph.Keys) != 1 || k == 0 || k+1 >= len(tt.Toks) || tt.Toks[k+1].Kind != token.Word {
		return false
	}
	w := ph.Keys[0]
	if len(w) < 4 || w[len(w)-2:] != "ed" {
		return false
	}
	return tt.v.HasBytes(lexicon.ParticipleDeterminers, tt.Key(k-1))
}

// Build makes the event of a story sentence from its entity hits and
// seizures. Countries are those named, those of places and of agencies
// named with one; an agency's country from context counts only when the
// sentence gives no country at all. Items are what the sentence seizes,
// its seizures' items in text order: an item only named beside them
// ("seized cash from users of encrypted phones", "a truck carrying
// tramadol was intercepted") is mentioned, not seized.
func Build(s story.Sentence, hits []entities.Hit, seizures []story.Seizure, date story.Date) story.Event {
	// The five lists share one array, each list its own part of it, sized
	// for the most it can hold (a hit adds at most one country; the
	// countries of contextual agencies are only added when there is no
	// other): growing five slices from empty was most of an event's
	// allocations. The full slice expressions keep an append to one list
	// from running into the next.
	places, agencies, networks := 0, 0, 0
	for _, h := range hits {
		switch h.Kind {
		case story.KindPlace:
			places++
		case story.KindAgency:
			agencies++
		case story.KindNetwork:
			networks++
		}
	}
	room := make([]string, 0, len(hits)+places+agencies+networks+len(seizures))
	part := func(n int) []string {
		l := len(room)
		room = room[:l+n]
		return room[l : l : l+n]
	}
	e := story.Event{
		Sentence:  s.ID,
		Date:      date,
		Countries: part(len(hits)),
		Places:    part(places),
		Agencies:  part(agencies),
		Networks:  part(networks),
		Items:     part(len(seizures)),
	}
	add := func(list []string, v string) []string {
		if v == "" || slices.Contains(list, v) {
			return list
		}
		return append(list, v)
	}
	for _, h := range hits {
		switch h.Kind {
		case story.KindCountry:
			e.Countries = add(e.Countries, h.Name)
		case story.KindPlace:
			e.Places = add(e.Places, h.Name)
			e.Countries = add(e.Countries, h.Country)
		case story.KindAgency:
			e.Agencies = add(e.Agencies, h.Name)
			if !h.Contextual {
				e.Countries = add(e.Countries, h.Country)
			}
		case story.KindNetwork:
			e.Networks = add(e.Networks, h.Name)
		}
	}
	if len(e.Countries) == 0 {
		for _, h := range hits {
			if h.Kind == story.KindAgency && h.Contextual {
				e.Countries = add(e.Countries, h.Country)
			}
		}
	}
	if !slices.IsSortedFunc(seizures, func(a, b story.Seizure) int { return cmp.Compare(a.Start, b.Start) }) {
		seizures = slices.SortedStableFunc(slices.Values(seizures), func(a, b story.Seizure) int { return cmp.Compare(a.Start, b.Start) })
	}
	for _, z := range seizures {
		e.Items = add(e.Items, z.Item)
	}
	return e
}

// Order puts dated events first, by start then sentence, undated
// ones after in article order, and numbers them from 1.
func Order(evs []story.Event) {
	// Sort the indices, then move each event once: sorting the events
	// themselves moved these large structs many times over.
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := evs[i].Date.Start, evs[j].Date.Start
		switch {
		case a != nil && b != nil:
			if *a != *b {
				return strings.Compare(*a, *b)
			}
		case a != nil:
			return -1
		case b != nil:
			return 1
		}
		return cmp.Compare(evs[i].Sentence, evs[j].Sentence)
	})
	// Position p takes the event at order[p]: follow each cycle of the
	// permutation, holding its first event aside, and mark each
	// position filled by pointing it at itself.
	for start := range order {
		if order[start] == start {
			continue
		}
		first := evs[start]
		p := start
		for {
			from := order[p]
			order[p] = p
			if from == start {
				evs[p] = first
				break
			}
			evs[p] = evs[from]
			p = from
		}
	}
	for i := range evs {
		evs[i].ID = i + 1
	}
}
