package casefile

import "dossier/model"

// span is an event's date as a run of days, counted from 1 Jan 1970.
type span struct {
	lo, hi int32
	// ok is false for an undated event; explicit marks a date written in
	// the event's own sentence, as against one carried from a nearby
	// sentence or the publication day, which says little about when the
	// event happened.
	ok, explicit bool
	// day marks a date known to the day (or the minute).
	day bool
}

// dateSpan reads d; an unresolved or malformed date is undated.
func dateSpan(d model.Date) span {
	if d.Start == nil || d.Precision == model.PrecisionUnknown {
		return span{}
	}
	lo, ok := isoDay(*d.Start)
	if !ok {
		return span{}
	}
	hi := lo
	if d.End != nil {
		if h, ok := isoDay(*d.End); ok && h >= lo {
			hi = h
		}
	}
	day := d.Precision == model.PrecisionDay || d.Precision == model.PrecisionTime
	return span{lo: lo, hi: hi, ok: true, explicit: d.Basis == model.BasisExplicit, day: day && lo == hi}
}

// isoDay reads the day of "YYYY-MM-DD", with or without a time after it.
func isoDay(s string) (int32, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(a, b int) (int, bool) {
		n := 0
		for _, c := range s[a:b] {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(0, 4)
	m, ok2 := num(5, 7)
	d, ok3 := num(8, 10)
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	return daysFromCivil(y, m, d), true
}

// daysFromCivil counts days from 1970-01-01 to y-m-d in the proleptic
// Gregorian calendar (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// civilFromDays is daysFromCivil's inverse.
func civilFromDays(z int32) (y, m, d int) {
	n := int(z) + 719468
	era := n / 146097
	if n < 0 && n%146097 != 0 {
		era = (n - 146096) / 146097
	}
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// isoOf writes day z as "YYYY-MM-DD".
func isoOf(z int32) string {
	y, m, d := civilFromDays(z)
	if y < 0 || y > 9999 {
		return ""
	}
	b := []byte("0000-00-00")
	for i, v := 3, y; i >= 0; i, v = i-1, v/10 {
		b[i] = byte('0' + v%10)
	}
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[8], b[9] = byte('0'+d/10), byte('0'+d%10)
	return string(b)
}

func (s span) overlaps(t span) bool { return s.ok && t.ok && s.lo <= t.hi && t.lo <= s.hi }

// gap is the number of days between two spans that do not overlap.
func (s span) gap(t span) int32 {
	if s.hi < t.lo {
		return t.lo - s.hi
	}
	if t.hi < s.lo {
		return s.lo - t.hi
	}
	return 0
}

// dateTolerance is the widest gap, in days, between two written dates of
// what may still be one happening: sources that disagree on a date
// ("on Tuesday" and "on Monday") disagree by days, not months.
const dateTolerance = 7
