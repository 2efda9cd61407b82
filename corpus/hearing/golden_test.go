package hearing

import (
	"os"
	"path/filepath"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func TestGolden(t *testing.T) {
	corpustest.RunGolden(t, []string{"gpo-water-hearing.txt"}, corpustest.NoOptions(Read), corpustest.ListingForm{Words: true, SpeakerWidth: 12, Clip: 80}.Render, corpustest.CheckAlternating)
}

// checkInvariants checks what every document of the reader holds: the
// invariants of every reader's documents, and turns that alternate.
func checkInvariants(t testing.TB, d *corpus.Document) {
	t.Helper()
	corpustest.CheckInvariants(t, d)
	corpustest.CheckAlternating(t, d)
}

// TestSampleCounted checks the GPO sample against counts made by hand:
// words per speaker (white-space separated pieces holding a letter or
// digit, brackets, headings and the prepared statements left out), and
// turns.
func TestSampleCounted(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "gpo-water-hearing.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read("gpo-water-hearing.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"brandt": 114, "delgado": 29, "oyelaran": 81, "price of ohio": 28, "kowal": 9}
	if len(d.Turns) != 14 || len(d.Speakers) != len(want) {
		t.Errorf("%d turns, %d speakers; want 14, %d", len(d.Turns), len(d.Speakers), len(want))
	}
	for id, n := range want {
		if got := corpustest.Words(d, id); got != n {
			t.Errorf("%s has %d words, want %d", id, got, n)
		}
	}
}
