package model

import (
	"strings"
	"time"
)

// FormatDate renders d at its precision the way people write dates in a
// case file: "Tue 9 Mar 2021 05:00" (time), "Tue 9 Mar 2021" (day),
// "Jul 2020" (month), "2020" (year) and, for ranges, each bound at the
// coarsest granularity that still says what the range covers:
// "2019–2021", "Jul–Sep 2020", "Mar 2019–Mar 2021", "1–9 Mar 2021".
// An open range reads "since Mar 2019" or "until 2021". It returns "" when
// the date is unresolved, so callers choose their own word for undated.
// The UI and every export share it so a date reads the same everywhere.
func FormatDate(d Date) string {
	start, sok := parseISO(d.Start)
	end, eok := parseISO(d.End)
	switch d.Precision {
	case PrecisionTime:
		if !sok {
			return ""
		}
		if start.HasTime {
			return start.T.Format("Mon 2 Jan 2006 15:04")
		}
		return start.T.Format("Mon 2 Jan 2006")
	case PrecisionDay:
		if !sok {
			return ""
		}
		return start.T.Format("Mon 2 Jan 2006")
	case PrecisionMonth:
		if !sok {
			return ""
		}
		return start.T.Format("Jan 2006")
	case PrecisionYear:
		if !sok {
			return ""
		}
		return start.T.Format("2006")
	case PrecisionRange:
		switch {
		case sok && eok:
			return formatRange(start, end)
		case sok:
			return "since " + formatBound(start, boundGrain(start))
		case eok:
			return "until " + formatBound(end, boundGrain(end))
		}
	}
	return ""
}

// isoDate is a parsed ISO date or date-time and how much of it was written.
type isoDate struct {
	T       time.Time
	Parts   int // 1 year, 2 year-month, 3 full date
	HasTime bool
}

// parseISO reads "2021", "2021-03", "2021-03-09", "2021-03-09T05:00" or
// "2021-03-09T05:00:00". The model writes full dates, but shorter forms
// cost nothing to accept and keep a hand-made Story from rendering blank.
func parseISO(s *string) (isoDate, bool) {
	if s == nil {
		return isoDate{}, false
	}
	v := strings.TrimSpace(*s)
	layouts := []struct {
		layout string
		parts  int
		time   bool
	}{
		{"2006-01-02T15:04:05", 3, true},
		{"2006-01-02T15:04", 3, true},
		{"2006-01-02", 3, false},
		{"2006-01", 2, false},
		{"2006", 1, false},
	}
	for _, l := range layouts {
		if t, err := time.Parse(l.layout, v); err == nil {
			return isoDate{T: t, Parts: l.parts, HasTime: l.time}, true
		}
	}
	return isoDate{}, false
}

// ParseISODate exposes the parser to the exports, which need the parts of
// a date (year, month, day, hour) rather than its text. parts is 1 for a
// year, 2 for a month, 3 for a day; hasTime adds the hour and minute.
func ParseISODate(s *string) (t time.Time, parts int, hasTime bool, ok bool) {
	d, ok := parseISO(s)
	return d.T, d.Parts, d.HasTime, ok
}

type grain int

const (
	grainYear grain = iota
	grainMonth
	grainDay
)

// granularity picks how finely to print a range. Whole years print as
// years and whole months as months; a range of two months or less prints
// its days; anything longer prints months, since a "two-year
// investigation" counted back from the publication day is not known to
// the day.
func granularity(start, end isoDate) grain {
	switch min(start.Parts, end.Parts) {
	case 1:
		return grainYear
	case 2:
		return grainMonth
	}
	wholeYears := start.T.YearDay() == 1 && end.T.Month() == time.December && end.T.Day() == 31
	wholeMonths := start.T.Day() == 1 && end.T.AddDate(0, 0, 1).Day() == 1
	switch {
	case wholeYears:
		return grainYear
	case wholeMonths:
		return grainMonth
	case end.T.Sub(start.T) <= 62*24*time.Hour:
		return grainDay
	}
	return grainMonth
}

// boundGrain is the granularity of one bound of an open range: as much as
// was written.
func boundGrain(d isoDate) grain {
	return grain(d.Parts - 1)
}

func formatBound(d isoDate, g grain) string {
	switch g {
	case grainYear:
		return d.T.Format("2006")
	case grainMonth:
		return d.T.Format("Jan 2006")
	}
	return d.T.Format("2 Jan 2006")
}

// formatRange drops what both bounds share from the first one:
// "1–9 Mar 2021", "Jul–Sep 2020", "30 Dec 2020–2 Jan 2021".
func formatRange(start, end isoDate) string {
	g := granularity(start, end)
	sameYear := start.T.Year() == end.T.Year()
	sameMonth := sameYear && start.T.Month() == end.T.Month()
	var first string
	switch g {
	case grainYear:
		if sameYear {
			return start.T.Format("2006")
		}
		first = start.T.Format("2006")
	case grainMonth:
		switch {
		case sameMonth:
			return start.T.Format("Jan 2006")
		case sameYear:
			first = start.T.Format("Jan")
		default:
			first = start.T.Format("Jan 2006")
		}
	default:
		switch {
		case start.T.Equal(end.T):
			return start.T.Format("Mon 2 Jan 2006")
		case sameMonth:
			first = start.T.Format("2")
		case sameYear:
			first = start.T.Format("2 Jan")
		default:
			first = start.T.Format("2 Jan 2006")
		}
	}
	return first + "–" + formatBound(end, g)
}
