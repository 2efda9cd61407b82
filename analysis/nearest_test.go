package analysis

import (
	"math"
	"math/rand"
	"testing"
)

// TestNearestTurn checks the binary search against the plain scan it
// replaced, on random non-decreasing starts with repeats.
func TestNearestTurn(t *testing.T) {
	scan := func(tl *tiling, p int) int {
		best, bestDist := 0, math.MaxInt
		for t := 1; t < len(tl.start)-1; t++ {
			dist := tl.start[t] - p
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = t, dist
			}
		}
		return best
	}
	r := rand.New(rand.NewSource(1))
	for range 2000 {
		tl := &tiling{start: make([]int, r.Intn(8)+1)}
		for i := 1; i < len(tl.start); i++ {
			tl.start[i] = tl.start[i-1] + r.Intn(3)
		}
		for p := -1; p <= tl.start[len(tl.start)-1]+1; p++ {
			if got, want := tl.nearestTurn(p), scan(tl, p); got != want {
				t.Fatalf("starts %v, p %d: nearestTurn %d, want %d", tl.start, p, got, want)
			}
		}
	}
}
