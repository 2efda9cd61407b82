package deposition

import (
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// TestReadPresiders checks that the office that presides ("THE COURT:",
// "THE ARBITRATOR:") is the one the record names as presiding, and stays
// the office where it names no one.
func TestReadPresiders(t *testing.T) {
	trial := "MR. SMITH:  Good morning.\nTHE COURT:  Be seated.\nMR. SMITH:  Thank you.\nJUDGE VÁSQUEZ:  Proceed.\n"
	corpustest.RunCasesWith(t, []corpustest.Case{
		{
			Name:  "BEFORE THE HONORABLE ..., JUDGE; the judge's label by name is the same speaker",
			Src:   "SUPERIOR COURT OF THE STATE OF CALIFORNIA\nBEFORE THE HONORABLE ELENA VÁSQUEZ, JUDGE\n\n" + trial,
			Turns: "smith=Good morning. / vásquez=Be seated. / smith=Thank you. / vásquez=Proceed.",
		},
		{
			Name:  "BEFORE: HON. ..., U.S. DISTRICT JUDGE",
			Src:   "BEFORE: HON. JOHN T. DOE, U.S. DISTRICT JUDGE\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\nThe Court:  Go on.\n",
			Turns: "doe=Be seated. / smith=Thanks. / doe=Go on.",
		},
		{
			Name:  "BEFORE: on a line of its own, the name and office below",
			Src:   "BEFORE:\n     HONORABLE JOHN T. DOE\n     UNITED STATES DISTRICT JUDGE\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			Turns: "doe=Be seated. / smith=Thanks.",
		},
		{
			Name:  "The Honorable ..., presiding; a surname with particles",
			Src:   "The Honorable Mary Ann de la Cruz, presiding\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\nJUDGE DE LA CRUZ:  Go on.\n",
			Turns: "de la cruz=Be seated. / smith=Thanks. / de la cruz=Go on.",
		},
		{
			Name:  "JUDGE ... presiding, a suffix",
			Src:   "JUDGE ROBERT KIM, JR., presiding\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			Turns: "kim=Be seated. / smith=Thanks.",
		},
		{
			Name:  "HONORABLE ... JUDGE PRESIDING without a comma",
			Src:   "HONORABLE ROBERT KIM JUDGE PRESIDING\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			Turns: "kim=Be seated. / smith=Thanks.",
		},
		{
			Name:  "questions BY THE COURT are the judge's",
			Src:   "BEFORE THE HONORABLE ELENA VÁSQUEZ, JUDGE\n\nTHE COURT:  Sit.\nBY THE COURT:\nQ.  Where were you?\nA.  Home.\n",
			Turns: "vásquez=Sit.|Where were you? / witness=Home.",
		},
		{
			Name:  "no judge named: The Court",
			Src:   "SUPERIOR COURT\nPEOPLE v. JONES\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thank you.\nThe Court:  Proceed.\n",
			Turns: "the court=Be seated. / smith=Thank you. / the court=Proceed.",
		},
		{
			Name:  "no caption: one judge speaking by name is the court; a panel is not",
			Src:   "THE COURT:  Be seated.\nMR. SMITH:  Thanks.\nJUDGE KIM:  Go on.\n",
			Turns: "kim=Be seated. / smith=Thanks. / kim=Go on.",
		},
		{
			Name:  "no caption, a panel of judges",
			Src:   "THE COURT:  Be seated.\nJUDGE LEE:  Counsel?\nMR. SMITH:  Yes.\nJUDGE KIM:  Go on.\n",
			Turns: "the court=Be seated. / lee=Counsel? / smith=Yes. / kim=Go on.",
		},
		{
			Name:  "a deposition taken before a reporter names no presider",
			Src:   "BEFORE: Jane Roe, CSR, Notary Public\ntaken before JANE ROE, a Certified Shorthand Reporter\n\nTHE COURT:  Hello.\nMR. SMITH:  Hi.\n",
			Turns: "the court=Hello. / smith=Hi.",
		},
		{
			Name:  "an honorific in the appearances is no presider",
			Src:   "APPEARANCES:\nHON. JAMES ROE, District Attorney\n\nTHE COURT:  Hello.\nMR. SMITH:  Hi.\n",
			Turns: "the court=Hello. / smith=Hi.",
		},
		{
			Name:  "an arbitrator and a hearing officer by office",
			Src:   "BEFORE: SUSAN PATEL, ARBITRATOR\nHearing Officer: Hon. Mark Chen\n\nTHE ARBITRATOR:  We begin.\nTHE HEARING OFFICER:  Noted.\nMR. SMITH:  Thanks.\n",
			Turns: "patel=We begin. / chen=Noted. / smith=Thanks.",
		},
		{
			Name:  "PRESENT: and a judge's office abbreviated",
			Src:   "PRESENT:  HONORABLE MARY ROE, J.S.C.\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			Turns: "roe=Be seated. / smith=Thanks.",
		},
		{
			Name:  "a panel of judges has no one presider",
			Src:   "BEFORE: HON. ANN LEE, HON. BEN ROE, HON. CARL DIAZ\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\nJUDGE ROE:  Counsel?\n",
			Turns: "the court=Be seated. / smith=Thanks. / roe=Counsel?",
		},
		{
			Name:  "a commissioner presiding",
			Src:   "Commissioner Grace Park, presiding\n\nTHE COMMISSIONER:  We begin.\nMR. SMITH:  Thanks.\n",
			Turns: "park=We begin. / smith=Thanks.",
		},
		{
			Name:  "a surname's particles without a label of it",
			Src:   "BEFORE THE HONORABLE MARÍA DE LA CRUZ\n    SUPERIOR COURT JUDGE\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			Turns: "de la cruz=Be seated. / smith=Thanks.",
		},
		{
			Name:  "one presider named: the presiding officer's label is theirs",
			Src:   "PRESIDING: Hon. Ana Ruiz\n\nTHE PRESIDING OFFICER:  Come to order.\nMR. SMITH:  Thanks.\n",
			Turns: "ruiz=Come to order. / smith=Thanks.",
		},
	}, corpustest.NoOptions(Read), "t.txt", speakerTurns, checkInvariants)
}

// TestReadPresiderForms checks that the judge is one speaker with all
// their labels as forms.
func TestReadPresiderForms(t *testing.T) {
	src := "BEFORE THE HONORABLE ELENA VÁSQUEZ, JUDGE\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\nJUDGE VÁSQUEZ:  Proceed.\n"
	d, err := Read("t.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Speakers) != 2 {
		t.Fatalf("speakers %v", d.Speakers)
	}
	sp := d.Speakers[0]
	if sp.ID != "vásquez" || sp.Name != "Vásquez" || strings.Join(sp.Forms, ",") != "THE COURT,JUDGE VÁSQUEZ" {
		t.Errorf("judge %+v", sp)
	}
}

// TestReadCalled checks that a witness named when called answers, each
// from their calling on, where no swearing-in names them.
func TestReadCalled(t *testing.T) {
	corpustest.RunCasesWith(t, []corpustest.Case{
		{
			Name: "the People call two witnesses in turn; THE WITNESS and A are the current one",
			Src: "MR. SMITH:  The People call Dmitri Sokolov.\n(Witness sworn.)\nDIRECT EXAMINATION\nBY MR. SMITH:\n" +
				"Q.  State your name.\nA.  Dmitri Sokolov.\n" +
				"MR. SMITH:  Your Honor, the People call Officer Ana Ruiz to the stand.\nTHE WITNESS:  Good morning.\n" +
				"BY MR. SMITH:\nQ.  Where do you work?\nA.  Precinct 9.\n",
			Turns: "smith=The People call Dmitri Sokolov.|State your name. / dmitri sokolov=Dmitri Sokolov. / smith=Your Honor, the People call Officer Ana Ruiz to the stand. / ana ruiz=Good morning. / smith=Where do you work? / ana ruiz=Precinct 9.",
		},
		{
			Name: "Plaintiff calls; the defense calls as its next witness, a title stripped; a calling broken over two lines",
			Src: "MS. JONES:  Plaintiff calls Jane Roe.\nBY MS. JONES:\nQ.  Hi.\nA.  Hello.\n" +
				"MR. LEE:  The defense calls as its next witness Dr. Amara Osei.\nBY MR. LEE:\nQ.  Doctor?\nA.  Yes.\n" +
				"MR. LEE:  At this time we would like to call\nMarcus Bell to the stand.\nBY MR. LEE:\nQ.  Sir?\nA.  Present.\n",
			Turns: "jones=Plaintiff calls Jane Roe.|Hi. / jane roe=Hello. / lee=The defense calls as its next witness Dr. Amara Osei.|Doctor? / amara osei=Yes. / lee=At this time we would like to call Marcus Bell to the stand.|Sir? / marcus bell=Present.",
		},
		{
			Name: "called as a witness on behalf of, having been first duly sworn",
			Src: "MARCUS BELL, called as a witness on behalf of the Defendant, having been\nfirst duly sworn, was examined and testified as follows:\n" +
				"BY MR. LEE:\nQ.  Sir?\nA.  Present.\n",
			Turns: "lee=Sir? / marcus bell=Present.",
		},
		{
			Name:  "a WITNESS: heading, and a DIRECT EXAMINATION OF heading",
			Src:   "WITNESS: LENA PARK\nBY MR. LEE:\nQ.  Name?\nA.  Lena.\nDIRECT EXAMINATION OF HENRY OKAFOR\nBY MR. LEE:\nQ.  Name?\nA.  Henry.\n",
			Turns: "lee=Name? / lena park=Lena. / lee=Name? / henry okafor=Henry.",
		},
		{
			Name: "called by a shorter name than the oath's, with no (Witness sworn): one witness",
			Src: "MR. LEE:  The government calls Mary Johnson.\nTHE WITNESS:  Good morning.\n" +
				"MARY ELLEN JOHNSON, called as a witness by the Government,\nhaving been duly sworn, testified as follows:\nBY MR. LEE:\nQ.  Name?\nA.  Mary.\n",
			Turns: "lee=The government calls Mary Johnson. / mary ellen johnson=Good morning. / lee=Name? / mary ellen johnson=Mary.",
		},
		{
			Name: "a transcript in capitals: a calling names the witness, small words after CALL do not",
			Src: "MR. LEE:  THE PEOPLE CALL DMITRI SOKOLOV.\nBY MR. LEE:\nQ.  NAME?\nA.  DMITRI.\n" +
				"THE WITNESS:  WE CALL IT THE BLUE ROOM.\nMR. LEE:  WE CALL YOUR HONOR'S ATTENTION TO IT.\nQ.  AND?\nA.  NO.\n",
			Turns: "lee=THE PEOPLE CALL DMITRI SOKOLOV.|NAME? / dmitri sokolov=DMITRI.|WE CALL IT THE BLUE ROOM. / lee=WE CALL YOUR HONOR'S ATTENTION TO IT.|AND? / dmitri sokolov=NO.",
		},
		{
			Name: "sworn after WHEREUPON; a witness's name opening the examination heading; a party's WITNESS: heading",
			Src: "WHEREUPON, DMITRI SOKOLOV, having been first duly sworn, testified as follows:\nBY MR. LEE:\nQ.  Name?\nA.  Dmitri.\n" +
				"LAURA CHEN - DIRECT EXAMINATION BY MR. LEE\nQ.  Name?\nA.  Laura.\n" +
				"FURTHER DIRECT EXAMINATION\nBY MR. LEE:\nQ.  Again?\nA.  Laura Chen.\n" +
				"DEFENSE WITNESS: HENRY OKAFOR\nBY MR. LEE:\nQ.  Name?\nA.  Henry.\n",
			Turns: "lee=Name? / dmitri sokolov=Dmitri. / lee=Name? / laura chen=Laura. / lee=Again? / laura chen=Laura Chen. / lee=Name? / henry okafor=Henry.",
		},
		{
			Name: "WHEREUPON over two lines mid-testimony, and in parentheses: notes that name the witness",
			Src: "MR. LEE:  Next.\nWHEREUPON, DMITRI SOKOLOV, having been first duly\nsworn, testified as follows:\nBY MR. LEE:\nQ.  Name?\nA.  Dmitri.\n" +
				"(Whereupon, Laura Chen was sworn.)\nQ.  Name?\nA.  Laura.\n",
			Turns: "lee=Next.|Name? / dmitri sokolov=Dmitri. / lee=Name? / laura chen=Laura.",
		},
		{
			Name:  "the next witness named",
			Src:   "MS. JONES:  Our next witness is Laura Chen.\nBY MS. JONES:\nQ.  Hi.\nA.  Hello.\nMS. JONES:  The People's final witness, Officer Ana Ruiz.\nQ.  Hi.\nA.  Hey.\n",
			Turns: "jones=Our next witness is Laura Chen.|Hi. / laura chen=Hello. / jones=The People's final witness, Officer Ana Ruiz.|Hi. / ana ruiz=Hey.",
		},
		{
			Name: "traps: a call that names no witness",
			Src: "BY MR. LEE:\nQ.  What did you call it?\nA.  We call it the Blue Room.\nMR. LEE:  The People call your attention to Exhibit 4.\n" +
				"MS. JONES:  We call upon the Court to rule.\nMR. LEE:  I'd call that a lie.\nQ.  And then?\nA.  Then we call Security.\n",
			Turns: "lee=What did you call it? / witness=We call it the Blue Room. / lee=The People call your attention to Exhibit 4. / jones=We call upon the Court to rule. / lee=I'd call that a lie.|And then? / witness=Then we call Security.",
		},
	}, corpustest.NoOptions(Read), "t.txt", speakerTurns, checkInvariants)
}

// speakerTurns renders a document's turns as UtteranceSpeeches does, and
// no notes: the tables of this file ask only for the turns.
func speakerTurns(d *corpus.Document) (turns, notes string) {
	return corpustest.UtteranceSpeeches(d), ""
}
