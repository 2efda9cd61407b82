package corpus_test

import (
	"fmt"
	"parley/corpus"
	"parley/corpus/plain"
	"parley/corpus/script"
	"reflect"
	"strings"
	"testing"
)

// warned returns each warning as "kind" or "kind lines", for comparing.
func warned(ws []corpus.Warning) string {
	var out []string
	for _, w := range ws {
		s := string(w.Kind)
		if len(w.Lines) > 0 {
			s += fmt.Sprint(w.Lines)
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// byLines builds a reading of src in which the label ("Name:") of each
// given line (1-based) is a cue and the rest of that line its speech, and
// every other line is front matter or the speech of the cue before: a
// reader's misreading, made by hand, for the checks to find.
func byLines(src string, cueLines ...int) *corpus.Document {
	b := corpus.NewBuilder("x.txt", "script", src)
	lines := corpus.SplitLines(src)
	isCue := map[int]bool{}
	for _, n := range cueLines {
		isCue[n] = true
	}
	first := len(src)
	for i, ln := range lines {
		if !isCue[i+1] {
			continue
		}
		line := ln.In(src)
		colon := strings.IndexByte(line, ':')
		next := len(src)
		for j := i + 1; j < len(lines); j++ {
			if isCue[j+1] {
				next = lines[j].Start
				break
			}
		}
		cue := corpus.Span{Start: ln.Start, End: ln.Start + colon + 1}
		u := corpus.Utterance{Cue: cue, Text: corpus.Span{Start: ln.Start, End: next}}
		u.Speech = b.SpeechIn(corpus.Span{Start: cue.End, End: next})
		b.Add(line[:colon], u, corpus.Span{Start: ln.Start, End: next})
		first = min(first, ln.Start)
	}
	b.SetMatter(corpus.Span{Start: 0, End: first}, corpus.Span{})
	d, err := b.Document("no cues")
	if err != nil {
		panic(err)
	}
	return d
}

func TestCheck(t *testing.T) {
	script := func(src string) *corpus.Document {
		d, err := script.Read("x.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	plain := func(src string) *corpus.Document { // one speaker, "Unknown", all text speech
		d, err := plain.Read("x.txt", []byte(src), corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	manyCues := strings.Repeat("ANN:\nYes.\n\nBEN:\nNo.\n\n", 120)
	for _, tt := range []struct {
		name string
		doc  *corpus.Document
		want string
	}{
		{"a script read whole", script("SMITH: Hello there.\nJONES: Hi.\nSMITH: Bye now.\n"), ""},
		{"the issue's interview read right: no warning",
			script("An interview.\n\nInterviewer: How long?\nRespondent: Thirty years.\nInterviewer: Why?\nRespondent: The sea.\nINTERVIEWER: Last?\nRESPONDENT: Tides.\n"), ""},
		{"the issue's interview misread: mixed-case labels missed",
			byLines("An interview.\n\nInterviewer: How long?\nRespondent: Thirty years.\nInterviewer: Why?\nRespondent: The sea.\nINTERVIEWER: Last?\nRESPONDENT: Tides.\n", 7, 8),
			"unread-labels[3 4 5 6]"},
		{"one speaker, two label-like names", plain("Smith: Hello.\nJones: Hi.\nSmith: Bye.\nJones: Bye.\n"),
			"one-speaker unread-labels[1 2 3 4]"},
		{"case variants of one label are one name", byLines("INTERVIEWER: Hello.\nBEN: Hi.\nInterviewer: Again?\n", 1, 2),
			"unread-labels[3]"},
		{"Note: and Source: are fields", script("Note: read aloud.\nSource: the archive.\n\nANN: Yes.\nBEN: No.\nNote: end.\nSource: same.\n"), ""},
		{"a speech's sentences, honorifics and vocatives are no labels",
			plain("H.E. Mr. Volkan Bozkir, President of the General Assembly\nH.E. Mr. Antonio Guterres, Secretary-General\nDISTINGUISHED LADIES AND GENTLEMEN: we meet.\nLesotho continues to support peace.\nLesotho continues to call for reform.\nDISTINGUISHED LADIES AND GENTLEMEN: thank you.\n"), ""},
		{"By: is a field", script("By: Ann Lee, reporter\nBY: BEN ROE, DEPUTY DISTRICT ATTORNEY\n\nANN: Yes.\nBEN: No.\n"), ""},
		{"times are no labels", plain("10:30 the meeting opened.\n10:45 it closed.\nAt 11:00: lunch.\n"), ""},
		{"URLs are no labels", plain("http://example.org said it.\nhttp://example.org again.\n"), ""},
		{"a one-off heading is no speaker", script("Background: a talk.\n\nANN: Yes.\nBEN: No.\n"), ""},
		{"Markdown labels", plain("**Ann Lee:** Hello.\n\n**Ben Ode:** Hi.\n\n**Ann Lee:** Bye.\n"),
			"one-speaker unread-labels[1 5]"},
		{"diarised labels", plain("[SPEAKER_00]: Hello.\n[SPEAKER_01]: Hi.\n[SPEAKER_00]: Bye.\n[SPEAKER_01]: Bye.\n"),
			"one-speaker unread-labels[1 2 3 4]"},
		{"play labels in capitals with a period", plain("HAMLET. To be.\nHORATIO. My lord.\nHAMLET. Or not.\nHORATIO. Indeed.\n"),
			"one-speaker unread-labels[1 2 3 4]"},
		{"a title alone is no name; headings are none", plain("MRS. UPJOHN (her mother)\nMRS. ROPER (a maid)\nACT I.\nACT II.\nSCENE I.\nINT. HOUSE - DAY\nINT. HOUSE - NIGHT\n"), ""},
		{"change-of-speaker marks", plain(">> good morning.\n>> present.\n>> thank you.\n"), "one-speaker"},
		{"one speaker, no labels: a speech", plain("Mr. President, I thank you.\nThe world is at peace.\n"), ""},
		{"a word before a colon among many cues", script(manyCues + "ANN:\nFarewell: the time.\nFarewell: again.\n"), ""},
		{"a name of the speakers, once", byLines("ANN: Yes.\nBEN: No.\nAnn: Again.\n", 1, 2), "unread-labels[3]"},
		{"Host: and Guest: are labels", plain("Host: Welcome.\nGuest: Thanks.\nHost: So.\nGuest: Yes.\n"), "one-speaker unread-labels[1 2 3 4]"},
		{"a screenplay's names alone", plain("INT. LIBRARY - DAY\n\nThey read.\n\nCHALF\nMm-hm.\n\nNAR\nYeah.\n\nCHALF (V.O.)\nYep.\n\nNAR\nHush.\n\nTHE END\n"),
			"one-speaker unread-labels[5 8 11 14]"},
		{"a caps line within a paragraph is no screenplay name", plain("The record.\nSTRICTLY CONFIDENTIAL\nmore text.\n\nSTRICTLY CONFIDENTIAL\n"), ""},
		{"narrated speech", plain("PARTICIPANTS: the Secretary, Gromyko.\nGromyko said that the talks were useful.\nThe Secretary said that he agreed.\nGromyko replied that it was so.\nMr. Nitze asked whether.\nThe Secretary noted that.\n"),
			"one-speaker unread-labels[2 3 4 6]"},
		{"pronouns name no one", plain("He said that it was so.\nHe replied that it was.\nShe asked whether.\nThey agreed.\n"), ""},
		{"a title page read as cues", byLines("Title: THE LIBRARY\nSource: Story by Hall\n\nCHALF: Mm-hm.\nNAR: Yeah.\n", 1, 2, 4, 5), "field-speakers"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := warned(corpus.Check(tt.doc)); got != tt.want {
				t.Errorf("warnings %q, want %q", got, tt.want)
				for _, w := range corpus.Check(tt.doc) {
					t.Log(w.Msg)
				}
			}
		})
	}
}

// TestCheckFieldSpeakersWithManyTurns checks that a character named like
// a field ("Page" in Shakespeare) with many turns is not a header misread.
func TestCheckFieldSpeakersWithManyTurns(t *testing.T) {
	d, err := script.Read("x.txt", []byte("Page:\nMy lord.\n\nLear:\nWhat?\n\nPage:\nMy lord.\n\nLear:\nAgain?\n\nPage:\nYes.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if ws := corpus.Check(d); len(ws) > 0 {
		t.Errorf("warnings %v", ws)
	}
}

func TestCheckLittleSpeech(t *testing.T) {
	d, err := script.Read("x.txt", []byte("ANN: Yes.\nBEN: No.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		words corpus.WordCounts
		want  string
	}{
		{corpus.WordCounts{}, ""}, // not counted yet
		{corpus.WordCounts{Speech: 50, Front: 50}, ""},
		{corpus.WordCounts{Speech: 49, Front: 40, Other: 11}, "little-speech"},
		{corpus.WordCounts{Speech: 1, Back: 9}, "little-speech"},
		// Cues are the layout's words: a log's timestamps and names are no
		// text the reader lost.
		{corpus.WordCounts{Speech: 3, Cues: 12}, ""},
		{corpus.WordCounts{Speech: 3, Cues: 12, Front: 4}, "little-speech"},
	} {
		d.Reading.Words = tt.words
		if got := warned(corpus.Check(d)); got != tt.want {
			t.Errorf("%+v: warnings %q, want %q", tt.words, got, tt.want)
		}
	}
	d.Reading.Words = corpus.WordCounts{Speech: 1, Front: 3}
	if msg := corpus.Check(d)[0].Msg; !strings.Contains(msg, "only 25.0% of the text's 4 words outside speaker cues were read as speech (front matter 75.0%") {
		t.Errorf("message %q", msg)
	}
}

func TestCheckListsFiveLines(t *testing.T) {
	var b strings.Builder
	for i := range 8 {
		fmt.Fprintf(&b, "Smith: line %d.\nJones: line %d.\n", i, i)
	}
	d, err := plain.Read("x.txt", []byte(b.String()), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ws := corpus.Check(d)
	last := ws[len(ws)-1]
	if last.Kind != corpus.UnreadLabels || !reflect.DeepEqual(last.Lines, []int{1, 2, 3, 4, 5}) {
		t.Fatalf("warning %+v", last)
	}
	if want := `16 lines open with what looks like a speaker's label but was not read as a cue: line 1 "Smith:", line 2 "Jones:", line 3 "Smith:", line 4 "Jones:", line 5 "Smith:" and 11 more`; last.Msg != want {
		t.Errorf("message\n got %s\nwant %s", last.Msg, want)
	}
}
