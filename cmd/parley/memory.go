package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// memoryFloor is the least soft memory limit a run sets.
const memoryFloor = 900 << 20

// memoryLimit keeps the Go runtime's soft memory limit at twice the live
// heap, and at least memoryFloor, unless the user set GOMEMLIMIT; it is
// set again after every garbage collection. The runtime's default
// (collect when the heap has doubled since the last collection) lets a
// run's resident memory reach two and a half times what it holds; with
// the limit the collector and scavenger keep a run that holds a few
// hundred megabytes under a gigabyte, and a run that holds more gets
// twice what it holds, as by default, rather than a collector running
// without pause against a limit it cannot meet.
type memoryLimit struct {
	on      bool
	stopped atomic.Bool
	sample  []metrics.Sample
}

// newMemoryLimit sets the limit and keeps it up to date until stop.
func newMemoryLimit() *memoryLimit {
	m := &memoryLimit{on: os.Getenv("GOMEMLIMIT") == "", sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	if m.on {
		m.update()
		m.arm()
	}
	return m
}

// gcSentinel is garbage as soon as it is made: its finalizer runs after
// the next collection, updates the limit and makes another.
type gcSentinel struct{ m *memoryLimit }

func (m *memoryLimit) arm() {
	runtime.SetFinalizer(&gcSentinel{m}, func(s *gcSentinel) {
		if !s.m.stopped.Load() {
			s.m.update()
			s.m.arm()
		}
	})
}

// update sets the limit from the live heap of the last collection.
func (m *memoryLimit) update() {
	metrics.Read(m.sample)
	var live int64
	if v := m.sample[0].Value; v.Kind() == metrics.KindUint64 {
		live = int64(v.Uint64())
	}
	debug.SetMemoryLimit(max(memoryFloor, 2*live))
}

// stop ends the updates and puts the runtime's limit back as it was.
func (m *memoryLimit) stop() {
	if m.on && !m.stopped.Swap(true) {
		debug.SetMemoryLimit(-1 >> 1) // math.MaxInt64: no limit, the default
	}
}
