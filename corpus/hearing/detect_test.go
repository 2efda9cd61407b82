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
	for _, tc := range []struct {
		name, file, src string
		want            int
	}{
		{"GPO hearing", "h.txt", string(gpo), 2},
		{"no ending", "h", string(gpo), 2},
		{"another ending", "h.csv", string(gpo), 0},
		{"Senate style", "s.txt", senate, 2},
		{"no word of a hearing", "s.txt", strings.Replace(senate, "The Committee met, Hon. Lindsey Graham presiding.", "A meeting.", 1), 0},
		{"colon labels of a hearing page", "p.txt", "SUBCOMMITTEE ON WATER\n\nThe CHAIRMAN:\nOrder.\n\nMr. SMITH:\nThanks.\n\nMs. JONES:\nYes.\n", 2},
		{"a script with titled names among others", "p.txt", "The committee will come to order, the senator said.\n\nSenator Kamala Harris:\nThanks.\n\nSusan Page:\nYes.\n\nMike Pence:\nNo.\n\nSusan Page:\nOK.\n\nSenator Kamala Harris:\nWell.\n\nMr. Pence:\nNo.\n", 0},
		{"a play with titled characters", "play.txt", "HEARING\n\nMRS. UPJOHN.\nGood day.\n\nMR. ROLAND.\nHello.\n\nMRS. UPJOHN.\nBye.\n", 0},
		{"the 1947 record", corpus.SampleName, string(corpus.Sample()), 0},
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
// layout in ../shared/corpora is taken for a hearing, and that reading
// any of them (--format hearing) holds the invariants.
func TestDetectSharedCorpora(t *testing.T) {
	corpustest.CheckSharedCorporaRejected(t, Detect, corpustest.NoOptions(Read), checkInvariants)
}
