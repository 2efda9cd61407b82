package play

import (
	"testing"

	"parley/corpus/corpustest"
)

// TestGolden reads each sample under testdata and compares the listing
// with its golden file (-update rewrites them).
func TestGolden(t *testing.T) {
	corpustest.RunGolden(t, []string{"abbreviated.txt", "names-above.txt", "italic.txt"}, corpustest.NoOptions(Read), listing)
}
