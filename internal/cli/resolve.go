package cli

import (
	"fmt"
	"slices"
	"strings"

	"dossier/model"
	"dossier/model/casefile"
)

// resolveSelection turns the filter values as typed into the story's own
// spelling: case-insensitively, and through the word lists' aliases
// ("Dutch", "the Netherlands" -> Netherlands; an agency's short name).
// A value the story's events do not have is a usage error that lists the
// values they do have.
func resolveSelection(st *model.Story, lex *model.Lexicon, wanted map[model.Kind][]string) (model.Selection, error) {
	if err := checkStorySource(st, wanted[casefile.SourceFacet]); err != nil {
		return nil, err
	}
	sel := model.Selection{}
	var mentioned []string
	for _, e := range st.Entities {
		if e.MentionedItem() {
			mentioned = append(mentioned, e.Name)
		}
	}
	err := resolveKinds(sel, lex, wanted, func(k model.Kind) []model.FacetValue { return st.Facet(k, nil) }, mentioned, "story")
	return sel, err
}

// resolveKinds adds to sel each wanted value of the story's kinds, matched
// against the values facet gives for its kind (case-insensitively, or by
// alias); one it does not have is a usage error that lists them, naming
// what (a "story" or a "case"). An item among mentioned, which the text
// names but never says was seized, is no filter value, and the error says
// so.
func resolveKinds(sel model.Selection, lex *model.Lexicon, wanted map[model.Kind][]string, facet func(model.Kind) []model.FacetValue, mentioned []string, what string) error {
	for _, k := range model.Kinds {
		if len(wanted[k]) == 0 {
			continue
		}
		var have []string
		for _, fv := range facet(k) {
			have = append(have, fv.Value)
		}
		aliases := aliasesOf(lex, k)
		for _, w := range wanted[k] {
			v, ok := matchValue(strings.TrimSpace(w), have, aliases)
			if !ok {
				if m, ok := matchValue(strings.TrimSpace(w), mentioned, aliases); ok && k == model.KindItem {
					return mentionedItem(m, have, what)
				}
				return unknownValue(k, w, have, what)
			}
			if !sel.Has(k, v) {
				sel[k] = append(sel[k], v)
			}
		}
	}
	return nil
}

func matchValue(w string, have []string, aliases map[string]string) (string, bool) {
	if w == "" {
		return "", false
	}
	find := func(name string) (string, bool) {
		i := slices.IndexFunc(have, func(h string) bool { return strings.EqualFold(h, name) })
		if i < 0 {
			return "", false
		}
		return have[i], true
	}
	if v, ok := find(w); ok {
		return v, true
	}
	l := strings.ToLower(w)
	for _, key := range []string{l, strings.TrimPrefix(l, "the ")} {
		if canon, ok := aliases[key]; ok {
			if v, ok := find(canon); ok {
				return v, true
			}
		}
	}
	return "", false
}

// aliasesOf maps every other name the word lists know for a facet's
// values, lower-cased, to the canonical name.
func aliasesOf(lex *model.Lexicon, k model.Kind) map[string]string {
	out := map[string]string{}
	if lex == nil {
		return out
	}
	add := func(name string, alts ...[]string) {
		for _, list := range alts {
			for _, a := range list {
				out[strings.ToLower(a)] = name
			}
		}
	}
	switch k {
	case model.KindCountry:
		for _, c := range lex.Countries {
			add(c.Name, c.Aliases, c.Demonyms, []string{c.Code})
		}
	case model.KindPlace:
		for _, p := range lex.Places {
			add(p.Name, p.Aliases)
		}
	case model.KindAgency:
		for _, a := range lex.Agencies {
			add(a.Name, a.Aliases)
		}
	case model.KindNetwork:
		for _, n := range lex.Networks {
			add(n.Name, n.Aliases)
		}
	case model.KindItem:
		for _, it := range lex.Items {
			add(it.Name, it.Aliases)
		}
	}
	return out
}

// unknownValue says which values the story, or the case, has, so the
// user can retype.
func unknownValue(k model.Kind, w string, have []string, in string) error {
	sorted := slices.Clone(have)
	slices.SortFunc(sorted, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	const most = 15
	list := strings.Join(sorted[:min(len(sorted), most)], ", ")
	if len(sorted) > most {
		list += fmt.Sprintf(", … %d more", len(sorted)-most)
	}
	msg := fmt.Sprintf("no %s %q in this %s (have: %s)", k, w, in, list)
	if len(sorted) == 0 {
		msg = fmt.Sprintf("no %s %q in this %s (its events name no %s)", k, w, in, plural(k))
	}
	return usageError{msg: msg}
}

// mentionedItem is the error for an item the text only mentions.
func mentionedItem(name string, have []string, in string) error {
	msg := fmt.Sprintf("%s is mentioned in this %s but never said to be seized, so no event has it as an item", name, in)
	if len(have) > 0 {
		sorted := slices.Clone(have)
		slices.SortFunc(sorted, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
		msg += " (items seized: " + strings.Join(sorted[:min(len(sorted), 15)], ", ")
		if len(sorted) > 15 {
			msg += fmt.Sprintf(", … %d more", len(sorted)-15)
		}
		msg += ")"
	}
	return usageError{msg: msg}
}

func plural(k model.Kind) string {
	switch k {
	case model.KindCountry:
		return "countries"
	case model.KindAgency:
		return "agencies"
	case model.KindItem:
		return "items"
	}
	return string(k) + "s"
}
