package corpus

import "testing"

// BenchmarkReadRecord reads the bundled 1947 record and reports its
// throughput in bytes.
func BenchmarkReadRecord(b *testing.B) {
	src := Sample()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		d, err := ReadRecord(SampleName, src)
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Turns) != 44 || len(d.Notes) != 47 {
			b.Fatalf("read %d turns and %d notes, want 44 and 47", len(d.Turns), len(d.Notes))
		}
	}
}
