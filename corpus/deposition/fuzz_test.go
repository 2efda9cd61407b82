package deposition

import (
	"testing"

	"parley/corpus/corpustest"
)

// FuzzRead feeds the reader arbitrary text: it must not panic, and return
// either an *corpus.InputError or a document whose spans lie in the
// source, in order, clear of the notes.
func FuzzRead(f *testing.F) {
	corpustest.AddSeeds(f, []string{"deposition-kowalski.txt", "trial-johnson.txt", "trial-sokolov.txt"}, []string{
		"BY MR. SMITH:\nQ.  A?\nA.  B.\n",
		" 1   Q.  (open\n 2   paren\n 3   A.  x)\n",
		"JOHN DOE,\nQ.  A?\nTHE WITNESS:\n(\n",
		"EXAMINATION BY\n\nMR. X:\nQ ",
		"Q.\nA.\n(x)\n(y\n",
		"CERTIFICATE\nQ.  x\n",
		"\f 1 Q.  x\r\n 2 A.  y\r\n",
		"BEFORE:\nHON.\nTHE COURT:  x\nWITNESS: A B\nMR. X:  we call\nY Z.\nA.  y\n",
		"JUDGE A, presiding\nBEFORE THE HONORABLE\nTHE ARBITRATOR:  x\nBY THE COURT:\nQ.  y\n",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.txt", src)
		corpustest.CheckRead(t, src, d, err, corpustest.CheckAlternating)
		Detect("fuzz.txt", src)
	})
}
