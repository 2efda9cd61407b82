package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// memoryFloor is the least soft memory limit a run sets; a run holding
// less than smallHeap lets its heap grow by gcPercent before a collection
// rather than the default 100.
const (
	memoryFloor = 800 << 20
	smallHeap   = 256 << 20
	gcPercent   = 200
)

// memoryLimit keeps the Go runtime's soft memory limit at 1.75 times the
// live heap, and at least memoryFloor, unless the user set GOMEMLIMIT; it is
// set again after every garbage collection. The runtime's default
// (collect when the heap has doubled since the last collection) lets a
// run's resident memory reach two and a half times what it holds; with
// the limit the collector and scavenger keep a run that holds a few
// hundred megabytes under a gigabyte, and a run that holds more gets
// nearly twice what it holds, as by default, rather than a collector
// running without pause against a limit it cannot meet.
//
// Unless the user set GOGC, a run holding less than smallHeap lets its
// heap triple before a collection rather than double (gcPercent): it
// collects half as often, within the memory it was allowed anyway; above,
// the default keeps a large corpus's run under the limit's floor.
type memoryLimit struct {
	on, gc  bool
	mu      sync.Mutex // held by update and stop, so that no update follows stop
	stopped bool
	sample  []metrics.Sample
}

// newMemoryLimit sets the limit and keeps it up to date until stop.
func newMemoryLimit() *memoryLimit {
	m := &memoryLimit{on: os.Getenv("GOMEMLIMIT") == "", sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	if m.on {
		m.gc = os.Getenv("GOGC") == ""
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
		if s.m.update() {
			s.m.arm()
		}
	})
}

// update sets the limit from the live heap of the last collection, and
// reports whether the run goes on.
func (m *memoryLimit) update() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stopped {
		return false
	}
	metrics.Read(m.sample)
	var live int64
	if v := m.sample[0].Value; v.Kind() == metrics.KindUint64 {
		live = int64(v.Uint64())
	}
	debug.SetMemoryLimit(max(memoryFloor, 7*live/4))
	if m.gc {
		if live < smallHeap {
			debug.SetGCPercent(gcPercent)
		} else {
			debug.SetGCPercent(100)
		}
	}
	return true
}

// stop ends the updates and puts the runtime's limit back as it was.
func (m *memoryLimit) stop() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.on && !m.stopped {
		m.stopped = true
		debug.SetMemoryLimit(math.MaxInt64) // no limit, the default
		if m.gc {
			debug.SetGCPercent(100)
		}
	}
}
