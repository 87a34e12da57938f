package casefile

import (
	"math"
	"math/bits"
)

// reportKeys appends to dst the buckets report r is filed under and
// looks in. Two reports can only merge when they share a bucket, so the
// buckets are what the merge rule needs them to share:
//   - per kind of happening, the day, the months and the years of its
//     date (so a report of 9 March meets one of March and one of 2021);
//   - per kind, each agency, place and network it names (so an undated
//     report meets the dated ones);
//   - each figure, whatever the kind (so two reports of "48 arrests" meet
//     whatever their dates say).
//
// Countries and items are not keys: one country or "cocaine" is shared
// by too much of a case to point to a happening.
func reportKeys(r *report, dst []uint64) []uint64 {
	for k := kindSet(r.kinds); k != 0; k &= k - 1 {
		kind := uint64(bits.TrailingZeros32(uint32(k)))
		if d := r.date; d.ok {
			if d.day {
				dst = append(dst, mix(kind, 'D', uint64(d.lo)))
			}
			y0, m0, _ := civilFromDays(d.lo)
			y1, m1, _ := civilFromDays(d.hi)
			first, last := y0*12+m0, y1*12+m1
			if last-first <= 2 {
				for m := first; m <= last; m++ {
					dst = append(dst, mix(kind, 'M', uint64(m)))
				}
			} else {
				dst = append(dst, mix(kind, 'M', uint64(first)), mix(kind, 'M', uint64(last)))
			}
			dst = append(dst, mix(kind, 'Y', uint64(y0)))
			if y1 != y0 {
				dst = append(dst, mix(kind, 'Y', uint64(y1)))
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
