package hearing

import (
	"os"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func TestDetect(t *testing.T) {
	gpo, err := os.ReadFile("testdata/gpo-water-hearing.txt")
	if err != nil {
		t.Fatal(err)
	}
	const senate = "The Committee met, Hon. Lindsey Graham presiding.\n\n    Chairman Graham. Welcome.\n\n    Senator Feinstein. Thanks.\n\n    Mr. Wray. Yes.\n"
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{Name: "GPO hearing", File: "h.txt", Src: string(gpo), Want: 2},
		{Name: "no ending", File: "h", Src: string(gpo), Want: 2},
		{Name: "another ending", File: "h.csv", Src: string(gpo), Want: 0},
		{Name: "Senate style", File: "s.txt", Src: senate, Want: 2},
		{Name: "no word of a hearing", File: "s.txt", Src: strings.Replace(senate, "The Committee met, Hon. Lindsey Graham presiding.", "A meeting.", 1), Want: 0},
		{Name: "colon labels of a hearing page", File: "p.txt", Src: "SUBCOMMITTEE ON WATER\n\nThe CHAIRMAN:\nOrder.\n\nMr. SMITH:\nThanks.\n\nMs. JONES:\nYes.\n", Want: 2},
		{Name: "a script with titled names among others", File: "p.txt", Src: "The committee will come to order, the senator said.\n\nSenator Kamala Harris:\nThanks.\n\nSusan Page:\nYes.\n\nMike Pence:\nNo.\n\nSusan Page:\nOK.\n\nSenator Kamala Harris:\nWell.\n\nMr. Pence:\nNo.\n", Want: 0},
		{Name: "a play with titled characters", File: "play.txt", Src: "HEARING\n\nMRS. UPJOHN.\nGood day.\n\nMR. ROLAND.\nHello.\n\nMRS. UPJOHN.\nBye.\n", Want: 0},
		{Name: "the 1947 record", File: corpus.SampleName, Src: string(corpus.Sample()), Want: 0},
	})
}

// TestDetectCorpusTestdata checks that none of corpus's own samples in
// other layouts (scripts, subtitles, CHAT, TEI...) is taken for this one.
func TestDetectCorpusTestdata(t *testing.T) {
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestDetectSharedCorpora checks that no real transcript in another
// layout in ../shared/corpora is taken for a hearing, and that reading
// any of them (--format hearing) holds the invariants.
func TestDetectSharedCorpora(t *testing.T) {
	corpustest.CheckSharedCorporaRejected(t, Detect, corpustest.NoOptions(Read), checkInvariants)
}
