package record

import (
	"testing"

	"parley/corpus"
)

// BenchmarkRead reads the bundled 1947 record and reports its
// throughput in bytes.
func BenchmarkRead(b *testing.B) {
	src := corpus.Sample()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		d, err := ReadOne(corpus.SampleName, src)
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Turns) != 44 || len(d.Notes) != 47 {
			b.Fatalf("read %d turns and %d notes, want 44 and 47", len(d.Turns), len(d.Notes))
		}
	}
}
