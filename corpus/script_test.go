package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadScript(t *testing.T) {
	src := "Transcript of a debate\n\n" +
		"Susan Page:\nGood evening. [crosstalk 00:07:53] Welcome.\n\n" +
		"Vice President Mike Pence:\nThank you, Susan.\n\n" +
		"Mike Pence:\nAnd thanks to Utah. (APPLAUSE)\n\n" +
		"Kamala Harris:\nThank you.\n"
	d, err := ReadScript("debate.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, turn := range d.Turns {
		var speech []string
		for _, u := range turn.Utterances {
			for _, s := range u.Speech {
				speech = append(speech, s.In(d.Source))
			}
		}
		got = append(got, turn.Speaker+"="+strings.Join(speech, "|"))
	}
	want := "susan page=Good evening.|Welcome. mike pence=Thank you, Susan.|And thanks to Utah. kamala harris=Thank you."
	if strings.Join(got, " ") != want {
		t.Errorf("turns\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if d.Front.In(d.Source) != "Transcript of a debate" {
		t.Errorf("front matter %q", d.Front.In(d.Source))
	}
	var notes []string
	for _, n := range d.Notes {
		notes = append(notes, string(n.Kind)+":"+d.NoteText(n))
	}
	if strings.Join(notes, " ") != "editorial:crosstalk 00:07:53 stage:APPLAUSE" {
		t.Errorf("notes %q", notes)
	}
	if _, err := ReadScript("x.txt", []byte("no cues here\n")); !IsInputError(err) {
		t.Errorf("no cues: %v", err)
	}
}

func FuzzReadScript(f *testing.F) {
	f.Add("Susan Page:\nGood evening. [crosstalk 00:07:53]\n\nKamala Harris:\nThank you.\n")
	f.Add("A:\n\nB:\n(LAUGHTER)\n")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := ReadScript("fuzz.txt", []byte(src))
		if err != nil {
			if !IsInputError(err) {
				t.Fatalf("not an InputError: %v", err)
			}
			return
		}
		for i, turn := range d.Turns {
			if turn.Index != i+1 {
				t.Fatalf("turn %d has index %d", i+1, turn.Index)
			}
			for _, u := range turn.Utterances {
				for _, s := range append([]Span{u.Cue, u.Text}, u.Speech...) {
					if s.Start < 0 || s.End > len(d.Source) || s.Start > s.End {
						t.Fatalf("span %v outside the source", s)
					}
				}
			}
		}
	})
}

// TestScriptRealSamples reads the 2020 debates and Shakespeare from
// ../shared/corpora: they must read cleanly, and the opening of each is a
// golden listing checked by reading the text.
func TestScriptRealSamples(t *testing.T) {
	for _, tc := range []struct {
		path, golden string
		speakers     int
	}{
		{"debates-2020-rev/2020_vp_part1.txt", "testdata/debate2020-vp1.turns.golden", 3},
		{"debates-2020-rev/2020_debate1_part1.txt", "", 3},
		{"tinyshakespeare/tinyshakespeare.txt", "", 0},
	} {
		src, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpora", tc.path))
		if err != nil {
			t.Skip("../shared/corpora is absent")
		}
		d, err := ReadScript(tc.path, src)
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		if d.Format != "script" || len(d.Turns) < 50 || tc.speakers > 0 && len(d.Speakers) != tc.speakers {
			t.Errorf("%s: format %s, %d turns, %d speakers", tc.path, d.Format, len(d.Turns), len(d.Speakers))
		}
		empty := 0
		for _, turn := range d.Turns {
			if len(turn.Utterances) == 0 || turn.Utterances[0].Cue.Len() == 0 {
				t.Fatalf("%s: turn %d without a cue", tc.path, turn.Index)
			}
			speech := 0
			for _, u := range turn.Utterances {
				speech += len(u.Speech)
			}
			if speech == 0 {
				empty++
			}
		}
		// tinyshakespeare has some cues with nothing below them ("TITUS:"
		// then a blank line), 193 of 7342; more would mean speech lost.
		if empty*100 > 3*len(d.Turns) {
			t.Errorf("%s: %d of %d turns without speech", tc.path, empty, len(d.Turns))
		}
		if tc.golden == "" {
			continue
		}
		head := *d
		head.Turns = d.Turns[:30]
		head.Notes = nil
		checkGolden(t, tc.golden, listing(&head))
	}
}

func TestScriptColonRecord(t *testing.T) {
	src := "MEMORANDUM OF CONVERSATION, February 21, 1972\n\nPresent: Mao Zedong, Zhou Enlai, Kissinger (National Security Adviser)\n\n" +
		"MAO ZEDONG: Our common old friend, Generalissimo Chiang Kai-shek, doesn't approve of this.\n" +
		"Kissinger: Yes, the Chairman is right.\n" +
		"Note: this line is no cue.\n" +
		"Zhou Enlai: Then let us begin.\n"
	d, err := ReadScript("memcon.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, turn := range d.Turns {
		got = append(got, turn.Speaker)
	}
	if d.Format != "script" || strings.Join(got, ",") != "mao zedong,kissinger,zhou enlai" {
		t.Errorf("format %s, turns %q", d.Format, got)
	}
	if len(d.Roster) != 3 || d.Roster[2].Role != "National Security Adviser" || d.Speakers[0].Name != "Mao Zedong" {
		t.Errorf("roster %+v, speakers %+v", d.Roster, d.Speakers)
	}
	speech := d.Turns[1].Utterances[0].Speech
	if len(speech) != 2 || speech[1].In(d.Source) != "Note: this line is no cue." {
		t.Errorf("Kissinger's speech %v", speech)
	}
}
