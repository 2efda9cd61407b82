package subtitles

import (
	"fmt"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func TestReadSRT(t *testing.T) {
	runSubtitleCases(t, ReadSRT, "in.srt", []subtitleCase{
		{
			"numbered blocks, names in capitals and not",
			"1\n00:00:01,000 --> 00:00:04,000\nJOHN: Hello.\n\n2\n00:00:04,500 --> 00:00:06,000\nMary Ann: Hi, John.\n",
			"1 john L1 00:00:01,000 1.000-4.000 Hello.\n" +
				"2 mary ann L5 00:00:04,500 4.500-6.000 Hi, John.\n",
		},
		{
			"lines of a block, and a block without a name continues the speaker before",
			"1\n00:00:01,000 --> 00:00:02,000\nJOHN: It was\na long day.\n\n2\n00:00:02,000 --> 00:00:03,000\nToo long.\n",
			"1 john L1 00:00:01,000 1.000-2.000 It was|a long day.\n" +
				"1 john L6 00:00:02,000 2.000-3.000 Too long.\n",
		},
		{
			// A dash without a name is spoken by Unknown, and the block
			// after continues with Unknown; "Where?" and "Here." share
			// their block 6:5, "Ready?" and "Yes." theirs 6:4.
			"dialogue dashes",
			"1\n00:00:01,000 --> 00:00:03,000\n- Where?\n- Here.\n\n2\n00:00:03,000 --> 00:00:04,000\nJOHN: Ready?\n- Yes.\n\n" +
				"3\n00:00:04,000 --> 00:00:05,000\nGo.\n\n4\n00:00:05,000 --> 00:00:06,000\n- JOHN: Now.\n– MARY: Fine.\n",
			// Each unnamed dash is a turn of its own: a change of speaker.
			"1 unknown L1 00:00:01,000 1.000-2.091 Where?\n" +
				"2 unknown L4 00:00:01,000 2.091-3.000 Here.\n" +
				"3 john L6 00:00:03,000 3.000-3.600 Ready?\n" +
				"4 unknown L9 00:00:03,000 3.600-4.000 Yes.\n" +
				"4 unknown L11 00:00:04,000 4.000-5.000 Go.\n" +
				"5 john L15 00:00:05,000 5.000-5.444 Now.\n" +
				"6 mary L18 00:00:05,000 5.444-6.000 Fine.\n",
		},
		{
			// "Yes." (4 characters) continues John's turn; "No." (3) is
			// Mary's.
			"a name partway into a block, and a voice tag",
			"1\n00:00:01,000 --> 00:00:02,000\nJOHN: Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\nYes.\nMARY: No.\n\n" +
				"3\n00:00:03,000 --> 00:00:04,000\n<v Ann>Hello.</v>\n",
			"1 john L1 00:00:01,000 1.000-2.000 Hi.\n" +
				"1 john L5 00:00:02,000 2.000-2.571 Yes.\n" +
				"2 mary L8 00:00:02,000 2.571-3.000 No.\n" +
				"3 ann L10 00:00:03,000 3.000-4.000 Hello.\n",
		},
		{
			"tags and override codes are cut out of speech",
			"1\n00:00:01,000 --> 00:00:02,000\n<i>Hello</i> <b>there</b>, <font color=\"#ff0000\">friend</font>.\n{\\an8}<u>Up</u> here.\n",
			"1 unknown L1 00:00:01,000 1.000-2.000 Hello|there|,|friend|.|Up|here.\n",
		},
		{
			"a name after a tag",
			"1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>RADIO ANNOUNCER: Rain</i>\n<i>tonight.</i>\n",
			"1 radio announcer L1 00:00:01,000 1.000-2.000 Rain|tonight.\n",
		},
		{
			"no blank lines between blocks",
			"1\n00:00:01,000 --> 00:00:02,000\nJOHN: One.\n2\n00:00:02,000 --> 00:00:03,000\nTwo.\n",
			"1 john L1 00:00:01,000 1.000-2.000 One.\n" +
				"1 john L4 00:00:02,000 2.000-3.000 Two.\n",
		},
		{
			"a decimal point, no hours, coordinates, no number",
			"00:01.500 --> 00:02.000 X1:40 X2:600 Y1:20 Y2:50\nJOHN: Hi.\n",
			"1 john L1 00:01.500 1.500-2.000 Hi.\n",
		},
		{
			"a byte order mark, CRLF and a title before the first block",
			"\ufeffSubtitles by Ann\r\n\r\n1\r\n00:00:01,000 --> 00:00:02,000\r\nJOHN: Hi.\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nMARY: Yo.\r\n",
			"front L1-1\n" +
				"1 john L3 00:00:01,000 1.000-2.000 Hi.\n" +
				"2 mary L7 00:00:02,000 2.000-3.000 Yo.\n",
		},
		{
			// Notes in a block before its first speaker are in that
			// speaker's turn.
			"sounds and manners",
			"1\n00:00:01,000 --> 00:00:02,000\nJOHN: Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\n[DOOR OPENS]\nMARY: (whispering) Hello. (GROANS)\n(crowd murmuring)\n\n" +
				"3\n00:00:03,000 --> 00:00:04,000\n♪ La la ♪\n<i>(DOOR CREAKS)</i>\n",
			"1 john L1 00:00:01,000 1.000-2.000 Hi.\n" +
				"2 mary L8 00:00:02,000 2.000-3.000 Hello.\n" +
				"editorial L7 turn 2: DOOR OPENS\n" +
				"stage L8 turn 2: whispering\n" +
				"stage L8 turn 2: GROANS\n" +
				"stage L9 turn 2: crowd murmuring\n" +
				"stage L13 turn 2: La la\n" +
				"stage L14 turn 2: DOOR CREAKS\n",
		},
	})
}

func TestReadSRTErrors(t *testing.T) {
	corpustest.RunErrors(t, []corpustest.ErrorCase{
		{Name: "no arrow", Src: "1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:00:02,000 -> 00:00:03,000\nB\n", Line: 6, Msg: `malformed timing line "00:00:02,000 -> 00:00:03,000"`},
		{Name: "a dot for the colon", Src: "1\n00:00.01,000 --> 00:00:02,000\nA\n", Line: 2, Msg: "malformed timing line"},
		{Name: "a long fraction", Src: "1\r\n00:00:01,0000 --> 00:00:02,000\r\nA\r\n", Line: 2, Msg: "malformed timing line"},
		{Name: "the end before the start", Src: "1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:01:00,000 --> 00:00:59,999\nB\n", Line: 6, Msg: "the cue ends (00:00:59,999) before it starts (00:01:00,000)"},
		{Name: "no blocks", Src: "Just some text.\nNo timings.\n", Line: 0, Msg: "no subtitles found"},
		{Name: "no speech", Src: "1\n00:00:01,000 --> 00:00:02,000\n[MUSIC]\n\n2\n00:00:02,000 --> 00:00:03,000\n", Line: 0, Msg: "no speech found"},
		{Name: "not UTF-8", Src: "1\n00:00:01,000 --> 00:00:02,000\ncaf\xe9\n", Line: 3, Msg: "not UTF-8"},
	}, ReadSRT, "in.srt")
}

func TestDetectSRT(t *testing.T) {
	corpustest.RunDetect(t, DetectSRT, []corpustest.DetectCase{
		{File: "a.srt", Src: "1\n00:00:01,000 --> 00:00:02,000\nHi.\n", Want: 2},
		{File: "a.SRT", Src: "\ufeff\r\n\r\n1\r\n00:00:01,000 --> 00:00:02,000 X1:1\r\nHi.\r\n", Want: 2},
		{File: "a.srt", Src: "1\n00:00:01,000 --> x\nHi.\n", Want: 1},
		{File: "a.srt", Src: "00:00:01,000 --> 00:00:02,000\nHi.\n", Want: 1},
		{File: "a.srt", Src: "WEBVTT\n", Want: 1},
		// SubRip saved as text; and text that is no SubRip.
		{File: "a.txt", Src: "1\n00:00:01,000 --> 00:00:02,000\nHi.\n", Want: 2},
		{File: "wx.txt", Src: "1\n00:00:00,031 --> 00:00:03,512\n[SPEAKER_00]: Thanks.\n", Want: 2},
		{File: "a.txt", Src: "1\nSPEAKER_00: 00:00:01,000 --> ok\n", Want: 0},
		{File: "a.txt", Src: "1. Introduction\n00:00:01,000 --> 00:00:02,000\n", Want: 0},
		{File: "a.txt", Src: "Speaker 1  0:03\nHello.\n", Want: 0},
		{File: "a.txt", Src: "10:30 the meeting began.\n11:00 it ended.\n", Want: 0},
		{File: "a.csv", Src: "1\n00:00:01,000 --> 00:00:02,000\nHi.\n", Want: 0},
		{File: "a.vtt", Src: "1\n00:00:01,000 --> 00:00:02,000\nHi.\n", Want: 0},
	})
}

// TestGoldenKitchenSRT reads a short scene with names in capitals, dialogue
// dashes, italics and sounds for the deaf.
func TestGoldenKitchenSRT(t *testing.T) {
	d := checkGoldenSubtitles(t, "srt-kitchen.srt", ReadSRT)
	// By hand from the block timings: block 1 and 10 hold only sounds;
	// block 9's "- JOE: Sunday?" and "- MARTHA: That's what she said."
	// share its 1.7 s 7:18.
	wantSpeakingTime(t, d, map[string]float64{
		"martha":          2.700 + 2.950 + 3.600 + 1.224,
		"joe":             2.450 + 2.300 + 0.476,
		"unknown":         1.400,
		"radio announcer": 3.300,
		"ellen":           3.300,
	})
}

func FuzzReadSRT(f *testing.F) {
	corpustest.AddSeeds(f, []string{"srt-kitchen.srt"}, []string{
		"1\n00:00:01,000 --> 00:00:04,000\nJOHN: Hello.\n",
		"\ufeff1\r\n00:00:01,000 --> 00:00:02,000\r\n- Where?\r\n- MARY: (sighs) [x] Here.\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\n",
		"1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>A: b</i> <font color=\"red\">c</font> &amp;\n\nmore\n\n2\n00:00:02,000 -> 00:00:03,000\n",
		"1\n00:01:00,000 --> 00:00:59,999\nB\n",
		"00:00:01.5 --> 00:00:02 X1:1\n[MUSIC]\n",
		"1\n00:00:00,031 --> 00:00:02,500\n[SPEAKER_00]: a\n\n2\n00:00:02,500 --> 00:00:03,000\nSPEAKER_01: b >> c >>\n>> [d]: e\n- f\ninterviewer: g\n",
		"1\n00:00:01,000 --> 00:00:02,000\n>> A\n\n2\n00:00:02,000 --> 00:00:03,000\n>> A\nB\n\n3\n00:00:03,000 --> 00:00:04,000\nB\n>>>\n",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		fuzzSubtitles(t, ReadSRT, "fuzz.srt", src)
	})
}

// BenchmarkReadSRT reads a megabyte of subtitles for the deaf: ten thousand
// blocks of two speakers, each with markup and two notes.
func BenchmarkReadSRT(b *testing.B) {
	var src strings.Builder
	for i := range 10000 {
		s := 2 * i
		fmt.Fprintf(&src, "%d\n%02d:%02d:%02d,000 --> %02d:%02d:%02d,500\nJOHN: (SIGHS) Hello <i>there</i> [DOOR] number %d.\n- Yes.\n\n",
			i+1, s/3600, s/60%60, s%60, s/3600, s/60%60, s%60, i)
	}
	in := []byte(src.String())
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		d, err := ReadSRT("big.srt", in, corpus.Options{})
		if err != nil || len(d.Turns) != 20000 || len(d.Notes) != 20000 || d.Turns[19999].Utterances[0].End != 19998.5 {
			b.Fatalf("%v: want 20000 turns and notes, the last ending at 19998.5 s", err)
		}
	}
}
