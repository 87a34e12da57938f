package app

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"

	"dossier/model"
)

// The collector settings below keep a big story's memory near what it
// holds. The README's Performance and Robustness sections give the goal
// (the process under 20 times its article) and what each setting changed.
const (
	// bigBody is the body size from which the app tunes memory for the
	// story it opened. A news article is far smaller and is left to the
	// runtime's defaults.
	bigBody = 256 << 10
	// memoryPerByte is the soft memory limit per byte of a big body once
	// the app is built, and memoryBase the runtime's own share: what an
	// opened story keeps, a little over, so the process stays under the
	// goal.
	memoryPerByte = 18
	memoryBase    = 8 << 20
	// parseMemoryPerByte is the soft limit per byte while a big body is
	// parsed: the goal itself, since the parse is the peak.
	parseMemoryPerByte = 20
)

// fitMemory runs once the story is parsed and the app built, before it
// draws. On the stories people read (a few KiB) it does nothing. On a big
// one it hands the parser's garbage back to the system and sets a soft
// memory limit of memoryPerByte times the body, so the collector works
// harder before the process grows past it instead of letting the heap
// double over what is live. The limit is never under 1.5 times what is
// live by then: an input that needs more (a file of one-word sentences)
// gets a collector with some slack rather than one that never stops.
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
// lists and their index) plus parseMemoryPerByte times the body. Without
// a limit the heap grows to twice what is live before each collection, so
// a story that keeps close to the goal would peak far over it. The
// collection first drops what loading the word lists left behind;
// counting that garbage in the limit would make the collector run often
// for nothing and slow the first frame. fitMemory sets the limit again
// once the app is built.
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
// frame. Callers restore the setting before parsing a big body, whose
// peak must stay bounded, and once the app is built. restore may be
// called more than once.
func startupGC() (restore func()) {
	old := debug.SetGCPercent(startupGCPercent)
	var once sync.Once
	return func() { once.Do(func() { debug.SetGCPercent(old) }) }
}
