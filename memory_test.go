package main

import (
	"runtime/debug"
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
