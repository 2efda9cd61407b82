package deposition

import (
	"os"
	"testing"
)

// BenchmarkRead reads the deposition sample and checks its turns.
func BenchmarkRead(b *testing.B) {
	src, err := os.ReadFile("testdata/deposition-kowalski.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		d, err := Read("d.txt", src)
		if err != nil || len(d.Turns) != 51 {
			b.Fatalf("%v, %d turns", err, len(d.Turns))
		}
	}
}

// BenchmarkDetect detects on the deposition sample.
func BenchmarkDetect(b *testing.B) {
	src, err := os.ReadFile("testdata/deposition-kowalski.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if Detect("d.txt", src) != 2 {
			b.Fatal("not detected")
		}
	}
}
