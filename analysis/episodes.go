package analysis

import (
	"context"
	"math"
	"sort"
	"strconv"

	"parley/corpus"
)

// EpisodeOptions tune the segmentation; zero values pick the defaults,
// and so do negative ones.
//
// The defaults are Hearst's (1997): pseudo-sentences of 20 terms, blocks
// of 6, so that cohesion compares 120 terms (about 250 words) on either
// side of a gap. On the 1947 record (1922 terms in 44 turns) nearly every
// Window from 18 to 25 with every Block from 3 to 9 finds the same five
// boundaries, give or take a turn: the treaty (turn 17 or 18), the
// government's doubts (21), trade (24), Stalin's advice (34) and the
// Comintern (38). The defaults sit in the middle of that range. With
// Block 4, Windows 18 to 22 also part the greetings from the question of
// cooperation (before turn 10, 11 or 12), an opening of only 141 terms,
// not much more than one block, but no other Block there does; Windows of 10 to 15 terms often cut the
// trade talk at turn 28 or 30, where a reader sees no change of topic,
// and Window 30 mostly runs trade and Stalin's advice together.
type EpisodeOptions struct {
	Window   int // pseudo-sentence length in terms (default 20)
	Block    int // block size in pseudo-sentences for the similarity (default 6)
	MinTurns int // no episode shorter than this many turns (default 3)
	MinWords int // nor shorter than this many words (default 150)
	Keywords int // keywords per episode (default 6)
}

func (o EpisodeOptions) withDefaults() EpisodeOptions {
	for _, f := range []struct {
		v   *int
		def int
	}{{&o.Window, 20}, {&o.Block, 6}, {&o.MinTurns, 3}, {&o.MinWords, 150}, {&o.Keywords, 6}} {
		if *f.v <= 0 {
			*f.v = f.def
		}
	}
	return o
}

// Episode is one topical segment of a conversation: a run of whole turns.
type Episode struct {
	Index               int // 1-based
	FirstTurn, LastTurn int // Turn.Index values, inclusive
	// FirstLine and LastLine are the source lines of the first turn's
	// start and the last turn's end.
	FirstLine, LastLine int
	Words               int
	Speakers            []EpisodeSpeaker // by words, most first; ties by ID
	// Keywords are the episode's terms against the rest of the document,
	// by G² (strongest first), positive only, each used at least twice in
	// the episode. Keyword.Target is "episode N"; TFIDF takes the episodes
	// as the documents.
	Keywords []Keyword
}

// EpisodeSpeaker is one speaker's part in an episode.
type EpisodeSpeaker struct {
	ID    string
	Words int
	Share float64 // of the episode's words
}

// Episodes splits a tokenized and normalized document into topical
// episodes with a TextTiling-style method (Hearst 1997) over its terms:
//
//  1. The terms of the whole conversation (Token.Term != "", in turn
//     order) are cut into pseudo-sentences of Window terms, the last
//     perhaps shorter.
//  2. At each gap between pseudo-sentences, the lexical cohesion is the
//     cosine similarity of the term counts of the Block pseudo-sentences
//     before the gap and the Block after; near either end, blocks shrink
//     to what is there, the same on both sides.
//  3. The scores are smoothed by a three-point moving average.
//  4. Each gap gets a depth score: how far the scores climb from it to
//     the peak on its left plus how far to the peak on its right.
//  5. A valley (a gap lower than the gap before it and no higher than the
//     one after) whose depth exceeds the mean depth of all gaps less half
//     their standard deviation becomes a boundary. This is Hearst's
//     liberal cutoff: a boundary too many costs little, since step 7
//     merges the short episodes it makes, while a boundary missed is
//     never recovered. (On the 1947 record any cutoff from the mean less
//     one standard deviation to the mean plus a half gives the same
//     episodes.)
//  6. Each boundary moves to the nearest turn boundary, measured in terms;
//     of two equally near, the earlier. Boundaries that land on the same
//     turn count once.
//  7. While some episode has fewer than MinTurns turns or MinWords words,
//     the one with the fewest words (the earliest of equals) joins the
//     neighbour whose term counts are the more similar to its own (cosine
//     again; the earlier neighbour if they are equally similar).
//
// Keywords compare each episode with the rest of the document, as
// SpeakerKeywords compares speakers: a is the term's count in the
// episode, b in the other turns, c and d their numbers of words.
//
// A document with too few terms for two blocks (fewer than 2×Block
// pseudo-sentences) is one episode spanning all its turns, with no
// keywords; a document with no turns has none. Episodes reads the turns'
// Index, Speaker, lines and Tokens only, and never changes the document.
func Episodes(d *corpus.Document, opt EpisodeOptions) []Episode {
	eps, _ := EpisodesContext(context.Background(), d, opt)
	return eps
}

// EpisodesContext is Episodes that stops when ctx is done, with ctx's
// error: between steps, and every few thousand turns within them, so that
// a document of millions of words stops in a fraction of a second.
func EpisodesContext(ctx context.Context, d *corpus.Document, opt EpisodeOptions) ([]Episode, error) {
	if d == nil || len(d.Turns) == 0 {
		return nil, nil
	}
	opt = opt.withDefaults()
	tl := newTiling(d)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	runs := tl.mergeShort(tl.runs(tl.boundaries(opt)), opt)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return tl.episodes(ctx, d, runs, opt)
}

// tiling is a document's term sequence, with the terms numbered in order
// of first use, and where each turn's terms start in it.
type tiling struct {
	seq []int
	// start[i] is the position in seq of the first term of d.Turns[i];
	// start[len(d.Turns)] is len(seq).
	start []int
	words []int // of each turn
	// cum[i] is the words of the turns before i: a run's words in one
	// subtraction, which keeps mergeShort linear in the runs per merge
	// rather than in the turns.
	cum []int
	// countsL and countsR are cohesion's scratch counts, one per term,
	// all zero between calls.
	countsL, countsR []int
}

func newTiling(d *corpus.Document) *tiling {
	ids := map[string]int{}
	tl := &tiling{start: make([]int, len(d.Turns)+1), words: make([]int, len(d.Turns))}
	for i, t := range d.Turns {
		tl.start[i] = len(tl.seq)
		for _, tok := range t.Tokens {
			if tok.Word {
				tl.words[i]++
			}
			if tok.Term == "" {
				continue
			}
			id, ok := ids[tok.Term]
			if !ok {
				id = len(ids)
				ids[tok.Term] = id
			}
			tl.seq = append(tl.seq, id)
		}
	}
	tl.start[len(d.Turns)] = len(tl.seq)
	tl.cum = make([]int, len(d.Turns)+1)
	for i, w := range tl.words {
		tl.cum[i+1] = tl.cum[i] + w
	}
	tl.countsL, tl.countsR = make([]int, len(ids)), make([]int, len(ids))
	return tl
}

// cohesion returns the cosine similarity of the term counts of two
// stretches of the term sequence, 0 when either is empty. Its sums are of
// integers, so the result does not depend on the order of the terms.
func (tl *tiling) cohesion(left, right []int) float64 {
	cl, cr := tl.countsL, tl.countsR
	for _, id := range left {
		cl[id]++
	}
	for _, id := range right {
		cr[id]++
	}
	var dot, nl, nr int
	for _, id := range left {
		if c := cl[id]; c > 0 { // the term's first occurrence
			dot += c * cr[id]
			nl += c * c
			cl[id] = 0
		}
	}
	for _, id := range right {
		if c := cr[id]; c > 0 {
			nr += c * c
			cr[id] = 0
		}
	}
	if nl == 0 || nr == 0 {
		return 0
	}
	return float64(dot) / math.Sqrt(float64(nl)*float64(nr))
}

// boundaries returns the turns (indexes into d.Turns, each above 0)
// before which TextTiling starts a new episode, in order: steps 1 to 6 of
// Episodes.
func (tl *tiling) boundaries(opt EpisodeOptions) []int {
	w, k := opt.Window, opt.Block
	n := len(tl.seq) / w // pseudo-sentences
	if len(tl.seq)%w != 0 {
		n++
	}
	if n/2 < k {
		return nil
	}
	// Gap g lies between pseudo-sentences g and g+1, before term (g+1)*w.
	scores := make([]float64, n-1)
	for g := range scores {
		b := min(k, g+1, n-1-g)
		at := (g + 1) * w
		scores[g] = tl.cohesion(tl.seq[at-b*w:at], tl.seq[at:min(at+b*w, len(tl.seq))])
	}
	scores = tilingSmooth(scores)

	// Every gap has a depth, a valley's the deepest around it; the
	// cutoff is taken over all of them, as Hearst does. Taken over the
	// valleys alone it would drop the shallower of two real shifts in a
	// short text, the mean of two less half their sd being the deeper
	// one's depth less a quarter of the difference.
	depths := make([]float64, len(scores))
	var sum, sq float64
	for g, s := range scores {
		l := g
		for l > 0 && scores[l-1] >= scores[l] {
			l--
		}
		r := g
		for r < len(scores)-1 && scores[r+1] >= scores[r] {
			r++
		}
		depths[g] = scores[l] - s + scores[r] - s
		sum += depths[g]
	}
	mean := sum / float64(len(depths))
	for _, x := range depths {
		sq += (x - mean) * (x - mean)
	}
	cutoff := mean - math.Sqrt(sq/float64(len(depths)))/2

	var cuts []int
	for g := 1; g < len(scores)-1; g++ {
		valley := scores[g] < scores[g-1] && scores[g] <= scores[g+1]
		if !valley || depths[g] <= cutoff {
			continue
		}
		t := tl.nearestTurn((g + 1) * w)
		if t > 0 && (len(cuts) == 0 || cuts[len(cuts)-1] != t) {
			cuts = append(cuts, t)
		}
	}
	return cuts
}

// tilingSmooth returns the three-point moving average of xs, over two
// points at the ends.
func tilingSmooth(xs []float64) []float64 {
	out := make([]float64, len(xs))
	for i := range xs {
		lo, hi := max(0, i-1), min(len(xs)-1, i+1)
		s := 0.0
		for _, x := range xs[lo : hi+1] {
			s += x
		}
		out[i] = s / float64(hi-lo+1)
	}
	return out
}

// nearestTurn returns the turn, other than the first, whose first term
// lies nearest to term position p, the earliest of equally near turns; 0
// if the document has one turn.
func (tl *tiling) nearestTurn(p int) int {
	// start is non-decreasing: the nearest turn is the first at or after
	// p, or the earliest of those holding the last start before it.
	lo, hi := 1, len(tl.start)-1 // the turns other than the first
	if lo >= hi {
		return 0
	}
	first := func(v int) int { // the first turn in [lo, hi) starting at v or after
		return lo + sort.Search(hi-lo, func(k int) bool { return tl.start[lo+k] >= v })
	}
	j := first(p)
	if j == lo {
		return j
	}
	k := first(tl.start[j-1]) // the earliest turn before p's nearest start below it
	if j == hi || p-tl.start[k] <= tl.start[j]-p {
		return k
	}
	return j
}

// turnRun is an episode in the making: the turns first to last, indexes
// into d.Turns, inclusive.
type turnRun struct{ first, last int }

// runs returns the runs of turns that the cuts (in increasing order, each
// above 0) delimit.
func (tl *tiling) runs(cuts []int) []turnRun {
	var rs []turnRun
	first := 0
	for _, c := range cuts {
		rs = append(rs, turnRun{first, c - 1})
		first = c
	}
	return append(rs, turnRun{first, len(tl.words) - 1})
}

func (tl *tiling) runWords(r turnRun) int { return tl.cum[r.last+1] - tl.cum[r.first] }

func (tl *tiling) runTerms(r turnRun) []int { return tl.seq[tl.start[r.first]:tl.start[r.last+1]] }

// mergeShort is step 7 of Episodes.
func (tl *tiling) mergeShort(rs []turnRun, opt EpisodeOptions) []turnRun {
	for len(rs) > 1 {
		short, shortWords := -1, 0
		for i, r := range rs {
			w := tl.runWords(r)
			if r.last-r.first+1 >= opt.MinTurns && w >= opt.MinWords {
				continue
			}
			if short < 0 || w < shortWords {
				short, shortWords = i, w
			}
		}
		if short < 0 {
			break
		}
		into := short - 1
		if short == 0 || short < len(rs)-1 &&
			tl.cohesion(tl.runTerms(rs[short]), tl.runTerms(rs[short+1])) >
				tl.cohesion(tl.runTerms(rs[short-1]), tl.runTerms(rs[short])) {
			into = short + 1
		}
		a, b := min(short, into), max(short, into)
		rs[a].last = rs[b].last
		rs = append(rs[:b], rs[b+1:]...)
	}
	return rs
}

// episodes describes the runs: turns, lines, words, speakers, keywords.
func (tl *tiling) episodes(ctx context.Context, d *corpus.Document, rs []turnRun, opt EpisodeOptions) ([]Episode, error) {
	eps := make([]Episode, len(rs))
	tt := termTable{lex: NewLexicon(), done: ctx.Done()}
	for i, r := range rs {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		turns := d.Turns[r.first : r.last+1]
		first, last := turns[0], turns[len(turns)-1]
		e := Episode{
			Index:     i + 1,
			FirstTurn: first.Index, LastTurn: last.Index,
			FirstLine: first.FirstLine, LastLine: last.LastLine,
		}
		bySpeaker := map[string]int{}
		terms, forms := counts{}, counts{}
		for j, t := range turns {
			w := tl.words[r.first+j]
			e.Words += w
			bySpeaker[t.Speaker] += w
			for _, tok := range t.Tokens {
				if tok.Term != "" {
					term := tt.lex.ID(tok.Term)
					terms[term]++
					forms[tt.lex.pair(term, tt.lex.ID(tok.Norm))]++
				}
			}
		}
		for id, w := range bySpeaker {
			s := EpisodeSpeaker{ID: id, Words: w}
			if e.Words > 0 {
				s.Share = float64(w) / float64(e.Words)
			}
			e.Speakers = append(e.Speakers, s)
		}
		sort.Slice(e.Speakers, func(a, b int) bool {
			p, q := e.Speakers[a], e.Speakers[b]
			return p.Words > q.Words || p.Words == q.Words && p.ID < q.ID
		})
		eps[i] = e
		tt.ids = append(tt.ids, episodeTarget(e.Index))
		tt.terms = append(tt.terms, terms)
		tt.words = append(tt.words, e.Words)
		tt.forms = append(tt.forms, forms)
	}
	// keywords returns the targets in order, each one's keywords together.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	kws := tt.keywords(KeywordOptions{MinFreq: 2, Top: opt.Keywords})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for i := range eps {
		target := episodeTarget(eps[i].Index)
		for len(kws) > 0 && kws[0].Target == target {
			eps[i].Keywords = append(eps[i].Keywords, kws[0])
			kws = kws[1:]
		}
	}
	return eps, nil
}

// cancelEvery is how many turns (or runs of turns) the long loops take
// between looks at their context: a look costs some nanoseconds, a
// thousand turns some milliseconds.
const cancelEvery = 1024

func episodeTarget(index int) string { return "episode " + strconv.Itoa(index) }
