package eval

import (
	"strings"

	"dossier/model"
)

// Names folds names to the key they are compared by: case-insensitive,
// through the word lists' aliases, so a gold "Medellin" and an output
// "Medellín", or a gold "tonnes" and an output "t", are the same.
type Names struct {
	canon   map[model.Kind]map[string]string // folded surface form → folded canonical name
	country map[string]string                // folded canonical place → its country's folded name
	units   map[string]string                // folded unit word or code → unit code
}

// NewNames indexes the word lists. Canonical names win over aliases, and an
// alias two entries share goes to the first, as the word lists order them.
func NewNames(lex *model.Lexicon) *Names {
	n := &Names{
		canon:   map[model.Kind]map[string]string{},
		country: map[string]string{},
		units:   map[string]string{},
	}
	for _, k := range model.Kinds {
		n.canon[k] = map[string]string{}
	}
	add := func(k model.Kind, name string, aliases ...[]string) {
		m, c := n.canon[k], fold(name)
		m[c] = c
		for _, as := range aliases {
			for _, a := range as {
				if f := fold(a); m[f] == "" {
					m[f] = c
				}
			}
		}
	}
	for _, c := range lex.Countries {
		add(model.KindCountry, c.Name, c.Aliases, c.Demonyms)
	}
	for _, p := range lex.Places {
		add(model.KindPlace, p.Name, p.Aliases)
		n.country[fold(p.Name)] = fold(p.Country)
	}
	for _, a := range lex.Agencies {
		add(model.KindAgency, a.Name, a.Aliases)
	}
	for _, nw := range lex.Networks {
		add(model.KindNetwork, nw.Name, nw.Aliases)
	}
	for _, it := range lex.Items {
		add(model.KindItem, it.Name, it.Aliases)
	}
	for _, u := range lex.Units {
		n.units[fold(u.Code)] = u.Code
	}
	for _, u := range lex.Units {
		for _, a := range u.Aliases {
			if f := fold(a); n.units[f] == "" {
				n.units[f] = u.Code
			}
		}
	}
	return n
}

// Key is the comparison key of a name of kind k: its canonical name in the
// word lists when it is one of their names or aliases, else the folded name.
func (n *Names) Key(k model.Kind, s string) string {
	f := fold(s)
	if c, ok := n.canon[k][f]; ok {
		return c
	}
	return f
}

// Known reports whether s is a name or alias in the word lists for kind k.
func (n *Names) Known(k model.Kind, s string) bool {
	_, ok := n.canon[k][fold(s)]
	return ok
}

// Unit is the unit code of a gold unit word ("tonnes" → "t", "euros" →
// "EUR"), "" for none and ok false for a word the lists do not know.
func (n *Names) Unit(s *string) (code string, ok bool) {
	if s == nil || *s == "" {
		return "", true
	}
	c, ok := n.units[fold(*s)]
	return c, ok
}

// fold lower-cases s, straightens apostrophes, drops accents from Latin
// letters, a leading "the " and repeated spaces.
func fold(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		if a, ok := plainLetter[r]; ok {
			r = a
		}
		b.WriteRune(r)
	}
	out := strings.TrimSpace(b.String())
	return strings.TrimPrefix(out, "the ")
}

// plainLetter maps the accented and curly forms that news spells both ways
// to the plain one.
var plainLetter = func() map[rune]rune {
	m := map[rune]rune{'’': '\'', '‘': '\'', 'ʼ': '\'', '–': '-', '—': '-'}
	for plain, accented := range map[rune]string{
		'a': "áàâäãåā", 'c': "çć", 'e': "éèêëē", 'i': "íìîïī", 'n': "ñń",
		'o': "óòôöõøō", 'u': "úùûüū", 'y': "ýÿ", 's': "šś", 'z': "žź",
	} {
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
}()
