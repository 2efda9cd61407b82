package deposition

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// listing renders what the reader made of a document, in the form of
// corpus's golden listings, for checking line by line against the source.
func listing(d *corpus.Document) string {
	var b strings.Builder
	lines := func(s corpus.Span) string {
		if s.Len() == 0 {
			return "none"
		}
		return fmt.Sprintf("lines %d-%d", d.Line(s.Start), d.Line(s.End-1))
	}
	fmt.Fprintf(&b, "name: %s\nformat: %s\ntitle: %s\ndate: %s\n", d.Name, d.Format, d.Title, d.Date)
	fmt.Fprintf(&b, "front: %s\nback: %s\n", lines(d.Front), lines(d.Back))
	fmt.Fprintf(&b, "speakers: %d\n", len(d.Speakers))
	for _, s := range d.Speakers {
		fmt.Fprintf(&b, "  %s %q forms %q words %d\n", s.ID, s.Name, s.Forms, words(d, s.ID))
	}
	fmt.Fprintf(&b, "turns: %d\n", len(d.Turns))
	for _, t := range d.Turns {
		fmt.Fprintf(&b, "%3d %-12s L%d-%d utterances %d\n", t.Index, t.Speaker, t.FirstLine, t.LastLine, len(t.Utterances))
		for _, u := range t.Utterances {
			fmt.Fprintf(&b, "      L%-3d %q | %s\n", u.Line, u.Cue.In(d.Source), shorten(speech(d, u), 80))
		}
	}
	fmt.Fprintf(&b, "notes: %d\n", len(d.Notes))
	for _, n := range d.Notes {
		fmt.Fprintf(&b, "  %-9s L%-3d turn %2d %q\n", n.Kind, n.Line, n.Turn, shorten(d.NoteText(n), 60))
	}
	return b.String()
}

// speech joins an utterance's speech spans with single spaces.
func speech(d *corpus.Document, u corpus.Utterance) string {
	var parts []string
	for _, s := range u.Speech {
		parts = append(parts, s.In(d.Source))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// words counts a speaker's words as white-space separated pieces of
// speech holding a letter or digit (the tokenizer's count is close).
func words(d *corpus.Document, id string) int {
	n := 0
	for _, t := range d.Turns {
		if t.Speaker != id {
			continue
		}
		for _, u := range t.Utterances {
			for _, w := range strings.Fields(speech(d, u)) {
				if strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0 {
					n++
				}
			}
		}
	}
	return n
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// checkGolden compares got with the golden file, or rewrites it under
// -update.
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
		t.Fatalf("%v (run go test ./corpus/deposition -run %s -update to create it)", err, t.Name())
	}
	if string(want) != got {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := 0; i < max(len(wl), len(gl)); i++ {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			if w != g {
				t.Fatalf("listing differs from %s at line %d; run with -update and review the diff:\n- %s\n+ %s", golden, i+1, w, g)
			}
		}
	}
}

func TestGolden(t *testing.T) {
	for _, f := range []string{"deposition-kowalski.txt", "trial-johnson.txt", "trial-sokolov.txt"} {
		t.Run(f, func(t *testing.T) {
			path := filepath.Join("testdata", f)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(f, src)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			checkGolden(t, strings.TrimSuffix(path, ".txt")+".turns.golden", listing(d))
		})
	}
}

// checkInvariants checks what every document must hold: spans in the
// source and in order, speech clear of cues and notes, turns numbered and
// alternating.
func checkInvariants(t *testing.T, d *corpus.Document) {
	t.Helper()
	in := func(what string, s corpus.Span) {
		if s.Start < 0 || s.Start > s.End || s.End > len(d.Source) {
			t.Fatalf("%s %v lies outside the source (%d bytes)", what, s, len(d.Source))
		}
	}
	in("Front", d.Front)
	in("Back", d.Back)
	overlaps := func(a, b corpus.Span) bool { return a.Start < b.End && b.Start < a.End }
	prev := 0
	for i, tr := range d.Turns {
		if tr.Index != i+1 {
			t.Errorf("turn %d has Index %d", i+1, tr.Index)
		}
		if i > 0 && d.Turns[i-1].Speaker == tr.Speaker {
			t.Errorf("turns %d and %d are both %s's", i, i+1, tr.Speaker)
		}
		if _, ok := d.Speaker(tr.Speaker); !ok {
			t.Errorf("turn %d: speaker %q is not in Speakers", tr.Index, tr.Speaker)
		}
		for _, u := range tr.Utterances {
			in("Cue", u.Cue)
			in("Text", u.Text)
			if u.Cue.Start != u.Text.Start || u.Cue.End > u.Text.End || u.Cue.Len() == 0 {
				t.Errorf("turn %d: Cue %v is not at the start of Text %v", tr.Index, u.Cue, u.Text)
			}
			if u.Cue.Start < prev {
				t.Errorf("turn %d: cue %v before the previous speech's end %d", tr.Index, u.Cue, prev)
			}
			prev = u.Cue.End
			for _, s := range u.Speech {
				in("Speech", s)
				if s.Start < prev || s.Len() == 0 || s.End > u.Text.End {
					t.Errorf("turn %d: speech %v out of order, empty or outside Text %v", tr.Index, s, u.Text)
				}
				prev = s.End
				for _, n := range d.Notes {
					if overlaps(s, n.Anchor) || overlaps(s, n.Extent) {
						t.Errorf("turn %d: speech %q overlaps the note %q", tr.Index, s.In(d.Source), n.Anchor.In(d.Source))
					}
				}
			}
		}
	}
	for _, n := range d.Notes {
		in("Note anchor", n.Anchor)
		in("Note extent", n.Extent)
	}
}

// TestSamplesCounted checks the samples against counts made apart from
// the reader (a script over the pages as laid out, with the notes and
// matter marked by hand): words per speaker, and turns. The deposition
// has 53 labels' turns, less the answer "(No response.)", which holds no
// speech and so joins the two questions around it (51).
func TestSamplesCounted(t *testing.T) {
	for _, tc := range []struct {
		file  string
		turns int
		words map[string]int
	}{
		{"deposition-kowalski.txt", 51, map[string]int{"the videographer": 87, "brennan": 161, "okafor": 68, "margaret a. kowalski": 160}},
		{"trial-johnson.txt", 41, map[string]int{"the court": 57, "abrams": 108, "the clerk": 18, "mary ellen johnson": 92, "levy": 55}},
		// A state trial whose caption names the judge and whose witnesses
		// are named only when called; written with its turns and words
		// before it was read.
		{"trial-sokolov.txt", 29, map[string]int{"vásquez": 44, "torres": 61, "the clerk": 27, "dmitri sokolov": 36, "grant": 20, "laura chen": 21}},
	} {
		src, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Read(tc.file, src)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Turns) != tc.turns || len(d.Speakers) != len(tc.words) {
			t.Errorf("%s: %d turns, %d speakers; want %d, %d", tc.file, len(d.Turns), len(d.Speakers), tc.turns, len(tc.words))
		}
		for id, n := range tc.words {
			if got := words(d, id); got != n {
				t.Errorf("%s: %s has %d words, want %d", tc.file, id, got, n)
			}
		}
	}
}
