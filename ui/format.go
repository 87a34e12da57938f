package ui

import (
	"math"
	"strconv"
	"strings"

	"dossier/model"
)

// dateLabel renders a date at exactly the precision the text gave, so a
// month never grows a made-up day. The long form is model.FormatDate, the
// rendering the exports share ("Tue 9 Mar 2021 05:00", "Jul 2020",
// "Mar 2019–Mar 2021"); the short form, for narrow timelines, drops the
// weekday and writes a span across years as years ("2019–2021").
func dateLabel(d model.Date, long bool) string {
	s := model.FormatDate(d)
	if s == "" {
		return "undated"
	}
	if long {
		return s
	}
	switch d.Precision {
	case model.PrecisionTime, model.PrecisionDay:
		if _, rest, ok := strings.Cut(s, " "); ok {
			return rest
		}
	case model.PrecisionRange:
		a, _, _, aok := model.ParseISODate(d.Start)
		b, _, _, bok := model.ParseISODate(d.End)
		if aok && bok && a.Year() != b.Year() {
			return a.Format("2006") + "–" + b.Format("2006")
		}
	}
	return s
}

// precisionWords says how much of the date is known, for the detail pane.
func precisionWords(p model.Precision) string {
	switch p {
	case model.PrecisionTime:
		return "time of day"
	case model.PrecisionDay:
		return "day"
	case model.PrecisionMonth:
		return "month only"
	case model.PrecisionYear:
		return "year only"
	case model.PrecisionRange:
		return "a span of time"
	}
	return "no date"
}

// basisWords says where the date came from.
func basisWords(b model.Basis) string {
	switch b {
	case model.BasisExplicit:
		return "stated in the sentence"
	case model.BasisContext:
		return "carried from context"
	}
	return "no date in the text"
}

// currencySymbols are written before the number; other codes after it.
var currencySymbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}

// amountLabel writes a quantity the way a reader says it: "€1.2 million",
// "17 t", "171,000".
func amountLabel(q float64, unit string) string {
	n := humanNumber(q)
	if sym, ok := currencySymbols[unit]; ok {
		return sym + n
	}
	if unit == "" {
		return n
	}
	return n + " " + unit
}

// humanNumber writes big round numbers in words ("1.2 million") and the
// rest with thousands separators ("171,000", "11.5").
func humanNumber(q float64) string {
	abs := math.Abs(q)
	switch {
	case abs >= 1e9:
		return trimFloat(q/1e9, 2) + " billion"
	case abs >= 1e6:
		return trimFloat(q/1e6, 2) + " million"
	}
	whole := math.Trunc(q)
	s := groupThousands(int64(whole))
	if frac := q - whole; math.Abs(frac) >= 0.005 {
		f := strconv.FormatFloat(math.Abs(frac), 'f', 2, 64)
		s += strings.TrimRight(strings.TrimPrefix(f, "0"), "0")
	}
	return s
}

func trimFloat(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func groupThousands(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// seizureLabel is one seizure as a phrase: "more than 17 t cocaine",
// "€1.2 million cash (≈ $1.4 million)", "firearms".
func seizureLabel(s model.Seizure) string {
	var parts []string
	if s.Quantity == nil {
		// No number: the text's own words are the most honest label.
		if s.Text != "" {
			return clean(s.Text)
		}
		return clean(s.Item)
	}
	if s.Qualifier != nil && *s.Qualifier != "" {
		parts = append(parts, clean(*s.Qualifier))
	}
	unit := ""
	if s.Unit != nil {
		unit = *s.Unit
	}
	parts = append(parts, amountLabel(*s.Quantity, unit), clean(s.Item))
	out := strings.Join(parts, " ")
	if e := s.Equivalent; e != nil {
		out += " (≈ " + amountLabel(e.Quantity, e.Unit) + ")"
	}
	return out
}

// countLabel is one count as a phrase: "48 arrests", "about 200 searches",
// "hundreds of millions of messages".
func countLabel(c model.Count) string {
	if c.Value == nil {
		if c.Text != "" {
			return clean(c.Text)
		}
		return clean(c.What)
	}
	var parts []string
	if c.Qualifier != nil && *c.Qualifier != "" {
		parts = append(parts, clean(*c.Qualifier))
	}
	parts = append(parts, humanNumber(*c.Value), clean(c.What))
	return strings.Join(parts, " ")
}

// massInTonnes converts a mass to tonnes so totals of one item add up
// whatever unit each sentence used.
func massInTonnes(q float64, unit string) (float64, bool) {
	switch strings.ToLower(unit) {
	case "t":
		return q, true
	case "kg":
		return q / 1e3, true
	case "g":
		return q / 1e6, true
	case "lb":
		return q * 0.45359237 / 1e3, true
	}
	return 0, false
}
