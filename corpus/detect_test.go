package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDetectSharedCorpora checks that detection picks the right reader
// for every transcript in ../shared/corpora.
func TestDetectSharedCorpora(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "corpora")
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared/corpora is absent")
	}
	want := func(path string) string {
		switch {
		case strings.HasSuffix(path, "1947-10-14-stalin-labour-mps.txt"):
			return "record"
		case strings.Contains(path, "debates-2020-rev"), strings.Contains(path, "tinyshakespeare"):
			return "script"
		case strings.Contains(path, "debates-2016-csv"):
			return "table"
		case strings.Contains(path, "un-general-debates"):
			return "plain"
		}
		return "?"
	}
	counts := map[string]int{}
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || isReadme(e.Name()) || !transcriptExt(path) {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, sure := Detect(path, src)
		if w := want(path); f.Name != w || sure == 0 {
			t.Errorf("%s: detected %q (%d), want %q", path, f.Name, sure, w)
		}
		counts[f.Name]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("files by format: %v", counts)
	if counts["plain"] < 10000 || counts["script"] != 5 || counts["record"] != 1 {
		t.Errorf("files by format: %v", counts)
	}
}

func TestReadWithErrors(t *testing.T) {
	if _, err := ReadWith("x.txt", []byte("Just prose, no cues.\n"), Options{}); !IsInputError(err) || !strings.Contains(err.Error(), "no speaker cues found and no format matches") {
		t.Errorf("no format: %v", err)
	}
	if _, err := ReadWith("x.txt", []byte("text\n"), Options{Format: "klingon"}); !IsInputError(err) || !strings.Contains(err.Error(), `unknown format "klingon"`) {
		t.Errorf("unknown format: %v", err)
	}
	d, err := ReadWith("notes.txt", []byte("Just prose.\n"), Options{Format: "plain"})
	if err != nil || d.Speakers[0].Name != "Unknown" {
		t.Errorf("plain: %v %+v", err, d)
	}
	d, err = ReadWith("ARG_01_1946.txt", []byte("We speak.\n"), Options{})
	if err != nil || d.Speakers[0].Name != "ARG" || d.Meta["session"] != "01" || d.Date != "1946" {
		t.Errorf("UN file: %v %+v", err, d)
	}
	if _, err := ReadWith("x.txt", []byte("We speak.\n"), Options{NamePattern: "{speaker}-{year}.txt"}); !IsInputError(err) || !strings.Contains(err.Error(), "does not fit") {
		t.Errorf("pattern mismatch: %v", err)
	}
}
