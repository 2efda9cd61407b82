package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
)

// TestFileVanishes removes a corpus's second file while the first is
// being counted: the run fails naming it, or with a skip function passes
// over it and reads the third.
func TestFileVanishes(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.txt", "b.txt", "c.txt"} {
		os.WriteFile(filepath.Join(dir, f), []byte("SMITH: Peace.\nJONES: Trade.\nSMITH: Both.\n"), 0o644)
	}
	vanish := func(d *corpus.Document) error {
		if strings.HasSuffix(d.Name, "a.txt") {
			os.Remove(filepath.Join(dir, "b.txt"))
		}
		return nil
	}
	err := Each([]string{dir}, corpus.Options{}, vanish)
	if err == nil || !strings.Contains(err.Error(), "b.txt: no such file or directory") || !corpus.IsInputError(err) {
		t.Errorf("a file vanishing mid-run: %v, want an input error naming b.txt", err)
	}
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("SMITH: Peace.\n"), 0o644)
	var read, skipped []string
	err = EachSkipping([]string{dir}, corpus.Options{}, func(d *corpus.Document) error {
		read = append(read, filepath.Base(d.Name))
		return vanish(d)
	}, func(file string, err error) { skipped = append(skipped, filepath.Base(file)) })
	if err != nil || strings.Join(read, " ") != "a.txt c.txt" || strings.Join(skipped, " ") != "b.txt" {
		t.Errorf("skipping: read %v, skipped %v, %v; want a and c read, b skipped", read, skipped, err)
	}
}
