package main

import (
	"math"
	"slices"
)

// Stats summarises a sample. Quantiles interpolate linearly between ranks.
type Stats struct {
	N      int     `json:"n"`
	Min    float64 `json:"min"`
	Median float64 `json:"median"`
	P90    float64 `json:"p90"`
	Max    float64 `json:"max"`
}

// newStats returns nil for an empty sample, so "no data" never reads as 0.
func newStats(xs []float64) *Stats {
	if len(xs) == 0 {
		return nil
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return &Stats{N: len(s), Min: s[0], Max: s[len(s)-1],
		Median: round3(quantile(s, 0.5)), P90: round3(quantile(s, 0.9))}
}

func quantile(sorted []float64, q float64) float64 {
	pos := q * float64(len(sorted)-1)
	lo, hi := int(math.Floor(pos)), int(math.Ceil(pos))
	return sorted[lo] + (sorted[hi]-sorted[lo])*(pos-float64(lo))
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }
