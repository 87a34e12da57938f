package ptytest

import "time"

// BurstEnd finds where a burst of output ends. arrivals are the arrival times
// of the output chunks in order; the burst starts at index from. It ends at
// the first chunk that is followed by at least window of silence: before the
// next chunk, or, for the last chunk, before now. It returns that chunk's
// index and true, or false while no chunk from index from on has been
// followed by that much silence yet (or none has arrived).
//
// Waiting for quiet rather than for a known final byte is what lets one
// harness time any program: each key's latency is then the time to the last
// byte of the redraw it caused, whatever the program writes.
func BurstEnd(arrivals []time.Time, from int, now time.Time, window time.Duration) (int, bool) {
	if from < 0 {
		from = 0
	}
	for i := from; i < len(arrivals); i++ {
		next := now
		if i+1 < len(arrivals) {
			next = arrivals[i+1]
		}
		if next.Sub(arrivals[i]) >= window {
			return i, true
		}
	}
	return 0, false
}
