package jsondoc

import (
	"path/filepath"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// BenchmarkRead reads Deepgram's result (142 KB), and checks the turns.
func BenchmarkRead(b *testing.B) {
	src := corpustest.ReadShared(b, filepath.Join("stt-json", "deepgram_dg_speakers.json"))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		d, err := Read("deepgram.json", src, corpus.Options{})
		if err != nil || len(d.Turns) != 8 {
			b.Fatalf("%v, %d turns", err, len(d.Turns))
		}
	}
}

// BenchmarkDetect detects Amazon's result (207 KB) by its head.
func BenchmarkDetect(b *testing.B) {
	src := corpustest.ReadShared(b, filepath.Join("stt-json", "aws_transcribe_speaker-identification.json"))
	for b.Loop() {
		if Detect("aws.json", src) != 2 {
			b.Fatal("not detected")
		}
	}
}
