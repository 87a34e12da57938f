package data

import (
	"fmt"
	"strings"
	"time"

	"dossier/internal/pubdate"
)

// ParseDate parses a publication date, YYYY-MM-DD, as UTC midnight.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, &inputError{msg: fmt.Sprintf("%q is not a date (want YYYY-MM-DD)", s), kind: ErrBadDate}
	}
	return t, nil
}

// publishedOf reads the publication day from front matter. "published"
// is YYYY-MM-DD, or "unknown" or empty for no date. Without it, "date" is
// read instead, as static site generators write it: a day, or a day with a
// time of day (then the day as written counts, not the day at UTC).
// "published" stays strict because a time there is more likely a mistake
// than a habit.
func publishedOf(meta map[string]string) (time.Time, error) {
	if p, ok := meta["published"]; ok {
		if noDate(p) {
			return time.Time{}, nil
		}
		t, err := ParseDate(p)
		if err != nil {
			ie := err.(*inputError)
			return time.Time{}, &inputError{msg: "published: " + ie.msg, kind: ie.kind}
		}
		return t, nil
	}
	d, ok := meta["date"]
	if !ok || noDate(d) {
		return time.Time{}, nil
	}
	if t, ok := pubdate.Day(d); ok {
		return t, nil
	}
	return time.Time{}, &inputError{msg: fmt.Sprintf("date: %q is not a date (want YYYY-MM-DD)", d), kind: ErrBadDate}
}

// noDate reports a value that says the date is not known.
func noDate(v string) bool {
	v = strings.TrimSpace(v)
	return v == "" || strings.EqualFold(v, "unknown")
}
