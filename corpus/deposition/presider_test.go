package deposition

import (
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

// TestReadPresiders checks that the office that presides ("THE COURT:",
// "THE ARBITRATOR:") is the one the record names as presiding, and stays
// the office where it names no one.
func TestReadPresiders(t *testing.T) {
	trial := "MR. SMITH:  Good morning.\nTHE COURT:  Be seated.\nMR. SMITH:  Thank you.\nJUDGE VÁSQUEZ:  Proceed.\n"
	for _, tc := range []struct {
		name, src, turns string
	}{
		{
			name:  "BEFORE THE HONORABLE ..., JUDGE; the judge's label by name is the same speaker",
			src:   "SUPERIOR COURT OF THE STATE OF CALIFORNIA\nBEFORE THE HONORABLE ELENA VÁSQUEZ, JUDGE\n\n" + trial,
			turns: "smith=Good morning. / vásquez=Be seated. / smith=Thank you. / vásquez=Proceed.",
		},
		{
			name:  "BEFORE: HON. ..., U.S. DISTRICT JUDGE",
			src:   "BEFORE: HON. JOHN T. DOE, U.S. DISTRICT JUDGE\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\nThe Court:  Go on.\n",
			turns: "doe=Be seated. / smith=Thanks. / doe=Go on.",
		},
		{
			name:  "BEFORE: on a line of its own, the name and office below",
			src:   "BEFORE:\n     HONORABLE JOHN T. DOE\n     UNITED STATES DISTRICT JUDGE\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			turns: "doe=Be seated. / smith=Thanks.",
		},
		{
			name:  "The Honorable ..., presiding; a surname with particles",
			src:   "The Honorable Mary Ann de la Cruz, presiding\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\nJUDGE DE LA CRUZ:  Go on.\n",
			turns: "de la cruz=Be seated. / smith=Thanks. / de la cruz=Go on.",
		},
		{
			name:  "JUDGE ... presiding, a suffix",
			src:   "JUDGE ROBERT KIM, JR., presiding\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			turns: "kim=Be seated. / smith=Thanks.",
		},
		{
			name:  "HONORABLE ... JUDGE PRESIDING without a comma",
			src:   "HONORABLE ROBERT KIM JUDGE PRESIDING\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			turns: "kim=Be seated. / smith=Thanks.",
		},
		{
			name:  "questions BY THE COURT are the judge's",
			src:   "BEFORE THE HONORABLE ELENA VÁSQUEZ, JUDGE\n\nTHE COURT:  Sit.\nBY THE COURT:\nQ.  Where were you?\nA.  Home.\n",
			turns: "vásquez=Sit.|Where were you? / witness=Home.",
		},
		{
			name:  "no judge named: The Court",
			src:   "SUPERIOR COURT\nPEOPLE v. JONES\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thank you.\nThe Court:  Proceed.\n",
			turns: "the court=Be seated. / smith=Thank you. / the court=Proceed.",
		},
		{
			name:  "no caption: one judge speaking by name is the court; a panel is not",
			src:   "THE COURT:  Be seated.\nMR. SMITH:  Thanks.\nJUDGE KIM:  Go on.\n",
			turns: "kim=Be seated. / smith=Thanks. / kim=Go on.",
		},
		{
			name:  "no caption, a panel of judges",
			src:   "THE COURT:  Be seated.\nJUDGE LEE:  Counsel?\nMR. SMITH:  Yes.\nJUDGE KIM:  Go on.\n",
			turns: "the court=Be seated. / lee=Counsel? / smith=Yes. / kim=Go on.",
		},
		{
			name:  "a deposition taken before a reporter names no presider",
			src:   "BEFORE: Jane Roe, CSR, Notary Public\ntaken before JANE ROE, a Certified Shorthand Reporter\n\nTHE COURT:  Hello.\nMR. SMITH:  Hi.\n",
			turns: "the court=Hello. / smith=Hi.",
		},
		{
			name:  "an honorific in the appearances is no presider",
			src:   "APPEARANCES:\nHON. JAMES ROE, District Attorney\n\nTHE COURT:  Hello.\nMR. SMITH:  Hi.\n",
			turns: "the court=Hello. / smith=Hi.",
		},
		{
			name:  "an arbitrator and a hearing officer by office",
			src:   "BEFORE: SUSAN PATEL, ARBITRATOR\nHearing Officer: Hon. Mark Chen\n\nTHE ARBITRATOR:  We begin.\nTHE HEARING OFFICER:  Noted.\nMR. SMITH:  Thanks.\n",
			turns: "patel=We begin. / chen=Noted. / smith=Thanks.",
		},
		{
			name:  "PRESENT: and a judge's office abbreviated",
			src:   "PRESENT:  HONORABLE MARY ROE, J.S.C.\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			turns: "roe=Be seated. / smith=Thanks.",
		},
		{
			name:  "a panel of judges has no one presider",
			src:   "BEFORE: HON. ANN LEE, HON. BEN ROE, HON. CARL DIAZ\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\nJUDGE ROE:  Counsel?\n",
			turns: "the court=Be seated. / smith=Thanks. / roe=Counsel?",
		},
		{
			name:  "a commissioner presiding",
			src:   "Commissioner Grace Park, presiding\n\nTHE COMMISSIONER:  We begin.\nMR. SMITH:  Thanks.\n",
			turns: "park=We begin. / smith=Thanks.",
		},
		{
			name:  "a surname's particles without a label of it",
			src:   "BEFORE THE HONORABLE MARÍA DE LA CRUZ\n    SUPERIOR COURT JUDGE\n\nTHE COURT:  Be seated.\nMR. SMITH:  Thanks.\n",
			turns: "de la cruz=Be seated. / smith=Thanks.",
		},
		{
			name:  "one presider named: the presiding officer's label is theirs",
			src:   "PRESIDING: Hon. Ana Ruiz\n\nTHE PRESIDING OFFICER:  Come to order.\nMR. SMITH:  Thanks.\n",
			turns: "ruiz=Come to order. / smith=Thanks.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("t.txt", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if got := corpustest.UtteranceSpeeches(d); got != tc.turns {
				t.Errorf("turns\n got %s\nwant %s", got, tc.turns)
			}
		})
	}
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
	for _, tc := range []struct {
		name, src, turns string
	}{
		{
			name: "the People call two witnesses in turn; THE WITNESS and A are the current one",
			src: "MR. SMITH:  The People call Dmitri Sokolov.\n(Witness sworn.)\nDIRECT EXAMINATION\nBY MR. SMITH:\n" +
				"Q.  State your name.\nA.  Dmitri Sokolov.\n" +
				"MR. SMITH:  Your Honor, the People call Officer Ana Ruiz to the stand.\nTHE WITNESS:  Good morning.\n" +
				"BY MR. SMITH:\nQ.  Where do you work?\nA.  Precinct 9.\n",
			turns: "smith=The People call Dmitri Sokolov.|State your name. / dmitri sokolov=Dmitri Sokolov. / smith=Your Honor, the People call Officer Ana Ruiz to the stand. / ana ruiz=Good morning. / smith=Where do you work? / ana ruiz=Precinct 9.",
		},
		{
			name: "Plaintiff calls; the defense calls as its next witness, a title stripped; a calling broken over two lines",
			src: "MS. JONES:  Plaintiff calls Jane Roe.\nBY MS. JONES:\nQ.  Hi.\nA.  Hello.\n" +
				"MR. LEE:  The defense calls as its next witness Dr. Amara Osei.\nBY MR. LEE:\nQ.  Doctor?\nA.  Yes.\n" +
				"MR. LEE:  At this time we would like to call\nMarcus Bell to the stand.\nBY MR. LEE:\nQ.  Sir?\nA.  Present.\n",
			turns: "jones=Plaintiff calls Jane Roe.|Hi. / jane roe=Hello. / lee=The defense calls as its next witness Dr. Amara Osei.|Doctor? / amara osei=Yes. / lee=At this time we would like to call Marcus Bell to the stand.|Sir? / marcus bell=Present.",
		},
		{
			name: "called as a witness on behalf of, having been first duly sworn",
			src: "MARCUS BELL, called as a witness on behalf of the Defendant, having been\nfirst duly sworn, was examined and testified as follows:\n" +
				"BY MR. LEE:\nQ.  Sir?\nA.  Present.\n",
			turns: "lee=Sir? / marcus bell=Present.",
		},
		{
			name:  "a WITNESS: heading, and a DIRECT EXAMINATION OF heading",
			src:   "WITNESS: LENA PARK\nBY MR. LEE:\nQ.  Name?\nA.  Lena.\nDIRECT EXAMINATION OF HENRY OKAFOR\nBY MR. LEE:\nQ.  Name?\nA.  Henry.\n",
			turns: "lee=Name? / lena park=Lena. / lee=Name? / henry okafor=Henry.",
		},
		{
			name: "called by a shorter name than the oath's, with no (Witness sworn): one witness",
			src: "MR. LEE:  The government calls Mary Johnson.\nTHE WITNESS:  Good morning.\n" +
				"MARY ELLEN JOHNSON, called as a witness by the Government,\nhaving been duly sworn, testified as follows:\nBY MR. LEE:\nQ.  Name?\nA.  Mary.\n",
			turns: "lee=The government calls Mary Johnson. / mary ellen johnson=Good morning. / lee=Name? / mary ellen johnson=Mary.",
		},
		{
			name: "a transcript in capitals: a calling names the witness, small words after CALL do not",
			src: "MR. LEE:  THE PEOPLE CALL DMITRI SOKOLOV.\nBY MR. LEE:\nQ.  NAME?\nA.  DMITRI.\n" +
				"THE WITNESS:  WE CALL IT THE BLUE ROOM.\nMR. LEE:  WE CALL YOUR HONOR'S ATTENTION TO IT.\nQ.  AND?\nA.  NO.\n",
			turns: "lee=THE PEOPLE CALL DMITRI SOKOLOV.|NAME? / dmitri sokolov=DMITRI.|WE CALL IT THE BLUE ROOM. / lee=WE CALL YOUR HONOR'S ATTENTION TO IT.|AND? / dmitri sokolov=NO.",
		},
		{
			name: "sworn after WHEREUPON; a witness's name opening the examination heading; a party's WITNESS: heading",
			src: "WHEREUPON, DMITRI SOKOLOV, having been first duly sworn, testified as follows:\nBY MR. LEE:\nQ.  Name?\nA.  Dmitri.\n" +
				"LAURA CHEN - DIRECT EXAMINATION BY MR. LEE\nQ.  Name?\nA.  Laura.\n" +
				"FURTHER DIRECT EXAMINATION\nBY MR. LEE:\nQ.  Again?\nA.  Laura Chen.\n" +
				"DEFENSE WITNESS: HENRY OKAFOR\nBY MR. LEE:\nQ.  Name?\nA.  Henry.\n",
			turns: "lee=Name? / dmitri sokolov=Dmitri. / lee=Name? / laura chen=Laura. / lee=Again? / laura chen=Laura Chen. / lee=Name? / henry okafor=Henry.",
		},
		{
			name: "WHEREUPON over two lines mid-testimony, and in parentheses: notes that name the witness",
			src: "MR. LEE:  Next.\nWHEREUPON, DMITRI SOKOLOV, having been first duly\nsworn, testified as follows:\nBY MR. LEE:\nQ.  Name?\nA.  Dmitri.\n" +
				"(Whereupon, Laura Chen was sworn.)\nQ.  Name?\nA.  Laura.\n",
			turns: "lee=Next.|Name? / dmitri sokolov=Dmitri. / lee=Name? / laura chen=Laura.",
		},
		{
			name:  "the next witness named",
			src:   "MS. JONES:  Our next witness is Laura Chen.\nBY MS. JONES:\nQ.  Hi.\nA.  Hello.\nMS. JONES:  The People's final witness, Officer Ana Ruiz.\nQ.  Hi.\nA.  Hey.\n",
			turns: "jones=Our next witness is Laura Chen.|Hi. / laura chen=Hello. / jones=The People's final witness, Officer Ana Ruiz.|Hi. / ana ruiz=Hey.",
		},
		{
			name: "traps: a call that names no witness",
			src: "BY MR. LEE:\nQ.  What did you call it?\nA.  We call it the Blue Room.\nMR. LEE:  The People call your attention to Exhibit 4.\n" +
				"MS. JONES:  We call upon the Court to rule.\nMR. LEE:  I'd call that a lie.\nQ.  And then?\nA.  Then we call Security.\n",
			turns: "lee=What did you call it? / witness=We call it the Blue Room. / lee=The People call your attention to Exhibit 4. / jones=We call upon the Court to rule. / lee=I'd call that a lie.|And then? / witness=Then we call Security.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("t.txt", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if got := corpustest.UtteranceSpeeches(d); got != tc.turns {
				t.Errorf("turns\n got %s\nwant %s", got, tc.turns)
			}
		})
	}
}
