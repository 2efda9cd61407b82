package play

import (
	"testing"

	"parley/corpus/corpustest"
)

// FuzzReadPlay feeds the reader arbitrary bytes: it must not panic, and it
// returns either a document that keeps the reader's contract
// (corpustest.CheckRead) or an *corpus.InputError. Detect must not panic either.
func FuzzReadPlay(f *testing.F) {
	corpustest.AddSeeds(f, []string{"abbreviated.txt", "names-above.txt", "italic.txt"}, []string{
		"", "\x00", "ROPER.\n\nHello.\n", "ROPER.\r\n\r\n[_x\r\n", "[[[[", "]]][",
		"HAMLET [aside]. x\nHAMLET. y\n", "LOMOV, _rising_. x\nLOMOV. _", "_x_\n\n_\n",
		"DRAMATIS PERSONAE\n\nA, b\n(c\n\nAct I.\n  A. x\n  A. y\n", "*** START OF THE PROJECT GUTENBERG EBOOK\n*** END OF THE PROJECT GUTENBERG EBOOK\n",
		"            A B\n    x\n\n            A B\n    (y\n", "THE END.\nROPER.\n\nx\nTHE END.\n", "JIMMIE, MRS. UPJOHN, AND\n",
		"A.\n\nx\n\n  [_The couples sing._]\n\n  y\n\nB.\n\nz\n", "A. x\n\n[_B sings B._]\n\n  y\n", "SUBJECT\nx\nPARTICIPANTS\n",
		"            ANN (V.O.)\n    x\n\n            BOB\n    y\n\nz\n",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		Detect("fuzz.txt", src)
		d, err := Read("fuzz.txt", src)
		corpustest.CheckRead(t, src, d, err)
	})
}
