package play

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

func TestDetect(t *testing.T) {
	long := strings.Repeat("ROPER.\n\nHello there.\n\nLILY.\n\nHi.\n\n", 12)
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{Name: "a long play", File: "p.txt", Src: long, Want: 2},
		{Name: "a play with an act heading", File: "p.txt", Src: "ACT I.\n\n" + strings.Repeat("ROPER. Hello.\nLILY. Hi.\n", 5), Want: 2},
		{Name: "a short play", File: "p.txt", Src: "ROPER.\n\nHello.\n\nLILY.\n\nHi.\n\nROPER.\n\nBye.\n\nLILY.\n\nSo.\n", Want: 1},
		// (Written first as 1 with Lily speaking once: a play has two
		// characters or more who speak again.)
		{Name: "one name recurring", File: "p.txt", Src: "ROPER.\n\nHello.\n\nLILY.\n\nHi.\n\nROPER.\n\nBye.\n", Want: 0},
		{Name: "a screenplay page without sluglines", File: "s.txt", Src: strings.Repeat("He waits.\n\n                    ANN\n              (quietly)\n          Hello.\n\nShe sits.\n\n                    BOB\n          Hi.\n\n", 3), Want: 0},
		{Name: "a screenplay page with tabs and one slugline", File: "s.txt", Src: "EXT. PATH - NIGHT\n\n" + strings.Repeat("\t\t\t\tANN\n\t\tHello.\n\n\t\t\t\tBOB (CONT'D)\n\t\tHi.\n\n", 3), Want: 0},
		{Name: "flush left, a voice over and (MORE)", File: "s.txt", Src: "She runs.\n\n" + strings.Repeat("JOHN (V.O.)\nHello,\n(MORE)\n\nJOHN (CONT'D)\nagain.\n\nMARY\n(beat)\nHi.\n\nShe sits.\n\n", 2), Want: 0},
		{Name: "flush left, one slugline", File: "s.txt", Src: "EXT. PATH - NIGHT\n\n" + strings.Repeat("JOHN\nHello.\n\nMARY\nHi.\n\n", 4), Want: 0},
		{Name: "centred names and a voice over", File: "s.txt", Src: strings.Repeat("            ANN\n    Hello.\n\n            BOB (V.O.)\n    Hi.\n\n", 6), Want: 0},
		{Name: "centred names and (MORE)", File: "s.txt", Src: "            ANN\n    Hello,\n            (MORE)\n            ANN (CONT'D)\n    again.\n\n" + strings.Repeat("            ANN\n    Hello.\n\n            BOB\n    Hi.\n\n", 6), Want: 0},
		{Name: "names centred, speech at the margin", File: "p.txt", Src: strings.Repeat("                    ANN\nHello.\n\n          (She sits.)\n\n                    BOB\nHi.\n\n", 4), Want: 1},
		{Name: "a speech wrapped to 'subject.' is no memo field", File: "p.txt", Src: "ACT I.\n\n" + strings.Repeat("KING. You are my\nsubject.\nLORD. I am your\nSubject.\n", 5), Want: 2},
		{Name: "Subject: in title case", File: "m.txt", Src: "Subject: Trade\n\n" + strings.Repeat("ROPER.\n\nHello.\n\nLILY.\n\nHi.\n\n", 5), Want: 0},
		{Name: "SUBJECT and PARTICIPANTS", File: "m.txt", Src: strings.Repeat("SUBJECT\n\nTrade.\n\nPARTICIPANTS\n\nMr. A, Mr. B\n\nMr. A said that he agreed.\n\n", 2), Want: 0},
		{Name: "SUBJECT. and PARTICIPANTS.", File: "m.txt", Src: strings.Repeat("SUBJECT.\nTrade.\n\nPARTICIPANTS.\nMr. A, Mr. B\n\nROPER.\nYes.\n\nLILY.\nNo.\n\n", 2), Want: 0},
		{Name: "names above speech, no marks", File: "p.txt", Src: strings.Repeat("            ANN\n    Hello.\n\n            BOB\n    Hi.\n\n", 6), Want: 1},
		{Name: "names above speech with an act", File: "p.txt", Src: "ACT ONE\n\n" + strings.Repeat("            ANN\n    Hello.\n\n            BOB\n    Hi.\n\n", 6), Want: 2},
		{Name: "not a text file", File: "p.csv", Src: long, Want: 0},
		{Name: "a screenplay", File: "s.txt", Src: "INT. HOUSE - DAY\n\nEXT. GARDEN - DAY\n\n" + long, Want: 0},
		{Name: "prose", File: "p.txt", Src: "This is a report. It has sentences.\n\nAnd paragraphs. NOTE. Nothing else.\n", Want: 0},
		{Name: "a script with colons", File: "s.txt", Src: strings.Repeat("ANN: Hello.\nBOB: Hi.\n", 10), Want: 0},
		{Name: "reported speech", File: "r.txt", Src: strings.Repeat("Comrade STALIN says that, x.\nZILLIACUS answers that y.\n", 10), Want: 0},
		{Name: "an interview", File: "i.txt", Src: strings.Repeat("Interviewer: Hello.\nRespondent: Hi.\n", 10), Want: 0},
		{Name: "Q and A", File: "d.txt", Src: strings.Repeat("Q. Where were you?\nA. At home.\n", 10), Want: 0},
		{Name: "headings only", File: "p.txt", Src: "ACT I.\n\nSCENE II.\n\nTHE END.\n", Want: 0},
	})
}

// TestDetectNotPlays checks hand-made files in layouts whose lines pass
// for a play's cues ("SUBJECT" alone above its value, headings in
// capitals), which the play reader must leave to other readers.
func TestDetectNotPlays(t *testing.T) {
	for _, name := range []string{
		"memcon2.txt",        // two memoranda of conversation, FRUS layout, no blank lines
		"memcon2-para.txt",   // the same, fields and paragraphs apart
		"memcon2-period.txt", // the same, "SUBJECT." and "PARTICIPANTS." above their values
		"memo-colon.txt",     // "SUBJECT: ...", "PARTICIPANTS: ...", two in one file
		"dossier.txt",        // two records of conversation, "A.A. GROMYKO said that"
		"dossier-tight.txt",  // the same, headings right above their lines
		"soviet.txt",         // a Soviet record, "THOMPSON said that"
		"interview.txt",      // "INTERVIEWER:" labels
		"deposition.txt",     // Q. and A., margin numbers, colloquy
	} {
		src, err := os.ReadFile(filepath.Join("testdata", "not-plays", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(name, src); got != 0 {
			t.Errorf("%s: Detect = %d, want 0", name, got)
		}
	}
}

// TestReadMemoFields checks that a memo's field labels are no cues when
// a memo is read as a play all the same (with --format play).
func TestReadMemoFields(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "not-plays", "memcon2-period.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if d, err := Read("m.txt", src); err == nil {
		for _, s := range d.Speakers {
			if s.ID == "subject" || s.ID == "participants" {
				t.Errorf("speaker %q", s.Name)
			}
		}
	}
}

// TestDetectShared checks the real files the play reader must leave to
// other readers, and the play it must claim.
func TestDetectShared(t *testing.T) {
	corpustest.SkipWithoutShared(t)
	for _, tc := range []struct {
		path string
		want int
	}{
		{"plays/gutenberg_pinero_mind-the-paint-girl.txt", 2},
		{"plays/ebScreenplays_THE_LIBRARY_FREAK-OUT.fountain", 0},
		{"1947-10-14-stalin-labour-mps.txt", 0},
		{"tinyshakespeare/tinyshakespeare.txt", 0},
		{"debates-2020-rev/2020_debate1_part1.txt", 0},
		{"debates-2020-rev/2020_vp_part1.txt", 0},
		{"frus-memcons/frus1961-63v05_d86.txt", 0},
	} {
		src, err := os.ReadFile(filepath.Join(corpustest.SharedCorpora, tc.path))
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(filepath.Base(tc.path), src); got != tc.want {
			t.Errorf("%s: Detect = %d, want %d", tc.path, got, tc.want)
		}
	}
	for _, name := range []string{"interviews/btc_livera-bishop_interview.md", "interviews/btc_bram-cohen_merkle-sets_QA.md", "podcasts-md/changelog_afk-5.md"} {
		src, err := os.ReadFile(filepath.Join(corpustest.SharedCorpora, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect("as.txt", src); got != 0 {
			t.Errorf("%s read as a .txt: Detect = %d, want 0", name, got)
		}
	}
}
