package casefile

import (
	"math"
	"math/bits"
)

// reportKeys appends to dst the buckets report r is filed under
// (filing) or looks in (not filing). Two reports can only merge when one
// looks in a bucket the other is filed under, so the buckets are what the
// merge rule needs them to share:
//   - per kind of happening, its date: a report is filed under its day,
//     its months and its years, and looks in its day's bucket and in the
//     buckets of the dates as coarse as its month and year, so "on 9
//     March" meets "in March" and "in 2021" without meeting every other
//     day of March;
//   - per kind, each agency, place and network it names (so an undated
//     report meets the dated ones);
//   - each figure, whatever the kind (so two reports of "48 arrests" meet
//     whatever their dates say).
//
// Countries and items are not keys: one country or "cocaine" is shared
// by too much of a case to point to a happening.
func reportKeys(r *report, filing bool, dst []uint64) []uint64 {
	for k := kindSet(r.kinds); k != 0; k &= k - 1 {
		kind := uint64(bits.TrailingZeros32(uint32(k)))
		if d := r.date; d.ok {
			y0, m0, _ := civilFromDays(d.lo)
			y1, m1, _ := civilFromDays(d.hi)
			first, last := y0*12+m0, y1*12+m1
			// The grain of the date: a day, months (up to a quarter) or
			// years.
			grain := byte('Y')
			switch {
			case d.day:
				grain = 'D'
			case last-first <= 2:
				grain = 'M'
			}
			if grain == 'D' {
				dst = append(dst, mix(kind, 'D', uint64(d.lo)))
			}
			// Months: every report within them is filed under "m"; those
			// of a month's grain also under "M". A report looks in "M"
			// if finer, in "m" if of a month's grain. Years likewise.
			if grain != 'Y' {
				for m := first; m <= last; m++ {
					switch {
					case filing:
						dst = append(dst, mix(kind, 'm', uint64(m)))
						if grain == 'M' {
							dst = append(dst, mix(kind, 'M', uint64(m)))
						}
					case grain == 'D':
						dst = append(dst, mix(kind, 'M', uint64(m)))
					default:
						dst = append(dst, mix(kind, 'm', uint64(m)))
					}
				}
			}
			for y := y0; y <= y1 && y <= y0+2; y++ {
				switch {
				case filing:
					dst = append(dst, mix(kind, 'y', uint64(y)))
					if grain == 'Y' {
						dst = append(dst, mix(kind, 'Y', uint64(y)))
					}
				case grain == 'Y':
					dst = append(dst, mix(kind, 'y', uint64(y)))
				default:
					dst = append(dst, mix(kind, 'Y', uint64(y)))
				}
			}
		}
		for _, v := range r.agencies {
			dst = append(dst, mix(kind, 'A', hashString(v)))
		}
		for _, v := range r.places {
			dst = append(dst, mix(kind, 'P', hashString(v)))
		}
		for _, v := range r.networks {
			dst = append(dst, mix(kind, 'N', hashString(v)))
		}
	}
	for i := range r.figs {
		f := &r.figs[i]
		dst = append(dst, mix(hashString(f.key), 'F', math.Float64bits(roundFigure(f.value))))
	}
	return dst
}

// roundFigure rounds v to three significant digits, so one weight in two
// units ("144 kilograms (approximately 317 pounds)") files alike.
func roundFigure(v float64) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	p := math.Pow(10, 2-math.Floor(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}

// mix hashes three parts into one key.
func mix(a uint64, tag byte, b uint64) uint64 {
	h := uint64(14695981039346656037)
	for _, x := range [3]uint64{a, uint64(tag), b} {
		for i := 0; i < 8; i++ {
			h ^= x & 0xff
			h *= 1099511628211
			x >>= 8
		}
	}
	return h
}

// hashString is FNV-1a over s.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}
