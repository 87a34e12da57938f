// Package entities finds a story's countries, places, agencies, networks
// and items sentence by sentence, and keeps the context that bare roles
// ("police said") take their country from.
package entities

import (
	"slices"
	"strconv"
	"strings"

	"dossier/model/internal/lexicon"
	"dossier/model/internal/story"
	"dossier/model/internal/token"
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
	// people are the person names of the current sentence; surnames the
	// last words of every person's name so far, which stay a name when
	// written alone ("Lyon said").
	people   []span
	surnames []string
	// forces are the forces named for their place so far ("Dallas
	// Police Department"), by role, which the role written alone later
	// stands for.
	forces []force
	// named are the agencies named by their proper names, the latest
	// last, which a description later stands for ("the directorate").
	named []namedBody
	// intro are the places the current sentence introduces or names
	// again that the gazetteer lacks, known every such place so far, and
	// lastPlaceCountry the country of the story's last place.
	intro            []introPlace
	known            []known
	lastPlaceCountry string

	byKey map[entKey]int
	ents  []story.Entity

	// lastAgencyCountry is the country of the last agency named with one
	// ("Belgian police", "Guardia Civil"); datelineCountry the country of
	// the dateline. Both feed bare roles.
	lastAgencyCountry string
	datelineCountry   string
	// dateline is the story's dateline, whose city is a place of the
	// story.
	dateline string
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
	p.dateline = dateline
	return p
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
		// "Cherokee County Sheriff's Office": "County" ends the place's
		// name, the role starts after it (not "county sheriff").
		if p.ix.Phrases[id].Kind == lexicon.Role && k > 0 && p.tt.Caps[k] == token.CapsInitial && p.tt.Caps[k-1] == token.CapsInitial &&
			p.tt.Toks[k-1].Kind == token.Word && p.ix.Words.HasBytes(lexicon.PlaceSuffixes, p.tt.Key(k)) {
			if id2 := p.tt.Longest(p.ix, &p.ix.Entities, k+1); id2 >= 0 && p.ix.Phrases[id2].Kind == lexicon.Role {
				k++
				id, n = id2, len(p.ix.Phrases[id2].Keys)
			}
		}
		kind := p.ix.Phrases[id].Kind
		if (kind == lexicon.Place || kind == lexicon.Country || kind == lexicon.Demonym) && p.inPerson(k, k+n) {
			k++
			continue
		}
		if !p.inPersonName(k, kind) && !p.inTitle(k, k+n, kind) {
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
	return p.ix.Words.HasBytes(lexicon.NameParticles, p.tt.Key(k-1)) && p.tt.Toks[k-2].Kind == token.Word
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

// Sentence finds the entities of s, records their mentions and returns its
// hits in text order (appended to dst).
func (p *Pass) Sentence(dst []Hit, s story.Sentence) []Hit {
	if p.sentMixed {
		p.lastAgencyCountry, p.multi = "", true
	}
	p.sentCtx, p.sentMixed, p.originEnd = "", false, -1
	n0 := len(dst)
	p.tt.Reset(s.Text, 0, len(s.Text))
	p.findPeople()
	p.match()
	p.findIntroduced()
	if !p.started {
		p.started = true
		if p.datelineCountry != "" && p.internationalLede() {
			p.datelineCountry = ""
		} else {
			p.datelinePlace()
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
	// ii is the next introduced place, recorded in text order among the
	// matches.
	ii := 0
	for k := 0; k < len(p.raw); k++ {
		r := p.raw[k]
		for ; ii < len(p.intro) && p.intro[ii].a < r.a; ii++ {
			dst = p.introHit(dst, s, ii)
		}
		ph := &p.ix.Phrases[r.id]
		start, end := p.tt.Toks[r.a].Start, p.tt.Toks[r.b-1].End
		switch ph.Kind {
		case lexicon.Country, lexicon.Demonym:
			c := p.lex.Countries[ph.Ref].Name
			if ph.Kind == lexicon.Country {
				if rc, ok := p.homonymRegion(k); ok {
					if rc != "" {
						dst = append(dst, p.record(s, Hit{Kind: story.KindPlace, Name: c, Country: rc, Start: start + off, End: end + off}))
					}
					continue
				}
			}
			dst = append(dst, p.record(s, Hit{Kind: story.KindCountry, Name: c, Country: c, Start: start + off, End: end + off, Origin: p.origin(r)}))
		case lexicon.Place:
			pl := p.lex.Places[ph.Ref]
			dst = append(dst, p.record(s, Hit{Kind: story.KindPlace, Name: pl.Name, Country: pl.Country, Start: start + off, End: end + off, Origin: p.origin(r)}))
		case lexicon.PlaceAdj:
			pl := p.lex.Places[ph.Ref]
			dst = append(dst, p.record(s, Hit{Kind: story.KindPlace, Name: pl.Name, Start: start + off, End: end + off}))
		case lexicon.Agency:
			a := p.lex.Agencies[ph.Ref]
			name := a.Name
			if e := p.districtEnd(r.b); e > 0 {
				// "U.S. Attorney's Office for the Eastern District of
				// Virginia": each district's office is a body of its own.
				end = p.tt.Toks[e-1].End
				name = p.tt.Body[p.tt.Toks[r.a].Start:end]
			}
			dst = append(dst, p.record(s, Hit{Kind: story.KindAgency, Name: name, Country: a.Country, Start: start + off, End: end + off}))
			p.rememberNamed(name, a.Country, p.tt.Body[p.tt.Toks[r.a].Start:end])
			p.agencyForce(r, a.Name, a.Country)
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
			if p.vagueRole(ph.Ref, qs) {
				if q := p.vagueContext(qs, qualified, frame, where); q != "" {
					qualified = q
				}
				continue
			}
			if e := p.districtEnd(r.b); e > 0 && len(qs) == 1 && qs[0].country >= 0 && p.capitalised(r.a, r.b) {
				// "U.S. District Court for the Eastern District of
				// Pennsylvania".
				c := p.lex.Countries[qs[0].country].Name
				dstart, dend := mstart, p.tt.Toks[e-1].End
				if k > 0 && p.tt.IsWord(p.raw[k-1].a, "the") && p.tt.Toks[p.raw[k-1].a].Start == mstart {
					from := p.raw[k-1].a
					dstart = p.tt.Toks[from+1].Start
				}
				dst = append(dst, p.record(s, Hit{Kind: story.KindAgency, Name: p.tt.Body[dstart:dend], Country: c, Start: dstart + off, End: dend + off}))
				p.rememberNamed(p.tt.Body[dstart:dend], c, p.tt.Body[dstart:dend])
				p.setContext(c)
				qualified = c
				chainQ, chainSet = nil, false
				continue
			}
			if name, c, from, ok := p.placeAgency(k); ok {
				p.nameForce(ph.Ref, name, c)
				dst = append(dst, p.record(s, Hit{Kind: story.KindAgency, Name: name, Country: c, Start: p.tt.Toks[from].Start + off, End: end + off}))
				p.rememberNamed(name, c, name)
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
				if f, ok := p.forceOf(ph.Ref, c); ok {
					// "the sheriff's office" after "the Cherokee County
					// Sheriff's Office": the force named before.
					h.Name, h.Country = f.name, f.country
				} else if c != "" {
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
				if f, ok := p.placeForce(k, ph.Ref); ok && len(qs) == 1 {
					// "Memphis police" after "the Memphis Police
					// Department": that force.
					name, country = f.name, f.country
				}
				dst = append(dst, p.record(s, Hit{Kind: story.KindAgency, Name: name, Country: country, Start: mstart + off, End: end + off}))
				if country != "" {
					p.setContext(country)
					qualified = country
				}
			}
		}
	}
	for ; ii < len(p.intro); ii++ {
		dst = p.introHit(dst, s, ii)
	}
	return p.descriptions(dst, s, n0)
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
		if h.Kind == story.KindPlace && h.Country != "" {
			p.lastPlaceCountry = h.Country
		}
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
