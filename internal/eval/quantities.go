package eval

import (
	"fmt"

	"dossier/model"
)

// quantities is the share of gold seizures with a quantity that the output
// has in the same sentence with the same item, quantity (within 1 %) and
// unit. Each output seizure answers one gold seizure.
func (s *scorer) quantities() {
	q := &s.res.Quantities
	used := make([]bool, len(s.st.Seizures))
	for _, g := range s.g.Seized {
		if g.Quantity == nil {
			continue
		}
		q.Total++
		sid := s.sentence(g.Quote)
		item := s.names.Key(model.KindItem, g.Item)
		unit, ok := s.names.Unit(g.Unit)
		if !ok {
			unit = *g.Unit
		}
		found := false
		for i, o := range s.st.Seizures {
			if used[i] || sid == 0 || o.Sentence != sid || s.names.Key(model.KindItem, o.Item) != item {
				continue
			}
			if ou := deref(o.Unit); ou != unit || !sameNumber(o.Quantity, g.Quantity) {
				continue
			}
			used[i], found = true, true
			break
		}
		if found {
			q.Hit++
			continue
		}
		s.res.add(Quantities, "miss", fmt.Sprintf("%s %s %s in %s%s", g.Item, num(g.Quantity), orDash(unit),
			s.quoteRef(g.Quote), s.gotSeizures(sid, item)))
	}
}

// gotSeizures lists the output's seizures of the item in the sentence, to
// show how a missed quantity went wrong.
func (s *scorer) gotSeizures(sid int, item string) string {
	got := ""
	for _, o := range s.st.Seizures {
		if sid != 0 && o.Sentence == sid && s.names.Key(model.KindItem, o.Item) == item {
			got += fmt.Sprintf("; got %s %s %s", o.Item, num(o.Quantity), orDash(deref(o.Unit)))
		}
	}
	return got
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
