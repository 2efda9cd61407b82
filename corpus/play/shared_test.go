package play

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

// TestPaintGirl reads the real Gutenberg play and checks the first turns
// of Act I against the sequence written down by reading it
// (expect_test.go).
func TestPaintGirl(t *testing.T) {
	src := corpustest.ReadShared(t, filepath.Join("plays", "gutenberg_pinero_mind-the-paint-girl.txt"))
	d, err := Read("paint-girl.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("LISTING") != "" {
		t.Log(listing(d))
	}
	var got []string
	for _, tn := range d.Turns[:min(len(d.Turns), len(paintGirlTurns))] {
		got = append(got, tn.Speaker)
	}
	if strings.Join(got, ",") != strings.Join(paintGirlTurns, ",") {
		t.Errorf("turns:\n got %q\nwant %q", got, paintGirlTurns)
	}
	for i, want := range paintGirlSpeech {
		if i <= len(d.Turns) {
			if s := corpustest.TurnSpeech(d, d.Turns[i-1]); s != want {
				t.Errorf("turn %d: speech %q, want %q", i, s, want)
			}
		}
	}
}
