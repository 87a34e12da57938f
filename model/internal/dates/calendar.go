package dates

import (
	"time"

	"dossier/model/internal/story"
)

// when is a resolved date before it becomes a Date: a precision, the first
// and last day (zero when unknown), whether they carry a clock time, a
// note, and whether the date came from context rather than the sentence.
type when struct {
	prec       story.Precision
	start, end time.Time
	clock      bool
	note       string
	ctx        bool
	vague      bool
}

// known reports whether the date has a start.
func (w when) known() bool { return !w.start.IsZero() }

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dayWhen(t time.Time) when { return when{prec: story.PrecisionDay, start: t, end: t} }

func monthWhen(y, m int) when {
	s := civil(y, m, 1)
	return when{prec: story.PrecisionMonth, start: s, end: s.AddDate(0, 1, -1)}
}

func yearWhen(y int) when {
	return when{prec: story.PrecisionYear, start: civil(y, 1, 1), end: civil(y, 12, 31)}
}

func rangeWhen(a, b time.Time) when {
	if !a.IsZero() && !b.IsZero() && b.Before(a) {
		a, b = b, a
	}
	return when{prec: story.PrecisionRange, start: a, end: b}
}

// noPublicationDate is the note of a date that needs the publication day
// the document does not give.
const noPublicationDate = "no publication date"

// unresolved is a date of known precision that needs a publication date
// the document does not give.
func unresolved(p story.Precision) when {
	return when{prec: p, note: noPublicationDate}
}

// vagueWhen is a date expression that names no calendar time.
func vagueWhen(note string) when {
	return when{prec: story.PrecisionUnknown, note: note, vague: true}
}

// dayOnly drops the clock of a date (a time carried to another sentence
// keeps only its day).
func (w when) dayOnly() when {
	if w.prec == story.PrecisionTime {
		w.prec = story.PrecisionDay
		w.start = civil(w.start.Year(), int(w.start.Month()), w.start.Day())
		w.end = w.start
		w.clock = false
		w.note = ""
	}
	return w
}

// mondayOf is the Monday of t's ISO week.
func mondayOf(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// weekdayBack is the most recent weekday wd on or before t; strictly
// before when strict.
func weekdayBack(t time.Time, wd time.Weekday, strict bool) time.Time {
	d := (int(t.Weekday()) - int(wd) + 7) % 7
	if d == 0 && strict {
		d = 7
	}
	return t.AddDate(0, 0, -d)
}

// weekdayForward is the first weekday wd on or after t; strictly after
// when strict.
func weekdayForward(t time.Time, wd time.Weekday, strict bool) time.Time {
	d := (int(wd) - int(t.Weekday()) + 7) % 7
	if d == 0 && strict {
		d = 7
	}
	return t.AddDate(0, 0, d)
}

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	t := civil(y, m, d)
	return t.Day() == d
}

// seasonWhen is the (northern, meteorological) season starting in month
// sm of year y: winter runs December to February.
func seasonWhen(y, sm int) when {
	s := civil(y, sm, 1)
	return when{prec: story.PrecisionRange, start: s, end: s.AddDate(0, 3, -1)}
}

// shift moves a date by n units, keeping a precision it can still carry.
func (w when) shift(n int, u dateUnit) when {
	if !w.known() {
		return when{prec: story.PrecisionUnknown, note: "no date in context"}
	}
	switch u {
	case unitDay, unitWeek:
		if w.prec != story.PrecisionDay && w.prec != story.PrecisionTime {
			return when{prec: story.PrecisionUnknown, note: "no day in context"}
		}
		days := n
		if u == unitWeek {
			days = 7 * n
		}
		return dayWhen(w.dayOnly().start.AddDate(0, 0, days))
	case unitMonth:
		if w.prec == story.PrecisionYear || w.prec == story.PrecisionRange {
			return when{prec: story.PrecisionUnknown, note: "no month in context"}
		}
		s := w.start.AddDate(0, n, 0)
		return monthWhen(s.Year(), int(s.Month()))
	case unitYear, unitDecade:
		if u == unitDecade {
			n *= 10
		}
		return yearWhen(w.start.Year() + n)
	}
	return w
}

// ago is n units before the publication day p, at the precision of the
// unit: "two days ago" a day, "three years ago" a year.
func ago(p time.Time, n int, u dateUnit) when {
	switch u {
	case unitDay:
		return dayWhen(p.AddDate(0, 0, -n))
	case unitWeek:
		w := dayWhen(p.AddDate(0, 0, -7*n))
		w.note = "approximate day"
		return w
	case unitMonth:
		t := p.AddDate(0, -n, 0)
		return monthWhen(t.Year(), int(t.Month()))
	case unitYear:
		return yearWhen(p.Year() - n)
	case unitDecade:
		return yearWhen(p.Year() - 10*n)
	}
	return when{prec: story.PrecisionUnknown}
}

// back is the range from n units before p to p.
func back(p time.Time, n int, u dateUnit) when {
	var s time.Time
	switch u {
	case unitDay:
		s = p.AddDate(0, 0, -n)
	case unitWeek:
		s = p.AddDate(0, 0, -7*n)
	case unitMonth:
		s = p.AddDate(0, -n, 0)
	case unitYear:
		s = p.AddDate(-n, 0, 0)
	case unitDecade:
		s = p.AddDate(-10*n, 0, 0)
	default:
		return when{prec: story.PrecisionUnknown}
	}
	return rangeWhen(s, p)
}

// calendarUnit is the unit (this/last/next) containing p, moved by n.
func calendarUnit(p time.Time, n int, u dateUnit) when {
	switch u {
	case unitDay:
		return dayWhen(p.AddDate(0, 0, n))
	case unitWeek:
		m := mondayOf(p).AddDate(0, 0, 7*n)
		return rangeWhen(m, m.AddDate(0, 0, 6))
	case unitMonth:
		t := civil(p.Year(), int(p.Month()), 1).AddDate(0, n, 0)
		return monthWhen(t.Year(), int(t.Month()))
	case unitYear:
		return yearWhen(p.Year() + n)
	case unitDecade:
		d := p.Year()/10*10 + 10*n
		return rangeWhen(civil(d, 1, 1), civil(d+9, 12, 31))
	}
	return when{prec: story.PrecisionUnknown}
}

// width is how many days a date spans, for picking the most specific of
// several; unresolved dates use their precision's nominal width.
func (w when) width() int {
	if w.vague {
		return 1 << 30
	}
	if w.known() && !w.end.IsZero() {
		if w.prec == story.PrecisionTime {
			return 0
		}
		return int(w.end.Sub(w.start).Hours()/24) + 1
	}
	switch w.prec {
	case story.PrecisionTime:
		return 0
	case story.PrecisionDay:
		return 1
	case story.PrecisionMonth:
		return 30
	case story.PrecisionYear:
		return 365
	case story.PrecisionRange:
		return 1000
	}
	return 1 << 29
}

// isoDay and isoTime format a date the way the export schema wants
// ("2021-03-09", "2021-03-09T05:00"), by hand: Format is slower.
func isoDay(t time.Time) string {
	var b [10]byte
	return string(appendISODay(b[:0], t))
}

func isoTime(t time.Time) string {
	var b [16]byte
	out := append(appendISODay(b[:0], t), 'T')
	out = append2(out, t.Hour())
	out = append(out, ':')
	return string(append2(out, t.Minute()))
}

func appendISODay(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	y = min(max(y, 0), 9999)
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append2(b, int(m))
	b = append(b, '-')
	return append2(b, d)
}

func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10%10), byte('0'+n%10)) }
