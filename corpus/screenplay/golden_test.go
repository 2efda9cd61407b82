package screenplay

import (
	"testing"

	"parley/corpus/corpustest"
)

// TestGolden reads each sample under testdata and compares the listing
// with its golden file (-update rewrites them).
func TestGolden(t *testing.T) {
	corpustest.RunGolden(t, []string{"centred.txt", "fountain.fountain", "pdf.txt", "freak-out.fountain", "canal.txt", "tabs.txt", "lock.txt", "sofa.txt"}, corpustest.NoOptions(Read), listing)
}
