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
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{Name: "a fountain file", File: "s.fountain", Src: "anything", Want: 2},
		{Name: "sluglines and cues", File: "s.txt", Src: "INT. HOUSE - DAY\n\n" + dialogue + "EXT. GARDEN - NIGHT\n\n" + dialogue, Want: 2},
		{Name: "a centred screenplay with sluglines", File: "s.txt", Src: "     INT. HOUSE - DAY\n\n" + centred + "     EXT. GARDEN\n\n" + centred, Want: 2},
		{Name: "centred names, no sluglines", File: "s.txt", Src: centred, Want: 1},
		{Name: "flush left, a voice over and (MORE)", File: "s.txt", Src: "She runs.\n\n" + strings.Repeat("JOHN (V.O.)\nHello,\n(MORE)\n\nJOHN (CONT'D)\nagain.\n\nMARY\n(beat)\nHi.\n\nShe sits.\n\n", 2), Want: 2},
		{Name: "flush left, one slugline", File: "s.txt", Src: "EXT. PATH - NIGHT\n\n" + dialogue, Want: 2},
		{Name: "centred names and a voice over", File: "s.txt", Src: strings.Replace(centred, "MARY\n", "MARY (V.O.)\n", 1), Want: 2},
		{Name: "centred names and (MORE)", File: "s.txt", Src: strings.Replace(centred, "Hello.\n", "Hello,\n                    (MORE)\n", 1), Want: 2},
		{Name: "a page: names, dialogue, action at the margin", File: "s.txt", Src: strings.Repeat("He waits.\n\n                    ANN\n              (quietly)\n          Hello.\n\nShe sits.\n\n                    BOB\n          Hi.\n\n", 2), Want: 2},
		{Name: "a play typed with names centred, directions in parentheses at the margin", File: "p.txt", Src: strings.Repeat("(He waits.)\n\n                    ANN\n          Hello.\n\n(She sits.)\n\n                    BOB\n          Hi.\n\n", 2), Want: 0},
		{Name: "names centred, speech at the margin", File: "p.txt", Src: strings.Repeat("                    ANN\nHello.\n\n(She sits.)\n\n                    BOB\nHi.\n\n", 3), Want: 0},
		{Name: "names at the margin, no sluglines", File: "s.txt", Src: dialogue + dialogue, Want: 0},
		{Name: "not a text file", File: "s.csv", Src: "INT. HOUSE - DAY\n\n" + dialogue + "EXT. GARDEN\n\n" + dialogue, Want: 0},
		{Name: "a play", File: "p.txt", Src: strings.Repeat("ROPER.\n\nHello.\n\nLILY.\n\nHi.\n\n", 10), Want: 0},
		{Name: "a script with colons", File: "s.txt", Src: "INT. HOUSE\n\nEXT. GARDEN\n\n" + strings.Repeat("ANN:\nHello.\n\nBOB:\nHi.\n\n", 10), Want: 0},
		{Name: "an interview", File: "i.txt", Src: strings.Repeat("Interviewer: Hello.\nRespondent: Hi.\n", 10), Want: 0},
		{Name: "prose", File: "p.txt", Src: "INT. and EXT. are abbreviations.\n\nNOTE\nThis is prose.\n", Want: 0},
	})
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
