package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
)

// memoryFloor is the least soft memory limit a run sets.
const memoryFloor = 900 << 20

// memoryLimit keeps the Go runtime's soft memory limit at twice the live
// heap, and at least memoryFloor, unless the user set GOMEMLIMIT. The
// runtime's default (collect when the heap has doubled since the last
// collection) lets a run's resident memory reach two and a half times
// what it holds; with the limit the collector and scavenger keep a run
// that holds a few hundred megabytes under a gigabyte, and a run that
// holds more gets twice what it holds, as by default, rather than a
// collector running without pause against a limit it cannot meet.
type memoryLimit struct {
	on     bool
	sample []metrics.Sample
}

func newMemoryLimit() *memoryLimit {
	m := &memoryLimit{on: os.Getenv("GOMEMLIMIT") == "", sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	m.update()
	return m
}

// update sets the limit from the live heap of the last collection.
func (m *memoryLimit) update() {
	if !m.on {
		return
	}
	metrics.Read(m.sample)
	var live int64
	if v := m.sample[0].Value; v.Kind() == metrics.KindUint64 {
		live = int64(v.Uint64())
	}
	debug.SetMemoryLimit(max(memoryFloor, 2*live))
}
