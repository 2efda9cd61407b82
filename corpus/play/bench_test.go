package play

import (
	"path/filepath"
	"testing"

	"parley/corpus/corpustest"
)

// BenchmarkDetect measures detection on the real play (its first 64 KB),
// which runs on every text file parley reads.
func BenchmarkDetect(b *testing.B) {
	src := corpustest.ReadShared(b, filepath.Join("plays", "gutenberg_pinero_mind-the-paint-girl.txt"))
	b.SetBytes(sniffSize)
	for i := 0; i < b.N; i++ {
		if Detect("play.txt", src) != 2 {
			b.Fatal("the play is not detected")
		}
	}
}

// BenchmarkRead measures reading the real play (242 KB).
func BenchmarkRead(b *testing.B) {
	src := corpustest.ReadShared(b, filepath.Join("plays", "gutenberg_pinero_mind-the-paint-girl.txt"))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if d, err := Read("play.txt", src); err != nil || len(d.Turns) != 1572 {
			b.Fatal("the play is misread")
		}
	}
}
