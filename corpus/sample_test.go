package corpus

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// samplePath is the bundled 1947 record; it is always present.
var samplePath = filepath.Join("sample", "1947-10-14-stalin-labour-mps.txt")

// TestSampleMatchesShared checks that the bundled sample is the shared
// corpus's copy, where the shared corpus is at hand.
func TestSampleMatchesShared(t *testing.T) {
	shared, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpora", filepath.Base(samplePath)))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no shared corpus here")
	}
	if err != nil {
		t.Fatal(err)
	}
	bundled, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shared, bundled) {
		t.Errorf("%s differs from the shared corpus's copy", samplePath)
	}
}
