// Package pubdate reads a publication date as front matter and web pages
// write it, and keeps the day the publisher wrote: an article stamped
// 22:30 in New York on 19 August was published on 19 August, although it
// was already 20 August at UTC. The story's relative dates ("on Friday")
// are counted from that day.
package pubdate

import (
	"strings"
	"time"
)

// timestampLayouts are the ways a moment after its day is written in
// front matter and page metadata; only the day is kept.
var timestampLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04:05.000-0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04 -0700",
	"2006-01-02 15:04",
}

// Day reads a day, YYYY-MM-DD, alone or followed by a time of day in one
// of the common ISO 8601 forms, and returns that day as written at UTC
// midnight.
func Day(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < len(time.DateOnly) {
		return time.Time{}, false
	}
	day, err := time.Parse(time.DateOnly, s[:len(time.DateOnly)])
	if err != nil {
		return time.Time{}, false
	}
	if len(s) == len(time.DateOnly) {
		return day, true
	}
	for _, layout := range timestampLayouts {
		if _, err := time.Parse(layout, s); err == nil {
			return day, true
		}
	}
	return time.Time{}, false
}

// webLayouts are the other forms web pages' metadata uses, the RFC 1123
// dates of HTTP and RSS among them.
var webLayouts = []string{
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"20060102",
	"20060102T150405Z0700",
}

// WebDay is Day, plus the other forms found in web pages' metadata.
func WebDay(s string) (time.Time, bool) {
	if t, ok := Day(s); ok {
		return t, true
	}
	s = strings.TrimSpace(s)
	for _, layout := range webLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}
