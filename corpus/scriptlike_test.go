package corpus

import (
	"strings"
	"testing"
)

// TestSpeakerLines checks which labelled lines SpeakerLines takes for
// speakers', on small documents.
func TestSpeakerLines(t *testing.T) {
	long := strings.Repeat("Ann: Yes.\nBob: No.\n", 5)
	for _, tc := range []struct {
		name, src string
		known     string // IDs, comma-separated
		want      string // the IDs of the lines taken, in order
	}{
		{"two-liner", "Smith: Hello\nJones: Hi\n", "", "smith,jones"},
		{"Q. and A. of an oral history", "Q. Where were you born?\n\nA. In Ohio.\n\nQ. When?\n\nA. In 1921.\n", "", "q,a,q,a"},
		{"an initial opening a sentence once is no label", long + "A. Lincoln was president then.\n" + long, "", strings.TrimSuffix(strings.Repeat("ann,bob,", 10), ",")},
		{"names alone above the speech", "Interviewer\nHow long?\n\nRespondent\nThirty years.\n\nInterviewer\nWhy?\n\nRespondent\nThe sea.\n", "", "interviewer,respondent,interviewer,respondent"},
		{"names above a time (Meet, YouTube)", "Ann Lee\n0:00\nHello.\nBob Roe\n0:05\nHi.\nAnn Lee\n0:09\nBye.\n", "", "ann lee,bob roe,ann lee"},
		{"headings alone are no names", "Background\nThe project began.\n\nMethods\nWe counted.\n\nResults\nMany.\n", "", ""},
		{"names in capitals alone are a play's", "ANN\nHello.\n\nBOB\nHi.\n\nANN\nBye.\n\nBOB\nNo.\n", "", ""},
		{"case variants", "INTERVIEWER: a\ninterviewer: b\nInterviewer: c\n", "", "interviewer,interviewer,interviewer"},
		{"headings", "Note: a\nSource: b\nSmith: c\nJones: d\nSmith: e\n", "", "smith,jones,smith"},
		{"numbered headings", "Step 1: a\nStep 2: b\nSmith: c\nJones: d\n", "", "smith,jones"},
		{"sentence", "Smith: a\nThe point is: b\nJones: c\n", "", "smith,jones"},
		{"url value", "Podcast: https://example.com/1\nSmith: a\nJones: b\nSmith: c\n", "", "smith,jones,smith"},
		{"header block", "Interviewee: Jane Doe\nInterviewer: John Smith\n\nQ: Where?\nA: Here.\nQ: When?\nA: Now.\n", "", "q,a,q,a"},
		{"header without conversation", "Smith: Hello\nJones: Hi\n", "", "smith,jones"},
		{"header of speakers", "Interviewer: John Smith\nInterviewee: Jane Doe\n\nInterviewer: Where?\nInterviewee: Ohio.\nInterviewer: When?\n", "", "interviewer,interviewee,interviewer"},
		{"a greeting is no header", "Carol: Hello Everyone\nAnn: Hi Carol.\nBob: Hey.\nAnn: So?\nBob: Yes.\n", "", "carol,ann,bob,ann,bob"},
		{"greetings are no header", "Ann: Hello Bob\nBob: Hello Ann\nAnn: How are you?\nBob: Fine.\n", "", "ann,bob,ann,bob"},
		{"chat is no header", "Ann: hi\nBob: hey\nAnn: how are you?\nBob: fine.\n", "", "ann,bob,ann,bob"},
		{"greeting is no header", "Moderator: Welcome everyone\nPanelist A: Thank you.\nPanelist B: Glad to be here.\nModerator: Let's begin.\n", "", "moderator,panelist a,panelist b,moderator"},
		{"subject", "Interviewer: So.\nSubject: Well, I was born in 1950.\nInterviewer: Where?\nSubject: Ohio.\n", "", "interviewer,subject,interviewer,subject"},
		{"memo subject", "Subject: the budget\nAnn: Numbers?\nBob: Done.\nAnn: Good.\n", "", "ann,bob,ann"},
		{"minutes", "Alice: Let's start.\nBob: Numbers are in.\nAction: Bob to revise.\nAlice: Great.\n", "", "alice,bob,alice"},
		{"one-off among many", long + "Break: ten minutes\n" + long, "", strings.TrimSuffix(strings.Repeat("ann,bob,", 10), ",")},
		{"one-off full name", long + "Audience Member: What about taxes?\n" + long, "", strings.Repeat("ann,bob,", 5) + "audience member," + strings.TrimSuffix(strings.Repeat("ann,bob,", 5), ",")},
		{"one-off word", long + "Remember: bring all the forms.\n" + long, "", strings.TrimSuffix(strings.Repeat("ann,bob,", 10), ",")},
		{"one-off with a number", long + "Speaker 3: Me too.\n", "", strings.Repeat("ann,bob,", 5) + "speaker 3"},
		{"one-off in capitals", long + "CAROL: Me too.\n", "", strings.Repeat("ann,bob,", 5) + "carol"},
		{"one-off known", long + "Carol: Me too.\n", "carol", strings.Repeat("ann,bob,", 5) + "carol"},
		{"one-off with time and speech", long + "Carol (01:02): Me too, I think.\n", "", strings.Repeat("ann,bob,", 5) + "carol"},
		{"one-off with a title, in its paragraph", long + "\nMr Papadopoulos: Rubbish!\n\n" + long, "", strings.Repeat("ann,bob,", 5) + "papadopoulos," + strings.TrimSuffix(strings.Repeat("ann,bob,", 5), ",")},
		{"one-off office with its holder", long + "\nThe Hon. Member for Lowther (Mrs Fitzgerald-Osei): My question is to the Minister,\n\n" + long, "", strings.Repeat("ann,bob,", 5) + "fitzgerald-osei," + strings.TrimSuffix(strings.Repeat("ann,bob,", 5), ",")},
		{"one-off full name, wrapped", long + "Dr Kowalczyk: Yes. Long grass does hold more ticks, that's\n" + long, "", strings.Repeat("ann,bob,", 5) + "kowalczyk," + strings.TrimSuffix(strings.Repeat("ann,bob,", 5), ",")},
		{"one-off with time only", long + "**Break:** [07:13] to [08:53]\n", "", strings.TrimSuffix(strings.Repeat("ann,bob,", 5), ",")},
		{"titles", "Vice President Mike Pence:\na\n\nMike Pence:\nb\n\nSusan Page:\nc\n", "", "mike pence,mike pence,susan page"},
		{"verse below a name", "AUFIDIUS:\nFarewell: the time.\n\nMARCIUS:\nNo.\n", "", "aufidius,marcius"},
		{"verse inside a speech", "RICHARD:\nGive me the crown.\nHere cousin:\nOn this side my hand.\n\nHENRY:\nI thought so.\n\nRICHARD:\nAy.\n", "", "richard,henry,richard"},
		{"verse alone below a name", "BRUTUS:\nCome:\nHalf all Cominius' honours.\n\nMARCIUS:\nNo.\n", "", "brutus,marcius"},
		{"lower-case one-off", "Ann:\na\n\nBob:\nb\n\nAnn:\nc\n\nBob:\nd\n\nbrave Titus:\ne\n", "", "ann,bob,ann,bob"},
		{"agenda", long + "Lunch 12:30\n", "", strings.TrimSuffix(strings.Repeat("ann,bob,", 5), ",")},
		{"trint", "Ann Lee 00:00:02\nHello.\n\nBob Ray 00:00:05\nHi.\n\nAnn Lee 00:00:09\nBye.\n", "", "ann lee,bob ray,ann lee"},
		{"log", "[03 04:05:06] CDR: a\n[03 04:05:09] CC: b\n", "", "cdr,cc"},
		{"zoom", "10:02:11 From Ann to Everyone: a\n10:02:15 From Bob to Everyone: b\n", "", "ann,bob"},
	} {
		known := map[string]bool{}
		for _, k := range strings.Split(tc.known, ",") {
			known[k] = k != ""
		}
		var got []string
		for _, l := range SpeakerLines(tc.src, SplitLines(tc.src), known) {
			got = append(got, l.ID)
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, strings.Join(got, ","), tc.want)
		}
	}
}

func TestLooksLikeScript(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"Smith: Hello\nJones: Hi\n", true},
		{"Smith: Hello\n", false},
		{"Smith: a\nSmith: b\nSmith: c\n", true},
		{"Smith: a\nSmith: b\n", false},
		{"Remember: a\n" + strings.Repeat("Prose.\n", 10) + "Also: b\n", false},
		{"---\ntitle: x\nspeakers: [Ann]\n---\n**Ann:** a\n\n**Bob:** b\n", true},
		{strings.Repeat("Prose goes on.\n", 100) + "Ann: a\nBob: b\nAnn: c\n", false},
		{"Note: a\nSource: b\n", false},
		{strings.Repeat("Ann: The answer\n"+strings.Repeat("goes on and on\n", 30)+"\nBob: And?\n\n", 3), true},
		{strings.Repeat("A paragraph\nof prose\n\n", 30) + "Ann: a\nBob: b\n", false},
		{"Registration 9:00\nKeynote 9:30\nLunch 12:30\n", false},
		{"", false},
	} {
		if got := LooksLikeScript(tc.src); got != tc.want {
			t.Errorf("LooksLikeScript(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

func TestYAMLFrontMatter(t *testing.T) {
	for src, want := range map[string]string{
		"---\ntitle: x\n---\nbody":    "---\ntitle: x\n---\n",
		"---\r\ntitle: x\r\n...\r\nb": "---\r\ntitle: x\r\n...\r\n",
		"---\nno end\n":               "",
		"+++\ntitle = 'x'\n+++\nbody": "+++\ntitle = 'x'\n+++\n",
		"title: x\n---\n":             "",
		"\ufeff---\na: b\n---\n":      "\ufeff---\na: b\n---\n",
	} {
		if got := YAMLFrontMatter(src).In(src); got != want {
			t.Errorf("YAMLFrontMatter(%q) = %q, want %q", src, got, want)
		}
	}
}
