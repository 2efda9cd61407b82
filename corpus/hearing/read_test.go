package hearing

import (
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name, src, turns, notes string
	}{
		{
			name: "GPO capitals; the chair named as presiding",
			src: "    The committee met at 10 a.m., Hon. John Smith (chairman of\nthe committee) presiding.\n" +
				"    The CHAIRMAN. The committee will come to order.\n    Mr. JONES. Thank you,\nMr. Chairman.\n    Mr. SMITH. You are welcome.\n",
			turns: "smith=The committee will come to order. / jones=Thank you, Mr. Chairman. / smith=You are welcome.",
		},
		{
			name: "the presiding officer and THE CHAIRMAN in capitals are the member presiding; Rep. and Sen. are titles",
			src: "    The committee met at 10 a.m., Hon. Lucía Gutiérrez presiding.\n\n" +
				"    The PRESIDING OFFICER. The committee will come to order.\n\n    Rep. AL-HAKIM. Thank you.\n\n" +
				"    THE CHAIRMAN. Senator?\n\n    Sen. OKAFOR. Thanks.\n\n    Chair GUTIÉRREZ. Adjourned.\n",
			turns: "gutiérrez=The committee will come to order. / al-hakim=Thank you. / gutiérrez=Senator? / okafor=Thanks. / gutiérrez=Adjourned.",
		},
		{
			name:  "titles in capitals",
			src:   "    The committee met, Hon. Lucía Gutiérrez presiding.\n\nChair GUTIÉRREZ: Order.\n\nREP. AL-HAKIM: Thanks.\n\nCHAIR GUTIÉRREZ: Go on.\n\nSENATOR OKAFOR: Yes.\n",
			turns: "gutiérrez=Order. / al-hakim=Thanks. / gutiérrez=Go on. / okafor=Yes.",
		},
		{
			name:  "the presiding officer where no one is named",
			src:   "    The subcommittee met at 10 a.m.\n\n    The PRESIDING OFFICER. Order.\n\n    Rep. AL-HAKIM. Thank you.\n\n    The PRESIDING OFFICER. Go on.\n",
			turns: "the presiding officer=Order. / al-hakim=Thank you. / the presiding officer=Go on.",
		},
		{
			name: "Senate style in mixed case; titles stripped; a state tells two members apart",
			src: "Hon. Lindsey Graham, Chairman of the Committee, presiding.\n\n" +
				"    Chairman Graham. Welcome, Director Wray.\n\n    Director Wray. Thank you.\n\n" +
				"    Senator Feinstein. Mr. Wray, a question.\n\n    Mr. Wray. Yes.\n\n" +
				"    Mr. Smith of Texas. One.\n\n    Mr. Smith of Ohio. Two.\n",
			turns: "graham=Welcome, Director Wray. / wray=Thank you. / feinstein=Mr. Wray, a question. / wray=Yes. / smith of texas=One. / smith of ohio=Two.",
		},
		{
			name:  "no one named as presiding: the office",
			src:   "    The Chairwoman. Order.\n    Ms. WATERS. Thank you.\n",
			turns: "the chairwoman=Order. / waters=Thank you.",
		},
		{
			name: "a surname of two words resolves the chair",
			src: "Present: Representatives Sheila Jackson Lee [presiding], Nadler.\n" +
				"    The CHAIRWOMAN. We begin.\n    Ms. JACKSON LEE. As I said.\n    Mr. NADLER. Yes.\n",
			turns: "jackson lee=We begin.|As I said. / nadler=Yes.",
			notes: "editorial:presiding",
		},
		{
			name: "prepared statements and inserted material are notes; brackets over lines",
			src: "    Mr. WRAY. Thank you.\n    [The prepared statement of Mr. Wray follows:]\n\n" +
				"    Chairman Graham, thank you for having me.\n\n" +
				"    Senator GRAHAM. Thank you. [Laughter.]\n    [The information referred to was not\navailable at press time.]\n    Mr. WRAY. Indeed.\n",
			turns: "wray=Thank you. / graham=Thank you. / wray=Indeed.",
			notes: "editorial:The prepared statement of Mr. Wray follows: / editorial:Chairman Graham, thank you for having me. / editorial:Laughter. / editorial:The information referred to was not available at press time.",
		},
		{
			name: "traps: addresses, initials, times, URLs, Note:, a continuation line that opens with a cue shape",
			src: "    Mr. SMITH. At 10:30 see http://x.gov.\nNote: it is late.\n    Mr. President. Is an address.\n" +
				"    Ms. JONES. Yes,\nMr. SMITH. is what I said.\n    Dr. Adaeze O. Smith testified.\n",
			turns: "smith=At 10:30 see http://x.gov. Note: it is late. Mr. President. Is an address. / jones=Yes, Mr. SMITH. is what I said. Dr. Adaeze O. Smith testified.",
		},
		{
			name:  "a colon, and a colon ending the line (a saved page's bold names)",
			src:   "Mr. SMITH:\nThank you.\n\nThe CHAIRMAN: Next.\n\nMs. JONES:\n\nMs. JONES:\nHello.\n",
			turns: "smith=Thank you. / the chairman=Next. / jones=Hello.",
		},
		{
			name: "headings in capitals are notes; the adjournment starts the back matter",
			src: "    Mr. SMITH. One.\n\n  STATEMENT OF JANE DOE, Ph.D., DIRECTOR\n\n    Dr. DOE. Two.\n" +
				"    [Whereupon, at 12:00 p.m., the hearing was adjourned.]\n\n    Mr. SMITH. Not in the hearing.\n",
			turns: "smith=One. / doe=Two.",
			notes: "editorial:STATEMENT OF JANE DOE, Ph.D., DIRECTOR / editorial:Whereupon, at 12:00 p.m., the hearing was adjourned.",
		},
		{
			name:  "the chorus, GPO's angle markers, a chief justice",
			src:   "    Chief Justice Roberts. Counsel.\n    Voices. Aye.\n    Mr. SMITH. Thanks.\n<GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT>\nMore.\n",
			turns: "roberts=Counsel. / voices=Aye. / smith=Thanks. More.",
			notes: "editorial:<GRAPHIC(S) NOT AVAILABLE IN TIFF FORMAT>",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("h.txt", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if got := corpustest.UtteranceSpeeches(d); got != tc.turns {
				t.Errorf("turns\n got %s\nwant %s", got, tc.turns)
			}
			if got := corpustest.NoteTexts(d); got != tc.notes {
				t.Errorf("notes\n got %s\nwant %s", got, tc.notes)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	for _, src := range []string{"", "\x00", "Just prose.\n", "MRS. UPJOHN.\nGood day.\n"} {
		if _, err := Read("e.txt", []byte(src)); !corpus.IsInputError(err) {
			t.Errorf("%q: %v, want an input error", src, err)
		}
	}
}
