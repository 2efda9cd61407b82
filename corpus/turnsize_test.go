package corpus

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckTurnSize(t *testing.T) {
	long := strings.Repeat("peace ", MaxTurnWords+1)
	d := &Document{Name: "one-line.txt", Source: "A: hi\nB: " + long,
		Speakers: []Speaker{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}},
		Turns: []Turn{
			{Index: 1, Speaker: "a", FirstLine: 1, Utterances: []Utterance{{Speech: []Span{{3, 5}}}}},
			{Index: 2, Speaker: "b", FirstLine: 2, Utterances: []Utterance{{Speech: []Span{{9, 9 + len(long)}}}}},
		}}
	err := CheckTurnSize(d)
	var ie *InputError
	if !errors.As(err, &ie) || ie.File != "one-line.txt" || ie.Line != 2 || !strings.Contains(ie.Msg, "turn 2 (B) has about 1000001 words") {
		t.Fatalf("CheckTurnSize = %v, want turn 2 at line 2 named", err)
	}
	d.Turns[1].Utterances[0].Speech[0].End = 9 + len("peace ")*MaxTurnWords
	if err := CheckTurnSize(d); err != nil {
		t.Errorf("a turn of exactly MaxTurnWords: %v", err)
	}
	if n := countRuns(" a  bc\td\n"); n != 3 {
		t.Errorf("countRuns = %d, want 3", n)
	}
}
