package hearing

import (
	"testing"

	"parley/corpus/corpustest"
)

// FuzzRead feeds the reader arbitrary text: it must not panic, and return
// either an *corpus.InputError or a document whose spans lie in the
// source, in order, clear of the notes.
func FuzzRead(f *testing.F) {
	corpustest.AddSeeds(f, []string{"gpo-water-hearing.txt"}, []string{
		"    Mr. SMITH. x\n    [The prepared statement follows:]\n\ny\n",
		"Hon. A B presiding.\n    The CHAIRMAN. x [\ny\n\n]\n",
		"Mr. X:\n\n[Whereupon adjourned]\nMr. Y. z\n",
		"[[[\n]]\n    Ms. A. b [c\nd] e\n",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.txt", src)
		corpustest.CheckRead(t, src, d, err, corpustest.CheckAlternating)
		Detect("fuzz.txt", src)
	})
}
