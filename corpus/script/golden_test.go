package script

import (
	"os"
	"testing"

	"parley/corpus/corpustest"
)

// TestGoldenPodcast reads a hand-made Markdown podcast (front matter,
// escaped timestamps, laughs, a break marker, a heading, a link, closing
// credits) and compares the listing with the golden file; run with
// -update to rewrite it and review the diff.
func TestGoldenPodcast(t *testing.T) {
	src, err := os.ReadFile("testdata/podcast.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read("podcast.md", src)
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	corpustest.CheckGolden(t, "testdata/podcast.turns.golden", corpustest.Listing(d))
}
