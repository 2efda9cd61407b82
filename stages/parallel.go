package stages

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// parallelTurns is the number of turns a document needs before a stage
// shares its turns out among the cores: below it, starting goroutines
// costs more than it saves.
const parallelTurns = 256

// eachTurn calls fn(k) for k from 0 to n-1: in order on this goroutine
// for a short document, else shared out among the cores. fn must touch
// only what is k's own, so that the result is the same either way. It
// stops early, with ctx's error, once ctx is done.
func eachTurn(ctx context.Context, n int, fn func(k int)) error {
	workers := min(runtime.GOMAXPROCS(0), n/parallelTurns+1)
	if workers <= 1 {
		for k := range n {
			if err := ctx.Err(); err != nil {
				return err
			}
			fn(k)
		}
		return nil
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= n || ctx.Err() != nil {
					return
				}
				fn(k)
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}
