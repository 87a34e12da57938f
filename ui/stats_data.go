package ui

import (
	"slices"
	"strings"

	"dossier/model"
)

// figure is one row of the stats: a figure as the text gives it, its
// qualifier kept ("more than 17 t"), with where it comes from. Figures of
// one sentence add up when they are of the same thing with the same
// qualifier: one sentence tells of one happening. Figures of different
// sentences never do: a story restates its lede in parts further down,
// recalls an earlier and separate case, or puts a yearly national total
// beside a single seizure, and a sum would say more than the text does.
// They stand side by side, each with its date and a way to its sentence.
type figure struct {
	label    string  // what the bar is of: an item, a currency, a country; "" when text says it all
	text     string  // the figure as the text gives it
	value    float64 // the bar's length (a mass in tonnes)
	bar      bool
	scale    string // bars compare only within one scale: one currency, one item counted
	sentence int    // its sentence's ID
	event    int    // the first event of its sentence, -1 when the sentence reports none
}

// sameKey is what two figures must share to add up: one sentence, one
// thing, one qualifier, a number each. It is needed only while the
// figures are gathered, so it is not kept in them.
type sameKey struct {
	sentence      int
	what, unit, q string
	number        bool
}

// figureList is figures being gathered, with the sameKey of the last.
type figureList struct {
	rows []figure
	last sameKey
}

// statsSection is a titled list of figures.
type statsSection struct {
	title string
	rows  []figure
}

// statsData is the figures of the events the filters leave, in sections,
// in the order the story gives them. It is built once per state of the
// filters and read-only after.
type statsData struct {
	sections []statsSection
	figures  int // rows in all
}

// statsFor is what the figures are taken from: the story and what the
// filters leave.
type statsFor struct {
	story *model.Story
	ix    *storyIndex
	f     *filtered
}

// newStatsData takes the figures of the sentences of the shown events
// (every figure of the story when no filter is on), leaving out a seizure
// of an item, or a figure of a country, that the filters do not have.
func newStatsData(in statsFor) *statsData {
	st, ix, sel := in.story, in.ix, in.f.sel
	keep := func(int) bool { return true }
	if !sel.Empty() {
		shown := map[int]bool{}
		for _, ev := range in.f.shown {
			shown[st.Events[ev].Sentence] = true
		}
		keep = func(sentence int) bool { return shown[sentence] }
	}
	countryOK := func(c *string) bool {
		return c == nil || *c == "" || len(sel[model.KindCountry]) == 0 || sel.Has(model.KindCountry, *c)
	}
	// eventOf is the event a figure of the sentence belongs to: of a
	// sentence of several happenings, the one that seized the item;
	// else, and for counts (item ""), the sentence's first.
	eventOf := func(sentence int, item string) int {
		i, ok := ix.sentenceIndex(sentence)
		if !ok {
			return -1
		}
		evs := ix.eventsOfSentence(i)
		if len(evs) == 0 {
			return -1
		}
		for _, ev := range evs {
			if item != "" && slices.Contains(st.Events[ev].Items, item) {
				return int(ev)
			}
		}
		return int(evs[0])
	}

	var mass, cash, counted, noQty, arrests, searches, other figureList
	for _, s := range ix.seizures {
		if !keep(s.Sentence) || !countryOK(s.Country) ||
			len(sel[model.KindItem]) > 0 && !sel.Has(model.KindItem, s.Item) {
			continue
		}
		unit := ""
		if s.Unit != nil {
			unit = *s.Unit
		}
		f := figure{sentence: s.Sentence, event: eventOf(s.Sentence, s.Item), label: clean(s.Item)}
		same := sameKey{sentence: s.Sentence, what: strings.ToLower(f.label), unit: unit, q: qualifierOf(s.Qualifier)}
		perUnit, isMass := massInTonnes(1, unit)
		switch {
		case s.Quantity == nil:
			f.label, f.text = "", seizureLabel(s)
			noQty.add(f, same, 0, "")
		case isMass:
			f.bar, f.value = true, *s.Quantity*perUnit
			same.unit, same.number = "t", true
			mass.add(f, same, f.value, qualified(s.Qualifier, amountLabel(*s.Quantity, unit)))
		case unit != "":
			f.label, f.scale, f.bar, f.value = currencyName(unit), unit, true, *s.Quantity
			same.number = s.Equivalent == nil // an equivalent is of the one sum it follows
			text := qualified(s.Qualifier, amountLabel(*s.Quantity, unit))
			if e := s.Equivalent; e != nil {
				text += " (≈ " + amountLabel(e.Quantity, e.Unit) + ")"
			}
			cash.add(f, same, f.value, text)
		default:
			f.scale, f.bar, f.value = f.label, true, *s.Quantity
			same.number = true
			counted.add(f, same, f.value, qualified(s.Qualifier, humanNumber(*s.Quantity)))
		}
	}
	for _, c := range ix.counts {
		if !keep(c.Sentence) || !countryOK(c.Country) {
			continue
		}
		what := strings.ToLower(clean(c.What))
		f := figure{sentence: c.Sentence, event: eventOf(c.Sentence, "")}
		same := sameKey{sentence: c.Sentence, what: what, q: qualifierOf(c.Qualifier), number: c.Value != nil}
		isArrest := strings.Contains(what, "arrest")
		isSearch := strings.Contains(what, "search") || strings.Contains(what, "raid")
		if c.Value == nil || !isArrest && !isSearch {
			f.text = countLabel(c)
			if c.Value != nil {
				f.value = *c.Value
			}
			other.add(f, same, f.value, "")
			continue
		}
		f.bar, f.value = true, *c.Value
		text := qualified(c.Qualifier, humanNumber(*c.Value))
		if c.Country != nil && *c.Country != "" {
			f.label = clean(*c.Country)
		} else {
			// Without a country the figure says in its own words what it
			// is, so its bar is never taken for a country's.
			f.label, text = "no country given", "“"+clean(c.Text)+"”"
			same.number = false
		}
		same.unit = f.label
		if isArrest {
			arrests.add(f, same, f.value, text)
		} else {
			searches.add(f, same, f.value, text)
		}
	}
	d := &statsData{}
	for _, s := range []statsSection{
		{"Seized by mass", mass.rows}, {"Cash seized", cash.rows}, {"Items seized, counted", counted.rows},
		{"Seized, no number given", noQty.rows}, {"Arrests", arrests.rows}, {"Searches", searches.rows},
		{"Other counts", other.rows},
	} {
		if len(s.rows) > 0 {
			// The lists grew by appending; the data is kept as long as the
			// filters stay, so it keeps only what it holds.
			s.rows = slices.Clone(s.rows)
			d.sections = append(d.sections, s)
			d.figures += len(s.rows)
		}
	}
	return d
}

// add appends f, whose number is v and text text ("" keeps f's), or adds
// it into the figure before it when the two are of one sentence, one
// thing and one qualifier (same). Figures without a number of one
// sentence are listed in one row.
func (l *figureList) add(f figure, same sameKey, v float64, text string) {
	if text != "" {
		f.text = text
	}
	n := len(l.rows)
	if n > 0 {
		last := &l.rows[n-1]
		switch {
		case !same.number && f.label == "" && !f.bar && last.sentence == f.sentence && !l.last.number && last.label == "":
			last.text += ", " + f.text
			return
		case same.number && l.last == same:
			last.value += v
			last.text = sumText(last, same)
			return
		}
	}
	l.rows, l.last = append(l.rows, f), same
}

// sumText writes the sum of figures of one sentence, with the qualifier
// they share (same): a mass in tonnes, money in its currency, a count of
// its thing.
func sumText(sum *figure, same sameKey) string {
	var s string
	switch {
	case same.unit == "t":
		s = trimFloat(sum.value, 2) + " t"
	case sum.scale != "" && sum.scale != sum.label:
		s = amountLabel(sum.value, sum.scale)
	case sum.bar:
		s = humanNumber(sum.value)
	default:
		s = humanNumber(sum.value) + " " + same.what
	}
	if same.q != "" {
		s = same.q + " " + s
	}
	return s
}

// qualifierOf is a qualifier as text, "" for none.
func qualifierOf(q *string) string {
	if q == nil {
		return ""
	}
	return clean(*q)
}

// qualified is a figure with its qualifier in front: "more than 17 t".
func qualified(q *string, figure string) string {
	if s := qualifierOf(q); s != "" {
		return s + " " + figure
	}
	return figure
}

// rows is every figure in order.
func (d *statsData) rows() []figure {
	out := make([]figure, 0, d.figures)
	for _, s := range d.sections {
		out = append(out, s.rows...)
	}
	return out
}

// at is figure number i, or false.
func (d *statsData) at(i int) (figure, bool) {
	if i < 0 {
		return figure{}, false
	}
	for _, s := range d.sections {
		if i < len(s.rows) {
			return s.rows[i], true
		}
		i -= len(s.rows)
	}
	return figure{}, false
}
