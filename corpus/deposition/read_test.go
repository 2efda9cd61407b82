package deposition

import (
	"os"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

func TestRead(t *testing.T) {
	corpustest.RunCasesWith(t, []corpustest.Case{
		{
			Name: "BY lines attribute questions; the sworn witness answers",
			Src: "JOHN DOE, having been first duly sworn, testified as follows:\n" +
				"EXAMINATION\nBY MR. SMITH:\n" +
				"Q.  Where were you?\nA.  Home.\n" +
				"CROSS-EXAMINATION BY MS. JONES:\n" +
				"Q.  Alone?\nA.  Yes.\n",
			Turns: "smith=Where were you? / john doe=Home. / jones=Alone? / john doe=Yes.",
			Notes: "editorial:JOHN DOE, having been first duly sworn, testified as follows: / editorial:EXAMINATION / editorial:BY MR. SMITH: / editorial:CROSS-EXAMINATION BY MS. JONES:",
		},
		{
			Name:  "Q: and A:, Q and A with two spaces or a tab, continuation lines",
			Src:   "BY MR. SMITH:\nQ:  Where\nwere you?\nA:  At home\nall day.\nQ  Why?\nA\tI was ill.\n",
			Turns: "smith=Where were you? / witness=At home all day. / smith=Why? / witness=I was ill.",
			Notes: "editorial:BY MR. SMITH:",
		},
		{
			Name:  "no BY line: the examiner; the caption names the witness",
			Src:   "DEPOSITION OF JANE ROE\n\nTHE WITNESS:  Good morning.\nQ.  Good morning.\nA.  Shall I sit?\n",
			Turns: "jane roe=Good morning. / examiner=Good morning. / jane roe=Shall I sit?",
		},
		{
			Name:  "colloquy: objections, THE COURT, mixed case after a title",
			Src:   "BY MR. SMITH:\nQ.  Did he pay?\nMS. JONES:  Objection.\nTHE COURT:  Overruled.\nThe Court:  You may answer.\nMr. Smith:  Thank you.\nA.  No.\n",
			Turns: "smith=Did he pay? / jones=Objection. / the court=Overruled.|You may answer. / smith=Thank you. / witness=No.",
			Notes: "editorial:BY MR. SMITH:",
		},
		{
			Name: "traps: Note:, times, URLs, A.M., labels of the appearances",
			Src: "APPEARANCES:\nON BEHALF OF THE PLAINTIFF:\nREPORTED BY:  Jane Roe\n\nBY MR. SMITH:\n" +
				"Q.  What did it say?\nA.  It said\nNote: 10:30 at http://example.com\nA.M. sharp.\nQ.  And?\nA.  Nothing.\n",
			Turns: "smith=What did it say? / witness=It said Note: 10:30 at http://example.com A.M. sharp. / smith=And? / witness=Nothing.",
			Notes: "editorial:BY MR. SMITH:",
		},
		{
			Name:  "a name in capitals is a speaker when it recurs, not once",
			Src:   "BY MR. SMITH:\nQ.  Ready?\nVIDEOGRAPHER:  Rolling.\nA.  Yes.\nSTIPULATED:  no.\nSPEAKER ONE:  Hello.\nQ.  Go on.\nSPEAKER ONE:  Again.\n",
			Turns: "smith=Ready? / videographer=Rolling. / witness=Yes. STIPULATED: no. / speaker one=Hello. / smith=Go on. / speaker one=Again.",
			Notes: "editorial:BY MR. SMITH:",
		},
		{
			Name:  "parentheticals: own lines over several lines, in speech, and an answer without speech",
			Src:   "BY MS. JONES:\nQ.  Is this it (indicating)?\nA.  (Witness nods.)\nQ.  Please answer aloud.\nA.  Yes (laughter).\n(Whereupon, Exhibit 3 was\nmarked for identification.)\nQ.  Thank you.\n",
			Turns: "jones=Is this it ?|Please answer aloud. / witness=Yes . / jones=Thank you.",
			Notes: "editorial:BY MS. JONES: / stage:indicating / stage:Witness nods. / stage:laughter / stage:Whereupon, Exhibit 3 was marked for identification.",
		},
		{
			Name:  "EXAMINATION BY with the name on the next line; chief justice titles stripped",
			Src:   "EXAMINATION BY\nMR. SMITH:\nQ.  Yes?\nA.  No.\nCHIEF JUSTICE ROBERTS:  Counsel?\nJUSTICE KAGAN:  Go on.\n",
			Turns: "smith=Yes? / witness=No. / roberts=Counsel? / kagan=Go on.",
			Notes: "editorial:EXAMINATION BY / editorial:MR. SMITH:",
		},
		{
			Name:  "Texas style: the examiner inside the question; BY (Continuing); names with accents",
			Src:   "Q.  (BY MR. SMITH) Where were you?\nA.  Home.\nMS. NÚÑEZ:  Objection.\nBY MR. SMITH: (Continuing)\nQ.  And?\nQUESTIONS BY MS. NÚÑEZ:\nQ.  Why?\n",
			Turns: "smith=Where were you? / witness=Home. / núñez=Objection. / smith=And? / núñez=Why?",
			Notes: "editorial:(BY MR. SMITH) / editorial:BY MR. SMITH: (Continuing) / editorial:QUESTIONS BY MS. NÚÑEZ:",
		},
		{
			Name:  "colloquy with a period, when the label recurs (congressional interviews)",
			Src:   "BY MR. HEAPHY:\nQ    So you left?\nA    Yes.\nMr. Heaphy.  Off the record.\nThe Witness.  Sure.\nQ    Back on.\nMr. Heaphy.  Thanks.\nThe Witness.  Okay.\nA    Mr. Smith. He came later.\n",
			Turns: "heaphy=So you left? / witness=Yes. / heaphy=Off the record. / witness=Sure. / heaphy=Back on.|Thanks. / witness=Okay.|Mr. Smith. He came later.",
			Notes: "editorial:BY MR. HEAPHY:",
		},
		{
			Name:  "two witnesses, each answering the clerk before the reporter names them",
			Src:   "(Witness sworn)\nTHE WITNESS:  Ann Lee.\nANN LEE,\ncalled as a witness, having been duly sworn, testified as follows:\nBY MR. X:\nQ.  a?\nA.  b.\nTHE COURT:  Next witness.\n(Witness sworn)\nTHE WITNESS:  Bob Roe.\nBOB ROE,\nhaving been duly sworn, testified as follows:\nQ.  c?\nA.  d.\n",
			Turns: "ann lee=Ann Lee. / x=a? / ann lee=b. / the court=Next witness. / bob roe=Bob Roe. / x=c? / bob roe=d.",
			Notes: "stage:Witness sworn / editorial:ANN LEE, called as a witness, having been duly sworn, testified as follows: / editorial:BY MR. X: / stage:Witness sworn / editorial:BOB ROE, having been duly sworn, testified as follows:",
		},
		{
			Name:  "the examiner named in full on the BY line is the colloquy's speaker; interpreter's parentheticals",
			Src:   "BY MR. THOMAS BRENNAN:\nQ.  One?\nA.  (Through the interpreter) Two.\nMR. BRENNAN:  Three.\nMS. OKAFOR:  Four.\n",
			Turns: "brennan=One? / witness=Two. / brennan=Three. / okafor=Four.",
			Notes: "editorial:BY MR. THOMAS BRENNAN: / stage:Through the interpreter",
		},
		{
			Name:  "the certificate is back matter",
			Src:   "BY MR. SMITH:\nQ.  Done?\nA.  Done.\n(Deposition concluded.)\nCERTIFICATE OF REPORTER\nI, JANE ROE, a Certified Shorthand Reporter, certify this.\n",
			Turns: "smith=Done? / witness=Done.",
			Notes: "editorial:BY MR. SMITH: / stage:Deposition concluded.",
		},
		{
			Name:  "Q and one space throughout; an A and one space only after a question",
			Src:   "BY MR. SMITH:\nQ Did you see\nthe car?\nA No.\nQ Never?\nA Never.\nA lot of people ask.\n",
			Turns: "smith=Did you see the car? / witness=No. / smith=Never? / witness=Never. A lot of people ask.",
			Notes: "editorial:BY MR. SMITH:",
		},
		{
			Name:  "unnumbered pages: a running head and a footer that recur are notes",
			Src:   "BY MR. SMITH:\nQ.  One?\nJohnson - Direct\nA.  Two.\nACME REPORTING (555) 010-0199\nJohnson - Direct\nQ.  Three?\nA.  I said yes, I said yes.\nACME REPORTING (555) 010-0199\nJohnson - Direct\nACME REPORTING (555) 010-0199\nQ.  Yes?\n",
			Turns: "smith=One? / witness=Two. / smith=Three? / witness=I said yes, I said yes. / smith=Yes?",
			Notes: "editorial:BY MR. SMITH: / editorial:Johnson - Direct / editorial:ACME REPORTING (555) 010-0199 / editorial:Johnson - Direct / editorial:ACME REPORTING (555) 010-0199 / editorial:Johnson - Direct / editorial:ACME REPORTING (555) 010-0199",
		},
		{
			Name:  "unnumbered pages: page numbers are notes",
			Src:   "BY MR. SMITH:\nQ.  One?\n                                   Page 12\nA.  Two.\n- 13 -\nQ.  Three?\n",
			Turns: "smith=One? / witness=Two. / smith=Three?",
			Notes: "editorial:BY MR. SMITH: / editorial:Page 12 / editorial:- 13 -",
		},
	}, corpustest.NoOptions(Read), "t.txt", corpustest.UtterancesAndNotes, checkInvariants)
}

func TestReadNumbered(t *testing.T) {
	var b strings.Builder
	b.WriteString("                                        12\n")
	lines := []string{"BY MR. SMITH:", "     Q.   Where did you go", "after the meeting?", "     A.   To the office.", "          MS. JONES:  Objection.", "     Q.   And then?", "     A.   Home.", "", "     Q.   Alone?", "     A.   Yes.", "     Q.   Why?"}
	for i, l := range lines {
		b.WriteString(strings.TrimRight(strings.Repeat(" ", 1)+itoa(i+1)+"   "+l, " ") + "\n")
	}
	b.WriteString("            ACME REPORTING  (555) 010-0199\n")
	d, err := Read("n.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	want := "smith=Where did you go after the meeting? / witness=To the office. / jones=Objection. / smith=And then? / witness=Home. / smith=Alone? / witness=Yes. / smith=Why?"
	if got := corpustest.UtteranceSpeeches(d); got != want {
		t.Errorf("turns\n got %s\nwant %s", got, want)
	}
	if got, want := corpustest.NoteTexts(d), "editorial:12 / editorial:BY MR. SMITH: / editorial:ACME REPORTING (555) 010-0199"; got != want {
		t.Errorf("notes\n got %s\nwant %s", got, want)
	}
}

func itoa(n int) string {
	if n < 10 {
		return " " + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

func TestReadErrors(t *testing.T) {
	corpustest.CheckRejected(t, corpustest.NoOptions(Read), "e.txt", "", "\x00", "Just prose.\n", "APPEARANCES:\nON BEHALF OF THE PLAINTIFF:\n")
}

// TestReadSynchronized reads a video-synchronized page: a time code
// before some margin numbers, kept as the utterance's Time.
func TestReadSynchronized(t *testing.T) {
	src, err := os.ReadFile("testdata/synchronized.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read("synchronized.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	want := "smith=Good morning. / witness=Good morning. / smith=Where do you live? / witness=In Dayton. / jones=Objection. / smith=You may answer. / witness=Dayton, Ohio."
	if got := corpustest.UtteranceSpeeches(d); got != want {
		t.Errorf("turns\n got %s\nwant %s", got, want)
	}
	var times []string
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			times = append(times, u.Time)
		}
	}
	if got := strings.Join(times, ","); got != "10:04:13,10:04:15,10:04:20,10:04:22,10:04:30,," {
		t.Errorf("times %s", got)
	}
}
