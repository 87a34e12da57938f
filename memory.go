package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"

	"dossier/model"
)

const (
	// bigBody is the body size from which the app tunes memory for the
	// story it opened.
	bigBody = 256 << 10
	// memoryPerByte is the soft memory limit per byte of a big body, and
	// memoryBase the runtime's own share, so the process stays under 20
	// times the article (issue 6).
	memoryPerByte = 18
	memoryBase    = 8 << 20
	// parseMemoryPerByte is the soft limit per byte while a big body is
	// parsed: the goal of issue 6.
	parseMemoryPerByte = 20
)

// fitMemory runs once the story is parsed and the app built, before it
// draws. On the
// stories people read (a few KiB) it does nothing. On a big one it hands
// the parser's garbage back to the system, and sets a soft memory limit
// of 18 times the body, so the collector works harder before the process
// grows past it instead of letting the heap double over what is live
// (a 60 MiB article peaked at 23x its size without it). The limit is
// never under 1.5 times what is live by then: an input that needs
// more (a file of one-word sentences) gets a collector with some slack
// rather than a collector that never stops.
func fitMemory(st *model.Story) {
	n := int64(len(st.Doc.Body))
	if n < bigBody {
		return
	}
	debug.FreeOSMemory()
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	live := int64(s[0].Value.Uint64())
	debug.SetMemoryLimit(max(memoryPerByte*n, live+live/2) + memoryBase)
}

// boundParse sets a soft memory limit for parsing a big body of n bytes
// and building the app: what the process keeps now (the runtime, the word
// lists and their index, after a collection that drops what loading them
// left) plus parseMemoryPerByte times the body. Without it the heap grows
// to twice what is live before each collection, and a story that keeps 18
// times its text (a file of one-word sentences) peaked at 34 times it;
// with it, at 21-22 times, which is what it holds plus the runtime's own
// room, and its first frame came in 0.3 s as before
// (TestBigInputsInTheRealApp). Without the collection first, the limit
// counted the startup garbage and the same input took 0.6-0.9 s. fitMemory
// sets the limit again once the app is built.
func boundParse(n int) {
	runtime.GC()
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	used := int64(s[0].Value.Uint64() - s[1].Value.Uint64())
	debug.SetMemoryLimit(used + parseMemoryPerByte*int64(n))
}

// startupGCPercent is the collector's target while the app starts.
const startupGCPercent = 400

// startupGC lets the collector rest while the word lists load, their
// index is built and the story is parsed: nearly all of that stays live,
// so collecting during it is work thrown away on the way to the first
// frame (loading and parsing the seed took 12.0 ms at the default and
// 9.4 ms at 400, medians of 30 fresh processes). Callers restore the
// setting before parsing a big body, whose peak must stay bounded, and
// once the app is built. restore may be called more than once.
func startupGC() (restore func()) {
	old := debug.SetGCPercent(startupGCPercent)
	var once sync.Once
	return func() { once.Do(func() { debug.SetGCPercent(old) }) }
}
