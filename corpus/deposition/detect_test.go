package deposition

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
// layout in ../shared/corpora is taken for a deposition, and that those
// the reader could be asked to read (--format deposition) do not make it
// panic.
func TestDetectSharedCorpora(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "corpora")
	if _, err := os.Stat(root); errors.Is(err, fs.ErrNotExist) {
		t.Skip("../shared/corpora is absent")
	}
	n := 0
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.Contains(path, "un-general-debates") || strings.HasPrefix(e.Name(), "README") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
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
	t.Logf("%d files checked", n)
}
