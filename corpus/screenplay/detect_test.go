package screenplay

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

func TestDetect(t *testing.T) {
	dialogue := strings.Repeat("JOHN\nHello.\n\nMARY\nHi.\n\n", 4)
	centred := strings.Repeat("                    JOHN\n          Hello.\n\n                    MARY\n          Hi.\n\n", 6)
	for _, tc := range []struct {
		name, file, src string
		want            int
	}{
		{"a fountain file", "s.fountain", "anything", 2},
		{"sluglines and cues", "s.txt", "INT. HOUSE - DAY\n\n" + dialogue + "EXT. GARDEN - NIGHT\n\n" + dialogue, 2},
		{"a centred screenplay with sluglines", "s.txt", "     INT. HOUSE - DAY\n\n" + centred + "     EXT. GARDEN\n\n" + centred, 2},
		{"centred names, no sluglines", "s.txt", centred, 1},
		{"flush left, a voice over and (MORE)", "s.txt", "She runs.\n\n" + strings.Repeat("JOHN (V.O.)\nHello,\n(MORE)\n\nJOHN (CONT'D)\nagain.\n\nMARY\n(beat)\nHi.\n\nShe sits.\n\n", 2), 2},
		{"flush left, one slugline", "s.txt", "EXT. PATH - NIGHT\n\n" + dialogue, 2},
		{"centred names and a voice over", "s.txt", strings.Replace(centred, "MARY\n", "MARY (V.O.)\n", 1), 2},
		{"centred names and (MORE)", "s.txt", strings.Replace(centred, "Hello.\n", "Hello,\n                    (MORE)\n", 1), 2},
		{"a page: names, dialogue, action at the margin", "s.txt", strings.Repeat("He waits.\n\n                    ANN\n              (quietly)\n          Hello.\n\nShe sits.\n\n                    BOB\n          Hi.\n\n", 2), 2},
		{"a play typed with names centred, directions in parentheses at the margin", "p.txt", strings.Repeat("(He waits.)\n\n                    ANN\n          Hello.\n\n(She sits.)\n\n                    BOB\n          Hi.\n\n", 2), 0},
		{"names centred, speech at the margin", "p.txt", strings.Repeat("                    ANN\nHello.\n\n(She sits.)\n\n                    BOB\nHi.\n\n", 3), 0},
		{"names at the margin, no sluglines", "s.txt", dialogue + dialogue, 0},
		{"not a text file", "s.csv", "INT. HOUSE - DAY\n\n" + dialogue + "EXT. GARDEN\n\n" + dialogue, 0},
		{"a play", "p.txt", strings.Repeat("ROPER.\n\nHello.\n\nLILY.\n\nHi.\n\n", 10), 0},
		{"a script with colons", "s.txt", "INT. HOUSE\n\nEXT. GARDEN\n\n" + strings.Repeat("ANN:\nHello.\n\nBOB:\nHi.\n\n", 10), 0},
		{"an interview", "i.txt", strings.Repeat("Interviewer: Hello.\nRespondent: Hi.\n", 10), 0},
		{"prose", "p.txt", "INT. and EXT. are abbreviations.\n\nNOTE\nThis is prose.\n", 0},
	} {
		if got := Detect(tc.file, []byte(tc.src)); got != tc.want {
			t.Errorf("%s: Detect = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestDetectShared checks the real files the screenplay reader must leave
// to other readers, and the screenplay it must claim (under any name).
func TestDetectShared(t *testing.T) {
	corpustest.SkipWithoutShared(t)
	for _, tc := range []struct {
		path, as string
		want     int
	}{
		{"plays/ebScreenplays_THE_LIBRARY_FREAK-OUT.fountain", "", 2},
		{"plays/ebScreenplays_THE_LIBRARY_FREAK-OUT.fountain", "freak-out.txt", 2},
		{"plays/gutenberg_pinero_mind-the-paint-girl.txt", "", 0},
		{"1947-10-14-stalin-labour-mps.txt", "", 0},
		{"tinyshakespeare/tinyshakespeare.txt", "", 0},
		{"debates-2020-rev/2020_debate1_part1.txt", "", 0},
		{"debates-2020-rev/2020_vp_part1.txt", "", 0},
		{"frus-memcons/frus1961-63v05_d86.txt", "", 0},
		{"interviews/btc_livera-bishop_interview.md", "as.txt", 0},
		{"podcasts-md/changelog_afk-5.md", "as.txt", 0},
	} {
		src, err := os.ReadFile(filepath.Join(corpustest.SharedCorpora, tc.path))
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(tc.path)
		if tc.as != "" {
			name = tc.as
		}
		if got := Detect(name, src); got != tc.want {
			t.Errorf("%s as %s: Detect = %d, want %d", tc.path, name, got, tc.want)
		}
	}
}
