package eval

import (
	"fmt"
	"slices"
	"strings"

	"dossier/model"
)

// counts scores the story's counts: an output count matches a gold count of
// the same sentence with the same value (or both valueless) and a label of
// the same meaning.
func (s *scorer) counts() {
	list := s.res.List(Counts)
	gold := s.g.Counts
	out := s.st.Counts
	edge := func(i, j int) bool {
		o, g := out[i], gold[j]
		return o.Sentence == s.sentence(g.Quote) && o.Sentence != 0 && sameNumber(o.Value, g.Value) && sameWhat(o.What, g.What)
	}
	m := matching(len(out), len(gold), edge)
	matched := make([]bool, len(gold))
	for i, o := range out {
		if m[i] >= 0 {
			matched[m[i]] = true
			list.TP++
			continue
		}
		label := fmt.Sprintf("s%d %s %s", o.Sentence, o.What, num(o.Value))
		switch {
		case s.countRef(s.g.Negatives.Counts, o):
			list.FP++
			s.res.add(Counts, "false", label+" (a negative)")
		case s.countRef(s.g.Optional.Counts, o):
		default:
			list.FP++
			s.res.add(Counts, "false", label)
		}
	}
	for j, g := range gold {
		if !matched[j] {
			list.FN++
			s.res.add(Counts, "miss", fmt.Sprintf("%s %s in %s", g.What, num(g.Value), s.quoteRef(g.Quote)))
		}
	}
}

// countRef reports whether an output count is one of the optional or
// negative counts: the same sentence, and the value and label when given.
func (s *scorer) countRef(refs []Ref, o model.Count) bool {
	for _, r := range refs {
		if o.Sentence == 0 || !slices.Contains(s.sentences(r.text()), o.Sentence) {
			continue
		}
		if r.Value != nil && !sameNumber(o.Value, r.Value) {
			continue
		}
		if r.What != "" && !sameWhat(o.What, r.What) {
			continue
		}
		return true
	}
	return false
}

// sameWhat compares count labels loosely: the same head noun, singular or
// plural, or labels that name the same happening ("arrests", "detained").
func sameWhat(a, b string) bool {
	return whatKey(a) == whatKey(b)
}

// whatKey is a label's head word, singular, mapped to its group.
func whatKey(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	if g, ok := whatGroup[w]; ok {
		return g
	}
	stem := singular(w)
	if g, ok := whatGroup[stem]; ok {
		return g
	}
	return stem
}

// singular strips a plural ending well enough to compare labels.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// whatGroup maps the words a count label is written with to the happening
// they count. Evaluation vocabulary, not the parser's: labels in gold files
// and in the output are compared through it.
var whatGroup = func() map[string]string {
	m := map[string]string{}
	for group, words := range map[string]string{
		"arrest":     "arrest arrests arrested detain detained detention detentions detainee detainees apprehended apprehension custody",
		"search":     "search searches searched",
		"raid":       "raid raids raided",
		"charged":    "charge charges charged indicted indictment indictments",
		"convicted":  "convicted conviction convictions",
		"sentenced":  "sentenced sentence sentences jailed imprisoned",
		"killed":     "killed kill dead death deaths died murdered murder murders fatalities homicide homicides",
		"injured":    "injured injury injuries wounded hurt",
		"rescued":    "rescued rescue rescues freed saved",
		"deported":   "deported deportation deportations expelled",
		"extradited": "extradited extradition extraditions",
		"questioned": "questioned interrogated interviewed",
		"evacuated":  "evacuated evacuation evacuations evacuee evacuees",
		"officer":    "officer officers agent agents policemen policeman personnel",
		"person":     "people person persons individual individuals",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = group
		}
	}
	return m
}()
