package analysis_test

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"parley/analysis"
	"parley/corpus"
)

// turn builds a turn from its speaker and, per utterance, its tokens
// separated by spaces; a token is a word if it holds a letter or digit.
// Count reads only the speaker, index, utterances and tokens.
func turn(index int, speaker string, utterances ...string) corpus.Turn {
	t := corpus.Turn{Index: index, Speaker: speaker, Utterances: make([]corpus.Utterance, len(utterances))}
	for _, u := range utterances {
		for _, f := range strings.Fields(u) {
			word := strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
			t.Tokens = append(t.Tokens, corpus.Token{Text: f, Word: word})
		}
	}
	return t
}

// docA has a speaker with two turns, a speaker with one, and a speaker
// missing from Speakers whose only turn has no words.
func docA() *corpus.Document {
	return &corpus.Document{
		Name:     "a.txt",
		Speakers: []corpus.Speaker{{ID: "ann", Name: "Ann"}, {ID: "bob", Name: "Bob"}},
		Turns: []corpus.Turn{
			turn(1, "ann", "The cat .", "the CAT"),
			turn(2, "bob", "No !"),
			turn(3, "ann", "A dog barked ."),
			turn(4, "carol", "– !"),
		},
		Notes: make([]corpus.Note, 2),
	}
}

func docB() *corpus.Document {
	return &corpus.Document{
		Name:     "b.txt",
		Speakers: []corpus.Speaker{{ID: "bob", Name: "Bob"}, {ID: "ann", Name: "Ann"}},
		Turns: []corpus.Turn{
			turn(1, "bob", "The dog , the end ."),
			turn(2, "ann", "Yes", "yes", "YES"),
		},
	}
}

// docC spells ann's display name differently from docA and docB.
func docC() *corpus.Document {
	return &corpus.Document{
		Name:     "c.txt",
		Speakers: []corpus.Speaker{{ID: "dan", Name: "Dan"}, {ID: "ann", Name: "Ann Smith"}},
		Turns: []corpus.Turn{
			turn(1, "dan", "Hello ."),
			turn(2, "ann", "the cat"),
		},
		Notes: make([]corpus.Note, 1),
	}
}

func TestCount(t *testing.T) {
	got := analysis.Count(docA())
	want := tallyCounts{
		Documents: 1, Turns: 4, Words: 8, Notes: 2,
		Speakers: map[string]speakerCounts{
			"ann": {
				ID: "ann", Name: "Ann", Turns: 2, Utterances: 3, Words: 7, MaxTurnWords: 4, FirstTurn: 1, LastTurn: 3,
				Vocab: map[string]int{"the": 2, "cat": 2, "a": 1, "dog": 1, "barked": 1},
			},
			"bob": {
				ID: "bob", Name: "Bob", Turns: 1, Utterances: 1, Words: 1, MaxTurnWords: 1, FirstTurn: 2, LastTurn: 2,
				Vocab: map[string]int{"no": 1},
			},
			// Not among the document's speakers: named by ID.
			"carol": {
				ID: "carol", Name: "carol", Turns: 1, Utterances: 1, Words: 0, MaxTurnWords: 0, FirstTurn: 4, LastTurn: 4,
				Vocab: map[string]int{},
			},
		},
	}
	checkTally(t, "Count(docA)", got, want)
}

func TestCountEmpty(t *testing.T) {
	got := analysis.Count(&corpus.Document{Name: "empty.txt"})
	want := tallyCounts{Documents: 1, Speakers: map[string]speakerCounts{}}
	checkTally(t, "Count(empty)", got, want)
	if rows := got.SpeakerTable(); len(rows) != 0 {
		t.Errorf("SpeakerTable of an empty tally = %v, want no rows", rows)
	}
}

// tallyCounts is what a test sees of a Tally: its exported counts and
// each speaker's words, terms and forms as strings.
type tallyCounts struct {
	Documents, Turns, Words, Notes int
	Speakers                       map[string]speakerCounts
}

type speakerCounts struct {
	ID, Name                               string
	Turns, Utterances, Words, MaxTurnWords int
	Seconds                                float64
	FirstTurn, LastTurn                    int
	Vocab, Terms                           map[string]int
	Forms                                  map[string]map[string]int
}

func countsOf(t *analysis.Tally) tallyCounts {
	c := tallyCounts{Documents: t.Documents, Turns: t.Turns, Words: t.Words, Notes: t.Notes, Speakers: map[string]speakerCounts{}}
	for id, s := range t.Speakers {
		c.Speakers[id] = speakerCounts{
			ID: s.ID, Name: s.Name, Turns: s.Turns, Utterances: s.Utterances, Words: s.Words, MaxTurnWords: s.MaxTurnWords,
			Seconds: s.Seconds, FirstTurn: s.FirstTurn, LastTurn: s.LastTurn,
			Vocab: s.Vocab(), Terms: s.Terms(), Forms: s.Forms(),
		}
	}
	return c
}

func checkTally(t *testing.T, what string, got *analysis.Tally, want tallyCounts) {
	t.Helper()
	checkCounts(t, what, countsOf(got), want)
}

func checkCounts(t *testing.T, what string, got, want tallyCounts) {
	t.Helper()
	if got.Documents != want.Documents || got.Turns != want.Turns || got.Words != want.Words || got.Notes != want.Notes {
		t.Errorf("%s: documents, turns, words, notes = %d %d %d %d, want %d %d %d %d", what,
			got.Documents, got.Turns, got.Words, got.Notes, want.Documents, want.Turns, want.Words, want.Notes)
	}
	for id, w := range want.Speakers {
		g, ok := got.Speakers[id]
		if !ok {
			t.Errorf("%s: no speaker %q", what, id)
			continue
		}
		// Cases that leave terms out expect none: nil and empty agree.
		if w.Terms == nil {
			w.Terms = map[string]int{}
		}
		if w.Forms == nil {
			w.Forms = map[string]map[string]int{}
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: speaker %q\n got %+v\nwant %+v", what, id, g, w)
		}
	}
	for id := range got.Speakers {
		if _, ok := want.Speakers[id]; !ok {
			t.Errorf("%s: unexpected speaker %q", what, id)
		}
	}
}

func merged(ts ...*analysis.Tally) *analysis.Tally {
	var m analysis.Tally
	for _, t := range ts {
		m.Merge(t)
	}
	return &m
}

func TestMerge(t *testing.T) {
	got := merged(analysis.Count(docA()), analysis.Count(docB()))
	want := tallyCounts{
		Documents: 2, Turns: 6, Words: 15, Notes: 2,
		Speakers: map[string]speakerCounts{
			"ann": {
				ID: "ann", Name: "Ann", Turns: 3, Utterances: 6, Words: 10, MaxTurnWords: 4, FirstTurn: 1, LastTurn: 3,
				Vocab: map[string]int{"the": 2, "cat": 2, "a": 1, "dog": 1, "barked": 1, "yes": 3},
			},
			"bob": {
				ID: "bob", Name: "Bob", Turns: 2, Utterances: 2, Words: 5, MaxTurnWords: 4, FirstTurn: 1, LastTurn: 2,
				Vocab: map[string]int{"no": 1, "the": 2, "dog": 1, "end": 1},
			},
			"carol": {
				ID: "carol", Name: "carol", Turns: 1, Utterances: 1, Words: 0, MaxTurnWords: 0, FirstTurn: 4, LastTurn: 4,
				Vocab: map[string]int{},
			},
		},
	}
	checkTally(t, "A+B", got, want)
}

// TestMergeZero merges into and from a zero Tally.
func TestMergeZero(t *testing.T) {
	var z analysis.Tally
	z.Merge(analysis.Count(docA()))
	checkTally(t, "zero+A", &z, countsOf(analysis.Count(docA())))

	a := analysis.Count(docA())
	a.Merge(&analysis.Tally{})
	checkTally(t, "A+zero", a, countsOf(analysis.Count(docA())))

	var zz analysis.Tally
	zz.Merge(&analysis.Tally{})
	if zz.Documents != 0 || zz.Turns != 0 || zz.Words != 0 || zz.Notes != 0 || len(zz.Speakers) != 0 {
		t.Errorf("zero+zero = %+v, want an empty tally", zz)
	}
}

// TestMergeOrder checks that merging is commutative and associative on
// every count and on Vocab. The display name is not: it is the first
// merged tally's (docA's "Ann" against docC's "Ann Smith").
func TestMergeOrder(t *testing.T) {
	a, b, c := analysis.Count(docA()), analysis.Count(docB()), analysis.Count(docC())
	want := merged(a, b, c)
	orders := map[string]*analysis.Tally{
		"(A+B)+C": merged(merged(a, b), c),
		"A+(B+C)": merged(a, merged(b, c)),
		"C+B+A":   merged(c, b, a),
		"B+A+C":   merged(b, a, c),
		"C+(A+B)": merged(c, merged(a, b)),
	}
	for what, got := range orders {
		checkCounts(t, what, withoutNames(got), withoutNames(want))
	}
	if n := orders["(A+B)+C"].Speakers["ann"].Name; n != "Ann" {
		t.Errorf("A first: ann is named %q, want Ann", n)
	}
	if n := orders["C+B+A"].Speakers["ann"].Name; n != "Ann Smith" {
		t.Errorf("C first: ann is named %q, want Ann Smith", n)
	}
}

// withoutNames returns t's counts with the display names blanked.
func withoutNames(t *analysis.Tally) tallyCounts {
	c := countsOf(t)
	for id, s := range c.Speakers {
		s.Name = ""
		c.Speakers[id] = s
	}
	return c
}

// TestMergeIndependent checks that Merge neither changes its argument nor
// shares maps with it.
func TestMergeIndependent(t *testing.T) {
	a := analysis.Count(docA())
	var m analysis.Tally
	m.Merge(a)
	m.Merge(analysis.Count(docB()))
	m.Merge(analysis.Count(docA()))
	m.Speakers["ann"].Words = 100
	checkTally(t, "A after merging it", a, countsOf(analysis.Count(docA())))
}

// TestMergeNilVocab merges into a speaker tally built by hand, or decoded
// from a shard, that has no Vocab map.
func TestMergeNilVocab(t *testing.T) {
	m := &analysis.Tally{Documents: 1, Turns: 1, Speakers: map[string]*analysis.SpeakerTally{
		"bob": {ID: "bob", Name: "Bob", Turns: 1, Utterances: 1, FirstTurn: 1, LastTurn: 1},
	}}
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Merge into a SpeakerTally with a nil Vocab panics: %v", r)
		}
	}()
	m.Merge(analysis.Count(docB()))
	if got := m.Speakers["bob"].Vocab()["the"]; got != 2 {
		t.Errorf("bob's count of \"the\" = %d, want 2", got)
	}
}

func TestSpeakerTable(t *testing.T) {
	got := merged(analysis.Count(docA()), analysis.Count(docB())).SpeakerTable()
	want := []analysis.SpeakerRow{
		{ID: "ann", Name: "Ann", Kind: corpus.KindPerson, InShares: true, Turns: 3, Utterances: 6, Words: 10, Share: 10.0 / 15, Types: 6, MeanTurnWords: 10.0 / 3, MaxTurnWords: 4, FirstTurn: 1, LastTurn: 3},
		{ID: "bob", Name: "Bob", Kind: corpus.KindPerson, InShares: true, Turns: 2, Utterances: 2, Words: 5, Share: 5.0 / 15, Types: 4, MeanTurnWords: 2.5, MaxTurnWords: 4, FirstTurn: 1, LastTurn: 2},
		{ID: "carol", Name: "carol", Kind: corpus.KindPerson, InShares: true, Turns: 1, Utterances: 1, Words: 0, Share: 0, Types: 0, MeanTurnWords: 0, MaxTurnWords: 0, FirstTurn: 4, LastTurn: 4},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SpeakerTable\n got %+v\nwant %+v", got, want)
	}
	checkShares(t, got)
}

// checkShares checks that shares are numbers from 0 to 1 that sum to 1.
func checkShares(t *testing.T, rows []analysis.SpeakerRow) {
	t.Helper()
	sum := 0.0
	for _, r := range rows {
		if math.IsNaN(r.Share) || r.Share < 0 || r.Share > 1 {
			t.Errorf("%s: share %v", r.ID, r.Share)
		}
		sum += r.Share
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Errorf("shares sum to %v, want 1", sum)
	}
}

// TestSpeakerTableOrder builds ties at every level of the sort: words
// (most first), then turns (most first), then name, then ID.
func TestSpeakerTableOrder(t *testing.T) {
	sp := func(id, name string, turns, words int) *analysis.SpeakerTally {
		return &analysis.SpeakerTally{ID: id, Name: name, Turns: turns, Words: words}
	}
	tally := &analysis.Tally{Words: 60, Speakers: map[string]*analysis.SpeakerTally{
		"zed":  sp("zed", "Zed", 2, 10),
		"amy2": sp("amy2", "Amy", 3, 10),
		"bob":  sp("bob", "Bob", 3, 10),
		"amy1": sp("amy1", "Amy", 3, 10),
		"top":  sp("top", "Top", 1, 20),
	}}
	want := "top amy1 amy2 bob zed"
	// Map order differs from run to run; the table must not.
	for range 20 {
		rows := tally.SpeakerTable()
		var ids []string
		for _, r := range rows {
			ids = append(ids, r.ID)
		}
		if got := strings.Join(ids, " "); got != want {
			t.Fatalf("order %s, want %s", got, want)
		}
		checkShares(t, rows)
	}
}

// TestSpeakerTableNoWords checks that a tally without words gives shares
// and means of 0, not NaN.
func TestSpeakerTableNoWords(t *testing.T) {
	tally := &analysis.Tally{Turns: 2, Speakers: map[string]*analysis.SpeakerTally{
		"a": {ID: "a", Name: "A", Turns: 2, Utterances: 2},
		"b": {ID: "b", Name: "B"},
	}}
	want := []analysis.SpeakerRow{
		{ID: "a", Name: "A", Turns: 2, Utterances: 2, InShares: true},
		{ID: "b", Name: "B", InShares: true},
	}
	if got := tally.SpeakerTable(); !reflect.DeepEqual(got, want) {
		t.Errorf("SpeakerTable\n got %+v\nwant %+v", got, want)
	}
}
