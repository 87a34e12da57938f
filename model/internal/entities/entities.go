// Package entities finds a story's countries, places, agencies, networks
// and items sentence by sentence, and keeps the context that bare roles
// ("police said") take their country from.
package entities

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
	"slices"
	"strconv"
	"strings"
)

// entKey identifies an entity while a story is parsed.
type entKey struct {
	kind story.Kind
	name string
}

// Hit is one entity found in a sentence, in text order. Countries reached
// only through a place or an agency are not hits of their own: they are the
// hit's country.
type Hit struct {
	Kind    story.Kind
	Name    string
	Country string // the country itself, a place's or an agency's country
	Start   int    // body offsets
	End     int
	// Contextual marks an agency whose country came from context, not
	// from the sentence ("police said" after "Belgian police").
	Contextual bool
	// Origin marks a place or country introduced as where something came
	// from or went ("from Morocco", "to Spain"), not where it happened.
	Origin bool
}

// rawMatch is a lexicon phrase matched on tokens [a,b) of a sentence.
type rawMatch struct {
	a, b int
	id   int32
}

// Pass finds the entities of a story sentence by sentence and keeps
// the context that bare roles ("police") take their country from.
type Pass struct {
	lex *lexicon.Lexicon
	ix  *lexicon.Index
	tt  lexicon.Text
	raw []rawMatch

	byKey map[entKey]int
	ents  []story.Entity

	// lastAgencyCountry is the country of the last agency named with one
	// ("Belgian police", "Guardia Civil"); datelineCountry the country of
	// the dateline. Both feed bare roles.
	lastAgencyCountry string
	datelineCountry   string
	// lastAgencyPara is the paragraph lastAgencyCountry was set in, para
	// the current sentence's; agencyCountries every country agencies had
	// so far, to tell a story about one country from one about several.
	lastAgencyPara  int
	para            int
	agencyCountries []string
	// scoped marks a sentence that scopes its action to several countries
	// ("Police in nine countries arrested 214 people"): its bare roles
	// and quantities take no single country.
	scoped bool
	// sentCtx is the context country the current sentence set, and
	// sentMixed whether it set several ("authorities in Spain, Portugal
	// and Germany"); multi then marks the sentences after it, whose bare
	// roles take no country until one is named again (not even the
	// dateline's).
	sentCtx   string
	sentMixed bool
	multi     bool
	// originEnd is the token end of the current sentence's last origin
	// or destination ("for Belgium"), -1 if none.
	originEnd int
	// started is set once the first story sentence has been read.
	started bool
	// stale marks a sentence that names no place, country or agency
	// after a one-country aside in an earlier paragraph of a story about
	// several countries: no context country is carried into it.
	stale bool
}

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

// Text is the current sentence's lexical tokens, which the predicate
// reader reads after the pass, reusing each token's phrase lookups.
func (p *Pass) Text() *lexicon.Text { return &p.tt }

func NewPass(lex *lexicon.Lexicon, ix *lexicon.Index, dateline string) *Pass {
	// A news article names a few dozen entities: room for them from the
	// start, where growing from nothing allocated twice as much.
	const entities = 32
	p := &Pass{lex: lex, ix: ix, byKey: make(map[entKey]int, entities), ents: make([]story.Entity, 0, entities)}
	// Room for a long sentence's tokens from the start: growing from one
	// on every parse allocated twice that. The entity pass and the
	// predicate reader share the tokens: keep each token's phrase lookup
	// (words) for both.
	const room = 64
	p.tt.Reserve(room)
	p.datelineCountry = p.countryOf(dateline)
	return p
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

// match fills p.raw with the longest entity phrases of the current
// sentence, left to right, without overlap.
func (p *Pass) match() {
	p.raw = p.raw[:0]
	for k := 0; k < len(p.tt.Toks); {
		id := p.tt.Longest(p.ix, &p.ix.Entities, k)
		if id < 0 {
			k++
			continue
		}
		n := len(p.ix.Phrases[id].Keys)
		// A phrase opening with "the" gives way to a longer one that
		// starts after it: "The U.S. Attorney's Office" is the office,
		// not the country "the U.S.".
		if n > 1 && p.tt.IsWord(k, "the") {
			if id2 := p.tt.Longest(p.ix, &p.ix.Entities, k+1); id2 >= 0 && len(p.ix.Phrases[id2].Keys) >= n {
				k++
				id, n = id2, len(p.ix.Phrases[id2].Keys)
			}
		}
		if !p.inPersonName(k, p.ix.Phrases[id].Kind) {
			p.raw = append(p.raw, rawMatch{k, k + n, id})
		}
		k += n
	}
}

// inPersonName reports a place or country name that is the end of a
// person's name after a particle: "Henk van Essen", "Maria de Lima".
func (p *Pass) inPersonName(k int, kind lexicon.PhraseKind) bool {
	if kind != lexicon.Place && kind != lexicon.Country || k < 2 || p.tt.Caps[k-1] != token.CapsLower || p.tt.Caps[k-2] != token.CapsInitial {
		return false
	}
	return p.ix.Words.Has(lexicon.NameParticles, string(p.tt.Key(k-1))) && p.tt.Toks[k-2].Kind == token.Word
}

func (p *Pass) kindOf(r rawMatch) lexicon.PhraseKind { return p.ix.Phrases[r.id].Kind }

// isConnector reports whether tokens [a,b) only join a coordination:
// ",", "and", "or", "&", ", and".
func (p *Pass) isConnector(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if w := p.tt.Key(k); string(w) != "," && string(w) != "and" && string(w) != "or" && string(w) != "&" {
			return false
		}
	}
	return true
}

// modifierKinds qualify a role placed right before it.
func isModifier(k lexicon.PhraseKind) bool {
	return k == lexicon.Country || k == lexicon.Demonym || k == lexicon.PlaceAdj || k == lexicon.Place
}

// qualifier is what names an agency's nationality: a country, or the
// adjective of a region without one ("European").
type qualifier struct {
	country int // index in Countries, or -1
	adj     string
}

// qualifierOf turns a modifier or "in X" match into a qualifier; ok is
// false for places without a country that have no adjective.
func (p *Pass) qualifierOf(r rawMatch) (qualifier, bool) {
	ph := &p.ix.Phrases[r.id]
	switch ph.Kind {
	case lexicon.Country, lexicon.Demonym:
		return qualifier{country: ph.Ref}, true
	case lexicon.PlaceAdj:
		return qualifier{country: -1, adj: p.ix.AdjName[ph.Ref]}, true
	case lexicon.Place:
		if c, ok := p.ix.Country[p.lex.Places[ph.Ref].Country]; ok {
			return qualifier{country: c}, true
		}
		// A region's adjective listed as its alias ("European", "EU")
		// qualifies as written.
		if p.lex.Places[ph.Ref].Country == "" {
			return qualifier{country: -1, adj: p.tt.Body[p.tt.Toks[r.a].Start:p.tt.Toks[r.b-1].End]}, true
		}
	}
	return qualifier{}, false
}

// preModifiers returns the qualifiers written before the role at raw[k]
// ("Dutch police", "Belgian and Dutch police", "Belgium’s prosecutors") and
// the token where they start.
func (p *Pass) preModifiers(k int) ([]qualifier, int) {
	if k == 0 {
		return nil, -1
	}
	role := p.raw[k]
	prev := p.raw[k-1]
	if !isModifier(p.kindOf(prev)) {
		return nil, -1
	}
	gap := role.a - prev.b
	if gap == 1 && p.tt.Toks[prev.b].Kind == token.Possessive {
		gap = 0
	}
	if gap != 0 {
		return nil, -1
	}
	q, ok := p.qualifierOf(prev)
	if !ok {
		return nil, -1
	}
	qs := []qualifier{q}
	from := prev.a
	for j := k - 2; j >= 0; j-- {
		r := p.raw[j]
		if !isModifier(p.kindOf(r)) || !p.isConnector(r.b, p.raw[j+1].a) {
			break
		}
		q, ok := p.qualifierOf(r)
		if !ok {
			break
		}
		qs = append([]qualifier{q}, qs...)
		from = r.a
	}
	return qs, from
}

// postModifiers returns the countries after a role chain ending at raw[k]:
// "police in Spain", "authorities in Belgium and three other countries",
// "police in the port city of Rotterdam".
func (p *Pass) postModifiers(k int) []qualifier {
	r := p.raw[k]
	t := r.b
	if !(p.tt.IsWord(t, "in") || p.tt.IsWord(t, "from") || p.tt.IsWord(t, "of")) {
		return nil
	}
	if k+1 >= len(p.raw) {
		return nil
	}
	next := p.raw[k+1]
	// Up to four lowercase words between the preposition and the place.
	if next.a-(t+1) > 4 {
		return nil
	}
	for x := t + 1; x < next.a; x++ {
		if p.tt.Toks[x].Kind != token.Word || p.tt.Caps[x] != token.CapsLower {
			return nil
		}
	}
	var qs []qualifier
	for j := k + 1; j < len(p.raw); j++ {
		if j > k+1 && !p.isConnector(p.raw[j-1].b, p.raw[j].a) {
			break
		}
		q, ok := p.qualifierOf(p.raw[j])
		if !ok || q.country < 0 {
			break
		}
		qs = append(qs, q)
	}
	return qs
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

// agencyName names a role's agency for a qualifier: "Belgian police",
// "European police", or the bare role.
func (p *Pass) agencyName(role string, q *qualifier) (name, country string) {
	if q == nil {
		return role, ""
	}
	if q.country >= 0 {
		return p.ix.Demonym[q.country] + " " + role, p.lex.Countries[q.country].Name
	}
	return q.adj + " " + role, ""
}

// Sentence finds the entities of s, records their mentions and returns its
// hits in text order (appended to dst).
func (p *Pass) Sentence(dst []Hit, s story.Sentence) []Hit {
	if p.sentMixed {
		p.lastAgencyCountry, p.multi = "", true
	}
	p.sentCtx, p.sentMixed, p.originEnd = "", false, -1
	p.tt.Reset(s.Text, 0, len(s.Text))
	p.match()
	if !p.started {
		p.started = true
		if p.datelineCountry != "" && p.internationalLede() {
			p.datelineCountry = ""
		}
	}
	p.para = s.Paragraph
	p.scoped = p.isScoped()
	p.stale = p.isStale()
	frame := p.frameCountry()
	where := p.locationCountry()
	off := s.Start
	// chainQ carries the qualifiers of a role along a coordination:
	// "Dutch police and prosecutors".
	var chainQ []qualifier
	chainSet := false
	// qualified is the country of the sentence's last agency named with
	// one, for the bare roles after it.
	qualified := ""
	for k := 0; k < len(p.raw); k++ {
		r := p.raw[k]
		ph := &p.ix.Phrases[r.id]
		start, end := p.tt.Toks[r.a].Start, p.tt.Toks[r.b-1].End
		switch ph.Kind {
		case lexicon.Country, lexicon.Demonym:
			c := p.lex.Countries[ph.Ref].Name
			dst = append(dst, p.record(s, Hit{Kind: story.KindCountry, Name: c, Country: c, Start: start + off, End: end + off, Origin: p.origin(r)}))
		case lexicon.Place:
			pl := p.lex.Places[ph.Ref]
			dst = append(dst, p.record(s, Hit{Kind: story.KindPlace, Name: pl.Name, Country: pl.Country, Start: start + off, End: end + off, Origin: p.origin(r)}))
		case lexicon.PlaceAdj:
			pl := p.lex.Places[ph.Ref]
			dst = append(dst, p.record(s, Hit{Kind: story.KindPlace, Name: pl.Name, Start: start + off, End: end + off}))
		case lexicon.Agency:
			a := p.lex.Agencies[ph.Ref]
			dst = append(dst, p.record(s, Hit{Kind: story.KindAgency, Name: a.Name, Country: a.Country, Start: start + off, End: end + off}))
			if a.Country != "" {
				p.setContext(a.Country)
				qualified = a.Country
			}
		case lexicon.Network:
			n := p.lex.Networks[ph.Ref]
			dst = append(dst, p.record(s, Hit{Kind: story.KindNetwork, Name: n.Name, Start: start + off, End: end + off}))
		case lexicon.Item:
			if p.notAnItem(k) {
				continue
			}
			it := p.lex.Items[ph.Ref]
			dst = append(dst, p.record(s, Hit{Kind: story.KindItem, Name: it.Name, Start: start + off, End: end + off}))
		case lexicon.Role:
			role := p.lex.Roles[ph.Ref].Name
			inChain := chainSet && k > 0 && p.kindOf(p.raw[k-1]) == lexicon.Role && p.isConnector(p.raw[k-1].b, r.a)
			var qs []qualifier
			mstart := start
			if pre, from := p.preModifiers(k); len(pre) > 0 {
				qs = pre
				mstart = p.tt.Toks[from].Start
			} else if inChain {
				qs = chainQ
			} else {
				// The chain's last role may carry "in Spain" for all.
				last := k
				for last+1 < len(p.raw) && p.kindOf(p.raw[last+1]) == lexicon.Role && p.isConnector(p.raw[last].b, p.raw[last+1].a) {
					last++
				}
				qs = p.postModifiers(last)
			}
			chainQ, chainSet = qs, true
			if name, c, from, ok := p.placeAgency(k); ok {
				dst = append(dst, p.record(s, Hit{Kind: story.KindAgency, Name: name, Country: c, Start: p.tt.Toks[from].Start + off, End: end + off}))
				if c != "" {
					p.setContext(c)
					qualified = c
				}
				chainQ, chainSet = nil, false
				continue
			}
			if len(qs) == 0 {
				c, fromText := p.bareRoleCountry(qualified, frame, where)
				h := Hit{Kind: story.KindAgency, Start: mstart + off, End: end + off}
				if c != "" {
					ci := p.ix.Country[c]
					h.Name, h.Country = p.agencyName(role, &qualifier{country: ci})
					h.Contextual = !fromText
					if fromText {
						p.setContext(c)
					}
				} else {
					h.Name = role
				}
				dst = append(dst, p.record(s, h))
				continue
			}
			for i := range qs {
				name, country := p.agencyName(role, &qs[i])
				dst = append(dst, p.record(s, Hit{Kind: story.KindAgency, Name: name, Country: country, Start: mstart + off, End: end + off}))
				if country != "" {
					p.setContext(country)
					qualified = country
				}
			}
		}
	}
	return dst
}

// notAnItem reports an item word at raw[k] that names no item: one that
// qualifies the noun after it ("a truck driver", "a luxury car brand",
// Lexicon.ItemHeads), or an agency's own equipment after its role
// ("Police helicopters plucked 17 people", "coast guard vessels"). A drug
// keeps its name as a modifier: "fentanyl sales" are about fentanyl.
func (p *Pass) notAnItem(k int) bool {
	r := p.raw[k]
	if r.b < len(p.tt.Toks) && p.tt.Toks[r.b].Kind == token.Word && p.tt.Caps[r.b] == token.CapsLower &&
		p.ix.ItemModifies(p.ix.Phrases[r.id].Ref, string(p.tt.Key(r.b))) {
		return true
	}
	return k > 0 && p.kindOf(p.raw[k-1]) == lexicon.Role && p.raw[k-1].b == r.a
}

// placeAgency reads a force named for its place, written in capitals:
// "Kent Police", "Illinois State Police", "Pinellas County Sheriff's
// Office", "Florida Highway Patrol". It keeps its own name and takes the
// place's country; a lowercase role ("Amsterdam police") stays a role
// qualified by its country.
func (p *Pass) placeAgency(k int) (name, country string, from int, ok bool) {
	if k == 0 {
		return "", "", 0, false
	}
	role, prev := p.raw[k], p.raw[k-1]
	if p.kindOf(prev) != lexicon.Place || prev.b != role.a {
		return "", "", 0, false
	}
	for x := prev.a; x < role.b; x++ {
		if p.tt.Toks[x].Kind == token.Word && p.tt.Caps[x] == token.CapsLower {
			return "", "", 0, false
		}
	}
	pl := p.lex.Places[p.ix.Phrases[prev.id].Ref]
	return p.tt.Body[p.tt.Toks[prev.a].Start:p.tt.Toks[role.b-1].End], pl.Country, prev.a, true
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
	w := string(p.tt.Key(k))
	if p.ix.Words.Has(lexicon.OriginPrepositions, w) {
		return true
	}
	switch w {
	case "in":
		// "most of it produced in Myanmar's Shan State": where a drug
		// was made is an origin too.
		if k > 0 {
			if p.ix.Words.Has(lexicon.OriginVerbs, string(p.tt.Key(k-1))) {
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
		switch w := string(p.tt.Key(r.a - 1)); {
		case p.ix.Words.Has(lexicon.LocationPrepositions, w):
		case w == "and" || w == "or" || w == ",":
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

// record adds the mention of h to its entity (creating it, and the
// country entity it implies) and returns h.
func (p *Pass) record(s story.Sentence, h Hit) Hit {
	m := story.Mention{Sentence: s.ID, Start: h.Start, End: h.End}
	if h.Start >= s.Start && h.End <= s.End && h.Start < h.End {
		m.Text = s.Text[h.Start-s.Start : h.End-s.Start]
	}
	e := p.Entity(h.Kind, h.Name)
	// Events list the entity's own name: a name built for this hit
	// ("Belgian police") is not kept once per event.
	h.Name = e.Name
	e.Mentions = append(grow(e.Mentions), m)
	if h.Kind == story.KindPlace || h.Kind == story.KindAgency {
		e.Country = h.Country
		if h.Country != "" {
			p.Entity(story.KindCountry, h.Country)
		}
	}
	return h
}

// Entity returns the entity of kind and name, creating it.
func (p *Pass) Entity(kind story.Kind, name string) *story.Entity {
	k := entKey{kind, name}
	if i, ok := p.byKey[k]; ok {
		return &p.ents[i]
	}
	e := story.Entity{ID: story.EntityID(kind, name), Kind: kind, Name: name, Mentions: []story.Mention{}}
	if kind == story.KindItem {
		e.Category = p.ix.ItemCategory[name]
	}
	p.byKey[k] = len(p.ents)
	p.ents = append(p.ents, e)
	return &p.ents[len(p.ents)-1]
}

// Entities returns every entity, kinds in display order, each kind in
// order of first mention. IDs that collide after slugging get a suffix.
func (p *Pass) Entities() []story.Entity {
	out := make([]story.Entity, 0, len(p.ents))
	for _, k := range story.Kinds {
		for _, e := range p.ents {
			if e.Kind == k {
				if cap(e.Mentions) > len(e.Mentions)+len(e.Mentions)/4+8 {
					// Keep the mentions, not the room grown for them.
					e.Mentions = slices.Clone(e.Mentions)
				}
				out = append(out, e)
			}
		}
	}
	// The entities in ID order, ties in output order: each run of equal
	// IDs is one ID's entities, and all but the first get "-2", "-3"...
	// (a sort of indices costs less than a map of every ID).
	byID := make([]int, len(out))
	for i := range byID {
		byID[i] = i
	}
	slices.SortStableFunc(byID, func(a, b int) int { return strings.Compare(out[a].ID, out[b].ID) })
	for j := 1; j < len(byID); j++ {
		first := j - 1
		for j < len(byID) && out[byID[j]].ID == out[byID[first]].ID {
			j++
		}
		for n := first + 1; n < j; n++ {
			out[byID[n]].ID += "-" + strconv.Itoa(n-first+1)
		}
	}
	return out
}

// grow makes room for one more element, doubling the capacity. append
// grows slices past 256 elements by a quarter at a time, which allocates
// about five times the final size in all; doubling allocates two.
func grow[T any](s []T) []T {
	if len(s) < cap(s) || cap(s) < 256 {
		return s
	}
	n := make([]T, len(s), max(8, 2*cap(s)))
	copy(n, s)
	return n
}
