package ui

import (
	"math"
	"strconv"
	"strings"
	"time"

	"dossier/model"
)

// dateLabel renders a date at exactly the precision the text gave, so a
// month never grows a made-up day. long adds the weekday.
func dateLabel(d model.Date, long bool) string {
	start, sok := parseISO(d.Start)
	end, eok := parseISO(d.End)
	switch d.Precision {
	case model.PrecisionTime:
		if !sok {
			break
		}
		if long {
			return start.Format("Mon 2 Jan 2006 15:04")
		}
		return start.Format("2 Jan 2006 15:04")
	case model.PrecisionDay:
		if !sok {
			break
		}
		if long {
			return start.Format("Mon 2 Jan 2006")
		}
		return start.Format("2 Jan 2006")
	case model.PrecisionMonth:
		if sok {
			return start.Format("Jan 2006")
		}
	case model.PrecisionYear:
		if sok {
			return start.Format("2006")
		}
	case model.PrecisionRange:
		if sok && eok {
			if !long && start.Year() != end.Year() {
				return start.Format("2006") + "–" + end.Format("2006")
			}
			return rangeLabel(start, end)
		}
		if sok {
			return "from " + start.Format("Jan 2006")
		}
		if eok {
			return "until " + end.Format("Jan 2006")
		}
	}
	return "undated"
}

// rangeLabel picks the coarsest wording that still says what the range
// covers: whole years as "2019–2021", else months, else days.
func rangeLabel(a, b time.Time) string {
	switch {
	case a.YearDay() == 1 && b.Month() == 12 && b.Day() == 31:
		if a.Year() == b.Year() {
			return a.Format("2006")
		}
		return a.Format("2006") + "–" + b.Format("2006")
	case a.Year() == b.Year() && a.Month() == b.Month():
		if a.Day() == b.Day() {
			return a.Format("2 Jan 2006")
		}
		return strconv.Itoa(a.Day()) + "–" + b.Format("2 Jan 2006")
	case a.Year() == b.Year():
		return a.Format("Jan") + "–" + b.Format("Jan 2006")
	}
	return a.Format("Jan 2006") + "–" + b.Format("Jan 2006")
}

// parseISO reads "2006-01-02" or "2006-01-02T15:04[:05]".
func parseISO(s *string) (time.Time, bool) {
	if s == nil {
		return time.Time{}, false
	}
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05", time.RFC3339} {
		if t, err := time.Parse(layout, *s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
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
