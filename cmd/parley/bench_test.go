package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"parley/cmd/parley/internal/scriptgen"
	"parley/corpus"
)

// benchAnalyze runs analyze on the paths b.N times, each into a new
// report, checks that it succeeded, and reports the input's megabytes per
// second.
func benchAnalyze(b *testing.B, bytes int64, paths ...string) {
	b.Helper()
	b.SetBytes(bytes)
	dir := b.TempDir()
	b.ResetTimer()
	for i := range b.N {
		out := filepath.Join(dir, "report")
		args := append([]string{"analyze", "--quiet", "-o", out}, paths...)
		if code := run(context.Background(), args, io.Discard, io.Discard); code != 0 {
			b.Fatalf("run %d: exit %d", i, code)
		}
		if _, err := os.Stat(filepath.Join(out, "report.md")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeSample is the README's make run: the bundled 1947 record
// end to end, entities, report, tables and charts.
func BenchmarkAnalyzeSample(b *testing.B) {
	benchAnalyze(b, int64(len(corpus.Sample())))
}

// BenchmarkAnalyzeScript is one long transcript (2 MB of "NAME: text"
// from the 1947 record's turns): the single-document case, both cores on
// one document. make bench-compare times 10 MB of the same.
func BenchmarkAnalyzeScript(b *testing.B) {
	path := filepath.Join(b.TempDir(), "script.txt")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := scriptgen.Write(f, 2<<20); err != nil {
		b.Fatal(err)
	}
	f.Close()
	fi, _ := os.Stat(path)
	benchAnalyze(b, fi.Size(), path)
}

// BenchmarkAnalyzeCorpus is a corpus of many short documents: one session
// of the UN General Debate Corpus in ../shared (1985, 137 speeches).
func BenchmarkAnalyzeCorpus(b *testing.B) {
	dir := filepath.Join(sharedCorpora, "un-general-debates", "TXT", "Session 40 - 1985")
	var size int64
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Skip("../shared/corpora is absent")
	}
	for _, e := range entries {
		if fi, err := e.Info(); err == nil {
			size += fi.Size()
		}
	}
	benchAnalyze(b, size, dir)
}
