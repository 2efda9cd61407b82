package analysis

import "strings"

// A Lexicon interns the strings tallies count (words, terms, the words
// behind each term), so that the tallies themselves are maps of small
// integers: one copy of "negotiations" for a corpus, not one per speaker
// and per group. IDs are given in order of first sight and mean nothing
// outside their lexicon; tallies with different lexicons still merge,
// through the strings.
//
// A Lexicon is not safe for concurrent use: the tallies that share one
// are counted and merged on one goroutine at a time.
type Lexicon struct {
	ids  map[string]uint32
	strs []string
	// A pair is a term with one of the words behind it; pairs of a term
	// are listed in termPairs, so that a term's forms are found without
	// scanning a speaker's every form.
	pairIDs   map[[2]uint32]uint32
	pairs     [][2]uint32
	termPairs map[uint32][]uint32
}

// NewLexicon returns an empty lexicon.
func NewLexicon() *Lexicon {
	return &Lexicon{ids: map[string]uint32{}, pairIDs: map[[2]uint32]uint32{}, termPairs: map[uint32][]uint32{}}
}

// ID returns s's ID, adding s if it is new. The lexicon keeps its own
// copy, so that a word cut from a document's text does not hold the
// whole text in memory.
func (l *Lexicon) ID(s string) uint32 {
	if id, ok := l.ids[s]; ok {
		return id
	}
	id := uint32(len(l.strs))
	s = strings.Clone(s)
	l.ids[s] = id
	l.strs = append(l.strs, s)
	return id
}

// lookup returns s's ID, if s is in the lexicon.
func (l *Lexicon) lookup(s string) (uint32, bool) {
	id, ok := l.ids[s]
	return id, ok
}

// String returns the string of an ID the lexicon gave.
func (l *Lexicon) String(id uint32) string { return l.strs[id] }

// pair returns the ID of a term with one of its forms (both string IDs).
func (l *Lexicon) pair(term, form uint32) uint32 {
	k := [2]uint32{term, form}
	if id, ok := l.pairIDs[k]; ok {
		return id
	}
	id := uint32(len(l.pairs))
	l.pairIDs[k] = id
	l.pairs = append(l.pairs, k)
	l.termPairs[term] = append(l.termPairs[term], id)
	return id
}

// translation maps the IDs of another lexicon's strings and pairs to
// this one's, adding what is new; merges across lexicons go through it.
type translation struct {
	strs, pairs []uint32
}

func (l *Lexicon) translate(o *Lexicon) translation {
	tr := translation{strs: make([]uint32, len(o.strs)), pairs: make([]uint32, len(o.pairs))}
	for i, s := range o.strs {
		tr.strs[i] = l.ID(s)
	}
	for i, p := range o.pairs {
		tr.pairs[i] = l.pair(tr.strs[p[0]], tr.strs[p[1]])
	}
	return tr
}
