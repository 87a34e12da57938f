package entities

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// Places the gazetteer lacks but the text introduces as places: "in
// Dunmore, Pennsylvania", "the town of Krnov", "Cherokee County", "in
// Mandsaur in Madhya Pradesh". Each is a place in the country of the region
// named with it, or else of the story's places; its name, written again
// later, is the same place.

// introPlace is a place the current sentence introduces or names again, on
// tokens [a,b).
type introPlace struct {
	a, b    int
	name    string
	country string
	// known is the place's index in Pass.known, whose country a place
	// introduced without its region takes once the sentence's earlier
	// entities are read.
	known int
}

// known is a place introduced earlier in the story.
type known struct {
	keys    []string
	name    string
	country string
}

// maxPlaceWords bounds an introduced place's name.
const maxPlaceWords = 4

// findIntroduced fills p.intro with the current sentence's introduced
// places, after match.
func (p *Pass) findIntroduced() {
	p.intro = p.intro[:0]
	n := len(p.tt.Toks)
	ri := 0 // the first raw match not ending before k
	for k := 0; k < n; k++ {
		for ri < len(p.raw) && p.raw[ri].b <= k {
			ri++
		}
		if ri < len(p.raw) && p.raw[ri].a <= k {
			k = p.raw[ri].b - 1
			continue
		}
		if p.tt.Toks[k].Kind != token.Word || p.tt.Caps[k] != token.CapsInitial {
			continue
		}
		if b, kn := p.knownAt(k); b > 0 {
			p.intro = append(p.intro, introPlace{k, b, kn.name, kn.country, -1})
			k = b - 1
			continue
		}
		run := p.placeRun(k, ri)
		if run == 0 {
			continue
		}
		b := k + run
		name := p.tt.Body[p.tt.Toks[k].Start:p.tt.Toks[b-1].End]
		c, ok := p.regionAfter(b)
		switch {
		case ok:
			if !p.opensPlace(k) {
				// "Marshall, Texas" in a list of places: after a comma
				// or "and" only when the story names other places.
				if !(p.tt.IsWord(k-1, ",") || p.tt.IsWord(k-1, "and")) || !p.placeEndsAt(k-1) {
					continue
				}
			}
		case p.ix.Words.HasBytes(lexicon.PlaceSuffixes, p.tt.Key(b-1)) && run > 1, p.introducedByNoun(k):
			// The country comes when the hit is recorded (introHit).
		default:
			continue
		}
		p.intro = append(p.intro, introPlace{k, b, name, c, len(p.known)})
		keys := make([]string, run)
		for i := range keys {
			keys[i] = string(p.tt.Key(k + i))
		}
		p.known = append(p.known, known{keys, name, c})
		k = b - 1
	}
}

// placeRun is the number of capitalised words from token k on that can
// name a place: not matched by the lexicon (ri is the first match not
// before k), not a person's name, a day or month, a title or a function
// word.
func (p *Pass) placeRun(k, ri int) int {
	run := 0
	for x := k; x < len(p.tt.Toks) && run < maxPlaceWords; x++ {
		if ri < len(p.raw) && p.raw[ri].a <= x {
			break
		}
		if p.tt.Toks[x].Kind != token.Word || p.tt.Caps[x] != token.CapsInitial {
			break
		}
		w := p.tt.Key(x)
		if p.ix.Words.HasBytes(lexicon.StopWords, w) || p.ix.Words.HasBytes(lexicon.Weekdays, w) || p.ix.Words.HasBytes(lexicon.Months, w) ||
			p.ix.Words.HasBytes(lexicon.PersonWords, w) || p.ix.Words.HasBytes(lexicon.PublicationWords, w) || p.inPerson(x, x+1) {
			break
		}
		run++
	}
	// A sentence's first word is capitalised anyway: it opens a place
	// only with a suffix after it ("Cherokee County deputies").
	if k == 0 && run > 0 && !p.ix.Words.HasBytes(lexicon.PlaceSuffixes, p.tt.Key(k+run-1)) {
		return 0
	}
	return run
}

// regionAfter reads the region or country named right after a place:
// ", Pennsylvania", ", Rajasthan, India", " in Madhya Pradesh". A region
// before a possessive or a capitalised word ("Smith, Texas Attorney
// General") names no place's region.
func (p *Pass) regionAfter(b int) (string, bool) {
	if !p.tt.IsWord(b, ",") && !p.tt.IsWord(b, "in") {
		return "", false
	}
	for _, r := range p.raw {
		if r.a != b+1 {
			continue
		}
		if e := r.b; e < len(p.tt.Toks) && (p.tt.Toks[e].Kind == token.Possessive || p.tt.Toks[e].Kind == token.Word && p.tt.Caps[e] != token.CapsLower) {
			return "", false
		}
		// After a comma the region closes the place's name ("in Dunmore,
		// Pennsylvania, on Tuesday"): a region that opens a noun phrase
		// ("to Congress, Texas officials said") names no place's region.
		if e := r.b; p.tt.IsWord(b, ",") && e < len(p.tt.Toks) && p.tt.Toks[e].Kind == token.Word && !p.tt.IsWord(e, "and") && !p.tt.IsWord(e, "or") {
			return "", false
		}
		ph := &p.ix.Phrases[r.id]
		switch ph.Kind {
		case lexicon.Place:
			pl := p.lex.Places[ph.Ref]
			if pl.Type == "region" && pl.Country != "" {
				return pl.Country, true
			}
		case lexicon.Country:
			if p.tt.IsWord(b, ",") {
				return p.lex.Countries[ph.Ref].Name, true
			}
		}
		return "", false
	}
	return "", false
}

// opensPlace reports the words before token k that make what follows a
// place: a preposition of location or origin, or an article ("a Dunmore,
// Pennsylvania, man").
func (p *Pass) opensPlace(k int) bool {
	if k == 0 {
		return false
	}
	w := p.tt.Key(k - 1)
	return p.ix.Words.HasBytes(lexicon.LocationPrepositions, w) || p.ix.Words.HasBytes(lexicon.OriginPrepositions, w) ||
		string(w) == "a" || string(w) == "an" || string(w) == "the"
}

// introducedByNoun reports "the town of" before token k.
func (p *Pass) introducedByNoun(k int) bool {
	return k >= 3 && p.tt.IsWord(k-1, "of") && p.tt.Caps[k-2] == token.CapsLower &&
		p.ix.Words.HasBytes(lexicon.PlaceIntros, p.tt.Key(k-2)) && p.tt.IsWord(k-3, "the")
}

// knownAt matches a place introduced earlier in the story at token k and
// returns where it ends.
func (p *Pass) knownAt(k int) (int, *known) {
	for i := range p.known {
		kn := &p.known[i]
		if k+len(kn.keys) > len(p.tt.Toks) {
			continue
		}
		ok := true
		for j, key := range kn.keys {
			if p.tt.Caps[k+j] != token.CapsInitial || string(p.tt.Key(k+j)) != key {
				ok = false
				break
			}
		}
		if ok && kn.country != "" && !p.inPerson(k, k+len(kn.keys)) {
			return k + len(kn.keys), kn
		}
	}
	return 0, nil
}

// storyCountry is the country a place introduced without its region
// belongs to: the sentence's own location, the story's last place, the
// dateline's, the last agency's.
func (p *Pass) storyCountry() string {
	if c := p.locationCountry(); c != "" {
		return c
	}
	if p.lastPlaceCountry != "" {
		return p.lastPlaceCountry
	}
	if p.datelineCountry != "" {
		return p.datelineCountry
	}
	return p.lastAgencyCountry
}

// placeEndsAt reports a place of the sentence, matched or introduced,
// that ends at token x.
func (p *Pass) placeEndsAt(x int) bool {
	for _, ip := range p.intro {
		if ip.b == x {
			return true
		}
	}
	for _, r := range p.raw {
		if r.b == x && (p.kindOf(r) == lexicon.Place || p.kindOf(r) == lexicon.Country) {
			return true
		}
	}
	return false
}

// sentenceCountry is the one country of the sentence's places and
// countries, wherever they stand ("to Cherokee County ... and into
// Louisiana"), or "" when they name several or none.
func (p *Pass) sentenceCountry() string {
	c := ""
	for _, r := range p.raw {
		q, ok := p.qualifierOf(r)
		if k := p.kindOf(r); k != lexicon.Place && k != lexicon.Country || !ok || q.country < 0 {
			continue
		}
		name := p.lex.Countries[q.country].Name
		if c != "" && c != name {
			return ""
		}
		c = name
	}
	return c
}

// introHit records the hit of introduced place i, giving one introduced
// without its region the story's country, if it has one by then.
func (p *Pass) introHit(dst []Hit, s story.Sentence, i int) []Hit {
	ip := &p.intro[i]
	if ip.country == "" {
		ip.country = p.storyCountry()
		if ip.country == "" {
			ip.country = p.sentenceCountry()
		}
		if ip.country == "" {
			return dst
		}
		if ip.known >= 0 {
			p.known[ip.known].country = ip.country
		}
	}
	start, end := p.tt.Toks[ip.a].Start+s.Start, p.tt.Toks[ip.b-1].End+s.Start
	return append(dst, p.record(s, Hit{Kind: story.KindPlace, Name: ip.name, Country: ip.country, Start: start, End: end}))
}

// introBefore returns the introduced place ending right before token a.
func (p *Pass) introBefore(a int) (introPlace, bool) {
	for _, ip := range p.intro {
		if ip.b == a && ip.country != "" {
			return ip, true
		}
	}
	return introPlace{}, false
}

// homonymRegion reads the country at raw[k] as the region of another
// country that shares its name (Lexicon CountryHomonyms): "Atlanta,
// Georgia", "Alabama, Georgia and Mississippi", or any mention in a story
// set in the region's country. ok is false when it stays the country; rc is
// "" when it names something else ("Georgia Tech").
func (p *Pass) homonymRegion(k int) (rc string, ok bool) {
	r := p.raw[k]
	if r.b != r.a+1 {
		return "", false
	}
	rc, ok = p.ix.Words.ValueBytes(lexicon.CountryHomonyms, p.tt.Key(r.a))
	if !ok {
		return "", false
	}
	placeOf := func(j int) bool {
		if j < 0 || j >= len(p.raw) || p.kindOf(p.raw[j]) != lexicon.Place {
			return false
		}
		return p.lex.Places[p.ix.Phrases[p.raw[j].id].Ref].Country == rc
	}
	if placeOf(k-1) && p.isConnector(p.raw[k-1].b, r.a) || placeOf(k+1) && p.isConnector(r.b, p.raw[k+1].a) {
		return rc, true
	}
	if p.lastPlaceCountry != rc && p.datelineCountry != rc {
		return "", false
	}
	if x := r.b; x < len(p.tt.Toks) && p.tt.Toks[x].Kind == token.Word && p.tt.Caps[x] != token.CapsLower && (k+1 >= len(p.raw) || p.raw[k+1].a != x) {
		return "", true
	}
	return rc, true
}
