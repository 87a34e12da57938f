package app

import (
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// startupGC raises the collector's target and its restore puts back what
// was there, once, however often it is called.
func TestStartupGC(t *testing.T) {
	before := debug.SetGCPercent(123)
	defer debug.SetGCPercent(before)
	restore := startupGC()
	if got := debug.SetGCPercent(startupGCPercent); got != startupGCPercent {
		t.Fatalf("during startup the GC percent is %d, want %d", got, startupGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(77); got != 123 {
		t.Fatalf("after restore the GC percent is %d, want 123", got)
	}
	restore() // a second call must not put back 123 over what was set since
	if got := debug.SetGCPercent(123); got != 77 {
		t.Fatalf("a second restore changed the GC percent to %d", got)
	}
}

// boundParse limits the process to what it uses now plus 20 bytes per
// byte of the body.
func TestBoundParse(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	const n = 1 << 20
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	total := int64(s[0].Value.Uint64())
	boundParse(n)
	got := debug.SetMemoryLimit(-1)
	if got < parseMemoryPerByte*n || got > total+parseMemoryPerByte*n+(8<<20) {
		t.Fatalf("limit %d bytes, want about %d (in use) + %d", got, total, parseMemoryPerByte*n)
	}
}
