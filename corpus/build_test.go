package corpus

import (
	"strings"
	"testing"
)

// TestBuilderDisplayNames checks how a speaker's name is shown: a name in
// capitals in title case, a machine's label and an acronym as written.
func TestBuilderDisplayNames(t *testing.T) {
	src := "MAO ZEDONG: a\nSPEAKER_00: b\nCDR: c\nANN: d\n"
	b := NewBuilder("t.txt", "script", src)
	for _, ln := range SplitLines(src) {
		line := ln.In(src)
		colon := ln.Start + strings.IndexByte(line, ':')
		u := Utterance{Cue: Span{ln.Start, colon + 1}, Text: Span{ln.Start, ln.End}, Speech: []Span{{colon + 2, ln.End}}}
		b.Add(line[:colon-ln.Start], u, Span{ln.Start, ln.End})
	}
	d, err := b.Document("none")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sp := range d.Speakers {
		got = append(got, sp.Name)
	}
	if want := "Mao Zedong,SPEAKER_00,CDR,Ann"; strings.Join(got, ",") != want {
		t.Errorf("names %s, want %s", strings.Join(got, ","), want)
	}
}
