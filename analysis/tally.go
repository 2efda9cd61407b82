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
	// Seconds is the speaker's speaking time, from the utterances' timings
	// (subtitles, meeting transcripts); 0 where the format has none.
	Seconds float64
	// FirstTurn and LastTurn are the 1-based indexes of the speaker's first
	// and last turn within a document; a merge keeps the smallest first and
	// the largest last, so across documents they are bounds, not positions.
	FirstTurn, LastTurn int
	// Vocab counts the speaker's words, case folded.
	Vocab map[string]int
	// Terms counts the speaker's keyword terms (Token.Term, stems).
	Terms map[string]int
	// Forms counts, for each term, the words that gave it ("negotiations",
	// "negotiation"), case folded.
	Forms map[string]map[string]int
}

// newSpeakerTally returns an empty tally for one speaker.
func newSpeakerTally(id, name string, first int) *SpeakerTally {
	return &SpeakerTally{ID: id, Name: name, FirstTurn: first, Vocab: map[string]int{}, Terms: map[string]int{}, Forms: map[string]map[string]int{}}
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
			s = newSpeakerTally(turn.Speaker, name, turn.Index)
			t.Speakers[turn.Speaker] = s
		}
		words := 0
		for _, tok := range turn.Tokens {
			if !tok.Word {
				continue
			}
			words++
			s.Vocab[strings.ToLower(tok.Text)]++
			if tok.Term != "" {
				s.Terms[tok.Term]++
				addForm(s.Forms, tok.Term, tok.Norm, 1)
			}
		}
		s.Turns++
		s.Utterances += len(turn.Utterances)
		for _, u := range turn.Utterances {
			if u.End > u.Start {
				s.Seconds += u.End - u.Start
			}
		}
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
			s = newSpeakerTally(id, os.Name, os.FirstTurn)
			t.Speakers[id] = s
		}
		if s.Vocab == nil {
			s.Vocab = map[string]int{}
		}
		if s.Terms == nil {
			s.Terms = map[string]int{}
		}
		if s.Forms == nil {
			s.Forms = map[string]map[string]int{}
		}
		s.Turns += os.Turns
		s.Utterances += os.Utterances
		s.Seconds += os.Seconds
		s.Words += os.Words
		s.MaxTurnWords = max(s.MaxTurnWords, os.MaxTurnWords)
		s.FirstTurn = min(s.FirstTurn, os.FirstTurn)
		s.LastTurn = max(s.LastTurn, os.LastTurn)
		for w, n := range os.Vocab {
			s.Vocab[w] += n
		}
		for w, n := range os.Terms {
			s.Terms[w] += n
		}
		for term, forms := range os.Forms {
			for f, n := range forms {
				addForm(s.Forms, term, f, n)
			}
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
	// Seconds is the speaking time; 0 without timings.
	Seconds float64
}

// SpeakerTable returns the speaker table: one row per speaker, sorted by words
// (most first), then by turns (most first), then by name and ID.
func (t *Tally) SpeakerTable() []SpeakerRow {
	rows := make([]SpeakerRow, 0, len(t.Speakers))
	for _, s := range t.Speakers {
		r := SpeakerRow{
			ID: s.ID, Name: s.Name, Turns: s.Turns, Utterances: s.Utterances, Words: s.Words,
			Types: len(s.Vocab), MaxTurnWords: s.MaxTurnWords, FirstTurn: s.FirstTurn, LastTurn: s.LastTurn,
			Seconds: s.Seconds,
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

func addForm(forms map[string]map[string]int, term, form string, n int) {
	m := forms[term]
	if m == nil {
		m = map[string]int{}
		forms[term] = m
	}
	m[form] += n
}
