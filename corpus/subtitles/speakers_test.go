package subtitles

import "testing"

// TestSpeakerLabels reads speaker prefixes in the shapes subtitles carry
// them: diarised speech-to-text output, captions, film subtitles.
func TestSpeakerLabels(t *testing.T) {
	runSubtitleCases(t, ReadSRT, "in.srt", []subtitleCase{
		{
			"WhisperX: bracketed diarisation labels, consecutive cues of one speaker joined",
			"1\n00:00:00,031 --> 00:00:02,500\n[SPEAKER_00]: Welcome to the show.\n\n2\n00:00:02,500 --> 00:00:04,000\n[SPEAKER_00]: Today we talk about\n\n" +
				"3\n00:00:04,000 --> 00:00:05,000\n[SPEAKER_00]: rivers.\n\n4\n00:00:05,000 --> 00:00:06,000\n[SPEAKER_01]: Thanks for having me.\n",
			"1 speaker_00 L1 00:00:00,031 0.031-2.500 Welcome to the show.\n" +
				"1 speaker_00 L5 00:00:02,500 2.500-4.000 Today we talk about\n" +
				"1 speaker_00 L9 00:00:04,000 4.000-5.000 rivers.\n" +
				"2 speaker_01 L13 00:00:05,000 5.000-6.000 Thanks for having me.\n",
		},
		{
			"Netflix: dialogue dashes inside italics, a dash and a name",
			"1\n00:00:01,000 --> 00:00:03,000\n<i>- Where were you?</i>\n<i>- Out.</i>\n\n2\n00:00:03,500 --> 00:00:05,000\n- JOHN: <i>Out where?</i>\n- MARY: Nowhere.\n",
			"1 unknown L1 00:00:01,000 1.000-2.529 Where were you?\n" +
				"2 unknown L4 00:00:01,000 2.529-3.000 Out.\n" +
				"3 john L6 00:00:03,500 3.500-4.294 Out where?\n" +
				"4 mary L9 00:00:03,500 4.294-5.000 Nowhere.\n",
		},
		{
			"a label in lower case that recurs, and its capital variant, are one speaker",
			"1\n00:00:01,000 --> 00:00:02,000\ninterviewer: so tell me\n\n2\n00:00:02,000 --> 00:00:03,000\nRespondent: well\n\n3\n00:00:03,000 --> 00:00:04,000\nINTERVIEWER: and then: what\n",
			"1 interviewer L1 00:00:01,000 1.000-2.000 so tell me\n" +
				"2 respondent L5 00:00:02,000 2.000-3.000 well\n" +
				"3 interviewer L9 00:00:03,000 3.000-4.000 and then: what\n",
		},
		{
			"headings, one-off lower-case labels (after a dash too), times and URLs name no one",
			"1\n00:00:01,000 --> 00:00:02,000\nANN: Hello.\nNote: this is speech.\n\n2\n00:00:02,000 --> 00:00:03,000\nthe answer is: yes\n10:30 is late, see http://x.org\nSource: me\n" +
				"\n3\n00:00:03,000 --> 00:00:04,000\n- and i said: fine\n",
			"1 ann L1 00:00:01,000 1.000-2.000 Hello.|Note: this is speech.\n" +
				"1 ann L6 00:00:02,000 2.000-3.000 the answer is: yes|10:30 is late, see http://x.org|Source: me\n" +
				"2 unknown L12 00:00:03,000 3.000-4.000 and i said: fine\n",
		},
		{
			"a bracketed label is no note; a bracket before a label is",
			"1\n00:00:01,000 --> 00:00:02,000\n[Ann]: Hi there [laughs]\n\n2\n00:00:02,000 --> 00:00:03,000\n[MUSIC]\n\n3\n00:00:03,000 --> 00:00:04,000\n[door opens] JOHN: Hello.\n",
			"1 ann L1 00:00:01,000 1.000-2.000 Hi there\n" +
				"2 john L11 00:00:03,000 3.000-4.000 Hello.\n" +
				"editorial L3 turn 1: laughs\n" +
				"editorial L7 turn 1: MUSIC\n" +
				"editorial L11 turn 2: door opens\n",
		},
		{
			"television roll-up captions of three lines in SRT",
			"1\n00:00:01,000 --> 00:00:02,000\n>> THE NEWS AT NINE.\n\n2\n00:00:02,000 --> 00:00:03,000\n>> THE NEWS AT NINE.\nGOOD EVENING.\n\n" +
				"3\n00:00:03,000 --> 00:00:04,000\n>> THE NEWS AT NINE.\nGOOD EVENING.\n>> THANK YOU, TOM.\n\n" +
				"4\n00:00:04,000 --> 00:00:05,000\nGOOD EVENING.\n>> THANK YOU, TOM.\nIT RAINED.\n",
			"1 unknown L1 00:00:01,000 1.000-2.000 THE NEWS AT NINE.\n" +
				"1 unknown L5 00:00:02,000 2.000-3.000 GOOD EVENING.\n" +
				"2 unknown L10 00:00:03,000 3.000-4.000 THANK YOU, TOM.\n" +
				"2 unknown L16 00:00:04,000 4.000-5.000 IT RAINED.\n",
		},
		{
			"a label alone on its line; one capitalized word names a speaker in a labelled file",
			"1\n00:00:01,000 --> 00:00:02,000\nJOHN:\nHello.\n\n2\n00:00:02,000 --> 00:00:03,000\nAnn: Hi.\n",
			"1 john L1 00:00:01,000 1.000-2.000 Hello.\n" +
				"2 ann L6 00:00:02,000 2.000-3.000 Hi.\n",
		},
		{
			"chevrons before sounds alone, then the same name: one turn",
			"1\n00:00:01,000 --> 00:00:02,000\n>> JOHN: Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\n>> [APPLAUSE]\n\n3\n00:00:03,000 --> 00:00:04,000\n>> JOHN: Thank you.\n",
			"1 john L1 00:00:01,000 1.000-2.000 Hi.\n" +
				"1 john L9 00:00:03,000 3.000-4.000 Thank you.\n" +
				"editorial L7 turn 1: APPLAUSE\n",
		},
		{
			// A hundred letters and more, all capitals: "THE QUESTION IS:"
			// is speech, "MAYOR SMITH:" after chevrons a speaker, "JOHN:"
			// recurs.
			"captions in capitals",
			"1\n00:00:01,000 --> 00:00:02,000\nJOHN: GOOD EVENING AND WELCOME TO THE SIX O'CLOCK NEWS.\n\n" +
				"2\n00:00:02,000 --> 00:00:03,000\nTHE QUESTION IS: WHO WILL PAY FOR THE NEW BRIDGE?\n\n" +
				"3\n00:00:03,000 --> 00:00:04,000\n>> MAYOR SMITH: THE CITY WILL, AS WE HAVE ALWAYS SAID.\n\n" +
				"4\n00:00:04,000 --> 00:00:05,000\nJOHN: THANK YOU, MAYOR.\n",
			"1 john L1 00:00:01,000 1.000-2.000 GOOD EVENING AND WELCOME TO THE SIX O'CLOCK NEWS.\n" +
				"1 john L5 00:00:02,000 2.000-3.000 THE QUESTION IS: WHO WILL PAY FOR THE NEW BRIDGE?\n" +
				"2 smith L9 00:00:03,000 3.000-4.000 THE CITY WILL, AS WE HAVE ALWAYS SAID.\n" +
				"3 john L13 00:00:04,000 4.000-5.000 THANK YOU, MAYOR.\n",
		},
		{
			"one-word labels, each once, corroborate each other",
			"1\n00:00:01,000 --> 00:00:02,000\nAnn: Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\nBob: Hello.\n",
			"1 ann L1 00:00:01,000 1.000-2.000 Hi.\n" +
				"2 bob L5 00:00:02,000 2.000-3.000 Hello.\n",
		},
		{
			"one capitalized word names no one in a file without labels",
			"1\n00:00:01,000 --> 00:00:02,000\nListen: we go now.\n\n2\n00:00:02,000 --> 00:00:03,000\nWhere?\n",
			"1 unknown L1 00:00:01,000 1.000-2.000 Listen: we go now.\n" +
				"1 unknown L5 00:00:02,000 2.000-3.000 Where?\n",
		},
	})
	runSubtitleCases(t, ReadWebVTT, "in.vtt", []subtitleCase{
		{
			"YouTube automatic captions: roll-up lines read once, word timings, >> a change of speaker",
			"WEBVTT\nKind: captions\nLanguage: en\n\n" +
				"00:00:00.000 --> 00:00:02.000 align:start position:0%\n \n>> so<00:00:00.500><c> today</c><00:00:01.000><c> we</c>\n\n" +
				"00:00:02.000 --> 00:00:02.010 align:start position:0%\n>> so today we\n \n\n" +
				"00:00:02.010 --> 00:00:04.000 align:start position:0%\n>> so today we\ntalk<00:00:02.500><c> rivers</c>\n\n" +
				"00:00:04.000 --> 00:00:04.010 align:start position:0%\ntalk rivers\n \n\n" +
				"00:00:04.010 --> 00:00:06.000 align:start position:0%\ntalk rivers\n>> yes<00:00:04.500><c> please</c>\n",
			"front L1-3\n" +
				"1 unknown L5 00:00:00.000 0.000-2.000 so|today|we\n" +
				"1 unknown L13 00:00:02.010 2.010-4.000 talk|rivers\n" +
				"2 unknown L21 00:00:04.010 4.010-6.000 yes|please\n",
		},
		{
			"NOTE and STYLE blocks, Speaker N labels",
			"WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nNOTE This file was\nmade by hand\n\n1\n00:00:01.000 --> 00:00:02.000\nSpeaker 1: Hello.\n\n" +
				"NOTE a note between cues\n\n2\n00:00:02.000 --> 00:00:03.000\nSpeaker 2: Hi.\n",
			"front L1-7\n" +
				"1 speaker 1 L9 00:00:01.000 1.000-2.000 Hello.\n" +
				"2 speaker 2 L15 00:00:02.000 2.000-3.000 Hi.\n" +
				"editorial L6 turn 0: This file was made by hand\n" +
				"editorial L13 turn 1: a note between cues\n",
		},
		{
			"a diarisation label changes speaker on a new line of a cue",
			"WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nSPEAKER_00: I think we should\nstart now.\nSPEAKER_01: Agreed.\n\n00:00:04.000 --> 00:00:05.000\nSPEAKER_01: Let's go.\n",
			"front L1-1\n" +
				"1 speaker_00 L3 00:00:00.000 0.000-3.067 I think we should|start now.\n" +
				"2 speaker_01 L6 00:00:00.000 3.067-4.000 Agreed.\n" +
				"2 speaker_01 L8 00:00:04.000 4.000-5.000 Let's go.\n",
		},
		{
			"live captions: >> inside a line, a name after >>, >> before sounds alone",
			"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\ngood morning.\n>> MAYOR SMITH: welcome all.\n\n00:00:03.000 --> 00:00:05.000\nthank you.!>> next item.\n>> present.\n\n" +
				"00:00:05.000 --> 00:00:06.000\n>> [applause]\n\n00:00:06.000 --> 00:00:07.000\nthanks, everyone.\n",
			"front L1-1\n" +
				"1 unknown L3 00:00:01.000 1.000-2.043 good morning.\n" +
				"2 smith L5 00:00:01.000 2.043-3.000 welcome all.\n" +
				"2 smith L7 00:00:03.000 3.000-3.741 thank you.!\n" +
				"3 unknown L8 00:00:03.000 3.741-4.407 next item.\n" +
				"4 unknown L9 00:00:03.000 4.407-5.000 present.\n" +
				"5 unknown L14 00:00:06.000 6.000-7.000 thanks, everyone.\n" +
				"editorial L12 turn 4: applause\n",
		},
	})
}

// TestGoldenWhisperX reads an interview as WhisperX writes it: every block
// opens with a bracketed diarisation label, one speaker's sentence runs
// over several blocks, and "Note:" and "5:30" inside the speech are
// speech.
func TestGoldenWhisperX(t *testing.T) {
	d := checkGoldenSubtitles(t, "whisperx-interview.srt", ReadSRT)
	wantSpeakingTime(t, d, map[string]float64{
		"speaker_00": 3.481 + 2.362 + 0.901 + 0.721 + 2.182,
		"speaker_01": 4.586 + 2.222 + 4.424 + 3.043,
		"speaker_02": 2.422,
	})
	if len(d.Turns) != 8 {
		t.Errorf("%d turns, want 8", len(d.Turns))
	}
}

// TestGoldenYouTubeAuto reads YouTube's automatic captions: roll-up cues
// that repeat the line before, word timings in every line, ">>" at each
// change of speaker and "[Music]".
func TestGoldenYouTubeAuto(t *testing.T) {
	d := checkGoldenSubtitles(t, "youtube-auto.vtt", ReadWebVTT)
	// The cues of 10 ms repeat a line and hold no speech.
	wantSpeakingTime(t, d, map[string]float64{
		"unknown": 2.470 + 2.670 + 2.750 + 2.310 + 2.630,
	})
	if len(d.Turns) != 3 || len(d.Notes) != 1 {
		t.Errorf("%d turns and %d notes, want 3 and 1", len(d.Turns), len(d.Notes))
	}
}

func TestBracketName(t *testing.T) {
	for line, want := range map[string]string{
		"[JOHN] Where were you?":      "JOHN",
		"[MRS JONES] Hello.":          "MRS JONES",
		"[DOOR SLAMS] Who's there?":   "",
		"[GLASS BREAKS] Oh no.":       "",
		"[SHOUTING] Get out!":         "",
		"[laughs] Sure.":              "",
		"[JOHN]: Where?":              "", // ParseLabel's
		"[JOHN]":                      "", // no text after it
		"[music playing] We are here": "",
	} {
		c, ok := bracketName(line, 0, len(line))
		if got := c.mark.name; ok != (want != "") || got != want {
			t.Errorf("bracketName(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}
