package script

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRead reads tinyshakespeare (1.1 MB, 7,047 turns).
func BenchmarkRead(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(shared, "tinyshakespeare", "tinyshakespeare.txt"))
	if err != nil {
		b.Skip("../shared/corpora is absent")
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		d, err := Read("tinyshakespeare.txt", src)
		if err != nil || len(d.Turns) != 7047 {
			b.Fatalf("%v, %d turns", err, len(d.Turns))
		}
	}
}

// BenchmarkDetect detects a long UN speech, which is no script.
func BenchmarkDetect(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(shared, "un-general-debates", "TXT", "Session 78 - 2023", "USA_78_2023.txt"))
	if err != nil {
		b.Skip("../shared/corpora is absent")
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if Detect("USA_78_2023.txt", src) != 0 {
			b.Fatal("a UN speech taken for a script")
		}
	}
}
