package analysis

import (
	"sort"
	"strings"

	"parley/corpus"
)

// Tally holds the counts of one or more documents. Its zero value is an
// empty tally ready for Merge.
type Tally struct {
	Documents int
	Turns     int
	Words     int
	Notes     int
	// Speakers maps a speaker's ID to that speaker's counts.
	Speakers map[string]*SpeakerTally
}

// SpeakerTally holds one speaker's counts.
type SpeakerTally struct {
	ID   string
	Name string // display name, from the first document that has the speaker

	Turns      int
	Utterances int
	Words      int
	// MaxTurnWords is the length in words of the speaker's longest turn.
	MaxTurnWords int
	// FirstTurn and LastTurn are the 1-based indexes of the speaker's first
	// and last turn within a document; a merge keeps the smallest first and
	// the largest last, so across documents they are bounds, not positions.
	FirstTurn, LastTurn int
	// Vocab counts the speaker's words, case folded.
	Vocab map[string]int
}

// Count tallies one annotated document: turns, utterances and words per
// speaker from the turns' tokens. Run the tokenize stage first.
func Count(d *corpus.Document) *Tally {
	t := &Tally{Documents: 1, Turns: len(d.Turns), Notes: len(d.Notes), Speakers: map[string]*SpeakerTally{}}
	for _, turn := range d.Turns {
		s := t.Speakers[turn.Speaker]
		if s == nil {
			name := turn.Speaker
			if sp, ok := d.Speaker(turn.Speaker); ok {
				name = sp.Name
			}
			s = &SpeakerTally{ID: turn.Speaker, Name: name, FirstTurn: turn.Index, Vocab: map[string]int{}}
			t.Speakers[turn.Speaker] = s
		}
		words := 0
		for _, tok := range turn.Tokens {
			if tok.Word {
				words++
				s.Vocab[strings.ToLower(tok.Text)]++
			}
		}
		s.Turns++
		s.Utterances += len(turn.Utterances)
		s.Words += words
		s.MaxTurnWords = max(s.MaxTurnWords, words)
		s.LastTurn = turn.Index
		t.Words += words
	}
	return t
}

// Merge adds o's counts to t.
func (t *Tally) Merge(o *Tally) {
	t.Documents += o.Documents
	t.Turns += o.Turns
	t.Words += o.Words
	t.Notes += o.Notes
	if t.Speakers == nil {
		t.Speakers = map[string]*SpeakerTally{}
	}
	for id, os := range o.Speakers {
		s := t.Speakers[id]
		if s == nil {
			s = &SpeakerTally{ID: id, Name: os.Name, FirstTurn: os.FirstTurn, Vocab: map[string]int{}}
			t.Speakers[id] = s
		}
		if s.Vocab == nil {
			s.Vocab = map[string]int{}
		}
		s.Turns += os.Turns
		s.Utterances += os.Utterances
		s.Words += os.Words
		s.MaxTurnWords = max(s.MaxTurnWords, os.MaxTurnWords)
		s.FirstTurn = min(s.FirstTurn, os.FirstTurn)
		s.LastTurn = max(s.LastTurn, os.LastTurn)
		for w, n := range os.Vocab {
			s.Vocab[w] += n
		}
	}
}

// SpeakerRow is one line of the speaker table, computed from a tally.
type SpeakerRow struct {
	ID, Name   string
	Turns      int
	Utterances int
	Words      int
	// Share is the speaker's fraction of all words, 0 to 1.
	Share float64
	// Types is the number of distinct words (case folded).
	Types         int
	MeanTurnWords float64
	MaxTurnWords  int
	FirstTurn     int
	LastTurn      int
}

// SpeakerTable returns the speaker table: one row per speaker, sorted by words
// (most first), then by turns (most first), then by name and ID.
func (t *Tally) SpeakerTable() []SpeakerRow {
	rows := make([]SpeakerRow, 0, len(t.Speakers))
	for _, s := range t.Speakers {
		r := SpeakerRow{
			ID: s.ID, Name: s.Name, Turns: s.Turns, Utterances: s.Utterances, Words: s.Words,
			Types: len(s.Vocab), MaxTurnWords: s.MaxTurnWords, FirstTurn: s.FirstTurn, LastTurn: s.LastTurn,
		}
		if t.Words > 0 {
			r.Share = float64(s.Words) / float64(t.Words)
		}
		if s.Turns > 0 {
			r.MeanTurnWords = float64(s.Words) / float64(s.Turns)
		}
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		switch {
		case a.Words != b.Words:
			return a.Words > b.Words
		case a.Turns != b.Turns:
			return a.Turns > b.Turns
		case a.Name != b.Name:
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
	return rows
}
