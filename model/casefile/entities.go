package casefile

import (
	"cmp"
	"slices"

	"dossier/model"
)

// caseEntities joins the stories' entities: one per kind and canonical
// name. The parser gives every alias of a thing its canonical name from
// the shared word lists ("Federal Bureau of Investigation" is "FBI"), so
// the name is the thing; an ID can differ between stories when two names
// of one story slug alike. Entities are ordered by kind as model.Kinds
// lists them, then by mentions across the case (most first), then name.
func caseEntities(stories []*model.Story) []Entity {
	type key struct {
		kind model.Kind
		name string
	}
	at := map[key]int{}
	var out []Entity
	for a, st := range stories {
		for i := range st.Entities {
			se := &st.Entities[i]
			k := key{se.Kind, se.Name}
			j, ok := at[k]
			if !ok {
				j = len(out)
				at[k] = j
				out = append(out, Entity{ID: se.ID, Kind: se.Kind, Name: se.Name, Country: se.Country, Category: se.Category})
			}
			out[j].Seized = out[j].Seized || se.Seized
			out[j].Mentions = append(out[j].Mentions, ArticleMentions{Article: a, Entity: i, Mentions: se.Mentions})
		}
	}
	rank := func(k model.Kind) int {
		for i, x := range model.Kinds {
			if x == k {
				return i
			}
		}
		return len(model.Kinds)
	}
	counts := make(map[key]int, len(out))
	for i := range out {
		counts[key{out[i].Kind, out[i].Name}] = out[i].Count()
	}
	slices.SortStableFunc(out, func(x, y Entity) int {
		if c := cmp.Compare(rank(x.Kind), rank(y.Kind)); c != 0 {
			return c
		}
		if c := cmp.Compare(counts[key{y.Kind, y.Name}], counts[key{x.Kind, x.Name}]); c != 0 {
			return c
		}
		return cmp.Compare(x.Name, y.Name)
	})
	return out
}

// Entity returns the case entity of kind k named name, or nil.
func (c *Case) Entity(k model.Kind, name string) *Entity {
	for i := range c.Entities {
		if c.Entities[i].Kind == k && c.Entities[i].Name == name {
			return &c.Entities[i]
		}
	}
	return nil
}
