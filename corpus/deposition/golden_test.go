package deposition

import (
	"os"
	"path/filepath"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func TestGolden(t *testing.T) {
	corpustest.RunGolden(t, []string{"deposition-kowalski.txt", "trial-johnson.txt", "trial-sokolov.txt"}, corpustest.NoOptions(Read), corpustest.ListingForm{Words: true, SpeakerWidth: 12, Clip: 80}.Render, corpustest.CheckAlternating)
}

// checkInvariants checks what every document of the reader holds: the
// invariants of every reader's documents, and turns that alternate.
func checkInvariants(t testing.TB, d *corpus.Document) {
	t.Helper()
	corpustest.CheckInvariants(t, d)
	corpustest.CheckAlternating(t, d)
}

// TestSamplesCounted checks the samples against counts made apart from
// the reader (a script over the pages as laid out, with the notes and
// matter marked by hand): words per speaker, and turns. The deposition
// has 53 labels' turns, less the answer "(No response.)", which holds no
// speech and so joins the two questions around it (51).
func TestSamplesCounted(t *testing.T) {
	for _, tc := range []struct {
		file  string
		turns int
		words map[string]int
	}{
		{"deposition-kowalski.txt", 51, map[string]int{"the videographer": 87, "brennan": 161, "okafor": 68, "margaret a. kowalski": 160}},
		{"trial-johnson.txt", 41, map[string]int{"the court": 57, "abrams": 108, "the clerk": 18, "mary ellen johnson": 92, "levy": 55}},
		// A state trial whose caption names the judge and whose witnesses
		// are named only when called; written with its turns and words
		// before it was read.
		{"trial-sokolov.txt", 29, map[string]int{"vásquez": 44, "torres": 61, "the clerk": 27, "dmitri sokolov": 36, "grant": 20, "laura chen": 21}},
	} {
		src, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Read(tc.file, src)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Turns) != tc.turns || len(d.Speakers) != len(tc.words) {
			t.Errorf("%s: %d turns, %d speakers; want %d, %d", tc.file, len(d.Turns), len(d.Speakers), tc.turns, len(tc.words))
		}
		for id, n := range tc.words {
			if got := corpustest.Words(d, id); got != n {
				t.Errorf("%s: %s has %d words, want %d", tc.file, id, got, n)
			}
		}
	}
}
