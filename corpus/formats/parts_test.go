package formats

import (
	"testing"

	"parley/corpus"
	"parley/corpus/plain"
	"parley/corpus/record"
	"parley/corpus/script"
)

// readSampleDoc reads the bundled 1947 record.
func readSampleDoc(t *testing.T) *corpus.Document {
	t.Helper()
	d, err := record.ReadOne(corpus.SampleName, corpus.Sample())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestParts checks that the parts of the 1947 record cover its text in
// order and hold every kind.
func TestParts(t *testing.T) {
	d := readSampleDoc(t)
	parts := d.Parts()
	at := 0
	count := map[corpus.PartKind]int{}
	for _, p := range parts {
		if p.Start != at || p.End <= p.Start {
			t.Fatalf("part %+v does not follow at %d", p, at)
		}
		at = p.End
		count[p.Kind] += p.Len()
	}
	if at != len(d.Source) {
		t.Errorf("parts end at %d, the source at %d", at, len(d.Source))
	}
	speech := 0
	for _, turn := range d.Turns {
		for _, u := range turn.Utterances {
			for _, s := range u.Speech {
				speech += s.Len()
			}
		}
	}
	if count[corpus.SpeechPart] != speech {
		t.Errorf("speech parts hold %d bytes, the speech spans %d", count[corpus.SpeechPart], speech)
	}
	for _, k := range []corpus.PartKind{corpus.FrontPart, corpus.BackPart, corpus.CuePart, corpus.MarkPart, corpus.NotePart} {
		if count[k] == 0 {
			t.Errorf("the sample has no part of kind %d", k)
		}
	}
}

// FuzzCheck checks that the line marks, the parts and the checks never
// panic, whatever a reader made of the text, and that the parts cover the
// text in order.
func FuzzCheck(f *testing.F) {
	f.Add("SMITH: Hello.\nJones: Hi.\n\nCHALF\nMm.\n>> yes\nGromyko said that.\n**Ann:** x\n")
	f.Add("ANN:\n[x] (APPLAUSE)\r\nHe said: yes\n")
	f.Fuzz(func(t *testing.T, src string) {
		for _, read := range []func() (*corpus.Document, error){
			func() (*corpus.Document, error) { return script.Read("f.txt", []byte(src)) },
			func() (*corpus.Document, error) { return plain.Read("f.txt", []byte(src), corpus.Options{}) },
			func() (*corpus.Document, error) { return record.ReadOne("f.txt", []byte(src)) },
		} {
			d, err := read()
			if err != nil {
				continue
			}
			d.Reading.Words = corpus.WordCounts{Speech: 1, Other: 2}
			corpus.Check(d)
			at := 0
			for _, p := range d.Parts() {
				if p.Start != at || p.End <= p.Start {
					t.Fatalf("part %+v does not follow at %d", p, at)
				}
				at = p.End
			}
			if at != len(d.Source) {
				t.Fatalf("parts end at %d of %d", at, len(d.Source))
			}
			for _, lr := range d.ReadLines() {
				if lr.Span.Start < 0 || lr.Span.End > len(d.Source) || lr.Span.Start > lr.Span.End {
					t.Fatalf("line %d: span %+v", lr.Line, lr.Span)
				}
			}
		}
	})
}
