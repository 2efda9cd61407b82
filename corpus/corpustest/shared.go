package corpustest

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedCorpora is ../shared/corpora, the real transcripts beside the
// repository, as a path relative to the test's package directory (found
// by going up to the module's go.mod), so every package reaches it the
// same way; tests that read it skip when it is absent.
var SharedCorpora = sharedCorpora()

func sharedCorpora() string {
	fallback := filepath.Join("..", "..", "..", "shared", "corpora")
	wd, err := os.Getwd()
	if err != nil {
		return fallback
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			rel, err := filepath.Rel(wd, filepath.Join(dir, "..", "shared", "corpora"))
			if err != nil {
				return fallback
			}
			return rel
		}
		if filepath.Dir(dir) == dir {
			return fallback
		}
	}
}

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
