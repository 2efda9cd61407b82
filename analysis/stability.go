package analysis

import (
	"math/rand/v2"

	"parley/corpus"
)

// TurnTerms holds each document's turns as their speakers, words and
// keyword terms: what a bootstrap of the keywords resamples. Its zero
// value is ready for Add with the tally's lexicon. It keeps at most
// MaxStabilityTerms terms; past that it holds none and Full reports so.
type TurnTerms struct {
	lex   *Lexicon
	ids   []string
	index map[string]int32
	docs  [][]turnTerms
	n     int
	full  bool
}

type turnTerms struct {
	speaker int32
	words   int32
	terms   []uint32
}

// MaxStabilityTerms is the most term uses TurnTerms keeps: counting more
// would take KeywordStability's whole budget for fewer resamples than it
// makes, so a larger corpus gets no stability, and its terms need not be
// kept (some 2.4 MB of them).
const MaxStabilityTerms = usesPerMicrosecond * maxStabilityWork / minStabilityResamples

// usesPerMicrosecond is how many term uses a resample counts in a
// microsecond, about.
const usesPerMicrosecond = 15

// Add adds one annotated document, its terms interned in lex (the
// tally's, so that the terms are the tally's).
func (s *TurnTerms) Add(d *corpus.Document, lex *Lexicon) {
	if s.full {
		return
	}
	s.lex = lex
	if s.index == nil {
		s.index = map[string]int32{}
	}
	turns := make([]turnTerms, 0, len(d.Turns))
	for _, t := range d.Turns {
		k, ok := s.index[t.Speaker]
		if !ok {
			k = int32(len(s.ids))
			s.ids = append(s.ids, t.Speaker)
			s.index[t.Speaker] = k
		}
		tt := turnTerms{speaker: k, words: int32(t.Words())}
		for _, tok := range t.Tokens {
			if tok.Term != "" {
				tt.terms = append(tt.terms, lex.ID(tok.Term))
			}
		}
		s.n += len(tt.terms)
		turns = append(turns, tt)
	}
	if s.n > MaxStabilityTerms {
		s.full, s.docs = true, nil
		return
	}
	s.docs = append(s.docs, turns)
}

// Full reports whether the corpus had more terms than TurnTerms keeps.
func (s *TurnTerms) Full() bool { return s.full }

// StabilityResamples is how many resamples KeywordStability makes at most;
// a corpus whose resamples would take more than maxStabilityWork µs in all
// gets fewer, and one that would get fewer than minStabilityResamples
// none.
const (
	StabilityResamples    = 200
	maxStabilityWork      = 400_000
	minStabilityResamples = 10
)

// KeywordStability returns, for each speaker keyword of kws (as t's
// SpeakerKeywords gave them under opt), how often it stays among its
// speaker's keywords across bootstrap resamples of the turns: each
// document's turns drawn with replacement, as many as it has, the
// speakers' terms and words counted again, and their keywords computed
// with opt's cuts and Top (0: 10). It returns the fractions by target
// and term, and the resamples made (at most StabilityResamples, fewer
// for a large corpus, from b.Seed); nil, and 0, if s holds no turns or
// the corpus is too large for enough resamples.
func (t *Tally) KeywordStability(s *TurnTerms, kws []Keyword, opt KeywordOptions, b BootstrapOptions) (map[[2]string]float64, int) {
	if s == nil || s.full || len(s.docs) == 0 || len(kws) == 0 || s.lex != t.lex {
		return nil, 0
	}
	r := b.Resamples
	if r <= 0 || r > StabilityResamples {
		r = StabilityResamples
	}
	// Each resample counts every term use again (some 70 ns each) and
	// tests every term of every speaker (some 1 µs each): a large corpus
	// gets fewer resamples, within about 0.4 s of work, and one that
	// would get too few, none.
	work := s.n / usesPerMicrosecond // in µs
	for _, row := range t.SpeakerTable() {
		if sp := t.Speakers[row.ID]; opt.Compared(sp) {
			work += len(sp.terms)
		}
	}
	r = min(r, maxStabilityWork/max(work, 1))
	if r < minStabilityResamples {
		return nil, 0
	}
	seed := b.Seed
	if seed == 0 {
		seed = 1
	}
	if opt.Top <= 0 {
		opt.Top = 10
	}
	// The speakers compared, in the tally's order, as in SpeakerKeywords.
	var targets []int32
	for _, row := range t.SpeakerTable() {
		if k, ok := s.index[row.ID]; ok && opt.Compared(t.Speakers[row.ID]) {
			targets = append(targets, k)
		}
	}
	slot := make(map[int32]int, len(targets))
	for i, k := range targets {
		slot[k] = i
	}
	stays := map[[2]string]int{}
	want := map[[2]string]bool{}
	for _, k := range kws {
		want[[2]string{k.Target, k.Term}] = true
	}
	rng := rand.New(rand.NewPCG(seed, 0x2545f4914f6cdd1d))
	for range r {
		tt := termTable{lex: t.lex, skip: nil}
		if !opt.KeepSpeakerNames {
			tt.skip = t.nameTerms
		}
		tt.ids = make([]string, len(targets))
		tt.terms = make([]counts, len(targets))
		tt.words = make([]int, len(targets))
		for i, k := range targets {
			tt.ids[i] = s.ids[k]
			tt.terms[i] = counts{}
		}
		for _, turns := range s.docs {
			n := len(turns)
			for range n {
				tu := turns[rng.IntN(n)]
				i, ok := slot[tu.speaker]
				if !ok {
					continue
				}
				tt.words[i] += int(tu.words)
				for _, term := range tu.terms {
					tt.terms[i][term]++
				}
			}
		}
		for _, k := range tt.keywords(opt) {
			if key := [2]string{k.Target, k.Term}; want[key] {
				stays[key]++
			}
		}
	}
	out := make(map[[2]string]float64, len(want))
	for key := range want {
		out[key] = float64(stays[key]) / float64(r)
	}
	return out, r
}
