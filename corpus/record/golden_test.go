package record

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func readSample(t testing.TB) *corpus.Document {
	t.Helper()
	d, err := ReadOne(corpus.SampleName, corpus.Sample())
	if err != nil {
		t.Fatalf("ReadOne: %v", err)
	}
	return d
}

func TestGolden1947(t *testing.T) {
	corpustest.CheckGolden(t, "testdata/1947.turns.golden", corpustest.Listing(readSample(t)))
}

// TestRecord1947 states what a careful reading of the 1947 record finds,
// independently of the golden listing.
func TestRecord1947(t *testing.T) {
	d := readSample(t)
	corpustest.CheckMeta(t, d, "RECORD OF CONVERSATION OF COMRADE STALIN WITH THE GROUP OF BRITISH LABOUR PARTY MEMBERS OF PARLIAMENT", "1947-10-14")
	corpustest.CheckMatter(t, d, "1-23", "98-129")
	if len(d.Roster) != 9 || d.Roster[8] != (corpus.Participant{Name: "Hughes", Role: "secretary of delegation", Line: 23}) {
		t.Errorf("Roster = %+v, want 9 entries ending with Hughes (secretary of delegation) on line 23", d.Roster)
	}

	const (
		s = "stalin"
		z = "zilliacus"
		p = "parkin"
		b = "bing"
		l = "lee"
		h = "thomas"
		a = "allen"
		c = "champion"
	)
	wantSeq := []string{
		s, z, s, z, s, z, s, z, s, p, // 1-10
		z, s, p, s, b, s, z, s, z, s, // 11-20
		p, s, l, h, b, s, b, a, s, a, // 21-30
		h, a, c, s, c, s, l, z, s, h, // 31-40
		s, z, s, b, // 41-44
	}
	var seq []string
	for _, tr := range d.Turns {
		seq = append(seq, tr.Speaker)
	}
	if !reflect.DeepEqual(seq, wantSeq) {
		t.Fatalf("%d turns by\n%q\nwant %d turns by\n%q", len(seq), seq, len(wantSeq), wantSeq)
	}
	var ids, names []string
	for _, sp := range d.Speakers {
		ids = append(ids, sp.ID)
		names = append(names, sp.Name)
	}
	if want := []string{s, z, p, b, l, h, a, c}; !reflect.DeepEqual(ids, want) {
		t.Errorf("speakers %q, want %q", ids, want)
	}
	if want := []string{"Stalin", "Zilliacus", "Parkin", "Bing", "Lee", "Thomas", "Allen", "Champion"}; !reflect.DeepEqual(names, want) {
		t.Errorf("speaker names %q, want %q", names, want)
	}

	turns := []struct {
		index, first, last, utts int
	}{
		{8, 32, 35, 2},
		{20, 47, 52, 1},
		{22, 54, 61, 1},
		{28, 70, 70, 1},
		{29, 70, 70, 1},
		{30, 71, 71, 1},
		{34, 75, 77, 2},
		{36, 79, 81, 2},
		{38, 83, 87, 1},
		{44, 96, 96, 1},
	}
	for _, w := range turns {
		tr := d.Turns[w.index-1]
		if tr.FirstLine != w.first || tr.LastLine != w.last || len(tr.Utterances) != w.utts {
			t.Errorf("turn %d: lines %d-%d, %d utterances; want lines %d-%d, %d", w.index, tr.FirstLine, tr.LastLine, len(tr.Utterances), w.first, w.last, w.utts)
		}
	}
	cues := []struct {
		turn, utt, line int
		cue             string
	}{
		{8, 0, 32, "ZILLIACUS expresses"},
		{8, 1, 34, "Zilliacus introduces his comrades and says that"},
		{10, 0, 37, "PARKIN sets a question to Comrade Stalin:"},
		{12, 0, 39, "Answering to Parkin, Comrade STALIN says that,"},
		{29, 0, 70, "Comrade STALIN says that"},
		{32, 0, 73, "ALLEN continues his remarks and says that"},
		{34, 1, 76, "Comrade Stalin says that"},
		{36, 1, 81, "Comrade Stalin apologizes that"},
		{41, 0, 93, "Comrade STALIN (smiling) says:"},
	}
	for _, w := range cues {
		u := d.Turns[w.turn-1].Utterances[w.utt]
		if u.Line != w.line || u.Cue.In(d.Source) != w.cue {
			t.Errorf("turn %d utterance %d: line %d cue %q; want line %d cue %q", w.turn, w.utt+1, u.Line, u.Cue.In(d.Source), w.line, w.cue)
		}
	}
	if got, want := d.TurnText(d.Turns[39]), "THOMAS (smiling) thanks Comrade Stalin for the warning."; got != want {
		t.Errorf("TurnText(turn 40) = %q, want %q", got, want)
	}

	// The apparatus.
	kinds := map[corpus.NoteKind][]int{} // kind -> lines
	for _, n := range d.Notes {
		kinds[n.Kind] = append(kinds[n.Kind], n.Line)
	}
	if n := len(kinds[corpus.Footnote]); n != 41 {
		t.Errorf("%d footnotes, want 41", n)
	}
	for kind, want := range map[corpus.NoteKind][]int{corpus.Elision: {50, 59}, corpus.Stage: {58, 92, 93}, corpus.Editorial: {100}} {
		if !reflect.DeepEqual(kinds[kind], want) {
			t.Errorf("%s notes on lines %v, want %v", kind, kinds[kind], want)
		}
	}
	footnoteTurn := map[int]int{15: 8, 16: 22, 17: 25, 18: 38, 19: 38, 20: 38, 21: 38, 22: 39, 23: 39, 24: 44}
	conversation := corpus.Span{Start: d.Turns[0].Utterances[0].Cue.Start, End: d.Back.Start}
	for _, n := range d.Notes {
		if n.Kind == corpus.Editorial && d.NoteText(n) != "signature" {
			t.Errorf("editorial note %q, want signature", d.NoteText(n))
		}
		if n.Turn > 0 && (n.Anchor.Start < conversation.Start || n.Anchor.Start >= conversation.End) {
			t.Errorf("%s %d on line %d lies outside the conversation but has Turn %d", n.Kind, n.Number, n.Line, n.Turn)
		}
		if n.Kind != corpus.Footnote {
			continue
		}
		if n.Number < 1 || n.Number > 41 {
			t.Errorf("footnote number %d", n.Number)
		}
		if want := footnoteTurn[n.Number]; n.Turn != want {
			t.Errorf("footnote %d (line %d) in turn %d, want %d", n.Number, n.Line, n.Turn, want)
		}
		if n.Anchor.In(d.Source) != fmt.Sprintf("[footnoteRef:%d]", n.Number) || !strings.HasPrefix(n.Extent.In(d.Source), fmt.Sprintf("[%d:", n.Number)) {
			t.Errorf("footnote %d: anchor %q, extent %q", n.Number, n.Anchor.In(d.Source), corpustest.Clip(n.Extent.In(d.Source), 20))
		}
	}
	if n := d.Notes[12]; n.Number != 13 || !strings.Contains(d.NoteText(n), "Moscow City [Communist] Party Committee") || !strings.HasSuffix(d.NoteText(n), "(1953-1954).") {
		t.Errorf("footnote 13, with nested brackets, reads %q", d.NoteText(n))
	}

	// Speech is clear of every cue and note.
	overlaps := func(x, y corpus.Span) bool { return x.Start < y.End && y.Start < x.End }
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			for _, sp := range u.Speech {
				for _, n := range d.Notes {
					if overlaps(sp, n.Anchor) || overlaps(sp, n.Extent) {
						t.Errorf("turn %d: speech on line %d overlaps %s note on line %d", tr.Index, d.Line(sp.Start), n.Kind, n.Line)
					}
				}
				for _, other := range d.Turns {
					for _, v := range other.Utterances {
						if overlaps(sp, v.Cue) {
							t.Errorf("turn %d: speech on line %d overlaps the cue %q", tr.Index, d.Line(sp.Start), v.Cue.In(d.Source))
						}
					}
				}
			}
		}
	}
}

// TestRecord1947Invariants checks every speech span of the 1947 record: it
// lies inside its utterance's Text after the cue, and the spans come in
// order without overlapping. checkInvariants adds the rest.
func TestRecord1947Invariants(t *testing.T) {
	d := readSample(t)
	for _, tr := range d.Turns {
		for k, u := range tr.Utterances {
			if len(u.Speech) == 0 {
				t.Errorf("turn %d utterance %d has no speech", tr.Index, k+1)
			}
			prev := u.Cue.End
			for _, sp := range u.Speech {
				if sp.Start < u.Text.Start || sp.End > u.Text.End {
					t.Errorf("turn %d: speech %v outside Text %v", tr.Index, sp, u.Text)
				}
				if sp.Start < prev || sp.Len() <= 0 {
					t.Errorf("turn %d: speech %v out of order or overlapping (previous ends at %d)", tr.Index, sp, prev)
				}
				prev = sp.End
			}
		}
	}
	corpustest.CheckInvariants(t, d)
}

// TestCheckSample checks that the reading checks find nothing wrong with
// the 1947 record.
func TestCheckSample(t *testing.T) {
	if ws := corpus.Check(readSample(t)); len(ws) > 0 {
		t.Errorf("the 1947 record warns: %v", ws)
	}
}
