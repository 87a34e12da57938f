package eval

import (
	"fmt"
	"slices"

	"dossier/model"
)

// target is a gold entity (required, optional or negative) as keys.
type target struct {
	name    string
	keys    []string
	country string // places: the folded country; "" for none
	anyLand bool   // not held to a country: other kinds, and optional or negative places given without one
}

// kindScore is the gold and output entities of one kind and how they paired.
type kindScore struct {
	req, opt, neg []target
	out           []model.Entity
	outKeys       [][]string
	outMatch      []int // output entity → required target, or -1
}

// target turns a gold name (with aliases and, for places, a country) into
// keys. Only places are held to a country.
func (s *scorer) target(k model.Kind, name string, aliases []string, country *string) target {
	t := target{name: name, keys: []string{s.names.Key(k, name)}, anyLand: k != model.KindPlace || country == nil}
	for _, a := range aliases {
		t.keys = append(t.keys, s.names.Key(k, a))
	}
	if country != nil {
		t.country = s.names.Key(model.KindCountry, *country)
	}
	return t
}

func (s *scorer) refs(k model.Kind, rs []Ref) []target {
	var out []target
	for _, r := range rs {
		out = append(out, s.target(k, r.Name, r.Aliases, r.Country))
	}
	return out
}

// goldTargets lists the required entities of kind k.
func (s *scorer) goldTargets(k model.Kind) []target {
	var out []target
	switch k {
	case model.KindCountry:
		for _, c := range s.g.Countries {
			out = append(out, s.target(k, c, nil, nil))
		}
	case model.KindPlace:
		for _, p := range s.g.Places {
			t := s.target(k, p.Name, p.Aliases, p.Country)
			t.anyLand = false
			out = append(out, t)
		}
	case model.KindAgency:
		for _, a := range s.g.Agencies {
			out = append(out, s.target(k, a.Name, a.Aliases, nil))
		}
	case model.KindNetwork:
		for _, n := range s.g.Networks {
			out = append(out, s.target(k, n, nil, nil))
		}
	case model.KindItem:
		// The items are the distinct things seized.
		seen := map[string]bool{}
		for _, z := range s.g.Seized {
			if key := s.names.Key(k, z.Item); !seen[key] {
				seen[key] = true
				out = append(out, s.target(k, z.Item, nil, nil))
			}
		}
	}
	return out
}

func extraOf(e *Extra, k model.Kind) []Ref {
	switch k {
	case model.KindCountry:
		return e.Countries
	case model.KindPlace:
		return e.Places
	case model.KindAgency:
		return e.Agencies
	case model.KindNetwork:
		return e.Networks
	}
	return e.Items
}

// hits reports whether output keys name the target; places must also be in
// the target's country.
func (t *target) hits(keys []string, country string) bool {
	if !t.anyLand && t.country != country {
		return false
	}
	for _, k := range keys {
		if slices.Contains(t.keys, k) {
			return true
		}
	}
	return false
}

// entities scores the story's entities of kind k against the gold list.
func (s *scorer) entities(k model.Kind) *kindScore {
	ks := &kindScore{req: s.goldTargets(k), opt: s.refs(k, extraOf(&s.g.Optional, k)),
		neg: s.refs(k, extraOf(&s.g.Negatives, k))}
	for _, e := range s.st.Entities {
		// An item only mentioned is shown to the reader, never claimed
		// as seized.
		if e.Kind != k || e.MentionedItem() {
			continue
		}
		keys := []string{s.names.Key(k, e.Name)}
		for _, m := range e.Mentions {
			if key := s.names.Key(k, m.Text); !slices.Contains(keys, key) {
				keys = append(keys, key)
			}
		}
		ks.out = append(ks.out, e)
		ks.outKeys = append(ks.outKeys, keys)
	}
	land := func(i int) string {
		if k != model.KindPlace {
			return ""
		}
		return s.names.Key(model.KindCountry, ks.out[i].Country)
	}
	// An output named exactly as a gold entity pairs with it first, then
	// one named as an alias, then one only mentioned as one.
	canonical := func(i, j int) bool {
		return ks.outKeys[i][0] == ks.req[j].keys[0] && ks.req[j].hits(ks.outKeys[i][:1], land(i))
	}
	byName := func(i, j int) bool { return ks.req[j].hits(ks.outKeys[i][:1], land(i)) }
	byMention := func(i, j int) bool { return ks.req[j].hits(ks.outKeys[i], land(i)) }
	ks.outMatch = matching(len(ks.out), len(ks.req), canonical, byName, byMention)

	list := s.res.List(listOf(k))
	matched := make([]bool, len(ks.req))
	for i, e := range ks.out {
		if j := ks.outMatch[i]; j >= 0 {
			matched[j] = true
			list.TP++
			continue
		}
		label := e.Name
		if k == model.KindPlace {
			label = fmt.Sprintf("%s (%s)", e.Name, orNone(e.Country))
		}
		switch {
		case k == model.KindPlace && s.wrongCountry(ks, i):
			list.FP++
			s.res.add(listOf(k), "wrong", label+": the gold place is in another country")
		case anyHits(ks.neg, ks.outKeys[i], land(i)):
			list.FP++
			s.res.add(listOf(k), "false", label+" (a negative)")
		case anyHits(ks.opt, ks.outKeys[i], land(i)):
		default:
			list.FP++
			s.res.add(listOf(k), "false", label)
		}
	}
	for j, t := range ks.req {
		if !matched[j] {
			list.FN++
			label := t.name
			if k == model.KindPlace {
				label = fmt.Sprintf("%s (%s)", t.name, orNone(t.country))
			}
			s.res.add(listOf(k), "miss", label)
		}
	}
	return ks
}

// wrongCountry reports an output place named like a required gold place in
// another country.
func (s *scorer) wrongCountry(ks *kindScore, i int) bool {
	for j := range ks.req {
		t := ks.req[j]
		t.anyLand = true
		if t.hits(ks.outKeys[i], "") {
			return true
		}
	}
	return false
}

func anyHits(ts []target, keys []string, country string) bool {
	for i := range ts {
		if ts[i].hits(keys, country) {
			return true
		}
	}
	return false
}

func orNone(s string) string {
	if s == "" {
		return "no country"
	}
	return s
}

// facetOut is the identity of an output event's facet value: "g<n>" for a
// required gold entity, "" for an optional one (not scored), "x:<key>"
// otherwise.
func (s *scorer) facetOut(k model.Kind, v string) string {
	ks := s.kinds[k]
	keys := []string{s.names.Key(k, v)}
	country := ""
	for i, e := range ks.out {
		if e.Name == v {
			if j := ks.outMatch[i]; j >= 0 {
				return fmt.Sprintf("g%d", j)
			}
			keys = ks.outKeys[i]
			if k == model.KindPlace {
				country = s.names.Key(model.KindCountry, e.Country)
			}
			break
		}
	}
	for j := range ks.req {
		t := ks.req[j]
		if country == "" {
			t.anyLand = true
		}
		if t.hits(keys, country) {
			return fmt.Sprintf("g%d", j)
		}
	}
	if anyHits(ks.opt, keys, country) {
		return ""
	}
	return "x:" + keys[0]
}

// facetGold is the identity of a gold event's facet value, as facetOut.
func (s *scorer) facetGold(k model.Kind, v string) string {
	ks := s.kinds[k]
	key := []string{s.names.Key(k, v)}
	for j := range ks.req {
		t := ks.req[j]
		t.anyLand = true
		if t.hits(key, "") {
			return fmt.Sprintf("g%d", j)
		}
	}
	if anyHits(anyCountry(ks.opt), key, "") {
		return ""
	}
	return "x:" + key[0]
}

func anyCountry(ts []target) []target {
	out := slices.Clone(ts)
	for i := range out {
		out[i].anyLand = true
	}
	return out
}
