package eval

import (
	"fmt"
	"slices"
	"strings"

	"dossier/model"
)

// Check lists what is wrong with a gold file as a description of its
// article: a quote the body does not hold (or holds twice), a malformed
// date, a value an event names that no list has, a country the word lists
// do not know. A scorer reading a broken gold file would score noise.
func (g *Gold) Check(doc model.Document, names *Names) []string {
	c := checker{g: g, doc: doc, names: names}
	c.header()
	c.entities()
	for i, z := range g.Seized {
		at := fmt.Sprintf("seized[%d] (%s)", i, z.Item)
		c.quote(at, z.Quote)
		if z.Item == "" || z.Item != strings.ToLower(z.Item) {
			c.errorf("%s: the item is a lower-case common noun", at)
		}
		if _, ok := names.Unit(z.Unit); !ok {
			c.errorf("%s: unit %q is not in the word lists", at, *z.Unit)
		}
		if z.Quantity != nil && *z.Quantity <= 0 {
			c.errorf("%s: quantity %v is not positive", at, *z.Quantity)
		}
		if z.Quantity == nil && z.Unit != nil && *z.Unit != "" && z.QuantityText == nil {
			c.errorf("%s: a unit without a quantity needs quantity_text", at)
		}
	}
	for i, n := range g.Counts {
		at := fmt.Sprintf("counts[%d] (%s)", i, n.What)
		c.quote(at, n.Quote)
		if n.What == "" {
			c.errorf("%s: no what", at)
		}
		if n.Value == nil && n.ValueText == nil {
			c.errorf("%s: a count without a value needs value_text", at)
		}
	}
	for i, e := range g.Events {
		c.event(fmt.Sprintf("events[%d]", i), e)
	}
	for _, x := range []struct {
		at   string
		refs []Ref
	}{{"optional.counts", g.Optional.Counts}, {"optional.events", g.Optional.Events},
		{"negatives.counts", g.Negatives.Counts}, {"negatives.events", g.Negatives.Events}} {
		for i, r := range x.refs {
			c.anywhere(fmt.Sprintf("%s[%d]", x.at, i), r.text())
		}
	}
	return c.problems
}

type checker struct {
	g        *Gold
	doc      model.Document
	names    *Names
	problems []string
}

func (c *checker) errorf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

func (c *checker) header() {
	if c.g.Schema != Schema {
		c.errorf("schema is %q, want %q", c.g.Schema, Schema)
	}
	switch {
	case c.g.Published == nil && c.doc.HasPublished():
		c.errorf("published is null but the article's front matter says %s", c.doc.Published.Format("2006-01-02"))
	case c.g.Published != nil && !c.doc.HasPublished():
		c.errorf("published is %s but the article has no publication date", *c.g.Published)
	case c.g.Published != nil && *c.g.Published != c.doc.Published.Format("2006-01-02"):
		c.errorf("published is %s but the article's front matter says %s", *c.g.Published, c.doc.Published.Format("2006-01-02"))
	}
	if c.g.ReferenceDateAssumed != nil && (c.g.Published != nil || precisionOf(*c.g.ReferenceDateAssumed) != model.PrecisionDay) {
		c.errorf("reference_date_assumed is for articles without a publication date, as YYYY-MM-DD")
	}
}

// quote checks that the body holds the quote exactly once, within one
// paragraph.
func (c *checker) quote(at, q string) {
	switch n := strings.Count(c.doc.Body, q); {
	case q == "":
		c.errorf("%s: empty quote", at)
	case n == 0:
		c.errorf("%s: quote not in the body: %q", at, q)
	case n > 1:
		c.errorf("%s: quote found %d times, make it longer: %q", at, n, q)
	case strings.Contains(q, "\n"):
		c.errorf("%s: quote spans a paragraph break: %q", at, q)
	}
}

// anywhere checks a quote of optional or negatives: it applies to every
// sentence that holds it, so it may occur more than once.
func (c *checker) anywhere(at, q string) {
	switch {
	case q == "":
		c.errorf("%s: empty quote", at)
	case !strings.Contains(c.doc.Body, q):
		c.errorf("%s: quote not in the body: %q", at, q)
	case strings.Contains(q, "\n"):
		c.errorf("%s: quote spans a paragraph break: %q", at, q)
	}
}

func (c *checker) entities() {
	for _, name := range c.g.Countries {
		if !c.names.Known(model.KindCountry, name) {
			c.errorf("country %q is not in the word lists", name)
		}
	}
	countries := c.keys(model.KindCountry, c.g.Countries, c.g.Optional.Countries)
	for _, p := range c.g.Places {
		switch {
		case p.Country == nil:
			c.errorf("place %q has no country: a supranational region goes under optional", p.Name)
		case !c.names.Known(model.KindCountry, *p.Country):
			c.errorf("place %q: country %q is not in the word lists", p.Name, *p.Country)
		case !slices.Contains(countries, c.names.Key(model.KindCountry, *p.Country)):
			c.errorf("place %q is in %s, which the countries do not list", p.Name, *p.Country)
		}
	}
}

// keys is the folded names of a required list plus its optional part.
func (c *checker) keys(k model.Kind, req []string, opt []Ref) []string {
	var out []string
	for _, v := range req {
		out = append(out, c.names.Key(k, v))
	}
	for _, r := range opt {
		out = append(out, c.names.Key(k, r.Name))
		for _, a := range r.Aliases {
			out = append(out, c.names.Key(k, a))
		}
	}
	return out
}

// known is every name a list of kind k gives, with aliases and its optional part.
func (c *checker) known(k model.Kind) []string {
	g := c.g
	switch k {
	case model.KindCountry:
		return c.keys(k, g.Countries, g.Optional.Countries)
	case model.KindPlace:
		var names []string
		for _, p := range g.Places {
			names = append(names, p.Name)
			names = append(names, p.Aliases...)
		}
		return c.keys(k, names, g.Optional.Places)
	case model.KindAgency:
		var names []string
		for _, a := range g.Agencies {
			names = append(names, a.Name)
			names = append(names, a.Aliases...)
		}
		return c.keys(k, names, g.Optional.Agencies)
	case model.KindNetwork:
		return c.keys(k, g.Networks, g.Optional.Networks)
	}
	var items []string
	for _, z := range g.Seized {
		items = append(items, z.Item)
	}
	return c.keys(k, items, g.Optional.Items)
}

func (c *checker) event(at string, e Event) {
	c.quote(at, e.Quote)
	prec := model.Precision(e.Precision)
	switch prec {
	case model.PrecisionDay, model.PrecisionMonth, model.PrecisionYear, model.PrecisionRange, model.PrecisionUnknown:
	default:
		c.errorf("%s: precision %q is not day, month, year, range or unknown", at, e.Precision)
	}
	switch e.basis() {
	case "explicit", "context", "relative", "none", "vague":
	default:
		c.errorf("%s: basis %q is not explicit, context, relative, none or vague", at, e.basis())
	}
	if e.Basis != "" && e.DateBasis != "" {
		c.errorf("%s: basis and date_basis both given", at)
	}
	switch {
	case e.Date != nil && precisionOf(*e.Date) == "":
		c.errorf("%s: date %q is not YYYY-MM-DD, YYYY-MM, YYYY or START/END", at, *e.Date)
	case e.Date != nil && precisionOf(*e.Date) != prec:
		c.errorf("%s: date %q is not at precision %s", at, *e.Date, prec)
	case e.Date == nil && prec != model.PrecisionUnknown && c.g.Published != nil:
		c.errorf("%s: no date but precision %s: a date the text does not support is unknown", at, prec)
	case e.Date != nil && prec == model.PrecisionUnknown:
		c.errorf("%s: precision unknown with a date", at)
	}
	if e.DateIfReference != nil && (c.g.ReferenceDateAssumed == nil || precisionOf(*e.DateIfReference) == "") {
		c.errorf("%s: date_if_reference needs reference_date_assumed and a well-formed date", at)
	}
	for _, d := range e.AcceptDates {
		if precisionOf(d) == "" {
			c.errorf("%s: accept_dates %q is malformed", at, d)
		}
	}
	if e.Time != nil && !timeRE.MatchString(*e.Time) {
		c.errorf("%s: time %q is not HH:MM", at, *e.Time)
	}
	for _, k := range eventKinds {
		known := c.known(k)
		for _, v := range goldValues(&e, k) {
			if !slices.Contains(known, c.names.Key(k, v)) {
				c.errorf("%s: %s %q is in no list of the article", at, k, v)
			}
		}
	}
}
