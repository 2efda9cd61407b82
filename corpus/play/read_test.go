package play

import (
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"name above the speech", "ROPER.\n\nHello.\n\nLILY.\n\nHi.\n", "roper: Hello. | lily: Hi."},
		{"name opening the speech", "ROPER. Hello.\nLILY. Hi.\nROPER. Bye.\n", "roper: Hello. | lily: Hi. | roper: Bye."},
		{"titles kept, two people", "MRS. STIDULPH.\n\nOne.\n\nSTIDULPH.\n\nTwo.\n", "mrs. stidulph: One. | stidulph: Two."},
		{"lord in the name", "LORD FARNCOMBE.\n\nOne.\n\nMRS. UPJOHN.\n\nTwo.\n", "lord farncombe: One. | mrs. upjohn: Two."},
		{"bracketed direction in speech", "ROPER.\n\n[_To LILY._] Hello. [_He sits._] Well.\n\nLILY.\n\nHi.\n", "roper: Hello. Well. | lily: Hi."},
		{"bracket over lines", "ROPER.\n\n[_Rising and\nwalking away._] Hello.\n\nLILY.\n\nHi.\n", "roper: Hello. | lily: Hi."},
		{"unclosed bracket runs to the paragraph's end", "ROPER.\n\nHello.\n\n  [_He goes out,\n  slowly._\n\nLILY.\n\nHi.\n", "roper: Hello. | lily: Hi."},
		{"direction in the cue", "HAMLET [aside]. A little more than kin.\nKING. How is it?\nHAMLET. Not so.\n", "hamlet: A little more than kin. | king: How is it? | hamlet: Not so."},
		{"direction after the cue", "HAMLET. [Aside.] A little more.\nKING. How is it?\nHAMLET. Not so.\n", "hamlet: A little more. | king: How is it? | hamlet: Not so."},
		{"italic direction after the cue", "LOMOV. _Aside._ I'm cold.\nNATALYA. _Quietly_. Well.\nLOMOV. So.\nNATALYA. Yes.\n", "lomov: I'm cold. | natalya: Well. | lomov: So. | natalya: Yes."},
		{"emphasis is speech", "ROPER.\n\n_He's_ an old friend. He _does_.\n\nLILY.\n\n[_Aside._] _Me_?\n", "roper: _He's_ an old friend. He _does_. | lily: _Me_?"},
		{"speech wholly in italics is speech", "ROPER.\n\n_Quiet._\n\nLILY.\n\nHi.\n", "roper: _Quiet._ | lily: Hi."},
		{"italic paragraph between speeches", "ROPER.\n\nHello.\n\n_He goes out._\n\nLILY.\n\nHi.\n", "roper: Hello. | lily: Hi."},
		{"parentheses where the edition has no brackets", "MARTHA. Out where? (She sits.) Well.\nGEORGE. Nowhere.\nMARTHA. Oh.\nGEORGE. Yes.\n", "martha: Out where? Well. | george: Nowhere. | martha: Oh. | george: Yes."},
		{"parentheses are speech where brackets are the directions", "LILY.\n\n[_Singing._] I've a dwelling, (you know where) quaint.\n\nROPER.\n\nHi.\n", "lily: I've a dwelling, (you know where) quaint. | roper: Hi."},
		{"act and scene headings are no cues", "ACT I.\n\nROPER.\n\nOne.\n\nACT II.\n\nSCENE 2.\n\nROPER.\n\nTwo.\n\nTHE END.\n", "roper: One. | roper: Two."},
		{"the first act", "THE FIRST ACT\n\n_A room._\n\nROPER.\n\nOne.\n\nEND OF THE FIRST ACT.\n\nTHE SECOND ACT\n\nLILY.\n\nTwo.\n", "roper: One. | lily: Two."},
		{"names alone on centred lines", "            MARTHA\n    Where were you?\n\n            GEORGE\n    Out.\n\n            MARTHA\n    Where?\n\n            GEORGE\n    Nowhere.\n", "martha: Where were you? | george: Out. | martha: Where? | george: Nowhere."},
		{"a caps line once is no bare cue", "ROPER.\n\nOne.\n\nLILY.\n\nLook:\nSTOP\nthere.\n", "roper: One. | lily: Look: STOP there."},
		{"several speakers at once", "ROPER.\n\nOne.\n\nJIMMIE, MRS. UPJOHN, AND ROPER.\n\nHurrah!\n", "roper: One. | jimmie, mrs. upjohn, and roper: Hurrah!"},
		{"BOTH. and ALL. are one speaker each, as written", "ROPER.\n\nOne.\n\nBOTH.\n\nTwo.\n\nALL.\n\nThree.\n\nROPER AND LILY.\n\nFour.\n", "roper: One. | both: Two. | all: Three. | roper and lily: Four."},
		{"Note: and Source: are speech", "ROPER. Note: this.\nLILY. Source: that, at 10:30, http://example.com.\nROPER. Yes.\n", "roper: Note: this. | lily: Source: that, at 10:30, http://example.com. | roper: Yes."},
		{"interjection opening a line is no cue", "ROPER. Hello.\nNO. I won't.\nLILY. Hi.\nROPER. Oh.\nLILY. So.\n", "roper: Hello. NO. I won't. | lily: Hi. | roper: Oh. | lily: So."},
		{"mixed case names opening a line are speech", "ROPER.\n\nWell,\nFarncombe. I said so.\n\nLILY.\n\nFarncombe. Yes.\n", "roper: Well, Farncombe. I said so. | lily: Farncombe. Yes."},
		{"an inline cue once, before the play, is front matter", "AFTER THE THEATRE. Catani's.\n\nROPER. Hello.\nLILY. Hi.\nROPER. Bye.\nLILY. Well.\n", "roper: Hello. | lily: Hi. | roper: Bye. | lily: Well."},
		{"a title before the play is front matter", "HEDDA GABLER.\n\nA play.\n\nACT I.\n\nTESMAN.\n\nOne.\n\nHEDDA.\n\nTwo.\n\nTESMAN.\n\nThree.\n\nBRACK.\n\nFour.\n", "tesman: One. | hedda: Two. | tesman: Three. | brack: Four."},
		{"CRLF", "ROPER.\r\n\r\nHello.\r\n\r\nLILY.\r\n\r\nHi.\r\n", "roper: Hello. | lily: Hi."},
		{"mixed case names opening paragraphs", "THE PERSONS OF THE PLAY\n\nJohn Worthing, J.P.\nAlgernon Moncrieff\nLane, Manservant\n\nFIRST ACT\n\nAlgernon.  Did you hear what I was playing, Lane?\n\nLane.  I didn't think it polite to listen, sir.\n\nAlgernon.  I'm sorry for that.\n\nJack.  How are you?\n\nAlgernon.  Well.\n\nJack.  Eating as usual.\n\nLane.  Yes, sir.\n\nJack.  So.\n", "algernon: Did you hear what I was playing, Lane? | lane: I didn't think it polite to listen, sir. | algernon: I'm sorry for that. | jack: How are you? | algernon: Well. | jack: Eating as usual. | lane: Yes, sir. | jack: So."},
		{"mixed case name and a direction", "Helmer (calls out from his room). Is that my lark?\n\nNora (busy with the parcels). Yes, it is!\n\nHelmer. When did she come home?\n\nNora. Just now. (Puts the bag in her pocket.) Come in.\n\nHelmer. Good.\n\nNora. Yes.\n", "helmer: Is that my lark? | nora: Yes, it is! | helmer: When did she come home? | nora: Just now. Come in. | helmer: Good. | nora: Yes."},
		{"caps name and a direction in parentheses", "HELMER (calls out). Is that my lark?\nNORA (busy). Yes!\nHELMER. Good.\nNORA. So.\n", "helmer: Is that my lark? | nora: Yes! | helmer: Good. | nora: So."},
		{"name above, speech right below", "HAMLET.\nA little more than kin.\n\nKING.\nHow is it?\n\nHAMLET.\nNot so.\n", "hamlet: A little more than kin. | king: How is it? | hamlet: Not so."},
		{"a name opening a line mid-speech, once, in an edition of names above", "ROPER.\n\nOne.\n\nLILY.\n\nTwo. I read:\nMR. SMITH. Come in.\n\nROPER.\n\nThree.\n\nLILY.\n\nFour.\n", "roper: One. | lily: Two. I read: MR. SMITH. Come in. | roper: Three. | lily: Four."},
		{"entrance lines", "Ham. One.\n    Enter Horatio.\nHor. Two.\n    Exeunt.\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.want == "" {
				corpustest.CheckRejected(t, corpustest.NoOptions(Read), "t.txt", tc.src)
				return
			}
			corpustest.CheckSpeeches(t, corpustest.NoOptions(Read), "t.txt", tc.src, tc.want)
		})
	}
}

// TestReadPersonae checks the dramatis personae: the roster, front matter,
// and abbreviated names resolved through it.
func TestReadPersonae(t *testing.T) {
	src := "DRAMATIS PERSONAE\n\n  CLAUDIUS, King of Denmark.\n  HAMLET, Nephew to the King.\n  POLONIUS, Lord Chamberlain.\n  GERTRUDE, Queen of Denmark.\n\nACT I.\n\n  King. One.\n  Ham. Two.\n  HAMLET. Three.\n  Queen. Four.\n  Pol. Five.\n    Enter Ghost.\n  Ham. Six.\n"
	d := corpustest.CheckSpeeches(t, corpustest.NoOptions(Read), "t.txt", src, "king: One. | hamlet: Two. Three. | queen: Four. | polonius: Five. | hamlet: Six.")
	if len(d.Roster) != 4 || d.Roster[0].Name != "CLAUDIUS" || d.Roster[0].Role != "King of Denmark" || d.Roster[0].Line != 3 {
		t.Errorf("roster %+v", d.Roster)
	}
	if !strings.Contains(d.Front.In(src), "POLONIUS") || strings.Contains(d.Front.In(src), "ACT I") {
		t.Errorf("front %q", d.Front.In(src))
	}
	if s, _ := d.Speaker("hamlet"); s.Name != "Hamlet" || strings.Join(s.Forms, ",") != "Ham.,HAMLET." {
		t.Errorf("hamlet %+v", s)
	}
}

func TestReadGutenberg(t *testing.T) {
	src := "The Project Gutenberg EBook of A Play\n\nTitle: A Play\n\nAuthor: Ann Lee\n\n*** START OF THIS PROJECT GUTENBERG EBOOK A PLAY ***\n\nROPER.\n\nOne.\n\nLILY.\n\nTwo.\n\nEnd of the Project Gutenberg EBook of A Play\n\n*** END OF THIS PROJECT GUTENBERG EBOOK A PLAY ***\n\nDAMAGE.\n\nLicence text.\n"
	d := corpustest.CheckSpeeches(t, corpustest.NoOptions(Read), "t.txt", src, "roper: One. | lily: Two.")
	if d.Title != "A Play" || d.Meta["author"] != "Ann Lee" {
		t.Errorf("title %q meta %v", d.Title, d.Meta)
	}
	if !strings.HasPrefix(d.Back.In(src), "End of the Project") || !strings.HasPrefix(d.Front.In(src), "The Project Gutenberg") {
		t.Errorf("front %q back %q", d.Front.In(src), d.Back.In(src))
	}
}

func TestReadErrors(t *testing.T) {
	corpustest.CheckRejected(t, corpustest.NoOptions(Read), "t.txt", "", "\x00", "Just prose.\n", "ACT I.\n\nSCENE II.\n\nTHE END.\n", "Smith: Hello\nJones: Hi\n")
}

func TestPersonaeHeadings(t *testing.T) {
	for _, h := range []string{"DRAMATIS PERSONAE", "Dramatis Personæ.", "_The Persons of the Play_", "PERSONS IN THE PLAY", "CHARACTERS:", "The Characters of the Comedy", "CAST OF CHARACTERS", "Persons Represented"} {
		if !personaeHeading.MatchString(plainUpper(h)) {
			t.Errorf("%q is no dramatis personae heading", h)
		}
	}
	for _, h := range []string{"CHARACTERS AND EVENTS", "THE CASTLE", "PERSONS UNKNOWN"} {
		if personaeHeading.MatchString(plainUpper(h)) {
			t.Errorf("%q taken for a dramatis personae heading", h)
		}
	}
}

func TestIsHeading(t *testing.T) {
	for _, h := range []string{"ACT I", "ACT II.", "Act 1", "ACT ONE", "ACT I. SCENE II.", "SCENE II. Elsinore. A room.", "SCENE: A drawing-room", "SCENE. Elsinore.", "SCENE—A room", "THE FIRST ACT", "SECOND ACT", "END OF THE FIRST ACT.", "END OF ACT II.", "THE END.", "CURTAIN.", "Curtain", "_Curtain._", "FINIS", "DRAMATIS PERSONAE", "CONTENTS"} {
		if !isHeading(h) {
			t.Errorf("%q is no heading", h)
		}
	}
	for _, h := range []string{"Second act; what's the matter with it?", "Act now, he said.", "Scene of the crime.", "The end of it all.", "THE ENDING", "ACTOR.", "SCENE SHIFTER.", "The curtain will be lowered", "End of the play, my friend."} {
		if isHeading(h) {
			t.Errorf("%q taken for a heading", h)
		}
	}
}
