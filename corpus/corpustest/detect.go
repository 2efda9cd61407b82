package corpustest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
)

// DetectFunc is a reader's detector, as the reader packages export it
// (deposition.Detect): 0 not, 1 could be, 2 is.
type DetectFunc func(name string, src []byte) int

// CheckCorpusTestdataRejected asserts that detect takes none of corpus's
// own samples (corpus/testdata, whose layouts are others', and the 1947
// record) for the reader's layout: each, named with the ending .txt, gets
// 0. It runs from a reader package's directory (corpus/x); the folders of
// corpus/testdata are passed over.
func CheckCorpusTestdataRejected(t *testing.T, detect DetectFunc) {
	t.Helper()
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
		if got := detect(strings.TrimSuffix(f, filepath.Ext(f))+".txt", src); got != 0 {
			t.Errorf("%s: Detect = %d, want 0", f, got)
		}
	}
}

// CheckSharedCorporaRejected asserts, for a reader whose layout none of
// the real transcripts in SharedCorpora has, that detect gives each of
// them 0 (named with the ending .txt), and that read, asked to read each
// all the same, gives an *corpus.InputError or a document the check
// accepts. The UN debates and the READMEs are passed over; the test skips
// when SharedCorpora is absent.
func CheckSharedCorporaRejected(t *testing.T, detect DetectFunc, read ReadFunc, check func(testing.TB, *corpus.Document)) {
	t.Helper()
	SkipWithoutShared(t)
	n := 0
	err := filepath.WalkDir(SharedCorpora, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.Contains(path, "un-general-debates") || strings.HasPrefix(e.Name(), "README") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		txt := strings.TrimSuffix(path, filepath.Ext(path)) + ".txt"
		if got := detect(txt, src); got != 0 {
			t.Errorf("%s: Detect = %d, want 0", path, got)
		}
		if d, err := read(path, src, corpus.Options{}); err == nil {
			check(t, d)
		} else if !corpus.IsInputError(err) {
			t.Errorf("%s: %v", path, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files checked", n)
}

// DetectCase is a table test of a detector: a file's name and text, and
// what detect must give (0 not, 1 could be, 2 is). Name says what the case
// is where File and Src do not.
type DetectCase struct {
	Name, File, Src string
	Want            int
}

// RunDetect checks detect on each case.
func RunDetect(t *testing.T, detect DetectFunc, cases []DetectCase) {
	t.Helper()
	for _, tc := range cases {
		if got := detect(tc.File, []byte(tc.Src)); got != tc.Want {
			if tc.Name != "" {
				t.Errorf("%s: Detect(%q) = %d, want %d", tc.Name, tc.File, got, tc.Want)
			} else {
				t.Errorf("Detect(%q, %.40q) = %d, want %d", tc.File, tc.Src, got, tc.Want)
			}
		}
	}
}

// CheckSharedDetected gives detect every file of SharedCorpora under its
// own name and asserts that it is sure (2) of those whose paths end in
// one of endings (".eaf") and gives every other 0. The UN debates are
// passed over; the test skips when SharedCorpora is absent.
func CheckSharedDetected(t *testing.T, detect DetectFunc, endings ...string) {
	t.Helper()
	SkipWithoutShared(t)
	err := filepath.WalkDir(SharedCorpora, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.Contains(path, "un-general-debates") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		want := 0
		for _, end := range endings {
			if strings.HasSuffix(path, end) {
				want = 2
			}
		}
		if got := detect(path, src); got != want {
			t.Errorf("%s: Detect = %d, want %d", path, got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
