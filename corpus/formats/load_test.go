package formats

import (
	"os"
	"path/filepath"
	"testing"

	"parley/corpus"
)

// TestReadPathsMarkdown checks that a directory's Markdown transcripts are
// read and its other Markdown files (notes, a README) passed over, while a
// Markdown file named on its own must be a transcript.
func TestIsReadme(t *testing.T) {
	for name, want := range map[string]bool{"README.md": true, "readme.txt": true, "README_fr.md": true, "LICENSE": true, "LICENSE-MIT.txt": true,
		"CHANGELOG.md": true, "CHANGES": true, "changelog_afk-5.md": false, "readmeister.txt": false, "interview.txt": false} {
		if got := IsReadme(name); got != want {
			t.Errorf("IsReadme(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestReadPathsMarkdown(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("episode.md", "**Ann:** Hi.\n\n**Bob:** Hello.\n\n**Ann:** Bye.\n")
	write("interview.txt", "Interviewer: Hi.\nRespondent: Hello.\n")
	notes := write("notes.md", "# Notes\n\nWe recorded these in May.\n")
	write("README.md", "# Corpus\n\nSee the files.\n")
	write("changelog_afk-5.md", "**Tim:** Hi.\n\n**Justin:** Hello.\n")
	docs, err := ReadPaths([]string{dir}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range docs {
		names = append(names, filepath.Base(d.Name)+":"+d.Format)
	}
	if got, want := names, []string{"changelog_afk-5.md:script", "episode.md:script", "interview.txt:script"}; len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("read %q, want %q", got, want)
	}
	if _, err := ReadPaths([]string{notes}, corpus.Options{}); !corpus.IsInputError(err) {
		t.Errorf("notes.md named on its own: %v, want an input error", err)
	}
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.md"), []byte("Just notes.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadPaths([]string{empty}, corpus.Options{}); !corpus.IsInputError(err) {
		t.Errorf("a directory of notes: %v, want an input error", err)
	}
}
