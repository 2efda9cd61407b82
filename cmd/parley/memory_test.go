package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestMemoryLimit sets the limit and the collection's pace for a run and
// puts both back as they were once it stops.
func TestMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	m := newMemoryLimit()
	if got := debug.SetMemoryLimit(-1); got < memoryFloor {
		t.Errorf("limit %d during a run, want at least %d", got, memoryFloor)
	}
	runtime.GC() // the limit follows, and the pace is the small heap's
	runtime.GC()
	if got := debug.SetGCPercent(-1); got != gcPercent {
		t.Errorf("GC percent %d during a small run, want %d", got, gcPercent)
	} else {
		debug.SetGCPercent(got)
	}
	m.stop()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit %d after the run, want none", got)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent %d after the run, want 100", got)
	}
	// The user's settings are left alone.
	t.Setenv("GOMEMLIMIT", "2GiB")
	newMemoryLimit().stop()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set, the run changed the limit to %d", got)
	}
}
