package corpus

import (
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

func TestReadDetectsFormat(t *testing.T) {
	script := "A:\nx\nB:\ny\nA:\nz\n"
	if d, err := Read("s.txt", []byte(script)); err != nil || d.Format != "script" {
		t.Errorf("script read as %v, %v", d, err)
	}
	if d, err := Read(SampleName, Sample()); err != nil || d.Format != "record" || len(d.Turns) != 44 {
		t.Errorf("the record read as %v", err)
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
