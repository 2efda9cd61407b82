package hearing

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
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
	files, err := filepath.Glob(filepath.Join("..", "testdata", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples in ../testdata: %v", err)
	}
	for _, f := range append(files, filepath.Join("..", "sample", "1947-10-14-stalin-labour-mps.txt")) {
		if fi, err := os.Stat(f); err == nil && fi.IsDir() {
			continue // the truth and the blind set, in their own folders
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(strings.TrimSuffix(f, filepath.Ext(f))+".txt", src); got != 0 {
			t.Errorf("%s: Detect = %d, want 0", f, got)
		}
	}
}

// TestDetectSharedCorpora checks that no real transcript in another
// layout in ../shared/corpora is taken for a hearing, and that reading
// any of them (--format hearing) holds the invariants.
func TestDetectSharedCorpora(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "corpora")
	if _, err := os.Stat(root); errors.Is(err, fs.ErrNotExist) {
		t.Skip("../shared/corpora is absent")
	}
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.Contains(path, "un-general-debates") || strings.HasPrefix(e.Name(), "README") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		txt := strings.TrimSuffix(path, filepath.Ext(path)) + ".txt"
		if got := Detect(txt, src); got != 0 {
			t.Errorf("%s: Detect = %d, want 0", path, got)
		}
		if d, err := Read(path, src); err == nil {
			checkInvariants(t, d)
		} else if !corpus.IsInputError(err) {
			t.Errorf("%s: %v", path, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
