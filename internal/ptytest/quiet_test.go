package ptytest

import (
	"testing"
	"time"
)

func TestBurstEnd(t *testing.T) {
	t0 := time.Unix(1000, 0)
	at := func(ms ...int) []time.Time {
		var ts []time.Time
		for _, m := range ms {
			ts = append(ts, t0.Add(time.Duration(m)*time.Millisecond))
		}
		return ts
	}
	const window = 40 * time.Millisecond
	tests := []struct {
		name     string
		arrivals []time.Time
		from     int
		nowMs    int
		want     int
		ok       bool
	}{
		{"nothing yet", nil, 0, 500, 0, false},
		{"one chunk, not quiet long enough", at(10), 0, 49, 0, false},
		{"one chunk, exactly the window", at(10), 0, 50, 0, true},
		{"a frame in three writes then quiet", at(10, 12, 15), 0, 100, 2, true},
		{"a gap inside the window does not end the burst", at(10, 30, 60), 0, 101, 2, true},
		{"a long gap ends the first burst", at(10, 12, 80, 81), 0, 200, 1, true},
		{"from skips earlier chunks", at(10, 12, 80, 81), 2, 200, 3, true},
		{"still writing", at(10, 30, 60, 90), 0, 100, 0, false},
		{"from past the end", at(10), 1, 500, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := BurstEnd(tt.arrivals, tt.from, t0.Add(time.Duration(tt.nowMs)*time.Millisecond), window)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("BurstEnd = %d, %v; want %d, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
