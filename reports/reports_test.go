package reports

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
)

// smallInput reads a tiny record; its turns are not tokenized, so the
// word counts are zero, which is all these tests need.
func smallInput(t *testing.T) Input {
	t.Helper()
	src := "RECORD OF A TALK\nAttendants: Smith, Jones and Brown (interpreter).\nSMITH says that | it is *fine*[footnoteRef:1]. [1: A note.]\nJONES asks whether [it] is.\nEnd of conversation.\n"
	d, err := record.ReadOne("talk.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return Input{Version: "test", Stages: []string{"tokenize"}, Docs: []*corpus.Document{d}, Tally: analysis.Count(d)}
}

func TestMarkdownEscapesTableCells(t *testing.T) {
	in := smallInput(t)
	var b bytes.Buffer
	if err := Markdown(&b, in); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"# Record of a Talk\n",
		"The roster (line 2) names Smith, Jones, Brown (interpreter). Of them, Brown never speaks.",
		`\| it is \*fine\*`,
		"| 3 | 1 | Smith | footnote 1 | A note. |",
		"SHA-256 `",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(md, "talk.txt") && strings.Contains(md, "/talk.txt") {
		t.Errorf("report holds a path it was not given")
	}
}

func TestBar(t *testing.T) {
	tests := []struct {
		share, largest float64
		want           int
	}{
		{0.5, 0.5, 20}, {0.25, 0.5, 10}, {0.001, 0.5, 1}, {0, 0.5, 0}, {0.3, 0, 0},
	}
	for _, tc := range tests {
		if got := strings.Count(bar(tc.share, tc.largest), "█"); got != tc.want {
			t.Errorf("bar(%v, %v) has %d blocks, want %d", tc.share, tc.largest, got, tc.want)
		}
	}
}

func TestCSVIsRFC4180(t *testing.T) {
	in := smallInput(t)
	var b bytes.Buffer
	if err := NotesCSV(&b, in); err != nil {
		t.Fatal(err)
	}
	want := "document,kind,number,line,anchor_turn,text\r\n" +
		"talk.txt,footnote,1,3,1,A note.\r\n" +
		"talk.txt,editorial,,4,2,it\r\n"
	if b.String() != want {
		t.Errorf("notes.csv:\n%q\nwant\n%q", b.String(), want)
	}
	b.Reset()
	if err := TurnsCSV(&b, in); err != nil {
		t.Fatal(err)
	}
	// speech: as counted, less the cue's framing and the notes; source_text:
	// the line as written.
	if !strings.Contains(b.String(), ",| it is *fine*.,SMITH says that | it is *fine*[footnoteRef:1]. [1: A note.]\r\n") || !strings.Contains(b.String(), ",whether is.,JONES asks whether [it] is.\r\n") {
		t.Errorf("turns.csv text not as expected:\n%q", b.String())
	}
}

func TestWriteRefusesForeignDirectory(t *testing.T) {
	in := smallInput(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("mine"), 0o644)
	err := Write(dir, in)
	if !errors.Is(err, ErrNotReportDir) {
		t.Fatalf("Write into a foreign directory: %v, want ErrNotReportDir", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "keep.txt")); string(b) != "mine" {
		t.Errorf("foreign file changed")
	}
	file := filepath.Join(dir, "keep.txt")
	if err := Write(file, in); !errors.Is(err, ErrBadOutput) {
		t.Errorf("Write onto a file: %v, want ErrBadOutput", err)
	}
}

func TestWriteCreatesParents(t *testing.T) {
	in := smallInput(t)
	out := filepath.Join(t.TempDir(), "a", "b", "report")
	if err := Write(out, in); err != nil {
		t.Fatal(err)
	}
	for _, f := range outputs() {
		if _, err := os.Stat(filepath.Join(out, f.name)); err != nil {
			t.Error(err)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestWriteOverLegacyReport writes over a report of a parley from before
// manifests: its files, named as parley names them, are replaced or
// removed; the user's file beside them stays.
func TestWriteOverLegacyReport(t *testing.T) {
	in := smallInput(t)
	dir := filepath.Join(t.TempDir(), "report")
	for name, text := range map[string]string{
		"report.md": "old", "data/turns.csv": "old", "charts/timeline.png": "old", "notes.txt": "mine", "data/mine.csv": "mine",
	} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"notes.txt", "data/mine.csv"} {
		if b, _ := os.ReadFile(filepath.Join(dir, name)); string(b) != "mine" {
			t.Errorf("the user's %s: %q", name, b)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "report.md")); string(b) == "old" {
		t.Error("report.md not replaced")
	}
	if _, err := os.Stat(filepath.Join(dir, "charts", "timeline.png")); !os.IsNotExist(err) {
		t.Error("the old report's chart that the new one lacks was kept")
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
		t.Errorf("no manifest: %v", err)
	}
}

// fullDisk fails every write once n bytes have been written, as a full
// disk does.
type fullDisk struct {
	w io.Writer
	n *int
}

func (d fullDisk) Write(p []byte) (int, error) {
	if *d.n-len(p) < 0 {
		return 0, syscall.ENOSPC
	}
	*d.n -= len(p)
	return d.w.Write(p)
}

// TestWriteFullDisk fills the disk at several points of writing a report
// over an earlier one: the error says so, the earlier report is as it
// was, and no temporary folder is left.
func TestWriteFullDisk(t *testing.T) {
	in := smallInput(t)
	parent := t.TempDir()
	dir := filepath.Join(parent, "report")
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "report.md"))
	defer func() { fileWriter = func(f *os.File) io.Writer { return f } }()
	for _, room := range []int{0, 100, 5_000, 20_000} {
		left := room
		fileWriter = func(f *os.File) io.Writer { return fullDisk{f, &left} }
		err := Write(dir, in)
		if !errors.Is(err, syscall.ENOSPC) {
			t.Errorf("disk full after %d bytes: %v, want ENOSPC", room, err)
		}
		if after, _ := os.ReadFile(filepath.Join(dir, "report.md")); !bytes.Equal(before, after) {
			t.Errorf("disk full after %d bytes: the earlier report changed", room)
		}
		if entries, _ := os.ReadDir(parent); len(entries) != 1 {
			t.Errorf("disk full after %d bytes: left beside the report: %v", room, entries)
		}
	}
}

// TestAppendCSVField checks the token table's field writer against
// encoding/csv's, field by field.
func TestAppendCSVField(t *testing.T) {
	for _, f := range []string{"", "a", "a,b", `say "hi"`, " lead", "\tlead", "line\nbreak", "cr\rx", `\.`, "don’t", "naïve", ",", `"`, "trail "} {
		var b bytes.Buffer
		cw := csv.NewWriter(&b)
		cw.Write([]string{f})
		cw.Flush()
		if got, want := string(appendCSVField(nil, f))+"\n", b.String(); got != want {
			t.Errorf("%q: %q, encoding/csv %q", f, got, want)
		}
	}
}
