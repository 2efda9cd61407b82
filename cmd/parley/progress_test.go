package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var b bytes.Buffer
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &progress{w: &b, now: func() time.Time { return at }, start: at, total: 10e6}
	p.add(1e6) // at once: nothing yet
	at = at.Add(500 * time.Millisecond)
	p.add(1e6) // under a second: nothing
	if b.Len() != 0 {
		t.Fatalf("drew %q in the first second", b.String())
	}
	at = at.Add(1500 * time.Millisecond)
	p.add(2e6)
	want := "\rparley: [=========>              ]  40% 4.0/10.0 MB, 3 documents, 2 s, about 3 s left\x1b[K"
	if b.String() != want {
		t.Errorf("line\n got %q\nwant %q", b.String(), want)
	}
	b.Reset()
	at = at.Add(10 * time.Millisecond)
	p.add(1e6) // too soon to redraw
	if b.Len() != 0 {
		t.Errorf("redrew after 10 ms: %q", b.String())
	}
	p.finish()
	if b.String() != "\r\x1b[K" {
		t.Errorf("finish wrote %q, want the line cleared", b.String())
	}
	b.Reset()
	p.finish()
	if b.Len() != 0 {
		t.Errorf("a second finish wrote %q", b.String())
	}
	if got := clock(185 * time.Second); got != "3 min 05 s" {
		t.Errorf("clock(185 s) = %q", got)
	}
}

// TestProgressNotOnFiles runs analyze with stderr a buffer, as in a pipe
// or a log: no progress line, whatever the run's length.
func TestProgressNotOnFiles(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(t.Context(), []string{"analyze", "-o", t.TempDir() + "/r"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if strings.ContainsAny(errb.String(), "\r\x1b") {
		t.Errorf("stderr holds a progress line: %q", errb.String())
	}
	if newProgress(&errb, false, 1).w != nil {
		t.Error("a buffer is taken for a terminal")
	}
}
