package screenplay

import (
	"path/filepath"
	"testing"

	"parley/corpus/corpustest"
)

// BenchmarkDetect measures detection on a large text that is no
// screenplay (the real play), as detection runs on every text file.
func BenchmarkDetect(b *testing.B) {
	src := corpustest.ReadShared(b, filepath.Join("plays", "gutenberg_pinero_mind-the-paint-girl.txt"))
	b.SetBytes(sniffSize)
	for i := 0; i < b.N; i++ {
		if Detect("play.txt", src) != 0 {
			b.Fatal("the play is taken for a screenplay")
		}
	}
}
