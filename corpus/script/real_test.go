package script

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// shared is where the shared corpora are, from this package.
var shared = filepath.Join("..", "..", "..", "shared", "corpora")

// readShared reads a file of the shared corpora, or skips the test.
func readShared(t *testing.T, path string) *corpus.Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(shared, path))
	if err != nil {
		t.Skip("../shared/corpora is absent")
	}
	d, err := Read(path, src)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	corpustest.CheckInvariants(t, d)
	return d
}

// turnSeq renders the first n turns as "speaker@line" (the line of the
// turn's first cue).
func turnSeq(d *corpus.Document, n int) []string {
	var out []string
	for _, tr := range d.Turns {
		if len(out) == n {
			break
		}
		out = append(out, fmt.Sprintf("%s@%d", tr.Speaker, tr.Utterances[0].Line))
	}
	return out
}

// TestRealMarkdown checks the Markdown interviews and podcast against
// turn sequences written by reading the files before the reader was
// written: the first 20 turns (speaker and the line of its first label),
// the number of turns, and the front and back matter.
func TestRealMarkdown(t *testing.T) {
	const (
		sl = "stephan livera"
		bb = "bryan bishop"
		ts = "tim smith"
		jd = "justin dorfman"
	)
	for _, tc := range []struct {
		path        string
		first       []string
		turns       int
		front, back string
	}{
		{
			// YAML front matter, a title line and "Podcast: <url>" before
			// the first label; a one-off "[inaudible 00:31:42]" and a
			// lone "." inside Bryan Bishop's turn at line 126.
			path: "interviews/btc_livera-bishop_interview.md",
			first: []string{
				sl + "@12", bb + "@14", sl + "@16", bb + "@18", sl + "@22",
				bb + "@24", sl + "@26", bb + "@28", sl + "@30", bb + "@32",
				sl + "@34", bb + "@36", sl + "@38", bb + "@40", sl + "@46",
				bb + "@48", sl + "@50", bb + "@52", sl + "@54", bb + "@56",
			},
			turns: 118, front: "1-10",
		},
		{
			// The unlabelled talk before the first "Q:" is front matter
			// (no label says who speaks it); "## TXO bitfields" and the
			// talk after it (lines 89-99) stay in A's turn at line 87 as a
			// note and speech; "## Other links" and the links after the
			// last Q are back matter.
			path: "interviews/btc_bram-cohen_merkle-sets_QA.md",
			first: []string{
				"q@49", "a@51", "q@53", "a@55", "q@57", "a@59", "q@61", "a@63", "q@65", "a@67",
				"q@69", "a@71", "q@73", "a@75", "q@77", "a@79", "q@81", "a@83", "q@85", "a@87",
			},
			turns: 57, front: "1-47", back: "181-187",
		},
		{
			// "**Break:** \[07:13\] to \[08:53\]" (line 27) is no speaker:
			// it opens one line where the two speakers open many.
			path: "podcasts-md/changelog_afk-5.md",
			first: []string{
				ts + "@1", jd + "@5", ts + "@11", jd + "@15", ts + "@19",
				jd + "@21", ts + "@23", jd + "@25", ts + "@29", jd + "@33",
				ts + "@35", jd + "@37", ts + "@41", jd + "@43", ts + "@47",
				jd + "@49", ts + "@51", jd + "@53", ts + "@57", jd + "@59",
			},
			turns: 28,
		},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			d := readShared(t, tc.path)
			if got := turnSeq(d, 20); strings.Join(got, " ") != strings.Join(tc.first, " ") {
				t.Errorf("first turns\n got %s\nwant %s", strings.Join(got, " "), strings.Join(tc.first, " "))
			}
			if len(d.Turns) != tc.turns {
				t.Errorf("%d turns, want %d", len(d.Turns), tc.turns)
			}
			corpustest.CheckMatter(t, d, tc.front, tc.back)
		})
	}
}
