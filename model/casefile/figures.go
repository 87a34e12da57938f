package casefile

import (
	"math"
	"strings"

	"dossier/model"
)

// figure is one number an event's sentence reports: a count ("48
// arrests") or a seizure's quantity ("17 tonnes of cocaine").
type figure struct {
	key   string  // what is measured, in what dimension: "arrests", "cocaine kg", "money USD"
	label string  // what a reader calls it: "arrests", "cocaine", "money"
	unit  string  // "kg", "l", a currency code, or "" for counted things
	value float64 // in unit (tonnes and pounds become kilograms)
	sense sense
	kind  kindSet // the happening a count counts ("arrests": arrest), 0 for things
	qual  string  // the qualifier as written, "" for none
	text  string  // the words, as written
	start int     // byte span in the body
	end   int
}

// sense is what a qualifier says about the number it qualifies.
type sense uint8

const (
	sensePoint sense = iota // "48", "about 48", "an estimated 48"
	senseLower              // "more than 48", "over 48", "at least 48"
	senseUpper              // "up to 48", "nearly 48", "close to 48"
)

// massKilograms converts a mass to kilograms.
func massKilograms(v float64, unit string) (float64, bool) {
	switch unit {
	case "t":
		return v * 1000, true
	case "kg":
		return v, true
	case "g":
		return v / 1000, true
	case "lb":
		return v * 0.45359237, true
	case "oz":
		return v * 0.028349523125, true
	}
	return 0, false
}

// seizureFigure is the figure of a seizure with a number; false without.
func (vo *vocab) seizureFigure(z *model.Seizure) (figure, bool) {
	if z.Quantity == nil || math.IsNaN(*z.Quantity) || math.IsInf(*z.Quantity, 0) {
		return figure{}, false
	}
	unit := ""
	if z.Unit != nil {
		unit = *z.Unit
	}
	f := figure{label: z.Item, value: *z.Quantity, text: z.Text, start: z.Start, end: z.End}
	switch kg, mass := massKilograms(f.value, unit); {
	case mass:
		f.value, f.unit, f.key = kg, "kg", z.Item+" kg"
	case unit == "l":
		f.unit, f.key = "l", z.Item+" l"
	case unit != "":
		// Money seized is one figure whatever it was held in: "$200
		// million in currency and digital assets" and "$200 million in
		// assets" are one amount.
		f.label, f.unit, f.key = "money", unit, "money "+unit
	default:
		f.key = z.Item
	}
	if z.Qualifier != nil {
		f.qual = *z.Qualifier
		f.sense = vo.qualifierSense(f.qual)
	}
	f.kind = vo.countKind(f.key)
	return f, true
}

// countFigure is the figure of a count with a number; false without.
func (vo *vocab) countFigure(c *model.Count) (figure, bool) {
	if c.Value == nil || math.IsNaN(*c.Value) || math.IsInf(*c.Value, 0) {
		return figure{}, false
	}
	what := strings.ToLower(c.What)
	f := figure{key: what, label: what, value: *c.Value, text: c.Text, start: c.Start, end: c.End}
	if c.Qualifier != nil {
		f.qual = *c.Qualifier
		f.sense = vo.qualifierSense(f.qual)
	}
	f.kind = vo.countKind(f.key)
	return f, true
}

// relation is how two figures of one thing compare.
type relation uint8

const (
	relNone   relation = iota // not comparable
	relFar                    // so far apart they count different happenings
	relDiffer                 // different numbers for one happening: a disagreement
	relBound                  // the same number, one exact and one a bound ("270" and "more than 270")
	relSame                   // the same figure, however written ("$330,000" and "$330 thousand")
)

// farRatio is how many times larger one figure must be than another to
// count a different happening rather than a disagreement: "4 arrests" and
// "270 arrests" are two happenings, "48" and "more than 40" one.
const farRatio = 2

// relate compares two figures of one key.
func relate(a, b *figure) relation {
	lo, hi := math.Abs(a.value), math.Abs(b.value)
	if lo > hi {
		lo, hi = hi, lo
	}
	// Conversions between units leave a rounding difference: "144
	// kilograms (approximately 317 pounds)" is one weight.
	if hi == 0 || hi-lo <= hi*0.005 {
		if a.sense == b.sense {
			return relSame
		}
		return relBound
	}
	if lo == 0 || hi > lo*farRatio {
		return relFar
	}
	return relDiffer
}

// sameFigure reports whether a and b are one figure written alike or not.
func sameFigure(a, b *figure) bool { return a.key == b.key && relate(a, b) == relSame }
