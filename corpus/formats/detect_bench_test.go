package formats

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDetect runs every format's detector over a long transcript
// (the first part of the 2020 debate, 93 KB), as Read does for each file
// it is not told the format of.
func BenchmarkDetect(b *testing.B) {
	path := filepath.Join("..", "..", "..", "shared", "corpora", "debates-2020-rev", "2020_debate1_part2.txt")
	src, err := os.ReadFile(path)
	if err != nil {
		b.Skip("../shared/corpora is absent")
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if f, sure := Detect(path, src); f.Name != "script" || sure != 2 {
			b.Fatalf("detected %q (%d)", f.Name, sure)
		}
	}
}
