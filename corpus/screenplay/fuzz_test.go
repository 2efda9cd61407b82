package screenplay

import (
	"testing"

	"parley/corpus/corpustest"
)

// FuzzReadScreenplay feeds the reader arbitrary bytes: it must not panic,
// and it returns either a document that keeps the reader's contract
// (corpustest.CheckRead) or an *corpus.InputError. Detect must not panic either.
func FuzzReadScreenplay(f *testing.F) {
	corpustest.AddSeeds(f, []string{"centred.txt", "fountain.fountain", "canal.txt", "tabs.txt"}, []string{
		"", "\x00", "JOHN\nHi.\n", "JOHN\n(\n(\n(\n", "[[", "/*", "]]*/", "Title:\n", "Title: x\n\tY\n\nA\nb\n",
		"@\n@x\n", "JOHN ^\n^\n", "JOHN (\nx\n", "  A\tB\n\tx\n\n  A\tB\n\tx\n", "THE END\n\nJOHN\nx\n\nTHE END\n",
		"                    JOHN\n          One.\n                    (MORE)\n                                        2.\n",
		"          McX\n  Mc\n\n          Mac\n  x\n", "     A\n x\n     (MORE)\n     B\n\n     A (V.O.)\n x\n",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		Detect("fuzz.txt", src)
		d, err := Read("fuzz.fountain", src)
		corpustest.CheckRead(t, src, d, err)
	})
}
