package deposition

import (
	"os"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func TestDetect(t *testing.T) {
	read := func(path string) string {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(src)
	}
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{Name: "deposition", File: "d.txt", Src: read("testdata/deposition-kowalski.txt"), Want: 2},
		{Name: "trial", File: "t.txt", Src: read("testdata/trial-johnson.txt"), Want: 2},
		{Name: "no ending", File: "t", Src: read("testdata/trial-johnson.txt"), Want: 2},
		{Name: "another ending", File: "t.csv", Src: read("testdata/trial-johnson.txt"), Want: 0},
		{Name: "BY line", File: "x.txt", Src: "BY MR. SMITH:\nQ.  A?\nA.  B.\nQ.  C?\n", Want: 2},
		{Name: "THE WITNESS", File: "x.txt", Src: "Q.  A?\nTHE WITNESS:  B.\nQ.  C?\n", Want: 2},
		{Name: "sworn", File: "x.txt", Src: "JOHN DOE, having been duly sworn, testified as follows:\nQ.  A?\nA.  B.\nQ.  C?\n", Want: 2},
		{Name: "colloquy with THE COURT", File: "x.txt", Src: "THE COURT:  Be seated.\nMR. SMITH:  Thank you.\nMS. JONES:  Your Honor.\n", Want: 2},
		{Name: "Q: and A: of a talk, no BY line", File: "x.txt", Src: "Q: What about fees?\nA: They fall.\nQ: When?\nA: Soon.\n", Want: 0},
		{Name: "too few cues", File: "x.txt", Src: "BY MR. SMITH:\nQ.  A?\n", Want: 0},
		{Name: "a script", File: "x.txt", Src: "MR. SMITH: Hello.\nMS. JONES: Hi.\nMR. SMITH: Bye.\n", Want: 0},
		{Name: "sworn in passing", File: "x.txt", Src: "Q: Were you sworn in?\nA: I was sworn in 2019.\nQ: By whom?\n", Want: 0},
		{Name: "the 1947 record", File: corpus.SampleName, Src: string(corpus.Sample()), Want: 0},
	})
}

// TestDetectCorpusTestdata checks that none of corpus's own samples in
// other layouts (scripts, subtitles, CHAT, TEI...) is taken for this one.
func TestDetectCorpusTestdata(t *testing.T) {
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestDetectSharedCorpora checks that no real transcript in another
// layout in ../shared/corpora is taken for a deposition, and that those
// the reader could be asked to read (--format deposition) do not make it
// panic.
func TestDetectSharedCorpora(t *testing.T) {
	corpustest.CheckSharedCorporaRejected(t, Detect, corpustest.NoOptions(Read), checkInvariants)
}
