package script

import (
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// checkDoc asserts the invariants of every reader's documents
// (corpustest.CheckInvariants). An unlabelled talk has no cue, which
// those invariants do not allow: its turn is checked here (speech inside
// its text, in order, at the start of the document) and left out of
// theirs.
func checkDoc(t testing.TB, d *corpus.Document) {
	t.Helper()
	c := *d
	c.Turns = nil
	for _, tr := range d.Turns {
		u := tr.Utterances[0]
		if u.Cue.Len() == 0 {
			if tr.Index != 1 || u.Cue.Start != u.Text.Start {
				t.Errorf("turn %d: an utterance without a cue that is not the document's first: %+v", tr.Index, u)
			}
			pos := u.Text.Start
			for _, s := range u.Speech {
				if s.Start < pos || s.End > u.Text.End || s.Len() == 0 {
					t.Errorf("turn %d: speech %v out of order or outside Text %v", tr.Index, s, u.Text)
				}
				pos = s.End
			}
			tr.Utterances = tr.Utterances[1:]
			if len(tr.Utterances) == 0 {
				continue
			}
		}
		// A press briefing's questions are turns of "q" one after
		// another (each a reporter's); the invariants want a turn to
		// change speakers, which holds for every other speaker.
		if n := len(c.Turns); n > 0 && tr.Speaker == "q" && c.Turns[n-1].Speaker == "q" {
			c.Turns[n-1].Utterances = append(c.Turns[n-1].Utterances, tr.Utterances...)
			c.Turns[n-1].LastLine = tr.LastLine
			continue
		}
		tr.Index = len(c.Turns) + 1
		c.Turns = append(c.Turns, tr)
	}
	c.Notes = append([]corpus.Note(nil), d.Notes...)
	for i := range c.Notes {
		c.Notes[i].Turn = 0 // the turn numbers shifted
	}
	corpustest.CheckInvariants(t, &c)
}
