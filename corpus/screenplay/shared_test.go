package screenplay

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

// TestFreakOut reads the real Fountain screenplay and checks its turns
// against the sequence written down by reading it (expect_test.go).
func TestFreakOut(t *testing.T) {
	src := corpustest.ReadShared(t, filepath.Join("plays", "ebScreenplays_THE_LIBRARY_FREAK-OUT.fountain"))
	d, err := Read("freak-out.fountain", src)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("LISTING") != "" {
		t.Log(listing(d))
	}
	var got []string
	for _, tn := range d.Turns {
		got = append(got, tn.Speaker)
	}
	if strings.Join(got, ",") != strings.Join(freakOutTurns, ",") {
		t.Errorf("turns:\n got %q\nwant %q", got, freakOutTurns)
	}
	for i, want := range freakOutSpeech {
		if i <= len(d.Turns) {
			if s := corpustest.TurnSpeech(d, d.Turns[i-1]); s != want {
				t.Errorf("turn %d: speech %q, want %q", i, s, want)
			}
		}
	}
	if d.Title != "THE LIBRARY FREAK-OUT" || d.Meta["author"] != "Richard Alexander Hall" {
		t.Errorf("title %q, meta %v", d.Title, d.Meta)
	}
}
