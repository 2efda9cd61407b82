package hearing

import (
	"testing"

	"parley/corpus/corpustest"
)

func TestRead(t *testing.T) {
	corpustest.RunCasesWith(t, []corpustest.Case{
		{
			Name: "GPO capitals; the chair named as presiding",
			Src: "    The committee met at 10 a.m., Hon. John Smith (chairman of\nthe committee) presiding.\n" +
				"    The CHAIRMAN. The committee will come to order.\n    Mr. JONES. Thank you,\nMr. Chairman.\n    Mr. SMITH. You are welcome.\n",
			Turns: "smith=The committee will come to order. / jones=Thank you, Mr. Chairman. / smith=You are welcome.",
		},
		{
			Name: "the presiding officer and THE CHAIRMAN in capitals are the member presiding; Rep. and Sen. are titles",
			Src: "    The committee met at 10 a.m., Hon. Lucía Gutiérrez presiding.\n\n" +
				"    The PRESIDING OFFICER. The committee will come to order.\n\n    Rep. AL-HAKIM. Thank you.\n\n" +
				"    THE CHAIRMAN. Senator?\n\n    Sen. OKAFOR. Thanks.\n\n    Chair GUTIÉRREZ. Adjourned.\n",
			Turns: "gutiérrez=The committee will come to order. / al-hakim=Thank you. / gutiérrez=Senator? / okafor=Thanks. / gutiérrez=Adjourned.",
		},
		{
			Name:  "titles in capitals",
			Src:   "    The committee met, Hon. Lucía Gutiérrez presiding.\n\nChair GUTIÉRREZ: Order.\n\nREP. AL-HAKIM: Thanks.\n\nCHAIR GUTIÉRREZ: Go on.\n\nSENATOR OKAFOR: Yes.\n",
			Turns: "gutiérrez=Order. / al-hakim=Thanks. / gutiérrez=Go on. / okafor=Yes.",
		},
		{
			Name:  "the presiding officer where no one is named",
			Src:   "    The subcommittee met at 10 a.m.\n\n    The PRESIDING OFFICER. Order.\n\n    Rep. AL-HAKIM. Thank you.\n\n    The PRESIDING OFFICER. Go on.\n",
			Turns: "the presiding officer=Order. / al-hakim=Thank you. / the presiding officer=Go on.",
		},
		{
			Name: "Senate style in mixed case; titles stripped; a state tells two members apart",
			Src: "Hon. Lindsey Graham, Chairman of the Committee, presiding.\n\n" +
				"    Chairman Graham. Welcome, Director Wray.\n\n    Director Wray. Thank you.\n\n" +
				"    Senator Feinstein. Mr. Wray, a question.\n\n    Mr. Wray. Yes.\n\n" +
				"    Mr. Smith of Texas. One.\n\n    Mr. Smith of Ohio. Two.\n",
			Turns: "graham=Welcome, Director Wray. / wray=Thank you. / feinstein=Mr. Wray, a question. / wray=Yes. / smith of texas=One. / smith of ohio=Two.",
		},
		{
			Name:  "no one named as presiding: the office",
			Src:   "    The Chairwoman. Order.\n    Ms. WATERS. Thank you.\n",
			Turns: "the chairwoman=Order. / waters=Thank you.",
		},
		{
			Name: "a surname of two words resolves the chair",
			Src: "Present: Representatives Sheila Jackson Lee [presiding], Nadler.\n" +
				"    The CHAIRWOMAN. We begin.\n    Ms. JACKSON LEE. As I said.\n    Mr. NADLER. Yes.\n",
			Turns: "jackson lee=We begin.|As I said. / nadler=Yes.",
			Notes: "editorial:presiding",
		},
		{
			Name: "prepared statements and inserted material are notes; brackets over lines",
			Src: "    Mr. WRAY. Thank you.\n    [The prepared statement of Mr. Wray follows:]\n\n" +
				"    Chairman Graham, thank you for having me.\n\n" +
				"    Senator GRAHAM. Thank you. [Laughter.]\n    [The information referred to was not\navailable at press time.]\n    Mr. WRAY. Indeed.\n",
			Turns: "wray=Thank you. / graham=Thank you. / wray=Indeed.",
			Notes: "editorial:The prepared statement of Mr. Wray follows: / editorial:Chairman Graham, thank you for having me. / editorial:Laughter. / editorial:The information referred to was not available at press time.",
		},
		{
			Name: "traps: addresses, initials, times, URLs, Note:, a continuation line that opens with a cue shape",
			Src: "    Mr. SMITH. At 10:30 see http://x.gov.\nNote: it is late.\n    Mr. President. Is an address.\n" +
				"    Ms. JONES. Yes,\nMr. SMITH. is what I said.\n    Dr. Adaeze O. Smith testified.\n",
			Turns: "smith=At 10:30 see http://x.gov. Note: it is late. Mr. President. Is an address. / jones=Yes, Mr. SMITH. is what I said. Dr. Adaeze O. Smith testified.",
		},
		{
			Name:  "a colon, and a colon ending the line (a saved page's bold names)",
			Src:   "Mr. SMITH:\nThank you.\n\nThe CHAIRMAN: Next.\n\nMs. JONES:\n\nMs. JONES:\nHello.\n",
			Turns: "smith=Thank you. / the chairman=Next. / jones=Hello.",
		},
		{
			Name: "headings in capitals are notes; the adjournment starts the back matter",
			Src: "    Mr. SMITH. One.\n\n  STATEMENT OF JANE DOE, Ph.D., DIRECTOR\n\n    Dr. DOE. Two.\n" +
				"    [Whereupon, at 12:00 p.m., the hearing was adjourned.]\n\n    Mr. SMITH. Not in the hearing.\n",
			Turns: "smith=One. / doe=Two.",
			Notes: "editorial:STATEMENT OF JANE DOE, Ph.D., DIRECTOR / editorial:Whereupon, at 12:00 p.m., the hearing was adjourned.",
		},
		{
			Name:  "the chorus, GPO's angle markers, a chief justice",
			Src:   "    Chief Justice Roberts. Counsel.\n    Voices. Aye.\n    Mr. SMITH. Thanks.\n<GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT>\nMore.\n",
			Turns: "roberts=Counsel. / voices=Aye. / smith=Thanks. More.",
			Notes: "editorial:<GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT>",
		},
	}, corpustest.NoOptions(Read), "h.txt", corpustest.UtterancesAndNotes, checkInvariants)
}

func TestReadErrors(t *testing.T) {
	corpustest.CheckRejected(t, corpustest.NoOptions(Read), "e.txt", "", "\x00", "Just prose.\n", "MRS. UPJOHN.\nGood day.\n")
}
