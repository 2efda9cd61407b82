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
	lex      *Lexicon
	// PseudoInShares counts the pseudo-speakers (groups, unknown
	// speakers: corpus.SpeakerKind) in the shares of SpeakerTable; by
	// default their words are outside every share, and theirs is 0.
	PseudoInShares bool
	// nameTerms are the terms of the speakers' names in any document
	// (corpus.Document.NameTerms), as lexicon IDs: keywords leave them
	// out. A merge takes the union.
	nameTerms map[uint32]bool
}

// SpeakerTally holds one speaker's counts.
type SpeakerTally struct {
	ID   string
	Name string // display name, from the first document that has the speaker
	// Kind says whether the speaker is one person or a pseudo-speaker
	// (a group, an unknown speaker), by the name (corpus.KindOf).
	Kind corpus.SpeakerKind

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

	lex *Lexicon
	// vocab counts the speaker's words, case folded; terms the keyword
	// terms (Token.Term, stems); forms each term's words ("negotiations",
	// "negotiation"), by the lexicon's pair of term and word. All are
	// keyed by the lexicon's IDs.
	vocab, terms, forms counts
}

// counts maps lexicon IDs to numbers of uses. A count past 2³² uses of
// one word by one speaker would wrap; no speaker comes near.
type counts = map[uint32]uint32

// newSpeakerTally returns an empty tally for one speaker.
func newSpeakerTally(lex *Lexicon, id, name string, first int) *SpeakerTally {
	// Copied: a document's strings are cut from its text, which a
	// corpus's tally must not hold.
	id, name = strings.Clone(id), strings.Clone(name)
	return &SpeakerTally{ID: id, Name: name, Kind: corpus.KindOf(name), FirstTurn: first, lex: lex,
		vocab: counts{}, terms: counts{}, forms: counts{}}
}

// Types returns the number of distinct words the speaker used, case folded.
func (s *SpeakerTally) Types() int { return len(s.vocab) }

// Term returns the number of times the speaker used the keyword term.
func (s *SpeakerTally) Term(term string) int {
	if s.lex == nil {
		return 0
	}
	id, ok := s.lex.lookup(term)
	if !ok {
		return 0
	}
	return int(s.terms[id])
}

// Vocab returns the speaker's words, case folded, with their counts.
func (s *SpeakerTally) Vocab() map[string]int { return s.strings(s.vocab) }

// Terms returns the speaker's keyword terms with their counts.
func (s *SpeakerTally) Terms() map[string]int { return s.strings(s.terms) }

// Forms returns, for each of the speaker's terms, the words behind it
// with their counts.
func (s *SpeakerTally) Forms() map[string]map[string]int {
	out := map[string]map[string]int{}
	for p, n := range s.forms {
		pair := s.lex.pairs[p]
		term, form := s.lex.String(pair[0]), s.lex.String(pair[1])
		if out[term] == nil {
			out[term] = map[string]int{}
		}
		out[term][form] += int(n)
	}
	return out
}

func (s *SpeakerTally) strings(m counts) map[string]int {
	out := make(map[string]int, len(m))
	for id, n := range m {
		out[s.lex.String(id)] = int(n)
	}
	return out
}

// Count tallies one annotated document: turns, utterances and words per
// speaker from the turns' tokens. Run the tokenize stage first.
func Count(d *corpus.Document) *Tally { return CountWith(NewLexicon(), d) }

// CountWith is Count with the strings interned in lex, so that merging
// the tally into others of the same lexicon is integer work.
func CountWith(lex *Lexicon, d *corpus.Document) *Tally {
	t := &Tally{Documents: 1, Turns: len(d.Turns), Notes: len(d.Notes), Speakers: map[string]*SpeakerTally{}, lex: lex}
	var names map[string]string // made at the first new speaker
	for _, turn := range d.Turns {
		s := t.Speakers[turn.Speaker]
		if s == nil {
			if names == nil {
				names = d.SpeakerNames()
			}
			name := turn.Speaker
			if n, ok := names[turn.Speaker]; ok {
				name = n
			}
			s = newSpeakerTally(lex, turn.Speaker, name, turn.Index)
			t.Speakers[turn.Speaker] = s
		}
		words := 0
		for _, tok := range turn.Tokens {
			if !tok.Word {
				continue
			}
			words++
			// The word case folded is its Norm, but where a typographic
			// apostrophe was straightened: one lookup for both, mostly.
			var word, norm uint32
			if tok.Norm != "" && !strings.Contains(tok.Text, "’") {
				word = lex.ID(tok.Norm)
				norm = word
			} else {
				word = lex.ID(strings.ToLower(tok.Text))
				norm = lex.ID(tok.Norm)
			}
			s.vocab[word]++
			if tok.Term != "" {
				term := lex.ID(tok.Term)
				s.terms[term]++
				s.forms[lex.pair(term, norm)]++
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
	for _, term := range d.NameTerms {
		if t.nameTerms == nil {
			t.nameTerms = map[uint32]bool{}
		}
		t.nameTerms[lex.ID(term)] = true
	}
	return t
}

// NameTerms returns the terms of the speakers' names that keywords leave
// out, sorted.
func (t *Tally) NameTerms() []string {
	out := make([]string, 0, len(t.nameTerms))
	for id := range t.nameTerms {
		out = append(out, t.lex.String(id))
	}
	sort.Strings(out)
	return out
}

// Merge adds o's counts to t.
func (t *Tally) Merge(o *Tally) {
	t.merge(o, "")
}

// MergeAsOne adds o's counts to t as if one speaker, id, had said all of
// o: for comparing documents or groups, where who spoke does not matter,
// it keeps one speaker's worth of counts instead of every speaker's.
func (t *Tally) MergeAsOne(o *Tally, id string) {
	t.merge(o, id)
}

func (t *Tally) merge(o *Tally, as string) {
	t.Documents += o.Documents
	t.Turns += o.Turns
	t.Words += o.Words
	t.Notes += o.Notes
	if t.Speakers == nil {
		t.Speakers = map[string]*SpeakerTally{}
	}
	if t.lex == nil {
		t.lex = o.lex
		if t.lex == nil {
			t.lex = NewLexicon()
		}
	}
	var tr *translation
	if o.lex != nil && o.lex != t.lex {
		x := t.lex.translate(o.lex)
		tr = &x
	}
	for id := range o.nameTerms {
		if t.nameTerms == nil {
			t.nameTerms = map[uint32]bool{}
		}
		if tr != nil {
			id = tr.strs[id]
		}
		t.nameTerms[id] = true
	}
	ids := make([]string, 0, len(o.Speakers))
	for id := range o.Speakers {
		ids = append(ids, id)
	}
	sort.Strings(ids) // a new speaker's first turn and name do not depend on map order
	for _, id := range ids {
		os := o.Speakers[id]
		key, name := id, os.Name
		if as != "" {
			key, name = as, as
		}
		s := t.Speakers[key]
		if s == nil {
			s = newSpeakerTally(t.lex, key, name, os.FirstTurn)
			t.Speakers[s.ID] = s
		}
		if s.vocab == nil { // built by hand, or decoded from a shard
			s.lex, s.vocab, s.terms, s.forms = t.lex, counts{}, counts{}, counts{}
		}
		s.Turns += os.Turns
		s.Utterances += os.Utterances
		s.Seconds += os.Seconds
		s.Words += os.Words
		s.MaxTurnWords = max(s.MaxTurnWords, os.MaxTurnWords)
		s.FirstTurn = min(s.FirstTurn, os.FirstTurn)
		s.LastTurn = max(s.LastTurn, os.LastTurn)
		if tr == nil {
			addCounts(s.vocab, os.vocab, nil)
			addCounts(s.terms, os.terms, nil)
			addCounts(s.forms, os.forms, nil)
			continue
		}
		addCounts(s.vocab, os.vocab, tr.strs)
		addCounts(s.terms, os.terms, tr.strs)
		addCounts(s.forms, os.forms, tr.pairs)
	}
}

// addCounts adds src's counts to dst, its keys translated by tr (nil:
// the same lexicon).
func addCounts(dst, src counts, tr []uint32) {
	for k, n := range src {
		if tr != nil {
			k = tr[k]
		}
		dst[k] += n
	}
}

// InShares reports whether s's words count in the speakers' shares.
func (t *Tally) InShares(s *SpeakerTally) bool { return t.PseudoInShares || !s.Kind.Pseudo() }

// SharedWords returns the words of the speakers in shares: the shares'
// denominator.
func (t *Tally) SharedWords() int {
	n := 0
	for _, s := range t.Speakers {
		if t.InShares(s) {
			n += s.Words
		}
	}
	return n
}

// SpeakerRow is one line of the speaker table, computed from a tally.
type SpeakerRow struct {
	ID, Name   string
	Kind       corpus.SpeakerKind
	Turns      int
	Utterances int
	Words      int
	// Share is the speaker's fraction of the words of the speakers in
	// shares (InShares), 0 to 1; 0 for a speaker outside them.
	Share float64
	// InShares says the speaker's words count in the shares: every
	// speaker but a pseudo-speaker (unless Tally.PseudoInShares).
	InShares bool
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
	shared := t.SharedWords()
	for _, s := range t.Speakers {
		r := SpeakerRow{
			ID: s.ID, Name: s.Name, Kind: s.Kind, Turns: s.Turns, Utterances: s.Utterances, Words: s.Words,
			Types: s.Types(), MaxTurnWords: s.MaxTurnWords, FirstTurn: s.FirstTurn, LastTurn: s.LastTurn,
			Seconds: s.Seconds, InShares: t.InShares(s),
		}
		if r.InShares && shared > 0 {
			r.Share = float64(s.Words) / float64(shared)
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
