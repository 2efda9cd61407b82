package reports

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
	"parley/stages"
)

// corpusInput reads the bundled record n times, as documents with their
// own names and with one turn fewer each, and annotates and counts them
// as the command does.
func corpusInput(t *testing.T, n int) Input {
	t.Helper()
	e, err := stages.NewEntities()
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Version: "test", Tally: &analysis.Tally{}, Entities: &analysis.EntityTally{}}
	for i := range n {
		d, err := record.ReadOne(filepath.Join("corpus", strings.Repeat("x", i+1)+".txt"), corpus.Sample())
		if err != nil {
			t.Fatal(err)
		}
		d.Turns = d.Turns[:len(d.Turns)-i]
		if err := stages.New(stages.NewNormalize(), e).Run(context.Background(), []*corpus.Document{d}); err != nil {
			t.Fatal(err)
		}
		in.Docs = append(in.Docs, d)
		in.Tally.Merge(analysis.Count(d))
		in.Entities.Merge(analysis.CountEntities(d))
		in.Episodes = append(in.Episodes, analysis.Episodes(d, analysis.EpisodeOptions{}))
	}
	in.Keywords = in.Tally.SpeakerKeywords(analysis.KeywordOptions{Top: 5})
	return in
}

// TestSpoolLightened writes one corpus twice: whole (Write), and through
// a Spool that lightens each document once it is added, as analyze does
// for a large corpus. Every file of the two reports is the same.
func TestSpoolLightened(t *testing.T) {
	whole, lightened := corpusInput(t, 13), corpusInput(t, 13)
	dirA, dirB := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	if err := Write(dirA, whole); err != nil {
		t.Fatal(err)
	}
	s, err := NewSpool(dirB)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range lightened.Docs {
		if err := s.Add(d, lightened.Episodes[i]); err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			d.Lighten()
			lightened.Episodes[i] = nil
		}
	}
	if !lightened.Docs[1].Lightened() || lightened.Docs[1].Source != "" {
		t.Fatal("document 2 was not lightened")
	}
	if err := s.Close(context.Background(), lightened); err != nil {
		t.Fatal(err)
	}
	files := 0
	err = filepath.Walk(dirA, func(path string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dirA, path)
		a, _ := os.ReadFile(path)
		b, err := os.ReadFile(filepath.Join(dirB, rel))
		if err != nil {
			t.Errorf("%s: only in the whole report", rel)
			return nil
		}
		files++
		if string(a) != string(b) {
			t.Errorf("%s differs between the whole and the spooled report", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 12 {
		t.Errorf("%d files compared, want the report's dozen or more", files)
	}
	entries, _ := os.ReadDir(filepath.Dir(dirB))
	for _, e := range entries {
		if e.Name() != "b" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestSpoolAbort leaves nothing behind, and an earlier report as it was.
func TestSpoolAbort(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "report")
	in := corpusInput(t, 1)
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "report.md"))
	s, err := NewSpool(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Add(in.Docs[0], in.Episodes[0]); err != nil {
		t.Fatal(err)
	}
	s.Abort()
	if err := s.Add(in.Docs[0], nil); err == nil {
		t.Error("Add after Abort succeeded")
	}
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 || entries[0].Name() != "report" {
		t.Errorf("after Abort the parent holds %v, want the report alone", entries)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "report.md"))
	if string(after) != string(before) {
		t.Error("Abort changed the earlier report")
	}
	// Close with other documents than were added fails, and cleans up.
	s, err = NewSpool(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(context.Background(), corpusInput(t, 2)); err == nil {
		t.Error("Close of 2 documents after adding none succeeded")
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("after a failed Close the parent holds %v", entries)
	}
}
