package entities

import (
	"dossier/model/internal/lexicon"
	"dossier/model/internal/token"
)

// Roles ("police", "prosecutors") named for a country or a place: the
// modifiers before them and the places after them that make them an
// agency, and the items that are only an agency's equipment.

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
	// "Investigators in Tyler, Texas": a place the gazetteer lacks,
	// given with its region.
	for _, ip := range p.intro {
		if ip.a == t+1 && ip.country != "" {
			if c, ok := p.ix.Country[ip.country]; ok {
				return []qualifier{{country: c}}
			}
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
	role := p.raw[k]
	from = -1
	if k > 0 && p.kindOf(p.raw[k-1]) == lexicon.Place && p.raw[k-1].b == role.a {
		prev := p.raw[k-1]
		from, country = prev.a, p.lex.Places[p.ix.Phrases[prev.id].Ref].Country
	} else if ip, ok := p.introBefore(role.a); ok {
		// A place the gazetteer lacks: "Cherokee County Sheriff's Office".
		from, country = ip.a, ip.country
	}
	if from < 0 {
		return "", "", 0, false
	}
	for x := from; x < role.b; x++ {
		if p.tt.Toks[x].Kind == token.Word && p.tt.Caps[x] == token.CapsLower {
			return "", "", 0, false
		}
	}
	return p.tt.Body[p.tt.Toks[from].Start:p.tt.Toks[role.b-1].End], country, from, true
}

// force is an agency named for its place and the role it is.
type force struct {
	role          int
	name, country string
}

// nameForce records the force name of role (an index into Roles), the last
// one named for it winning.
func (p *Pass) nameForce(role int, name, country string) {
	if p.ix.Words.Has(lexicon.UnboundRoles, p.lex.Roles[role].Name) {
		return
	}
	for i := range p.forces {
		if p.forces[i].role == role {
			p.forces[i] = force{role, name, country}
			return
		}
	}
	p.forces = append(p.forces, force{role, name, country})
}

// forceOf is the force named earlier for role, unless the role written
// alone takes another country (c).
func (p *Pass) forceOf(role int, c string) (force, bool) {
	for _, f := range p.forces {
		if f.role == role && (c == "" || f.country == "" || c == f.country) {
			return f, true
		}
	}
	return force{}, false
}

// agencyForce records a named agency whose name ends in a role ("Dallas
// Police Department", "Chicago police") as that role's force.
func (p *Pass) agencyForce(r rawMatch, name, country string) {
	for j := r.a + 1; j < r.b; j++ {
		id := p.tt.Longest(p.ix, &p.ix.Entities, j)
		if id >= 0 && p.ix.Phrases[id].Kind == lexicon.Role && j+len(p.ix.Phrases[id].Keys) == r.b {
			p.nameForce(p.ix.Phrases[id].Ref, name, country)
			return
		}
	}
}

// districtEnd reads the judicial district a federal body is named for,
// from token t: "for the Eastern District of Virginia", "for the District
// of Columbia". It returns the token end of the district's name, or -1.
func (p *Pass) districtEnd(t int) int {
	if !p.tt.IsWord(t, "for") || !p.tt.IsWord(t+1, "the") {
		return -1
	}
	x := t + 2
	for n := 0; n < 2 && x < len(p.tt.Toks) && p.tt.Caps[x] == token.CapsInitial && !p.tt.IsWord(x, "district"); n++ {
		x++
	}
	if !p.tt.IsWord(x, "district") || p.tt.Caps[x] != token.CapsInitial || !p.tt.IsWord(x+1, "of") {
		return -1
	}
	x += 2
	for _, r := range p.raw {
		if r.a == x && (p.kindOf(r) == lexicon.Place || p.kindOf(r) == lexicon.Country) {
			return r.b
		}
	}
	e := x
	for e < len(p.tt.Toks) && e < x+3 && p.tt.Toks[e].Kind == token.Word && p.tt.Caps[e] == token.CapsInitial {
		e++
	}
	if e == x {
		return -1
	}
	return e
}

// capitalised reports tokens [a,b) whose words are all capitalised.
func (p *Pass) capitalised(a, b int) bool {
	for x := a; x < b; x++ {
		if p.tt.Toks[x].Kind == token.Word && p.tt.Caps[x] == token.CapsLower {
			return false
		}
	}
	return true
}

// placeForce is the force named before for the place written right before
// the role at raw[k] ("Memphis police" after "Memphis Police Department").
func (p *Pass) placeForce(k, role int) (force, bool) {
	if k == 0 || len(p.forces) == 0 {
		return force{}, false
	}
	prev := p.raw[k-1]
	if p.kindOf(prev) != lexicon.Place || prev.b != p.raw[k].a {
		return force{}, false
	}
	place := p.tt.Body[p.tt.Toks[prev.a].Start:p.tt.Toks[prev.b-1].End]
	for _, f := range p.forces {
		if f.role == role && len(f.name) > len(place) && f.name[:len(place)] == place && f.name[len(place)] == ' ' {
			return f, true
		}
	}
	return force{}, false
}

// vagueRole reports a role that names no body with the qualifiers it has:
// "investigators" alone or qualified, "authorities in Spain, Portugal and
// Germany".
func (p *Pass) vagueRole(role int, qs []qualifier) bool {
	name := p.lex.Roles[role].Name
	return p.ix.Words.Has(lexicon.VagueRoles, name) || len(qs) > 1 && p.ix.Words.Has(lexicon.CollectiveRoles, name)
}

// vagueContext sets the context a vague role's sentence gives, as an
// agency named there would ("Investigators raided homes in Cádiz": the
// story is in Spain), and returns the country later bare roles of the
// sentence take, or "".
func (p *Pass) vagueContext(qs []qualifier, qualified, frame, where string) string {
	if len(qs) == 0 {
		if c, fromText := p.bareRoleCountry(qualified, frame, where); fromText && c != "" {
			if _, ok := p.ix.Country[c]; ok {
				p.setContext(c)
			}
		}
		return ""
	}
	last := ""
	for _, q := range qs {
		if q.country >= 0 {
			last = p.lex.Countries[q.country].Name
			p.setContext(last)
		}
	}
	return last
}
