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
	checkDoc(t, d)
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
			// Revised after the first reading: I had left the unlabelled
			// talk (lines 17-47) as front matter and "A" as a speaker of
			// its own, and counted "Q: ..." (line 129) as a turn. The talk
			// and the answers are Bram Cohen's, the one speaker the front
			// matter names (a talk with questions from the floor), and a
			// label followed by no words starts no turn, as the shared
			// ground truth reads it. "## TXO bitfields" and the talk after
			// it (lines 89-99) stay in the answer at line 87, as a note and
			// speech; "## Other links" and the links after the last Q are
			// back matter.
			path: "interviews/btc_bram-cohen_merkle-sets_QA.md",
			first: []string{
				"bram cohen@17", "q@49", "bram cohen@51", "q@53", "bram cohen@55", "q@57", "bram cohen@59", "q@61", "bram cohen@63", "q@65",
				"bram cohen@67", "q@69", "bram cohen@71", "q@73", "bram cohen@75", "q@77", "bram cohen@79", "q@81", "bram cohen@83", "q@85",
			},
			turns: 56, front: "1-15", back: "181-187",
		},
		{
			// "**Break:** \[07:13\] to \[08:53\]" (line 27) is no speaker:
			// it opens one line where the two speakers open many. Revised:
			// "**Tim Smith:** \[laughs\]" (line 57) says no word and
			// starts no turn, so Justin Dorfman's turn at line 53 runs on
			// to line 59 (I had it as two turns around Tim Smith's).
			path: "podcasts-md/changelog_afk-5.md",
			first: []string{
				ts + "@1", jd + "@5", ts + "@11", jd + "@15", ts + "@19",
				jd + "@21", ts + "@23", jd + "@25", ts + "@29", jd + "@33",
				ts + "@35", jd + "@37", ts + "@41", jd + "@43", ts + "@47",
				jd + "@49", ts + "@51", jd + "@53", ts + "@61", jd + "@63",
			},
			turns: 26,
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

// TestRealScripts reads the 2020 debates (Rev: a "Name:" line above each
// paragraph) and Shakespeare ("Name:" above verse): they must read as
// before, the opening of the VP debate is a golden listing, and every
// turn has a cue and speech.
func TestRealScripts(t *testing.T) {
	for _, tc := range []struct {
		path, golden    string
		turns, speakers int
	}{
		{"debates-2020-rev/2020_vp_part1.txt", "testdata/debate2020-vp1.turns.golden", 117, 3},
		// Rev's "New Speaker:" is a fourth label in the source.
		{"debates-2020-rev/2020_vp_part2.txt", "", 167, 4},
		{"debates-2020-rev/2020_debate1_part1.txt", "", 174, 3},
		// Two labels followed by "[crosstalk]" only start no turn (the
		// old reader had 596 turns).
		{"debates-2020-rev/2020_debate1_part2.txt", "", 594, 3},
		// The old reader had 7342 turns by 443 speakers: it took 150
		// lines of verse ending in a colon for speakers ("We hate
		// alike:", "brave Titus:", "Farewell: the leisure...", "Come:"
		// below "BRUTUS:", "Here cousin:" inside a speech), cues with no
		// line below them (an excerpt's "Ghost of CLARENCE:") for turns,
		// and LADY CAPULET for CAPULET. A split of the "Name:" blocks by
		// a script of my own finds 7047 turns too, with 194,043 words by
		// the ground truth's word rule against 194,039 here; the turns
		// differ in two places: "Ghosts of young Princes:" is taken for a
		// sentence, and "Time:", the Chorus of The Winter's Tale, for a
		// field, so its speech joins the Shepherd's turn.
		{"tinyshakespeare/tinyshakespeare.txt", "", 7047, 289},
	} {
		t.Run(filepath.Base(tc.path), func(t *testing.T) {
			d := readShared(t, tc.path)
			if d.Format != Format || len(d.Turns) < 50 || tc.turns > 0 && len(d.Turns) != tc.turns || tc.speakers > 0 && len(d.Speakers) != tc.speakers {
				t.Errorf("format %s, %d turns, %d speakers", d.Format, len(d.Turns), len(d.Speakers))
			}
			for _, tr := range d.Turns {
				n := 0
				for _, u := range tr.Utterances {
					n += len(u.Speech)
				}
				if n == 0 {
					t.Errorf("turn %d (line %d) has no speech", tr.Index, tr.FirstLine)
				}
			}
			if tc.golden == "" {
				return
			}
			head := *d
			head.Turns = d.Turns[:30]
			head.Notes = nil
			corpustest.CheckGolden(t, tc.golden, corpustest.Listing(&head))
		})
	}
}

// TestRealNotScripts checks that the shared files in other layouts are
// not taken for scripts: memoranda of conversation (narrated speech,
// the record reader's) and a play whose speakers end in a period.
func TestRealNotScripts(t *testing.T) {
	for _, p := range []string{
		"frus-memcons/frus1961-63v05_d86.txt", "frus-memcons/frus1961-63v05_d88.txt",
		"frus-memcons/frus1961-63v05_d89.txt", "frus-memcons/frus1961-63v05_d91.txt",
		"plays/gutenberg_pinero_mind-the-paint-girl.txt",
		"1947-10-14-stalin-labour-mps.txt",
	} {
		src, err := os.ReadFile(filepath.Join(shared, p))
		if err != nil {
			t.Skip("../shared/corpora is absent")
		}
		if got := Detect(p, src); got != 0 {
			t.Errorf("%s: Detect = %d, want 0", p, got)
		}
	}
}
