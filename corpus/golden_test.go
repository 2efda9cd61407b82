package corpus

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// samplePath is the bundled 1947 record; it is always present.
var samplePath = filepath.Join("sample", "1947-10-14-stalin-labour-mps.txt")

// listing renders what the reader made of a document in a form a person can
// check line by line against the source.
func listing(d *Document) string {
	var b strings.Builder
	lines := func(s Span) string {
		if s.Len() == 0 {
			return "none"
		}
		return fmt.Sprintf("lines %d-%d", d.Line(s.Start), d.Line(s.End-1))
	}
	fmt.Fprintf(&b, "name: %s\n", d.Name)
	fmt.Fprintf(&b, "format: %s\n", d.Format)
	fmt.Fprintf(&b, "title: %s\n", d.Title)
	fmt.Fprintf(&b, "date: %s\n", d.Date)
	fmt.Fprintf(&b, "front: %s\n", lines(d.Front))
	fmt.Fprintf(&b, "back: %s\n", lines(d.Back))
	fmt.Fprintf(&b, "roster: %d\n", len(d.Roster))
	for _, p := range d.Roster {
		fmt.Fprintf(&b, "  L%d %s", p.Line, p.Name)
		if p.Role != "" {
			fmt.Fprintf(&b, " (%s)", p.Role)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "speakers: %d\n", len(d.Speakers))
	for _, s := range d.Speakers {
		fmt.Fprintf(&b, "  %s %q forms %q\n", s.ID, s.Name, s.Forms)
	}
	fmt.Fprintf(&b, "turns: %d\n", len(d.Turns))
	for _, t := range d.Turns {
		fmt.Fprintf(&b, "%3d %-10s L%d-%d utterances %d\n", t.Index, t.Speaker, t.FirstLine, t.LastLine, len(t.Utterances))
		for _, u := range t.Utterances {
			fmt.Fprintf(&b, "      L%-3d %q | %s\n", u.Line, u.Cue.In(d.Source), clip(speechText(d, u), 80))
		}
	}
	fmt.Fprintf(&b, "notes: %d\n", len(d.Notes))
	for _, n := range d.Notes {
		fmt.Fprintf(&b, "  %-9s %2d L%-3d turn %2d %q\n", n.Kind, n.Number, n.Line, n.Turn, clip(d.NoteText(n), 60))
	}
	return b.String()
}

// speechText joins an utterance's speech spans with single spaces.
func speechText(d *Document, u Utterance) string {
	var parts []string
	for _, s := range u.Speech {
		parts = append(parts, s.In(d.Source))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// checkGolden compares got with the golden file, or rewrites the file
// under -update.
func checkGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./corpus -run %s -update to create it)", err, t.Name())
	}
	if string(want) != got {
		t.Errorf("listing differs from %s; run with -update and review the diff:\n%s", golden, firstDiff(string(want), got))
	}
}

// firstDiff shows the first line where two listings differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, w, g)
		}
	}
	return "(no difference in lines)"
}

// TestSampleMatchesShared checks that the bundled sample is the shared
// corpus's copy, where the shared corpus is at hand.
func TestSampleMatchesShared(t *testing.T) {
	shared, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpora", filepath.Base(samplePath)))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no shared corpus here")
	}
	if err != nil {
		t.Fatal(err)
	}
	bundled, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shared, bundled) {
		t.Errorf("%s differs from the shared corpus's copy", samplePath)
	}
}
