package eval

import (
	"fmt"
	"regexp"
	"strings"

	"dossier/model"
)

// dateRight reports whether an output date equals the gold date, or one of
// its accepted dates, at the gold's precision. A gold event without a date
// (none in the text, or none without a publication date) wants the output
// unresolved too.
func dateRight(g Event, out model.Date) bool {
	var wants []string
	if g.Date != nil {
		wants = append(wants, *g.Date)
	} else {
		if out.Start == nil {
			return true
		}
		if g.DateIfReference != nil {
			wants = append(wants, *g.DateIfReference)
		}
	}
	wants = append(wants, g.AcceptDates...)
	for _, w := range wants {
		if sameDate(w, out) {
			return true
		}
	}
	return false
}

// sameDate compares a gold date string (YYYY-MM-DD, YYYY-MM, YYYY or
// START/END with ".." for an open end) with an output date. A clock time
// counts as its day; a range of one day as that day.
func sameDate(want string, out model.Date) bool {
	if out.Start == nil {
		return false
	}
	start, end := *out.Start, *out.Start
	if out.End != nil {
		end = *out.End
	}
	if start0, end0, ok := strings.Cut(want, "/"); ok {
		return out.Precision == model.PrecisionRange && endpoint(start0, start) && endpoint(end0, end)
	}
	switch precisionOf(want) {
	case model.PrecisionDay:
		switch out.Precision {
		case model.PrecisionDay, model.PrecisionTime:
			return prefix(start, 10) == want
		case model.PrecisionRange:
			return prefix(start, 10) == want && prefix(end, 10) == want
		}
	case model.PrecisionMonth:
		return out.Precision == model.PrecisionMonth && prefix(start, 7) == want
	case model.PrecisionYear:
		return out.Precision == model.PrecisionYear && prefix(start, 4) == want
	}
	return false
}

// endpoint compares one end of a gold range, at its own precision, with
// the output's; ".." accepts any.
func endpoint(want, got string) bool {
	return want == ".." || prefix(got, len(want)) == want
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

var (
	dayRE   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	monthRE = regexp.MustCompile(`^\d{4}-\d{2}$`)
	yearRE  = regexp.MustCompile(`^\d{4}$`)
	timeRE  = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d$`)
)

// precisionOf is the precision a gold date string is written at, ""
// when it is malformed.
func precisionOf(d string) model.Precision {
	if a, b, ok := strings.Cut(d, "/"); ok {
		if (a == ".." || precisionOf(a) != "" && !strings.Contains(a, "/")) &&
			(b == ".." || precisionOf(b) != "" && !strings.Contains(b, "/")) && !(a == ".." && b == "..") {
			return model.PrecisionRange
		}
		return ""
	}
	switch {
	case dayRE.MatchString(d):
		return model.PrecisionDay
	case monthRE.MatchString(d):
		return model.PrecisionMonth
	case yearRE.MatchString(d):
		return model.PrecisionYear
	}
	return ""
}

// showDate prints an output date for findings.
func showDate(d model.Date) string {
	if d.Start == nil {
		return "no date"
	}
	s := *d.Start
	if d.End != nil && *d.End != *d.Start {
		s += "/" + *d.End
	}
	return fmt.Sprintf("%s (%s)", s, d.Precision)
}

// showGold prints a gold event's wanted dates for findings.
func showGold(g Event) string {
	var s string
	switch {
	case g.Date != nil:
		s = *g.Date
	case g.DateIfReference != nil:
		s = "no date or " + *g.DateIfReference
	default:
		s = "no date"
	}
	if len(g.AcceptDates) > 0 {
		s += " or " + strings.Join(g.AcceptDates, " or ")
	}
	return s
}
