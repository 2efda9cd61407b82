package formats

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"parley/corpus"
	"parley/corpus/corpustest"
)

const threeTurns = "SMITH: Peace.\nJONES: Trade.\nSMITH: Both.\n"

// TestNamedPipe checks the files that are no regular files: a named pipe
// found in a corpus's folder would block the run for ever, so it is an
// error naming it (which --keep-going passes over); one named on the
// command line is read as a stream ("<(zcat x.gz)"), cut at the file
// size limit.
func TestNamedPipe(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(threeTurns), 0o644)
	fifo := filepath.Join(dir, "b.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- Each([]string{dir}, corpus.Options{}, func(*corpus.Document) error { return nil }) }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "b.txt: not a regular file (a named pipe)") || !corpus.IsInputError(err) {
			t.Errorf("a pipe in the folder: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a named pipe in the folder blocked the run")
	}
	var read, skipped []string
	err := EachSkipping([]string{dir}, corpus.Options{}, func(d *corpus.Document) error {
		read = append(read, filepath.Base(d.Name))
		return nil
	}, func(f string, err error) { skipped = append(skipped, filepath.Base(f)) })
	if err != nil || strings.Join(read, " ") != "a.txt" || strings.Join(skipped, " ") != "b.txt" {
		t.Errorf("skipping: read %v, skipped %v, %v", read, skipped, err)
	}

	// Named, the pipe is read as a stream.
	for _, tc := range []struct {
		write string
		limit int64
		want  string // "" for three turns read
	}{
		{threeTurns, 0, ""},
		{strings.Repeat(threeTurns, 30_000), 1 << 20, "b.txt: more than the 1 MB a file may have (--max-file-mb)"},
	} {
		go func() {
			w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			w.WriteString(tc.write)
			w.Close()
		}()
		docs, err := ReadPaths([]string{fifo}, corpus.Options{MaxFileBytes: tc.limit})
		switch {
		case tc.want == "" && (err != nil || len(docs) != 1 || len(docs[0].Turns) != 3):
			t.Errorf("the pipe named: %v", err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("the pipe named, %d bytes: %v, want %q", len(tc.write), err, tc.want)
		}
	}
}

// TestUnreadable reads a corpus with a file and a folder it may not read.
// Without --keep-going the folder, listed before any file is read, fails
// the run; with it both are passed over, each named.
func TestUnreadable(t *testing.T) {
	if !corpustest.PermissionsHold(t) {
		return
	}
	dir := t.TempDir()
	corpustest.UnreadableCorpus(t, dir, threeTurns)
	_, err := ReadPaths([]string{dir}, corpus.Options{})
	if err == nil || !strings.Contains(err.Error(), "sub: permission denied") {
		t.Errorf("unreadable file: %v", err)
	}
	var read, skipped []string
	err = EachSkipping([]string{dir}, corpus.Options{}, func(d *corpus.Document) error {
		read = append(read, filepath.Base(d.Name))
		return nil
	}, func(f string, err error) {
		skipped = append(skipped, filepath.Base(f)+": "+err.(*corpus.InputError).Msg)
	})
	if err != nil || strings.Join(read, " ") != "a.txt" || strings.Join(skipped, "; ") != "b.txt: permission denied; sub: permission denied (a folder: its files were not read)" {
		t.Errorf("skipping: read %v, skipped %v, %v", read, skipped, err)
	}
}
