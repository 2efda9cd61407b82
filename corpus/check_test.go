package corpus

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// warned returns each warning as "kind" or "kind lines", for comparing.
func warned(ws []Warning) string {
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

func TestCheck(t *testing.T) {
	script := func(src string) *Document {
		d, err := ReadScript("x.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	plain := func(src string) *Document { // one speaker, "Unknown", all text speech
		d, err := ReadPlain("x.txt", []byte(src), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	manyCues := strings.Repeat("ANN:\nYes.\n\nBEN:\nNo.\n\n", 120)
	for _, tt := range []struct {
		name string
		doc  *Document
		want string
	}{
		{"a script read whole", script("SMITH: Hello there.\nJONES: Hi.\nSMITH: Bye now.\n"), ""},
		{"the issue's interview: mixed-case labels missed",
			script("An interview.\n\nInterviewer: How long?\nRespondent: Thirty years.\nInterviewer: Why?\nRespondent: The sea.\nINTERVIEWER: Last?\nRESPONDENT: Tides.\n"),
			"unread-labels[3 4 5 6]"},
		{"one speaker, two label-like names", plain("Smith: Hello.\nJones: Hi.\nSmith: Bye.\nJones: Bye.\n"),
			"one-speaker unread-labels[1 2 3 4]"},
		{"case variants of one label are one name", script("INTERVIEWER: Hello.\nBEN: Hi.\nInterviewer: Again?\n"),
			"unread-labels[3]"},
		{"Note: and Source: are fields", script("Note: read aloud.\nSource: the archive.\n\nANN: Yes.\nBEN: No.\nNote: end.\nSource: same.\n"), ""},
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
		{"a name of the speakers, once", script("ANN: Yes.\nBEN: No.\nAnn: Again.\n"), "unread-labels[3]"},
		{"Host: and Guest: are labels", plain("Host: Welcome.\nGuest: Thanks.\nHost: So.\nGuest: Yes.\n"), "one-speaker unread-labels[1 2 3 4]"},
		{"a screenplay's names alone", plain("INT. LIBRARY - DAY\n\nThey read.\n\nCHALF\nMm-hm.\n\nNAR\nYeah.\n\nCHALF (V.O.)\nYep.\n\nNAR\nHush.\n\nTHE END\n"),
			"one-speaker unread-labels[5 8 11 14]"},
		{"a caps line within a paragraph is no screenplay name", plain("The record.\nSTRICTLY CONFIDENTIAL\nmore text.\n\nSTRICTLY CONFIDENTIAL\n"), ""},
		{"narrated speech", plain("PARTICIPANTS: the Secretary, Gromyko.\nGromyko said that the talks were useful.\nThe Secretary said that he agreed.\nGromyko replied that it was so.\nMr. Nitze asked whether.\nThe Secretary noted that.\n"),
			"one-speaker unread-labels[2 3 4 6]"},
		{"pronouns name no one", plain("He said that it was so.\nHe replied that it was.\nShe asked whether.\nThey agreed.\n"), ""},
		{"a title page read as cues", script("Title:\nTHE LIBRARY\nSource:\nStory by Hall\n\nCHALF: Mm-hm.\nNAR: Yeah.\n"), "field-speakers"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := warned(Check(tt.doc)); got != tt.want {
				t.Errorf("warnings %q, want %q", got, tt.want)
				for _, w := range Check(tt.doc) {
					t.Log(w.Msg)
				}
			}
		})
	}
}

// TestCheckFieldSpeakersWithManyTurns checks that a character named like
// a field ("Page" in Shakespeare) with many turns is not a header misread.
func TestCheckFieldSpeakersWithManyTurns(t *testing.T) {
	d, err := ReadScript("x.txt", []byte("Page:\nMy lord.\n\nLear:\nWhat?\n\nPage:\nMy lord.\n\nLear:\nAgain?\n\nPage:\nYes.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if ws := Check(d); len(ws) > 0 {
		t.Errorf("warnings %v", ws)
	}
}

func TestCheckLittleSpeech(t *testing.T) {
	d, err := ReadScript("x.txt", []byte("ANN: Yes.\nBEN: No.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		words WordCounts
		want  string
	}{
		{WordCounts{}, ""}, // not counted yet
		{WordCounts{Speech: 50, Front: 50}, ""},
		{WordCounts{Speech: 49, Front: 40, Other: 11}, "little-speech"},
		{WordCounts{Speech: 1, Back: 9}, "little-speech"},
	} {
		d.Reading.Words = tt.words
		if got := warned(Check(d)); got != tt.want {
			t.Errorf("%+v: warnings %q, want %q", tt.words, got, tt.want)
		}
	}
	d.Reading.Words = WordCounts{Speech: 1, Front: 3}
	if msg := Check(d)[0].Msg; !strings.Contains(msg, "only 25.0% of the text's 4 words were read as speech (front matter 75.0%") {
		t.Errorf("message %q", msg)
	}
}

func TestCheckListsFiveLines(t *testing.T) {
	var b strings.Builder
	for i := range 8 {
		fmt.Fprintf(&b, "Smith: line %d.\nJones: line %d.\n", i, i)
	}
	d, err := ReadPlain("x.txt", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ws := Check(d)
	last := ws[len(ws)-1]
	if last.Kind != UnreadLabels || !reflect.DeepEqual(last.Lines, []int{1, 2, 3, 4, 5}) {
		t.Fatalf("warning %+v", last)
	}
	if want := `16 lines open with what looks like a speaker's label but was not read as a cue: line 1 "Smith:", line 2 "Jones:", line 3 "Smith:", line 4 "Jones:", line 5 "Smith:" and 11 more`; last.Msg != want {
		t.Errorf("message\n got %s\nwant %s", last.Msg, want)
	}
}

func TestCheckSample(t *testing.T) {
	if ws := Check(readSample(t)); len(ws) > 0 {
		t.Errorf("the 1947 record warns: %v", ws)
	}
}

// FuzzCheck checks that the line marks, the parts and the checks never
// panic, whatever a reader made of the text, and that the parts cover the
// text in order.
func FuzzCheck(f *testing.F) {
	f.Add("SMITH: Hello.\nJones: Hi.\n\nCHALF\nMm.\n>> yes\nGromyko said that.\n**Ann:** x\n")
	f.Add("ANN:\n[x] (APPLAUSE)\r\nHe said: yes\n")
	f.Fuzz(func(t *testing.T, src string) {
		for _, read := range []func() (*Document, error){
			func() (*Document, error) { return ReadScript("f.txt", []byte(src)) },
			func() (*Document, error) { return ReadPlain("f.txt", []byte(src), Options{}) },
			func() (*Document, error) { return ReadRecord("f.txt", []byte(src)) },
		} {
			d, err := read()
			if err != nil {
				continue
			}
			d.Reading.Words = WordCounts{Speech: 1, Other: 2}
			Check(d)
			at := 0
			for _, p := range d.Parts() {
				if p.Start != at || p.End <= p.Start {
					t.Fatalf("part %+v does not follow at %d", p, at)
				}
				at = p.End
			}
			if at != len(d.Source) {
				t.Fatalf("parts end at %d of %d", at, len(d.Source))
			}
			for _, lr := range d.ReadLines() {
				if lr.Span.Start < 0 || lr.Span.End > len(d.Source) || lr.Span.Start > lr.Span.End {
					t.Fatalf("line %d: span %+v", lr.Line, lr.Span)
				}
			}
		}
	})
}
