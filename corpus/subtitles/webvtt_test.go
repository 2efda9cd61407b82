package subtitles

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// subtitleTurns renders what a subtitle reader made of a document: the
// title and front matter where there are any; one utterance a line (turn,
// speaker, line, time as written, start-end in seconds, the speech spans
// joined by "|"); then the notes.
func subtitleTurns(d *corpus.Document) string {
	var b strings.Builder
	if d.Title != "" {
		fmt.Fprintf(&b, "title %s\n", d.Title)
	}
	if d.Front.Len() > 0 {
		fmt.Fprintf(&b, "front L%d-%d\n", d.Line(d.Front.Start), d.Line(d.Front.End-1))
	}
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			var speech []string
			for _, s := range u.Speech {
				speech = append(speech, s.In(d.Source))
			}
			fmt.Fprintf(&b, "%d %s L%d %s %.3f-%.3f %s\n", t.Index, t.Speaker, u.Line, u.Time, u.Start, u.End, strings.Join(speech, "|"))
		}
	}
	for _, n := range d.Notes {
		fmt.Fprintf(&b, "%s L%d turn %d: %s\n", n.Kind, n.Line, n.Turn, d.NoteText(n))
	}
	return b.String()
}

// subtitleCase is a hand-made subtitle file and what a reader should make
// of it, as subtitleTurns renders it.
type subtitleCase struct {
	name, src, want string
}

func runSubtitleCases(t *testing.T, read func(string, []byte, corpus.Options) (*corpus.Document, error), file string, cases []subtitleCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d, err := read(file, []byte(tt.src), corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := subtitleTurns(d); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			checkSubtitles(t, d)
		})
	}
}

func TestReadWebVTT(t *testing.T) {
	runSubtitleCases(t, ReadWebVTT, "in.vtt", []subtitleCase{
		{
			"voice tags",
			"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>Hello there.</v>\n\n00:00:04.000 --> 00:00:06.000\n<v Bob>Hi, Ann.\n",
			"front L1-1\n" +
				"1 ann lee L3 00:00:01.000 1.000-4.000 Hello there.\n" +
				"2 bob L6 00:00:04.000 4.000-6.000 Hi, Ann.\n",
		},
		{
			// The parts of a cue share its time by the length of their
			// speech: "Stop!" has 5 characters to "Why?"'s 4.
			"a voice with a class and no end tag, two voices in a cue",
			"WEBVTT\n\n00:00:10.000 --> 00:00:13.000\n<v.loud Ann>Stop!\n<v Bob>Why?\n\n00:00:13.000 --> 00:00:14.000\n<v Ann>Yes.</v> <v Bob>No.</v>\n",
			"front L1-1\n" +
				"1 ann L3 00:00:10.000 10.000-11.667 Stop!\n" +
				"2 bob L5 00:00:10.000 11.667-13.000 Why?\n" +
				"3 ann L7 00:00:13.000 13.000-13.571 Yes.\n" +
				"4 bob L8 00:00:13.000 13.571-14.000 No.\n",
		},
		{
			"name prefixes, and a cue without one continues the speaker before",
			"WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nAnn Lee: Good morning.\n\n2\n00:00:02.500 --> 00:00:05.000\nLet's begin.\n\n" +
				"3\n00:00:05.000 --> 00:00:06.000\nSpeaker 2: Agreed.\nDR. O'NEIL-SMITH: Me too.\n",
			"front L1-1\n" +
				"1 ann lee L3 00:00:00.000 0.000-2.500 Good morning.\n" +
				"1 ann lee L7 00:00:02.500 2.500-5.000 Let's begin.\n" +
				"2 speaker 2 L11 00:00:05.000 5.000-5.538 Agreed.\n" +
				"3 o'neil-smith L14 00:00:05.000 5.538-6.000 Me too.\n",
		},
		{
			"no speaker is Unknown, and ordinary colons name no one",
			"WEBVTT\n\n00:01.000 --> 00:02.000\nthe plan is: go\nRe:this at 10:30, see Https://x.org\n",
			"front L1-1\n" +
				"1 unknown L3 00:01.000 1.000-2.000 the plan is: go|Re:this at 10:30, see Https://x.org\n",
		},
		{
			"markup is cut out of speech",
			"WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Ann><b>Bold</b> and <i>italic</i>, <c.yellow.bg_blue>coloured</c>,\n" +
				"<00:00:02.000>timed <lang fr>merci</lang> Q&amp;A&nbsp;done. 3 < 4\n",
			"front L1-1\n" +
				"1 ann L3 00:00:01.000 1.000-5.000 Bold|and|italic|,|coloured|,|timed|merci|Q|A|done. 3 < 4\n",
		},
		{
			"a payload of two lines, settings after the timing, no hours",
			"WEBVTT\n\n00:01.000 --> 00:04.250 align:start position:10% line:0\n<v Ann>One line,\nand another.</v>\n",
			"front L1-1\n" +
				"1 ann L3 00:01.000 1.000-4.250 One line,|and another.\n",
		},
		{
			"a byte order mark, header text and CRLF",
			"\ufeffWEBVTT - Weekly sync\r\nKind: captions\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.000\r\n<v Ann>Hi.\r\n\r\n" +
				"2\r\n00:00:02.000 --> 00:00:03.000\r\nBob: Hello.\r\n",
			"title Weekly sync\nfront L1-2\n" +
				"1 ann L4 00:00:01.000 1.000-2.000 Hi.\n" +
				"2 bob L8 00:00:02.000 2.000-3.000 Hello.\n",
		},
		{
			"NOTE, STYLE and REGION blocks",
			"WEBVTT\n\nSTYLE\n::cue(.loud) { color: red }\n\nREGION\nid:fred width:40%\n\nNOTE written by hand\nover two lines\n\n" +
				"00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.\n\nNOTE between cues\n\n00:00:02.000 --> 00:00:03.000\n<v Ann>Again.\n",
			"front L1-10\n" +
				"1 ann L12 00:00:01.000 1.000-2.000 Hi.\n" +
				"1 ann L17 00:00:02.000 2.000-3.000 Again.\n" +
				"editorial L9 turn 0: written by hand over two lines\n" +
				"editorial L15 turn 1: between cues\n",
		},
		{
			"bracketed and parenthesised notes",
			"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>So [laughter] we won (applause) in the end (as planned).\n[music]\n(DOOR SLAMS)\n(sighing) Fine.\n",
			"front L1-1\n" +
				"1 ann L3 00:00:01.000 1.000-4.000 So|we won|in the end (as planned).|Fine.\n" +
				"editorial L4 turn 1: laughter\n" +
				"stage L4 turn 1: applause\n" +
				"editorial L5 turn 1: music\n" +
				"stage L6 turn 1: DOOR SLAMS\n" +
				"stage L7 turn 1: sighing\n",
		},
		{
			"text after a blank line continues the cue",
			"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>First part,\n\nsecond part.\n\n00:00:02.000 --> 00:00:03.000\n<v Bob>Next.\n",
			"front L1-1\n" +
				"1 ann L3 00:00:01.000 1.000-2.000 First part,|second part.\n" +
				"2 bob L8 00:00:02.000 2.000-3.000 Next.\n",
		},
		{
			"dialogue dashes",
			"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n- Where?\n- Ann: Here.\n\n00:00:03.000 --> 00:00:04.000\nGood.\n",
			"front L1-1\n" +
				"1 unknown L3 00:00:01.000 1.000-2.091 Where?\n" +
				"2 ann L5 00:00:01.000 2.091-3.000 Here.\n" +
				"2 ann L7 00:00:03.000 3.000-4.000 Good.\n",
		},
		{
			"a cue without speech is no utterance, but names its speaker",
			"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>[sighs]\n\n00:00:02.000 --> 00:00:03.000\nFine.\n",
			"front L1-1\n" +
				"1 ann L6 00:00:02.000 2.000-3.000 Fine.\n" +
				"editorial L4 turn 0: sighs\n",
		},
		{
			"no header, an identifier, a cue without a blank line before it",
			"intro\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.\n00:00:02.000 --> 00:00:03.000\n<v Bob>Yo.\n",
			"1 ann L1 00:00:01.000 1.000-2.000 Hi.\n" +
				"2 bob L4 00:00:02.000 2.000-3.000 Yo.\n",
		},
		{
			"a name and colon inside a voice is speech",
			"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Note: this\nBob: is mine.</v>\n",
			"front L1-1\n" +
				"1 ann L3 00:00:01.000 1.000-2.000 Note: this|Bob: is mine.\n",
		},
		{
			"a decimal comma and one-digit hours",
			"WEBVTT\n\n0:00:01,500 --> 0:00:02,000\nHi.\n",
			"front L1-1\n" +
				"1 unknown L3 0:00:01,500 1.500-2.000 Hi.\n",
		},
	})
}

func TestReadWebVTTErrors(t *testing.T) {
	corpustest.RunErrors(t, []corpustest.ErrorCase{
		{Name: "a malformed timing line", Src: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnn: x\n\n00:00:02.000 --> 00:00:0x.000\ny\n", Line: 6, Msg: "malformed timing line"},
		{Name: "no end", Src: "WEBVTT\n\n00:00:01.000 -->\nx\n", Line: 3, Msg: "malformed timing line"},
		{Name: "seconds past 59", Src: "WEBVTT\n\n1\n00:00:59.000 --> 00:00:60.000\nx\n", Line: 4, Msg: "malformed timing line"},
		{Name: "no arrow", Src: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nx\n\n2\n00:00:02.000 -> 00:00:03.000\ny\n", Line: 7, Msg: `malformed timing line "00:00:02.000 -> 00:00:03.000"`},
		{Name: "the end before the start, CRLF", Src: "WEBVTT\r\n\r\n1\r\n00:00:05.000 --> 00:00:04.000\r\nx\r\n", Line: 4, Msg: "the cue ends (00:00:04.000) before it starts (00:00:05.000)"},
		{Name: "no cue", Src: "WEBVTT\n\nNOTE only a note\n", Line: 0, Msg: "no cues found"},
		{Name: "text without cues", Src: "Hello\nworld\n", Line: 0, Msg: "no cues found"},
		{Name: "no speech", Src: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n[music]\n", Line: 0, Msg: "no speech found"},
		{Name: "not text", Src: "WEBVTT\n\x00", Line: 2, Msg: "binary file"},
		{Name: "empty", Src: "", Line: 0, Msg: "empty file"},
	}, ReadWebVTT, "in.vtt")
}

func TestDetectWebVTT(t *testing.T) {
	corpustest.RunDetect(t, DetectWebVTT, []corpustest.DetectCase{
		{File: "a.vtt", Src: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n", Want: 2},
		{File: "a.VTT", Src: "\ufeffWEBVTT - Weekly sync\r\n", Want: 2},
		{File: "a.vtt", Src: "WEBVTT", Want: 2},
		{File: "a.vtt", Src: "WEBVTTX\n", Want: 1},
		{File: "a.vtt", Src: "00:00:01.000 --> 00:00:02.000\nHi.\n", Want: 1},
		// WebVTT saved as text, with a timing line; text that only opens
		// with the word.
		{File: "a.txt", Src: "WEBVTT\nKind: captions\n\n00:00:00.000 --> 00:00:02.470 align:start\nHi.\n", Want: 2},
		{File: "a.txt", Src: "WEBVTT\n", Want: 0},
		{File: "a.txt", Src: "WEBVTT files are subtitles.\nSee 00:01 --> there.\n", Want: 0},
		{File: "a.txt", Src: "Ann: WEBVTT\n00:00:01.000 --> 00:00:02.000\n", Want: 0},
		{File: "a.md", Src: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n", Want: 0},
		{File: "a.srt", Src: "WEBVTT\n", Want: 0},
	})
}

// speakingTime sums End-Start of the utterances of each speaker, in
// seconds, in the order of Speakers.
func speakingTime(d *corpus.Document) []float64 {
	byID := map[string]float64{}
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			byID[t.Speaker] += u.End - u.Start
		}
	}
	out := make([]float64, len(d.Speakers))
	for i, s := range d.Speakers {
		out[i] = byID[s.ID]
	}
	return out
}

// subtitleListing is listing with the timing of every utterance and the
// speaking time of every speaker.
func subtitleListing(d *corpus.Document) string {
	var b strings.Builder
	b.WriteString(corpustest.Listing(d))
	b.WriteString("timings:\n")
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			fmt.Fprintf(&b, "%3d %-16s L%-3d %-13s %8.3f %8.3f\n", t.Index, t.Speaker, u.Line, u.Time, u.Start, u.End)
		}
	}
	b.WriteString("speaking time:\n")
	for i, sec := range speakingTime(d) {
		fmt.Fprintf(&b, "  %-16s %8.3f\n", d.Speakers[i].ID, sec)
	}
	return b.String()
}

// checkGoldenSubtitles reads testdata/file with read (ReadTestdata),
// checks it as a subtitle reader's document and compares its
// subtitleListing with the file's golden file (rewritten with -update).
func checkGoldenSubtitles(t *testing.T, file string, read corpustest.ReadFunc) *corpus.Document {
	t.Helper()
	d := corpustest.ReadTestdata(t, file, read)
	checkSubtitles(t, d)
	corpustest.CheckGolden(t, corpustest.GoldenFile(file), subtitleListing(d))
	return d
}

// wantSpeakingTime checks speaking time per speaker, to the millisecond.
func wantSpeakingTime(t *testing.T, d *corpus.Document, want map[string]float64) {
	t.Helper()
	got := speakingTime(d)
	if len(got) != len(want) {
		t.Errorf("%d speakers, want %d", len(got), len(want))
	}
	for i, sec := range got {
		if w, ok := want[d.Speakers[i].ID]; !ok || math.Abs(sec-w) > 0.0005 {
			t.Errorf("%s speaks %.3f s, want %.3f", d.Speakers[i].ID, sec, w)
		}
	}
}

// TestGoldenMeetingVTT reads a meeting as Teams exports it: NOTE blocks
// first, cue identifiers, voice tags, a cue of two voices, a cue without a
// voice that continues the one before.
func TestGoldenMeetingVTT(t *testing.T) {
	d := checkGoldenSubtitles(t, "webvtt-meeting.vtt", ReadWebVTT)
	// Summed from the cue timings by hand; the cue of two voices (21.4 to
	// 23.0 s) is shared 20:5 by the length of "You said that last week."
	// and "Fair.", and the cue without a voice (45.65 to 49.98 s) is Wei
	// Chen's, whose cue it continues.
	wantSpeakingTime(t, d, map[string]float64{
		"priya raman":  3.280 + 4.440 + 1.280 + 6.240 + 2.870 + 3.640,
		"tomás ortega": 5.720 + 3.470 + 2.120,
		"wei chen":     2.450 + 0.320 + 2.550 + 4.330 + 0.830,
		"ama mensah":   6.280 + 3.430,
	})
	if len(d.Turns) != 12 || d.Title != "" || d.Front.In(d.Source) != "WEBVTT\n\nNOTE duration:\"00:01:12.4800000\"\n\nNOTE language:en-us" {
		t.Errorf("%d turns, title %q, front %q", len(d.Turns), d.Title, d.Front.In(d.Source))
	}
}

// joinTurns returns a copy of d with consecutive turns of one speaker
// joined, for corpustest.CheckInvariants, which does not allow them: a
// change of speaker that names no one (">>", "- ") starts a turn of
// "Unknown" after one of "Unknown".
func joinTurns(d *corpus.Document) *corpus.Document {
	j := *d
	j.Turns = nil
	for _, t := range d.Turns {
		if n := len(j.Turns); n > 0 && j.Turns[n-1].Speaker == t.Speaker {
			last := &j.Turns[n-1]
			last.Utterances = append(last.Utterances[:len(last.Utterances):len(last.Utterances)], t.Utterances...)
			last.LastLine = t.LastLine
			continue
		}
		t.Index = len(j.Turns) + 1
		j.Turns = append(j.Turns, t)
	}
	// Notes name their turn by its index in d.
	index := make([]int, len(d.Turns)+1)
	k := 0
	for i, t := range d.Turns {
		if i == 0 || d.Turns[i-1].Speaker != t.Speaker {
			k++
		}
		index[i+1] = k
	}
	j.Notes = append([]corpus.Note(nil), d.Notes...)
	for i := range j.Notes {
		j.Notes[i].Turn = index[j.Notes[i].Turn]
	}
	return &j
}

// checkSubtitles asserts what holds for every document a subtitle reader
// returns: checkInvariants, and for every utterance 0 <= Start <= End, a
// Time and some speech.
func checkSubtitles(t *testing.T, d *corpus.Document) {
	t.Helper()
	corpustest.CheckInvariants(t, joinTurns(d))
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			if u.Start < 0 || u.Start > u.End || math.IsNaN(u.Start) || math.IsNaN(u.End) {
				t.Errorf("turn %d: utterance on line %d from %v to %v", tr.Index, u.Line, u.Start, u.End)
			}
			if u.Time == "" || len(u.Speech) == 0 {
				t.Errorf("turn %d: utterance on line %d with Time %q and %d speech spans", tr.Index, u.Line, u.Time, len(u.Speech))
			}
		}
	}
}

// fuzzSubtitles is the body of the subtitle readers' fuzz tests: whatever
// the input, read must not panic; it returns an *InputError, or a document
// whose spans lie within the source, whose turns are numbered 1..n and
// whose utterances start no later than they end.
func fuzzSubtitles(t *testing.T, read corpustest.ReadFunc, file string, src []byte) {
	d, err := read(file, src, corpus.Options{})
	corpustest.CheckRead(t, src, d, err)
	if err == nil {
		checkSubtitles(t, d)
	}
}

func FuzzReadWebVTT(f *testing.F) {
	corpustest.AddSeeds(f, []string{"webvtt-meeting.vtt"}, []string{
		"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>Hello there.</v>\n",
		"\ufeffWEBVTT - x\r\n\r\nNOTE n\r\n\r\nid\r\n00:01.000 --> 00:02.000 align:start\r\n- Ann: a [b] (c)\r\n- d\r\n",
		"WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v.a Ann><b>B</b> <00:00:02.000>t &amp; <c.x>y</c></v> <v Bob>z\n\nmore\n",
		"WEBVTT\n\n00:00:01.000 --> 00:00:00.000\nx\n",
		"WEBVTT\n\nSTYLE\n::cue { }\n\n1\n00:00:01.000 -> 00:00:02.000\n",
		"00:00:01.000 --> 00:00:02.000\n<v Ann>[x]\n00:00:02.000 --> 00:00:02.000\n(LAUGHS)\n",
		"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n \n>> so<00:00:00.500><c> we</c>\n\n00:00:02.000 --> 00:00:02.010\n>> so we\n \n\n00:00:02.010 --> 00:00:03.000\n>> so we\n**Ann:** x [00:01] Bob: y\n",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		fuzzSubtitles(t, ReadWebVTT, "fuzz.vtt", src)
	})
}
