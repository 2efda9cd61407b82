package analysis

import (
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"parley/corpus"
)

// ShareSample is what a bootstrap of the speakers' shares of words
// resamples: each document's turns, as their speakers and words. Its zero
// value is empty and ready for Add; samples merge by Merge, documents in
// order.
type ShareSample struct {
	ids   []string         // speaker IDs by index
	index map[string]int32 // the index of each ID
	docs  [][]turnWords
	turns int
}

type turnWords struct {
	speaker int32
	words   int32
}

// Add adds one annotated document's turns (Run the tokenize stage first).
func (s *ShareSample) Add(d *corpus.Document) {
	turns := make([]turnWords, len(d.Turns))
	for i, t := range d.Turns {
		turns[i] = turnWords{s.speaker(t.Speaker), int32(min(t.Words(), math.MaxInt32))}
	}
	s.docs = append(s.docs, turns)
	s.turns += len(turns)
}

func (s *ShareSample) speaker(id string) int32 {
	if s.index == nil {
		s.index = map[string]int32{}
	}
	k, ok := s.index[id]
	if !ok {
		k = int32(len(s.ids))
		id = strings.Clone(id)
		s.ids = append(s.ids, id)
		s.index[id] = k
	}
	return k
}

// Merge adds o's documents after s's.
func (s *ShareSample) Merge(o *ShareSample) {
	for _, turns := range o.docs {
		mine := make([]turnWords, len(turns))
		for i, t := range turns {
			mine[i] = turnWords{s.speaker(o.ids[t.speaker]), t.words}
		}
		s.docs = append(s.docs, mine)
		s.turns += len(mine)
	}
}

// BootstrapOptions set a bootstrap: resamples, the random seed, and the
// confidence level. The zero value is 1,000 resamples, seed 1, 95%.
type BootstrapOptions struct {
	Resamples int
	Seed      uint64
	Level     float64
	// InShares says which speakers' words count in the shares (the
	// denominator); nil counts every speaker's.
	InShares func(id string) bool
}

// The bootstrap's work is bounded: at most maxDraws turns drawn in all
// and maxValues shares kept, the resamples cut to fit (never below
// minResamples); Intervals reports the number it made.
const (
	maxDraws     = 100_000_000
	maxValues    = 10_000_000
	minResamples = 50
)

// Interval is a confidence interval.
type Interval struct{ Low, High float64 }

// Intervals returns a percentile bootstrap interval (Efron and Tibshirani
// 1993) for each speaker's share of the words: the turns of each
// document are resampled with replacement, as many as it has (documents
// are strata: a corpus's make-up is kept), each speaker's share of the
// words of the speakers in shares computed in every resample, and the
// interval is the resampled shares' quantiles at (1 − level)/2 and
// (1 + level)/2 (R's quantile type 7). A speaker outside the shares has
// none. The resamples come from a PCG generator seeded with opt.Seed, so
// the intervals are the same in every run. It also returns the number of
// resamples made, which a sample of over 100 million turns in all, or of
// many speakers, makes fewer than asked.
func (s *ShareSample) Intervals(opt BootstrapOptions) (map[string]Interval, int) {
	if opt.Resamples <= 0 {
		opt.Resamples = 1000
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.Level <= 0 || opt.Level >= 1 {
		opt.Level = 0.95
	}
	r := opt.Resamples
	if s.turns > 0 {
		r = min(r, maxDraws/s.turns)
	}
	if len(s.ids) > 0 {
		r = min(r, maxValues/len(s.ids))
	}
	r = max(r, minResamples)
	counted := make([]bool, len(s.ids))
	for k, id := range s.ids {
		counted[k] = opt.InShares == nil || opt.InShares(id)
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	values := make([][]float64, len(s.ids))
	for k := range values {
		if counted[k] {
			values[k] = make([]float64, 0, r)
		}
	}
	words := make([]int64, len(s.ids))
	for range r {
		clear(words)
		var total int64
		for _, turns := range s.docs {
			n := len(turns)
			for range n {
				t := turns[rng.IntN(n)]
				if counted[t.speaker] {
					words[t.speaker] += int64(t.words)
					total += int64(t.words)
				}
			}
		}
		for k, w := range words {
			if !counted[k] {
				continue
			}
			share := 0.0
			if total > 0 {
				share = float64(w) / float64(total)
			}
			values[k] = append(values[k], share)
		}
	}
	out := make(map[string]Interval, len(s.ids))
	for k, v := range values {
		if v == nil {
			continue
		}
		sort.Float64s(v)
		out[s.ids[k]] = Interval{quantile7(v, (1-opt.Level)/2), quantile7(v, (1+opt.Level)/2)}
	}
	return out, r
}

// quantile7 returns the p-quantile of sorted v as R's default (type 7):
// linear between the order statistics at (n−1)p.
func quantile7(v []float64, p float64) float64 {
	if len(v) == 0 {
		return 0
	}
	h := float64(len(v)-1) * p
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(v) {
		return v[len(v)-1]
	}
	return v[i] + (h-lo)*(v[i+1]-v[i])
}
