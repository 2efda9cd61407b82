package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"parley/cmd/parley/internal/scriptgen"
)

// TestInterruptedRun cancels a run as a signal does, before it starts:
// exit 130, nothing written.
func TestInterruptedRun(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(interrupted{syscall.SIGINT})
	out := filepath.Join(t.TempDir(), "report")
	var stdout, stderr bytes.Buffer
	if code := run(ctx, []string{"analyze", "-o", out}, &stdout, &stderr); code != 130 {
		t.Errorf("exit %d, want 130; stderr %q", code, stderr.String())
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("an interrupted run wrote %s", out)
	}
	if got := (interrupted{syscall.SIGTERM}).code(); got != 143 {
		t.Errorf("SIGTERM's exit %d, want 143", got)
	}
}

// TestSignals builds parley and stops it with SIGINT and SIGTERM while it
// analyzes a long transcript: it exits 130 or 143 promptly (within a
// second on an idle machine; the test allows two, since reading one 40 MB
// file is one step that a signal waits for), the previous report is as it
// was, and no temporary file or folder is left.
func TestSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "parley")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	input := filepath.Join(dir, "long.txt")
	f, _ := os.Create(input)
	if err := scriptgen.Write(f, 40<<20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out := filepath.Join(dir, "report")
	if b, err := exec.Command(bin, "analyze", "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("first report: %v\n%s", err, b)
	}
	before, _ := os.ReadFile(filepath.Join(out, "report.md"))
	tmp := filepath.Join(dir, "tmp")
	os.Mkdir(tmp, 0o755)
	for _, tc := range []struct {
		sig   syscall.Signal
		after time.Duration
		want  int
	}{
		{syscall.SIGINT, 300 * time.Millisecond, 130}, // reading or annotating
		{syscall.SIGTERM, 3 * time.Second, 143},       // counting or writing
	} {
		cmd := exec.Command(bin, "analyze", "--quiet", "-o", out, input)
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(tc.after)
		sent := time.Now()
		cmd.Process.Signal(tc.sig)
		err := cmd.Wait()
		took := time.Since(sent)
		t.Logf("%v after %v: stopped in %v", tc.sig, tc.after, took.Round(time.Millisecond))
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != tc.want {
			t.Errorf("%v after %v: %v, want exit %d", tc.sig, tc.after, err, tc.want)
		}
		if took > 2*time.Second {
			t.Errorf("%v: stopped after %v, want under two seconds", tc.sig, took)
		}
		if after, _ := os.ReadFile(filepath.Join(out, "report.md")); !bytes.Equal(before, after) {
			t.Errorf("%v: the previous report changed", tc.sig)
		}
		if left, _ := os.ReadDir(tmp); len(left) > 0 {
			t.Errorf("%v: temporary files left: %v", tc.sig, left)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 4 { // parley, long.txt, report, tmp
			t.Errorf("%v: left beside the report: %v", tc.sig, entries)
		}
	}
}

// TestInterruptEachPhase stops a run over a small corpus as it enters each
// phase: exit 130, the earlier report as it was, nothing left beside it.
func TestInterruptEachPhase(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.Mkdir(corpus, 0o755)
	for _, f := range []string{"a.txt", "b.txt", "c.txt"} {
		os.WriteFile(filepath.Join(corpus, f), []byte("SMITH: The Soviet Union wants peace.\nJONES: Britain wants trade.\nSMITH: Both, then.\n"), 0o644)
	}
	out := filepath.Join(dir, "report")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"analyze", "-o", out, corpus}, &stdout, &stderr); code != 0 {
		t.Fatalf("first report: exit %d, %s", code, stderr.String())
	}
	before, _ := os.ReadFile(filepath.Join(out, "report.md"))
	defer func() { onPhase = func(string) {} }()
	for _, phase := range []string{"read", "annotate", "count", "report"} {
		ctx, cancel := context.WithCancelCause(context.Background())
		onPhase = func(p string) {
			if p == phase {
				cancel(interrupted{syscall.SIGINT})
			}
		}
		stderr.Reset()
		if code := run(ctx, []string{"analyze", "-o", out, corpus}, &stdout, &stderr); code != 130 {
			t.Errorf("stopped at %s: exit %d, %q; want 130", phase, code, stderr.String())
		}
		if after, _ := os.ReadFile(filepath.Join(out, "report.md")); !bytes.Equal(before, after) {
			t.Errorf("stopped at %s: the earlier report changed", phase)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 2 {
			t.Errorf("stopped at %s: left beside the report: %v", phase, entries)
		}
	}
}
