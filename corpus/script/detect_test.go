package script

import (
	"os"
	"path/filepath"
	"testing"

	"parley/corpus"
)

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      int
	}{
		{"two.txt", "Smith: Hello\nJones: Hi\n", 2},
		{"interview", "Interviewer: Hello.\nRespondent: Hi.\nInterviewer: Well?\nRespondent: Yes.\n", 2},
		{"podcast.md", "---\ntitle: x\n---\n**Ann:** Hi.\n\n**Bob:** Ho.\n\n**Ann:** Bye.\n", 2},
		{"podcast.markdown", "**Ann:** Hi.\n\n**Bob:** Ho.\n\n**Ann:** Bye.\n", 2},
		{"rev.txt", "Susan Page:\nGood evening.\n\nKamala Harris:\nThank you.\n\nSusan Page:\nFirst question.\n", 2},
		{"otter.txt", "Speaker 1  0:03\nHi.\n\nSpeaker 2  0:09\nHello.\n\nSpeaker 1  0:15\nBye.\n", 2},
		{"diarised.txt", "SPEAKER_00: Hello.\nSPEAKER_01: Hi.\nSPEAKER_00: Bye.\n", 2},
		{"chat.txt", "[10:02:11] Ann: Hi\n[10:02:15] Bob: Hello\n[10:02:20] Ann: Bye\n", 2},
		{"qa.txt", "Q: Where were you born?\nA: In Jackson.\nQ: When?\nA: In 1931.\n", 2},
		// A deposition: a reader of its own attributes Q. and A.
		{"depo.txt", "MR. SMITH: Objection.\nMR. JONES: Noted.\n1 Q. Where were you?\n2 A. At home.\n3 Q. Alone?\n4 A. Yes.\nMR. SMITH: Move to strike.\n", 1},
		{"depo colons.txt", "BY MR. SMITH:\nQ: Where were you?\nA: At home.\nQ: Alone?\nA: Yes.\n", 1},
		// Not scripts.
		{"prose.txt", "It was a dark and stormy night.\nNobody said anything.\n", 0},
		{"memo.txt", "Note: draft.\nSource: the archive.\nDate: May 5, 2004.\nSubject: a meeting.\n", 0},
		{"times.txt", "10:30 the meeting began.\n11:45 it ended.\n12:00 lunch.\n", 0},
		{"urls.txt", "See http://example.com: it is good.\nhttps://example.org: also.\n", 0},
		{"one.txt", "Smith: Hello there, I am the only one.\n", 0},
		{"headings.md", "# Title\n\nSome prose: with a colon.\n\nMore prose.\n", 0},
		{"table.csv", "Smith: Hello\nJones: Hi\n", 0},
		{"subs.vtt", "Smith: Hello\nJones: Hi\n", 0},
		{"play.txt", "HAMLET.\nTo be, or not to be.\n\nOPHELIA.\nGood my lord.\n", 0},
		{"sentences.txt", "The point is: we lost.\nWhat I mean is: we won.\nIn other words: nobody knows.\n", 0},
	} {
		if got := Detect(tc.name, []byte(tc.src)); got != tc.want {
			t.Errorf("Detect(%s) = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestDetectRecord checks that the 1947 record does not look like a
// script, so that the record reader takes it.
func TestDetectRecord(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "sample", "1947-10-14-stalin-labour-mps.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if Detect("1947.txt", src) != 0 || corpus.LooksLikeScript(string(src)) {
		t.Errorf("the 1947 record looks like a script")
	}
}
