package entities

import (
	"slices"
	"unicode"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
)

// The context a sentence's entities take their country from: the
// dateline, the last agency named with one, a frame ("In Spain, ..."),
// the places where the action happens, origins and destinations.

// setContext records c as the country of the last agency named with one.
func (p *Pass) setContext(c string) {
	if p.sentCtx != "" && p.sentCtx != c {
		p.sentMixed = true
	}
	p.sentCtx, p.multi = c, false
	p.lastAgencyCountry = c
	p.lastAgencyPara = p.para
	if !slices.Contains(p.agencyCountries, c) {
		p.agencyCountries = append(p.agencyCountries, c)
	}
}

// QuantityContext is the country a sentence's unplaced quantities take
// from context: none in a multinational or stale sentence.
func (p *Pass) QuantityContext() string {
	if p.scoped || p.stale {
		return ""
	}
	return p.contextCountry()
}

// isStale reports a sentence that should carry no context country: it
// names no place, country or agency and has no role as its subject, and the
// last agency country came from another paragraph of a story that has
// named agencies of several countries, and is not the dateline's.
func (p *Pass) isStale() bool {
	if p.lastAgencyCountry == "" || p.lastAgencyPara == p.para || len(p.agencyCountries) < 2 || p.lastAgencyCountry == p.datelineCountry {
		return false
	}
	for _, r := range p.raw {
		switch p.kindOf(r) {
		case lexicon.Country, lexicon.Demonym, lexicon.Place, lexicon.Agency:
			return false
		case lexicon.Role:
			// A role as the subject ("Prosecutors said …") carries
			// the story's agency on; "according to investigators" at
			// the end does not.
			if r.a <= 1 {
				return false
			}
		}
	}
	return true
}

// isScoped reports a sentence that sets its action in a counted number of
// countries: "in nine countries", "across 14 nations", "in several
// countries".
func (p *Pass) isScoped() bool {
	for k := 1; k+1 < len(p.tt.Toks); k++ {
		// Compared as bytes: a string of every token was a copy each.
		if w := p.tt.Key(k + 1); string(w) != "countries" && string(w) != "nations" {
			continue
		}
		n := string(p.tt.Key(k))
		if n == "other" && k > 1 {
			n = string(p.tt.Key(k - 1))
		}
		if n != "" && n[0] >= '0' && n[0] <= '9' {
			return true
		}
		if p.ix.Words.Has(lexicon.ScopeWords, n) {
			return true
		}
	}
	return false
}

// countryOf resolves a dateline ("BRUSSELS", "THE HAGUE, Netherlands") to
// a country: a country named in it wins over the country of a place.
func (p *Pass) countryOf(s string) string {
	if s == "" {
		return ""
	}
	var tt lexicon.Text
	tt.Reset(s, 0, len(s))
	place := ""
	for k := 0; k < len(tt.Toks); k++ {
		id := tt.Longest(p.ix, &p.ix.Entities, k)
		if id < 0 {
			continue
		}
		ph := &p.ix.Phrases[id]
		switch ph.Kind {
		case lexicon.Country, lexicon.Demonym:
			return p.lex.Countries[ph.Ref].Name
		case lexicon.Place:
			if place == "" {
				place = p.lex.Places[ph.Ref].Country
			}
		}
		k += len(ph.Keys) - 1
	}
	if place == "" {
		// "TYLER, TX": a US state's postal code after the city.
		if n := len(tt.Toks); n >= 3 && tt.IsWord(n-2, ",") && tt.Caps[n-1] == token.CapsAll {
			place, _ = p.ix.Words.ValueBytes(lexicon.DatelineCodes, tt.Key(n-1))
		}
	}
	return place
}

// internationalLede reports a first sentence whose only agencies are
// international bodies (Interpol, Europol, UNODC) and which names nothing
// in the dateline's country: "LYON, France – A global operation
// coordinated by INTERPOL …". The dateline is then the body's seat, not
// where the story happened, and gives no context country.
func (p *Pass) internationalLede() bool {
	intl := false
	for _, r := range p.raw {
		ph := &p.ix.Phrases[r.id]
		switch ph.Kind {
		case lexicon.Agency:
			if p.lex.Agencies[ph.Ref].Country != "" {
				return false
			}
			intl = true
		case lexicon.Role:
			return false
		case lexicon.Country, lexicon.Demonym:
			if p.lex.Countries[ph.Ref].Name == p.datelineCountry {
				return false
			}
		case lexicon.Place:
			if p.lex.Places[ph.Ref].Country == p.datelineCountry {
				return false
			}
		}
	}
	return intl
}

// contextCountry is the country a bare role or an unplaced quantity takes
// when its sentence gives none.
func (p *Pass) contextCountry() string {
	if p.multi {
		return ""
	}
	if p.lastAgencyCountry != "" {
		return p.lastAgencyCountry
	}
	return p.datelineCountry
}

// frameCountry reads a sentence-opening frame, "In Morocco, ..." or "In
// Tangier, ...", whose country bare roles of the sentence take.
func (p *Pass) frameCountry() string {
	if len(p.raw) == 0 {
		return ""
	}
	first := p.raw[0]
	t := 0
	if !(p.tt.IsWord(t, "in") || p.tt.IsWord(t, "across") || p.tt.IsWord(t, "throughout")) {
		return ""
	}
	t++
	if first.a != t && !(p.tt.IsWord(t, "the") && first.a == t+1) || !p.tt.IsWord(first.b, ",") {
		return ""
	}
	if q, ok := p.qualifierOf(first); ok && q.country >= 0 {
		return p.lex.Countries[q.country].Name
	}
	return ""
}

// bareRoleCountry is the country a bare role takes: the nearest
// preceding agency with a country in this sentence, the sentence's "In
// Spain," frame, the one country where the sentence's action takes place
// ("Investigators raided homes in Cádiz and Málaga"), then earlier
// sentences and the dateline. fromText is true when the sentence itself
// gave it.
func (p *Pass) bareRoleCountry(qualified, frame, where string) (c string, fromText bool) {
	switch {
	case qualified != "":
		return qualified, true
	case frame != "":
		return frame, true
	case where != "":
		return where, true
	}
	if p.scoped || p.stale {
		return "", false
	}
	c = p.contextCountry()
	if _, ok := p.ix.Country[c]; !ok {
		return "", false
	}
	return c, false
}

// isOrigin reports whether a match is introduced as an origin or a
// destination: "from Morocco", "to the Netherlands", "into Europe".
func (p *Pass) isOrigin(r rawMatch) bool {
	k := r.a - 1
	if k >= 0 && p.tt.IsWord(k, "the") && p.tt.Caps[k] == token.CapsLower {
		k--
	}
	if k < 0 {
		return false
	}
	if p.ix.Words.HasBytes(lexicon.OriginPrepositions, p.tt.Key(k)) {
		return true
	}
	switch string(p.tt.Key(k)) {
	case "in":
		// "most of it produced in Myanmar's Shan State": where a drug
		// was made is an origin too.
		if k > 0 {
			if p.ix.Words.HasBytes(lexicon.OriginVerbs, p.tt.Key(k-1)) {
				return true
			}
		}
		return false
	case "'s", "’s":
		// "produced in Myanmar's Shan State": the place of an origin.
		return p.originEnd == k
	case "and", "or", ",":
		// "bound for Belgium and Spain": a coordinated origin or
		// destination is one too. Matches are judged in text order, so
		// the one just before the conjunction has been.
		return p.originEnd == k
	}
	return false
}

// origin is isOrigin for matches taken in text order, remembering where
// the last origin ended for the coordination after it.
func (p *Pass) origin(r rawMatch) bool {
	o := p.isOrigin(r)
	if o {
		p.originEnd = r.b
	}
	return o
}

// locationCountry is the country of the current sentence's locations: the
// places and countries introduced by "in", "at", "across", "of" ...,
// not origins or destinations ("from Morocco", "to Spain"), when they all
// share one country.
//
// A location coordinated with one counts too: "arrested in Denmark and
// Texas" names two countries, so a court later in the sentence takes
// neither.
func (p *Pass) locationCountry() string {
	c := ""
	prevEnd := -1 // token end of the last location, for a coordinated one
	for _, r := range p.raw {
		k := p.kindOf(r)
		if k != lexicon.Country && k != lexicon.Place || r.a == 0 {
			prevEnd = -1
			continue
		}
		switch w := p.tt.Key(r.a - 1); {
		case p.ix.Words.HasBytes(lexicon.LocationPrepositions, w):
		case string(w) == "and" || string(w) == "or" || string(w) == ",":
			if prevEnd < 0 || !p.isConnector(prevEnd, r.a) {
				prevEnd = -1
				continue
			}
		default:
			prevEnd = -1
			continue
		}
		prevEnd = r.b
		q, ok := p.qualifierOf(r)
		if !ok || q.country < 0 {
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

// datelinePlace records the dateline's city as a place of the story, with
// no mention (the dateline is no sentence): "MADRID —", "TYLER, Texas",
// "THE HAGUE, Netherlands".
func (p *Pass) datelinePlace() {
	if p.dateline == "" {
		return
	}
	var tt lexicon.Text
	tt.Reset(p.dateline, 0, len(p.dateline))
	if len(tt.Toks) == 0 {
		return
	}
	id := tt.Longest(p.ix, &p.ix.Entities, 0)
	if id < 0 && tt.Caps[0] == token.CapsAll {
		// Written in capitals, a name matches as written in the
		// gazetteer only once its case is folded.
		title := titleCase(p.dateline)
		tt.Reset(title, 0, len(title))
		id = tt.Longest(p.ix, &p.ix.Entities, 0)
	}
	if id >= 0 {
		if ph := &p.ix.Phrases[id]; ph.Kind == lexicon.Place {
			pl := p.lex.Places[ph.Ref]
			if pl.Country != "" {
				p.Entity(story.KindPlace, pl.Name).Country = pl.Country
				p.Entity(story.KindCountry, pl.Country)
			}
		}
		return
	}
	// A city the gazetteer lacks, before its region or country: "TYLER,
	// Texas".
	end := 0
	for end < len(tt.Toks) && tt.Toks[end].Kind == token.Word {
		end++
	}
	if end == 0 || end > maxPlaceWords || !tt.IsWord(end, ",") || p.datelineCountry == "" {
		return
	}
	name := titleCase(p.dateline[tt.Toks[0].Start:tt.Toks[end-1].End])
	p.Entity(story.KindPlace, name).Country = p.datelineCountry
	p.Entity(story.KindCountry, p.datelineCountry)
}

// titleCase writes each word of s with a capital and lower case after it:
// "THE HAGUE" is "The Hague".
func titleCase(s string) string {
	b := []rune(s)
	start := true
	for i, r := range b {
		switch {
		case unicode.IsLetter(r):
			if start {
				b[i] = unicode.ToUpper(r)
			} else {
				b[i] = unicode.ToLower(r)
			}
			start = false
		default:
			start = r == ' ' || r == '-'
		}
	}
	return string(b)
}
