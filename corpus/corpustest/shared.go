package corpustest

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedCorpora is ../shared/corpora, the real transcripts beside the
// repository, as seen from a reader package's directory (corpus/x); tests
// that read it skip when it is absent.
var SharedCorpora = filepath.Join("..", "..", "..", "shared", "corpora")

// SkipWithoutShared skips the test when SharedCorpora is absent (../shared
// is not beside every checkout).
func SkipWithoutShared(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(SharedCorpora); err != nil {
		t.Skip("../shared/corpora is absent")
	}
}

// ReadShared reads the file at path below SharedCorpora, and skips the
// test when it cannot (SharedCorpora is absent).
func ReadShared(t testing.TB, path string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(SharedCorpora, path))
	if err != nil {
		t.Skip("../shared/corpora is absent")
	}
	return src
}
