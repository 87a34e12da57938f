package entities

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// People, publications and organisations whose names hold a place: "reporter
// Chelsea Lyon", "Sydney Brown, a spokeswoman", "The Jakarta Post",
// "Organization of American States". The words of such a name are no
// place or country of the story.

// span is a run of tokens [a,b) of the current sentence.
type span struct{ a, b int }

// maxNameWords bounds a person's name after its first word.
const maxNameWords = 4

// findPeople fills p.people with the person names of the current
// sentence and remembers their last words as the story's surnames.
func (p *Pass) findPeople() {
	p.people = p.people[:0]
	n := len(p.tt.Toks)
	titled := p.titleCased()
	for k := 0; k < n; k++ {
		if p.tt.Toks[k].Kind != token.Word {
			continue
		}
		w := p.tt.Key(k)
		person := p.ix.Words.HasBytes(lexicon.PersonWords, w)
		say := !person && p.tt.Caps[k] == token.CapsLower && p.ix.Words.HasBytes(lexicon.SayVerbs, w)
		if !person && !say && p.tt.Caps[k] != token.CapsInitial {
			continue
		}
		// A lexicon name of several words ("Prince Rupert", "Sydney
		// Airport") is read whole, as the matcher reads it.
		if id := p.tt.Longest(p.ix, &p.ix.Entities, k); id >= 0 && len(p.ix.Phrases[id].Keys) > 1 {
			k += len(p.ix.Phrases[id].Keys) - 1
			continue
		}
		if person {
			j := k + 1
			if p.tt.IsWord(j, ".") {
				j++
			}
			if run := p.nameRun(j); run > 0 {
				k = p.addPerson(j, j+run) - 1
				continue
			}
		}
		if say {
			// "said Paris Hilton": a name of two words or more after a
			// verb of saying; one word might be a place ("said Friday").
			if run := p.nameRun(k + 1); run >= 2 {
				k = p.addPerson(k+1, k+1+run) - 1
				continue
			}
		}
		if titled || p.tt.Caps[k] != token.CapsInitial {
			continue
		}
		if p.ix.Words.HasBytes(lexicon.FirstNames, w) {
			j := k + 1
			if p.isInitial(j) {
				j += 2
			}
			if run := p.nameRun(j); run > 0 {
				k = p.addPerson(k, j+run) - 1
				continue
			}
		}
		if k > 0 && p.tt.Caps[k-1] != token.CapsLower && p.tt.Toks[k-1].Kind == token.Word {
			continue
		}
		// Apposition: "Lyon Smith, a spokeswoman", "Holland Taylor, 34,".
		if run := p.nameRun(k); run >= 2 && p.appositionAt(k+run) {
			k = p.addPerson(k, k+run) - 1
		}
	}
}

// addPerson records tokens [a,b) as a person's name and returns b.
func (p *Pass) addPerson(a, b int) int {
	p.people = append(p.people, span{a, b})
	last := string(p.tt.Key(b - 1))
	for _, s := range p.surnames {
		if s == last {
			return b
		}
	}
	p.surnames = append(p.surnames, last)
	return b
}

// nameRun is the number of words from token j on that can be a person's
// name: capitalised words and middle initials ("J."), none of them a title,
// a word that makes a place or an institution ("Harbour", "Department"), a
// day or month, a people ("Chinese") or the start of a longer lexicon
// name.
func (p *Pass) nameRun(j int) int {
	run := 0
	for x := j; x < len(p.tt.Toks) && run < maxNameWords; {
		if run > 0 && p.isInitial(x) {
			x += 2
			run += 2
			continue
		}
		if p.tt.Toks[x].Kind != token.Word || p.tt.Caps[x] != token.CapsInitial {
			break
		}
		w := p.tt.Key(x)
		if p.ix.Words.HasBytes(lexicon.NameHeads, w) || p.ix.Words.HasBytes(lexicon.PersonWords, w) ||
			p.ix.Words.HasBytes(lexicon.PublicationWords, w) || p.ix.Words.HasBytes(lexicon.StopWords, w) ||
			p.ix.Words.HasBytes(lexicon.Weekdays, w) || p.ix.Words.HasBytes(lexicon.Months, w) {
			break
		}
		if id := p.tt.Longest(p.ix, &p.ix.Entities, x); id >= 0 {
			ph := &p.ix.Phrases[id]
			if len(ph.Keys) > 1 || (ph.Kind != lexicon.Place && ph.Kind != lexicon.Country) {
				break
			}
		}
		x++
		run++
	}
	// A run that ends on an initial is no name.
	for run > 0 && p.tt.Toks[j+run-1].Kind != token.Word {
		run--
	}
	return run
}

// isInitial reports a middle initial at token x: one capital and a period.
func (p *Pass) isInitial(x int) bool {
	return x+1 < len(p.tt.Toks) && p.tt.Toks[x].End-p.tt.Toks[x].Start == 1 && p.tt.Caps[x] == token.CapsAll && p.tt.IsWord(x+1, ".")
}

// appositionAt reports what follows a person's name from token x: ", a
// spokeswoman", ", the victim's mother", ", 34," or ", who".
func (p *Pass) appositionAt(x int) bool {
	if !p.tt.IsWord(x, ",") {
		return false
	}
	x++
	if x < len(p.tt.Toks) && p.tt.Toks[x].Kind == token.Number {
		return p.tt.IsWord(x+1, ",")
	}
	if p.tt.IsWord(x, "who") {
		return true
	}
	if !(p.tt.IsWord(x, "a") || p.tt.IsWord(x, "an") || p.tt.IsWord(x, "the")) {
		return false
	}
	// Up to two lowercase words before the noun: "a senior police spokesman".
	for y := x + 1; y < len(p.tt.Toks) && y <= x+3; y++ {
		if p.tt.Toks[y].Kind != token.Word || p.tt.Caps[y] != token.CapsLower {
			return false
		}
		if p.ix.Words.HasBytes(lexicon.PersonWords, p.tt.Key(y)) {
			return true
		}
	}
	return false
}

// titleCased reports a headline written in title case, where capitalised
// pairs are no sign of a name.
func (p *Pass) titleCased() bool {
	words, caps := 0, 0
	for k, t := range p.tt.Toks {
		if t.Kind != token.Word || t.End-t.Start <= 3 {
			continue
		}
		words++
		if p.tt.Caps[k] != token.CapsLower {
			caps++
		}
	}
	return words >= 4 && caps*5 >= words*3
}

// inPerson reports a match on tokens [a,b) that overlaps a person's name,
// or is a single word the story has used as a surname, not introduced as
// a location ("Lyon said", not "in Lyon").
func (p *Pass) inPerson(a, b int) bool {
	for _, s := range p.people {
		if a < s.b && s.a < b {
			return true
		}
	}
	if b != a+1 || len(p.surnames) == 0 {
		return false
	}
	w := string(p.tt.Key(a))
	for _, s := range p.surnames {
		if s == w {
			if a == 0 {
				return true
			}
			prev := p.tt.Key(a - 1)
			return !p.ix.Words.HasBytes(lexicon.LocationPrepositions, prev) && !p.ix.Words.HasBytes(lexicon.OriginPrepositions, prev)
		}
	}
	return false
}

// inTitle reports a place or a people named inside the name of a
// publication ("The Jakarta Post", "the New York Times", "Sydney Morning
// Herald", "Times of India", "Radio France") or of an organisation
// ("Organization of American States", "University of Texas").
func (p *Pass) inTitle(a, b int, kind lexicon.PhraseKind) bool {
	if kind != lexicon.Place && kind != lexicon.Country && kind != lexicon.Demonym && kind != lexicon.PlaceAdj {
		return false
	}
	for x := b; x < len(p.tt.Toks) && x <= b+2; x++ {
		if p.tt.Toks[x].Kind != token.Word || p.tt.Caps[x] == token.CapsLower {
			break
		}
		if p.ix.Words.HasBytes(lexicon.PublicationWords, p.tt.Key(x)) {
			return true
		}
	}
	x := a - 1
	if p.tt.IsWord(x, "the") {
		x--
	}
	if p.tt.IsWord(x, "of") {
		if x > 0 && p.tt.Caps[x-1] != token.CapsLower {
			w := p.tt.Key(x - 1)
			return p.ix.Words.HasBytes(lexicon.PublicationWords, w) || p.ix.Words.HasBytes(lexicon.OrganisationWords, w)
		}
		return false
	}
	// "Radio France", "Radio Free Europe": the name's first word before it.
	if x == a-1 && x >= 0 && p.tt.Caps[x] != token.CapsLower && x > 0 && p.ix.Words.HasBytes(lexicon.PublicationWords, p.tt.Key(x)) {
		return true
	}
	return false
}
