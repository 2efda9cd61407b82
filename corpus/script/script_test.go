package script

import (
	"strings"
	"testing"

	"parley/corpus"
)

// turns renders a document's turns as "speaker=speech|speech" (each
// utterance's speech spans joined by "|"), one turn after another, "; "
// between them.
func turns(d *corpus.Document) string {
	var out []string
	for _, tr := range d.Turns {
		var speech []string
		for _, u := range tr.Utterances {
			for _, s := range u.Speech {
				speech = append(speech, s.In(d.Source))
			}
		}
		out = append(out, tr.Speaker+"="+strings.Join(speech, "|"))
	}
	return strings.Join(out, "; ")
}

// notes renders a document's notes as "kind:text", space-separated.
func notes(d *corpus.Document) string {
	var out []string
	for _, n := range d.Notes {
		out = append(out, string(n.Kind)+":"+d.NoteText(n))
	}
	return strings.Join(out, " ")
}

// TestRead reads small hand-made files in the layouts scripts and
// interviews come in, traps included.
func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		turns     string // as turns renders them
		front     string // the front matter's text, "" for none
		back      string
		notes     string // as notes renders them; "-" to skip
		title     string
		date      string
	}{
		{
			name: "interview.txt",
			src: "Interview with a farmer, 12 March 2019\n\n" +
				"Interviewer: Thank you for joining us. Can you tell me about your farm?\n" +
				"Respondent: Sure. We have about two hundred acres.\n" +
				"Interviewer: What do you grow?\n" +
				"Respondent: Mostly wheat, some barley.\n" +
				"Interviewer: How has the weather been?\n" +
				"Respondent: Dry. Very dry this year.\n" +
				"Interviewer: Thank you.\n" +
				"Respondent: You're welcome.\n",
			turns: "interviewer=Thank you for joining us. Can you tell me about your farm?; respondent=Sure. We have about two hundred acres.; " +
				"interviewer=What do you grow?; respondent=Mostly wheat, some barley.; interviewer=How has the weather been?; " +
				"respondent=Dry. Very dry this year.; interviewer=Thank you.; respondent=You're welcome.",
			front: "Interview with a farmer, 12 March 2019", date: "2019-03-12",
		},
		{
			name:  "two.txt",
			src:   "Smith: Hello\nJones: Hi\n",
			turns: "smith=Hello; jones=Hi",
		},
		{
			name:  "three.txt",
			src:   "Smith: Hello.\n\nJones: Hi there.\n\nSmith: Bye.\n",
			turns: "smith=Hello.; jones=Hi there.; smith=Bye.",
		},
		{
			name:  "one-off.txt",
			src:   "Ann: Welcome.\nBob: Thanks.\nAnn: Carol, you wanted to ask?\nCarol: Yes, briefly.\nAnn: Go on.\n",
			turns: "ann=Welcome.; bob=Thanks.; ann=Carol, you wanted to ask?; carol=Yes, briefly.; ann=Go on.",
		},
		{
			name: "case variants.txt",
			src:  "INTERVIEWER: Where were you?\nRespondent: At home.\ninterviewer: All day?\nrespondent: Yes.\nInterviewer: Alone?\nRESPONDENT: No.\n",
			turns: "interviewer=Where were you?; respondent=At home.; interviewer=All day?; respondent=Yes.; " +
				"interviewer=Alone?; respondent=No.",
		},
		{
			name: "multi-paragraph.txt",
			src: "Host: Tell us how it began.\n\nGuest: It began in 1990.\n\nWe had nothing then.\nNot even a desk.\n\n" +
				"Host: And now?\n\nGuest: Now we have two desks.\n",
			turns: "host=Tell us how it began.; guest=It began in 1990.|We had nothing then.|Not even a desk.; host=And now?; guest=Now we have two desks.",
		},
		{
			name: "otter.txt",
			src: "Weekly sync - Otter.ai\n\nSpeaker 1  0:03\nHi everyone, thanks for coming.\n\n" +
				"Jane Smith  0:09\nThanks. Glad to be here.\nIt's been a while.\n\n" +
				"Speaker 1  1:15\nLet's start.\n\nTranscribed by https://otter.ai\n",
			turns: "speaker 1=Hi everyone, thanks for coming.; jane smith=Thanks. Glad to be here.|It's been a while.; speaker 1=Let's start.",
			front: "Weekly sync - Otter.ai", back: "Transcribed by https://otter.ai",
		},
		{
			name: "rev.txt",
			src: "Chris Wallace: (00:01)\nGood evening. [crosstalk 00:00:04]\n\n" +
				"Joe Biden: (00:05)\nThank you, Chris.\n\n" +
				"Chris Wallace: (00:09)\nLet's begin.\n",
			turns: "chris wallace=Good evening.; joe biden=Thank you, Chris.; chris wallace=Let's begin.",
			notes: "editorial:crosstalk 00:00:04",
		},
		{
			name:  "rev inline.txt",
			src:   "Speaker 1 (00:03): Good morning.\nSpeaker 2 (00:07): Morning. (laughs)\nSpeaker 1 (00:10): Shall we?\n",
			turns: "speaker 1=Good morning.; speaker 2=Morning.; speaker 1=Shall we?",
			notes: "stage:laughs",
		},
		{
			name:  "descript.txt",
			src:   "Ann Lee [00:00:02]\nHello there.\n\nBob Ray [00:00:05]\nHi, Ann.\n",
			turns: "ann lee=Hello there.; bob ray=Hi, Ann.",
		},
		{
			name:  "diarised.txt",
			src:   "SPEAKER_00: Hello and welcome.\nSPEAKER_01: Thanks for having me.\nSPEAKER_00: Let's get started.\n[SPEAKER_01]: Sure.\n",
			turns: "speaker_00=Hello and welcome.; speaker_01=Thanks for having me.; speaker_00=Let's get started.; speaker_01=Sure.",
			notes: "",
		},
		{
			name: "chat.txt",
			src: "[10:02:11] Ann: Can everyone hear me?\n[10:02:15] Bob: Yes.\n" +
				"[10:02:20] Ann: Great, we start at 10:30: no, now.\n[10:03:01] Carol: Sorry I'm late.\n",
			turns: "ann=Can everyone hear me?; bob=Yes.; ann=Great, we start at 10:30: no, now.; carol=Sorry I'm late.",
			notes: "",
		},
		{
			name:  "zoom chat.txt",
			src:   "10:02:11 From Ann Lee to Everyone: Hi all\n10:02:15 From Bob to Everyone: Hello\n10:02:30 From Ann Lee to Everyone: Slides are up\n",
			turns: "ann lee=Hi all; bob=Hello; ann lee=Slides are up",
		},
		{
			name: "whatsapp.txt",
			src: "12/03/2021, 10:02 - Messages and calls are end-to-end encrypted.\n12/03/2021, 10:02 - Ann Lee: On my way\n" +
				"12/03/2021, 10:03 - Bob: ok\nsee you there\n12/03/2021, 10:05 - Ann Lee: Here now\n",
			turns: "ann lee=On my way; bob=ok|see you there; ann lee=Here now",
			front: "12/03/2021, 10:02 - Messages and calls are end-to-end encrypted.",
		},
		{
			name:  "irc.txt",
			src:   "[10:02] <ann> hello all\n[10:03] <bob> hi ann\n[10:04] <ann> meeting at 11:00: ok?\n<bob> ok\n",
			turns: "ann=hello all; bob=hi ann; ann=meeting at 11:00: ok?; bob=ok",
		},
		{
			name: "timestamps between.txt",
			src: "Smith: Welcome. (00:01:02)\n\n[00:01:05]\n\nJones: Thanks.\n00:01:09\nGlad to be here.\n\n" +
				"Smith: Let's begin.\n",
			turns: "smith=Welcome.; jones=Thanks.|Glad to be here.; smith=Let's begin.",
			notes: "editorial:00:01:05",
		},
		{
			name:  "slack.txt",
			src:   "Ann Lee  10:02 AM\nMorning all\nBob  10:03 AM\nhey\nAnn Lee  10:05 AM\nstandup in 5\n",
			turns: "ann lee=Morning all; bob=hey; ann lee=standup in 5",
		},
		{
			name:  "zoom transcript.txt",
			src:   "[Ann Lee] 10:02:11\nHello everyone.\n\n[Bob] 10:02:15\nHi.\n\n[Ann Lee] 10:02:20\nLet's start.\n",
			turns: "ann lee=Hello everyone.; bob=Hi.; ann lee=Let's start.",
		},
		{
			name:  "mission log.txt",
			src:   "[03 04:05:06] CDR: Houston, we are go.\n[03 04:05:09] CC: Roger.\n[03 04:05:15] CDR: Copy.\n",
			turns: "cdr=Houston, we are go.; cc=Roger.; cdr=Copy.",
		},
		{
			name: "oral history.txt",
			src: "Oral History Project\nInterviewee: Jane Doe\nInterviewer: John Smith\nDate: May 5, 2004\nLocation: Jackson, Mississippi\n\n" +
				"Q: Where were you born?\nA: In Jackson, in 1931.\nQ: What was your father's work?\nA: He was a carpenter.\n\nHe built houses all over town.\nQ: Thank you.\n",
			turns: "q=Where were you born?; a=In Jackson, in 1931.; q=What was your father's work?; a=He was a carpenter.|He built houses all over town.; q=Thank you.",
			front: "Oral History Project\nInterviewee: Jane Doe\nInterviewer: John Smith\nDate: May 5, 2004\nLocation: Jackson, Mississippi",
			date:  "2004-05-05",
		},
		{
			name: "podcast.md",
			src: "---\ntitle: Episode 12\ndate: 2021-04-01\nspeakers:\n  - Ann Lee\n  - Bob Ray\n---\n# Episode 12: Gardens\n\n" +
				"**Ann Lee:** Welcome to the show. [01:02]\n\n**Bob Ray:** \\[00:15\\] Thanks, Ann.\n\nGlad to be _here_.\n\n## Part two\n\n" +
				"**Ann Lee:** Let's talk about [roses](https://example.com/roses) and <a href=\"https://x.org\">lilies</a>.\n\n__Bob Ray:__ Sure.\n",
			turns: "ann lee=Welcome to the show.; bob ray=Thanks, Ann.|Glad to be _here_.; ann lee=Let's talk about|roses|and|lilies|.; bob ray=Sure.",
			front: "---\ntitle: Episode 12\ndate: 2021-04-01\nspeakers:\n  - Ann Lee\n  - Bob Ray\n---\n# Episode 12: Gardens",
			notes: "editorial:01:02 editorial:Part two", title: "Episode 12", date: "2021-04-01",
		},
		{
			name: "traps.txt",
			src: "Smith: We should start.\nJones: Agreed. See http://example.com for the agenda.\n" +
				"Note: the recording was paused here.\nSmith: Let's resume at 10:30.\n10:30 is late.\nJones: Fine.\nThe point is: we agree.\n" +
				"Source: http://example.com/transcript\n",
			turns: "smith=We should start.; jones=Agreed. See http://example.com for the agenda.; " +
				"smith=Let's resume at 10:30.|10:30 is late.; jones=Fine.|The point is: we agree.",
			back:  "Source: http://example.com/transcript",
			notes: "editorial:Note: the recording was paused here.",
		},
		{
			name: "one-off in a long file.txt",
			src: "A: one.\nB: two.\nA: three.\nB: four.\nA: five.\nB: six.\nA: seven.\nRemember: bring the forms.\nB: eight.\n" +
				"A: nine.\nB: ten.\n",
			turns: "a=one.; b=two.; a=three.; b=four.; a=five.; b=six.; a=seven.|Remember: bring the forms.; b=eight.; a=nine.; b=ten.",
		},
		{
			name:  "names.txt",
			src:   "Zhou Enlai: We welcome you.\nΜαρία: Ευχαριστώ.\nJosé Martí: Gracias. 🎉\nZhou Enlai: Please sit.\n周恩来：请坐。\n",
			turns: "zhou enlai=We welcome you.; μαρία=Ευχαριστώ.; josé martí=Gracias. 🎉; zhou enlai=Please sit.; 周恩来=请坐。",
		},
		{
			name:  "emoji.md",
			src:   "🎙️ **Host:** Welcome! 👋\n\n🎧 **Guest:** Thanks 😊\n\n🎙️ **Host:** Let's go 🚀\n",
			turns: "host=Welcome! 👋; guest=Thanks 😊; host=Let's go 🚀",
		},
		{
			name:  "laughs.md",
			src:   "**Ann:** I was late.\n\n**Bob:** \\[laughs\\]\n\n**Ann:** Very late.\n\n**Bob:** Why?\n",
			turns: "ann=I was late.|Very late.; bob=Why?",
			notes: "editorial:Bob editorial:laughs",
		},
		{
			name:  "captions.txt",
			src:   ">> COUNCILMEMBER KAPLAN: Thank you.\n>> CLERK: Item two.\n>> COUNCILMEMBER KAPLAN: Second.\n",
			turns: "kaplan=Thank you.; clerk=Item two.; kaplan=Second.",
		},
		{
			name:  "roles.txt",
			src:   "Chris Wallace (Moderator): Good evening.\nJoe Biden: Thank you.\nChris Wallace (Moderator): First question.\n",
			turns: "chris wallace=Good evening.; joe biden=Thank you.; chris wallace=First question.",
		},
		{
			name:  "play.txt",
			src:   "First Citizen:\nBefore we proceed any further, hear me speak.\n\nAll:\nSpeak, speak.\n\nFirst Citizen:\nYou are all resolved rather to die than to famish?\n\nAll:\nResolved. resolved.\n",
			turns: "first citizen=Before we proceed any further, hear me speak.; all=Speak, speak.; first citizen=You are all resolved rather to die than to famish?; all=Resolved. resolved.",
		},
		{
			name: "verse.txt",
			src: "AUFIDIUS:\nWe hate alike:\nNot Afric owns a serpent I abhor.\n\nMARCIUS:\nLet the first budger die.\n\n" +
				"AUFIDIUS:\nFarewell: the leisure and the fearful time.\n\nMARCIUS:\nNo.\n\nAUFIDIUS:\nFarewell: then.\n",
			turns: "aufidius=We hate alike:|Not Afric owns a serpent I abhor.; marcius=Let the first budger die.; " +
				"aufidius=Farewell: the leisure and the fearful time.; marcius=No.; aufidius=Farewell: then.",
		},
		{
			name: "memcon.txt",
			src: "MEMORANDUM OF CONVERSATION, February 21, 1972\n\nPresent: Mao Zedong, Zhou Enlai, Kissinger (National Security Adviser)\n\n" +
				"MAO ZEDONG: Our common old friend, Generalissimo Chiang Kai-shek, doesn't approve of this.\n" +
				"Kissinger: Yes, the Chairman is right.\nNote: this line is no cue.\nZhou Enlai: Then let us begin.\n",
			turns: "mao zedong=Our common old friend, Generalissimo Chiang Kai-shek, doesn't approve of this.; " +
				"kissinger=Yes, the Chairman is right.; zhou enlai=Then let us begin.",
			front: "MEMORANDUM OF CONVERSATION, February 21, 1972\n\nPresent: Mao Zedong, Zhou Enlai, Kissinger (National Security Adviser)",
			notes: "editorial:Note: this line is no cue.", title: "MEMORANDUM OF CONVERSATION, February 21, 1972", date: "1972-02-21",
		},
		{
			name: "talk.md",
			src: "---\ntitle: A talk\nspeakers:\n  - Ann Lee\n---\n## Introduction\n\nThanks for coming, everyone. Today I talk about trees.\n\n" +
				"Trees are tall.\n\nQ: How tall?\n\nA: Very tall.\n\nQ: ...\n\nA: Really.\n\n## Links\n\n<https://example.com>\n",
			turns: "ann lee=Thanks for coming, everyone. Today I talk about trees.|Trees are tall.; q=How tall?; ann lee=Very tall.|Really.",
			front: "---\ntitle: A talk\nspeakers:\n  - Ann Lee\n---\n## Introduction", back: "## Links\n\n<https://example.com>",
			notes: "editorial:Q", title: "A talk",
		},
		{
			name:  "couple.txt",
			src:   "INTERVIEWER: Hi.\n\nMS. JONES: Hello.\n\nINTERVIEWER: And you?\n\nMR. JONES: Me too.\n\nMrs. Jones: He always says that.\n",
			turns: "interviewer=Hi.; ms jones=Hello.; interviewer=And you?; mr jones=Me too.; mrs jones=He always says that.",
		},
		{
			name:  "lady.txt",
			src:   "CAPULET:\nWhat noise is this?\n\nLADY CAPULET:\nA crutch, a crutch!\n\nCAPULET:\nMy sword, I say!\n\nMr. Smith:\nHere.\n\nSmith:\nStill here.\n",
			turns: "capulet=What noise is this?; lady capulet=A crutch, a crutch!; capulet=My sword, I say!; smith=Here.|Still here.",
		},
		{
			name: "markdown notes.md",
			src: "**Ann:** I read it[^1] last year.\n\n![cover](cover.jpg)\n\n**Bob:** Me too. (coughs) (clears throat)\n\n**Ann:** Good.\n\n" +
				"[^1]: The book, 2019 edition.\n",
			turns: "ann=I read it|last year.; bob=Me too.; ann=Good.",
			notes: "editorial:^1 editorial:![cover](cover.jpg) stage:coughs stage:clears throat editorial:^1 editorial:[^1]: The book, 2019 edition.",
		},
		{
			name: "hard-wrapped.txt",
			src: "INTERVIEWER: Could you tell me about the village where you\ngrew up, and what your family did there?\n\n" +
				"MRS. OKAFOR: It was a small place. My father kept goats and\nmy mother sold cloth at the market on\nSaturdays.\n\n" +
				"INTERVIEWER: And school?\n\nMRS. OKAFOR: There was one teacher for\nall of us.\n",
			turns: "interviewer=Could you tell me about the village where you|grew up, and what your family did there?; " +
				"okafor=It was a small place. My father kept goats and|my mother sold cloth at the market on|Saturdays.; " +
				"interviewer=And school?; okafor=There was one teacher for|all of us.",
		},
		{
			name:  "indented.txt",
			src:   "    Smith: Hello there.\n    Jones: Hello.\n    Smith: Bye now.\n",
			turns: "smith=Hello there.; jones=Hello.; smith=Bye now.",
		},
		{
			name:  "crlf.txt",
			src:   "Smith: Hello.\r\nJones: Hi.\r\n\r\nMore from Jones.\r\nSmith: Bye.\r\n",
			turns: "smith=Hello.; jones=Hi.|More from Jones.; smith=Bye.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read(tc.name, []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			if got := turns(d); got != tc.turns {
				t.Errorf("turns\n got %s\nwant %s", got, tc.turns)
			}
			if got := d.Front.In(d.Source); got != tc.front {
				t.Errorf("front matter %q, want %q", got, tc.front)
			}
			if got := d.Back.In(d.Source); got != tc.back {
				t.Errorf("back matter %q, want %q", got, tc.back)
			}
			if got := notes(d); tc.notes != "-" && got != tc.notes {
				t.Errorf("notes %q, want %q", got, tc.notes)
			}
			if d.Title != tc.title || d.Date != tc.date {
				t.Errorf("title %q date %q, want %q %q", d.Title, d.Date, tc.title, tc.date)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	for _, src := range []string{
		"no labels here\njust prose\n",
		"Note: a note.\nSource: a source.\n",
		"",
		"Ann:\n\nBob: [laughs]\n",
	} {
		if _, err := Read("x.txt", []byte(src)); !corpus.IsInputError(err) {
			t.Errorf("%q: error %v, want an input error", src, err)
		}
	}
}

func TestProcedural(t *testing.T) {
	for line, want := range map[string]bool{
		"Question agreed to.": true, "Debate adjourned.": true, "Bill read a second time.": true,
		"Sitting suspended from 1.00 pm to 2.00 pm.": true, "The House divided.": true, "Amendment agreed to.": true,
		"The question is that the bill be now read a second time.": false, "I agreed to the question.": false,
	} {
		if got := procedural(line); got != want {
			t.Errorf("procedural(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestClosing(t *testing.T) {
	for line, want := range map[string]bool{
		"Session ends 7:42 pm.": true, "Recording stopped.": true, "The meeting was adjourned at 9.15.": true,
		"Science Hour is produced by Northern Community Radio.": true, "Transcribed by Ann Lee": true, "END 1:32 P.M. EDT": true,
		"The session ends when we say so, and not a minute before that, she said.": false, // a sentence, not a closing line
		"I think the meeting went well.":                                           false, "My mother produced by hand every dress we wore.": false,
	} {
		if got := closing(line); got != want {
			t.Errorf("closing(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestRuledHeading(t *testing.T) {
	for line, want := range map[string]string{"--- Part 2 ---": "Part 2", "=== Day two ===": "Day two", "*** Side B ***": "Side B", "---": "", "-- well --": "", "- a -": "", "--- a --- b ---": "", "-------": "", "---x": ""} {
		h, ok := ruledHeading(line)
		if got := h.In(line); ok != (want != "") || got != want {
			t.Errorf("ruledHeading(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}

func TestTimedEventAndSubjectHeading(t *testing.T) {
	for line, want := range map[string]bool{"10:20 The meeting adjourned.": true, "10:30 The meeting resumed.": true, "11:05 Recess.": true,
		"10:30 we went to the pier and talked for an hour about it": false, "The meeting adjourned.": false} {
		if got := timedEvent(line); got != want {
			t.Errorf("timedEvent(%q) = %v, want %v", line, got, want)
		}
	}
	src := "Mr SPEAKER: Order.\n\nRegional Roads\n\nMs LEE: My question is on roads.\n\nAbsolutely Not\n\nright now.\n"
	d, err := Read("h.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := turns(d); got != "speaker=Order.; lee=My question is on roads.|Absolutely Not|right now." {
		t.Errorf("turns %s", got)
	}
}
