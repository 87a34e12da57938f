package pubdate

import (
	"testing"
	"time"
)

func TestDay(t *testing.T) {
	for in, want := range map[string]string{
		"2024-05-02":                "2024-05-02",
		" 2024-05-02 ":              "2024-05-02",
		"2024-05-02T09:41:12+02:00": "2024-05-02",
		"2023-11-14T06:00:00.000Z":  "2023-11-14",
		"2022-08-19T22:30:00-04:00": "2022-08-19", // 02:30 UTC the next day
		"2024-05-03T00:30:00+09:00": "2024-05-03", // 15:30 UTC the day before
		"2021-09-30T14:20":          "2021-09-30",
		"2021-09-30T14:20:11":       "2021-09-30",
		"2024-05-02 10:00:00 +0200": "2024-05-02",
		"2024-05-02 10:00":          "2024-05-02",
		"2024-05-02T10:00:00+0200":  "2024-05-02",
	} {
		got, ok := Day(in)
		if !ok || got.Format(time.DateOnly) != want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("Day(%q) = %v, %v; want %s UTC midnight", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "2024-05", "2024-13-01", "2024-02-30", "2024-05-02x", "2024-05-02T", "2024-05-02Tnoon", "May 2, 2024", "20240502", "2024-05-02 and more", "Tue, 14 Nov 2023 06:00:00 GMT"} {
		if got, ok := Day(bad); ok {
			t.Errorf("Day(%q) = %v, want no day", bad, got)
		}
	}
}

func TestWebDay(t *testing.T) {
	for in, want := range map[string]string{
		"2024-05-02T09:41:12+02:00":       "2024-05-02",
		"Tue, 14 Nov 2023 06:00:00 GMT":   "2023-11-14",
		"Fri, 19 Aug 2022 22:30:00 -0400": "2022-08-19",
		"Fri, 9 Aug 2022 22:30:00 -0400":  "2022-08-09",
		"20240502":                        "2024-05-02",
	} {
		got, ok := WebDay(in)
		if !ok || got.Format(time.DateOnly) != want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("WebDay(%q) = %v, %v; want %s UTC midnight", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "yesterday", "30 September 2021", "2 hours ago", "07/02/2023"} {
		if got, ok := WebDay(bad); ok {
			t.Errorf("WebDay(%q) = %v, want no day", bad, got)
		}
	}
}
