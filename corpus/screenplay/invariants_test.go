package screenplay

import (
	"testing"

	"parley/corpus"
)

// checkInvariants checks the reader's contract on a document read from
// src: the source kept, turns numbered 1..n with speakers that exist, and
// every span within the source, in order, speech outside cues and notes.
func checkInvariants(t *testing.T, src string, d *corpus.Document) {
	t.Helper()
	if d.Source != src {
		t.Fatal("the document does not keep its source")
	}
	in := func(what string, s corpus.Span) {
		if s.Start < 0 || s.End > len(src) || s.Start > s.End {
			t.Fatalf("%s %v out of range (source %d bytes)", what, s, len(src))
		}
	}
	in("front", d.Front)
	in("back", d.Back)
	speakers := map[string]bool{}
	for _, s := range d.Speakers {
		speakers[s.ID] = true
	}
	var notes []corpus.Span
	for _, n := range d.Notes {
		in("note anchor", n.Anchor)
		in("note extent", n.Extent)
		in("note body", n.Body)
		notes = append(notes, n.Extent)
	}
	last := -1
	for i, tn := range d.Turns {
		if tn.Index != i+1 || !speakers[tn.Speaker] || len(tn.Utterances) == 0 {
			t.Fatalf("turn %d: index %d, speaker %q, %d utterances", i+1, tn.Index, tn.Speaker, len(tn.Utterances))
		}
		for _, u := range tn.Utterances {
			in("cue", u.Cue)
			in("text", u.Text)
			if u.Cue.Start < last {
				t.Fatalf("turn %d: cue at %d before the previous speech's end %d", i+1, u.Cue.Start, last)
			}
			for _, s := range u.Speech {
				in("speech", s)
				if s.Start < last || s.Start < u.Cue.End || s.Len() == 0 {
					t.Fatalf("turn %d: speech %v out of order (previous end %d, cue %v)", i+1, s, last, u.Cue)
				}
				for _, n := range notes {
					if s.Start < n.End && n.Start < s.End {
						t.Fatalf("turn %d: speech %q overlaps a note %q", i+1, s.In(src), n.In(src))
					}
				}
				last = s.End
			}
		}
	}
}
