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
	for _, tc := range []struct {
		name, file, src string
		want            int
	}{
		{name: "deposition", file: "d.txt", src: read("testdata/deposition-kowalski.txt"), want: 2},
		{name: "trial", file: "t.txt", src: read("testdata/trial-johnson.txt"), want: 2},
		{name: "no ending", file: "t", src: read("testdata/trial-johnson.txt"), want: 2},
		{name: "another ending", file: "t.csv", src: read("testdata/trial-johnson.txt"), want: 0},
		{name: "BY line", file: "x.txt", src: "BY MR. SMITH:\nQ.  A?\nA.  B.\nQ.  C?\n", want: 2},
		{name: "THE WITNESS", file: "x.txt", src: "Q.  A?\nTHE WITNESS:  B.\nQ.  C?\n", want: 2},
		{name: "sworn", file: "x.txt", src: "JOHN DOE, having been duly sworn, testified as follows:\nQ.  A?\nA.  B.\nQ.  C?\n", want: 2},
		{name: "colloquy with THE COURT", file: "x.txt", src: "THE COURT:  Be seated.\nMR. SMITH:  Thank you.\nMS. JONES:  Your Honor.\n", want: 2},
		{name: "Q: and A: of a talk, no BY line", file: "x.txt", src: "Q: What about fees?\nA: They fall.\nQ: When?\nA: Soon.\n", want: 0},
		{name: "too few cues", file: "x.txt", src: "BY MR. SMITH:\nQ.  A?\n", want: 0},
		{name: "a script", file: "x.txt", src: "MR. SMITH: Hello.\nMS. JONES: Hi.\nMR. SMITH: Bye.\n", want: 0},
		{name: "sworn in passing", file: "x.txt", src: "Q: Were you sworn in?\nA: I was sworn in 2019.\nQ: By whom?\n", want: 0},
		{name: "the 1947 record", file: corpus.SampleName, src: string(corpus.Sample()), want: 0},
	} {
		if got := Detect(tc.file, []byte(tc.src)); got != tc.want {
			t.Errorf("%s: Detect = %d, want %d", tc.name, got, tc.want)
		}
	}
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
