package script

import (
	"fmt"
	"strings"
	"testing"
)

// words renders each speaker's words (white-space separated fields of
// speech) as "id:N", in the order the speakers first speak.
func words(turnsText string) string {
	var ids []string
	n := map[string]int{}
	for _, t := range strings.Split(turnsText, "; ") {
		id, speech, _ := strings.Cut(t, "=")
		if _, ok := n[id]; !ok {
			ids = append(ids, id)
		}
		n[id] += len(strings.Fields(strings.ReplaceAll(speech, "|", " ")))
	}
	var out []string
	for _, id := range ids {
		out = append(out, fmt.Sprintf("%s:%d", id, n[id]))
	}
	return strings.Join(out, " ")
}

// TestReadLayouts reads hand-made samples of the layouts that name one
// person in several ways (full name, first name, surname, initials, an
// office with the person in parentheses), put a role after a comma, or
// hold lines that are no speech (notes, headings, log events, page
// furniture), and press briefings' "Q". The turns and each speaker's
// words were written down before the reader was run on them.
func TestReadLayouts(t *testing.T) {
	for _, tc := range layoutCases() {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.name, []byte(tc.src)); got != 2 {
				t.Errorf("Detect = %d, want 2", got)
			}
			if got := words(tc.turns); got != tc.words {
				t.Fatalf("the case's words %q do not add up to its turns' %q", tc.words, got)
			}
			d, err := Read(tc.name, []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			got := turns(d)
			if got != tc.turns {
				t.Errorf("turns\n got %s\nwant %s", got, tc.turns)
			}
			if w := words(got); w != tc.words {
				t.Errorf("words %s, want %s", w, tc.words)
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
		})
	}
}

// layoutCase is a hand-made sample and how it reads.
type layoutCase struct {
	name, src    string
	turns, words string
	front, back  string
	notes        string // "-" to skip
}

// layoutCases are TestReadLayouts's samples.
func layoutCases() []layoutCase {
	return []layoutCase{
		{
			// Conversation analysis (Jefferson's notation): numbered
			// lines, timed pauses, overlap brackets around speech,
			// latching "=", sound stretches; an extract's heading.
			name: "conversation analysis.txt",
			src: "Extract 3: Telephone call (simplified)\n\n" +
				"01 ANN:   so what did you do (0.5) yesterday?\n" +
				"02 BOB:   [well I- ]\n" +
				"03 ANN:   [did you] go out?\n" +
				"04        (1.2)\n" +
				"05 BOB:   no:: I stayed in=\n" +
				"06 ANN:   =oh right ((laughs))\n" +
				"07 BOB:   I had a lot of\n" +
				"08        work to finish\n" +
				"09 ANN:   mm hm\n",
			turns: "ann=so what did you do|yesterday?; bob=well I-; ann=did you|go out?; bob=no:: I stayed in=; " +
				"ann==oh right; bob=I had a lot of|work to finish; ann=mm hm",
			words: "ann:14 bob:14",
			front: "Extract 3: Telephone call (simplified)",
			notes: "-",
		},
		{
			name: "first name and surname later.txt",
			src: "Kwame Mensah: Welcome back to the programme.\n" +
				"Ama Owusu: Thank you for having me.\n" +
				"Kwame: How long have you farmed here?\n" +
				"Ama: Twenty years, since my father died.\n" +
				"Kwame: And the rains this year?\n" +
				"Owusu: Late, very late.\n",
			turns: "kwame mensah=Welcome back to the programme.; ama owusu=Thank you for having me.; " +
				"kwame mensah=How long have you farmed here?; ama owusu=Twenty years, since my father died.; " +
				"kwame mensah=And the rains this year?; ama owusu=Late, very late.",
			words: "kwame mensah:16 ama owusu:14",
			notes: "-",
		},
		{
			// The one full-name label opens the first paragraph after
			// the headings, without sentence punctuation, among eight
			// repeated short labels: it is speech, and its speaker the
			// one the short labels name.
			name: "markdown podcast.md",
			src: "# The Soil Podcast\n\n## Episode 12: Cover crops\n\n" +
				"**Adaeze Okonkwo:** Welcome to The Soil Podcast\n\n" +
				"**Tomasz Nowak:** Thanks for having me on.\n\n" +
				"**Adaeze:** Let's start with clover.\n\n" +
				"**Tomasz:** Clover fixes nitrogen, so it feeds the next crop.\n\n" +
				"**Adaeze:** And rye?\n\n" +
				"**Tomasz:** Rye holds the soil over winter.\n\n" +
				"**Adaeze:** Any mistakes you made early on?\n\n" +
				"**Tomasz:** Sowing too late, every year.\n\n" +
				"**Adaeze:** Thanks, Tomasz.\n\n" +
				"**Tomasz:** Thank you.\n",
			turns: "adaeze okonkwo=Welcome to The Soil Podcast; tomasz nowak=Thanks for having me on.; " +
				"adaeze okonkwo=Let's start with clover.; tomasz nowak=Clover fixes nitrogen, so it feeds the next crop.; " +
				"adaeze okonkwo=And rye?; tomasz nowak=Rye holds the soil over winter.; " +
				"adaeze okonkwo=Any mistakes you made early on?; tomasz nowak=Sowing too late, every year.; " +
				"adaeze okonkwo=Thanks, Tomasz.; tomasz nowak=Thank you.",
			words: "adaeze okonkwo:19 tomasz nowak:27",
			front: "# The Soil Podcast\n\n## Episode 12: Cover crops",
			notes: "-",
		},
		{
			// "Smith" is Dr. Jane Smith's; "Mr. Jones" and "Mrs. Jones"
			// stay two.
			name: "surname and two Joneses.txt",
			src: "Dr. Jane Smith: Good morning. We are here to talk about the clinic.\n" +
				"Mr. Jones: Morning, doctor.\n" +
				"Mrs. Jones: Good morning.\n" +
				"Smith: How is your knee, Mr. Jones?\n" +
				"Mr. Jones: Better, thank you.\n" +
				"Mrs. Jones: He walks every day now.\n" +
				"Smith: Good.\n",
			turns: "jane smith=Good morning. We are here to talk about the clinic.; mr jones=Morning, doctor.; " +
				"mrs jones=Good morning.; jane smith=How is your knee, Mr. Jones?; mr jones=Better, thank you.; " +
				"mrs jones=He walks every day now.; jane smith=Good.",
			words: "jane smith:17 mr jones:5 mrs jones:7",
			notes: "-",
		},
		{
			// A TV rush transcript: roles after a comma, a surname with a
			// parenthesis later, clip markers alone on their lines.
			name: "tv rush.txt",
			src: ">> LUCÍA FERNÁNDEZ, CHANNEL 7 ANCHOR: Good evening. Flooding closed the coast road today.\n" +
				"(BEGIN VIDEO CLIP)\n" +
				">> OLUWASEUN ADEYEMI, CHANNEL 7 CORRESPONDENT: The water rose overnight.\n" +
				">> ADEYEMI (voice-over): Residents moved to higher ground.\n" +
				"(END VIDEO CLIP)\n" +
				">> FERNÁNDEZ: Thank you, Oluwaseun.\n",
			turns: "lucía fernández=Good evening. Flooding closed the coast road today.; " +
				"oluwaseun adeyemi=The water rose overnight.|Residents moved to higher ground.; " +
				"lucía fernández=Thank you, Oluwaseun.",
			words: "lucía fernández:11 oluwaseun adeyemi:9",
			notes: "-",
		},
		{
			name: "surname first.txt",
			src: "Zhou Enlai: We welcome our guests from Britain.\n" +
				"Attlee: Thank you, Mr. Premier.\n" +
				"Premier Zhou: You have travelled far.\n" +
				"Attlee: It was a long journey.\n",
			turns: "zhou enlai=We welcome our guests from Britain.; attlee=Thank you, Mr. Premier.; " +
				"zhou enlai=You have travelled far.; attlee=It was a long journey.",
			words: "zhou enlai:10 attlee:9",
			notes: "-",
		},
		{
			name: "initials.txt",
			src: "Interview with Léa Moreau and Rustam Nazarov, Lyon, 4 May 2021\n\n" +
				"Léa Moreau: Can you say your name for the recording?\n" +
				"Rustam Nazarov: Rustam Nazarov. I was born in Samarkand.\n" +
				"LM: When did you come to France?\n" +
				"RN: In 1994, with my brother.\n" +
				"LM: Thank you.\n",
			turns: "léa moreau=Can you say your name for the recording?; rustam nazarov=Rustam Nazarov. I was born in Samarkand.; " +
				"léa moreau=When did you come to France?; rustam nazarov=In 1994, with my brother.; léa moreau=Thank you.",
			words: "léa moreau:16 rustam nazarov:12",
			front: "Interview with Léa Moreau and Rustam Nazarov, Lyon, 4 May 2021",
			notes: "-",
		},
		{
			name: "front matter host and guests.md",
			src: "---\ntitle: Growing Together\nhost: Priya Raman\nguests:\n  - Samuel Okoro\n---\n\n" +
				"Priya: Welcome, Samuel.\n\n" +
				"Samuel: Thanks, Priya. Glad to be here.\n\n" +
				"Priya: Tell us about the garden.\n\n" +
				"Samuel: It started with four beds.\n",
			turns: "priya raman=Welcome, Samuel.; samuel okoro=Thanks, Priya. Glad to be here.; " +
				"priya raman=Tell us about the garden.; samuel okoro=It started with four beds.",
			words: "priya raman:7 samuel okoro:11",
			front: "---\ntitle: Growing Together\nhost: Priya Raman\nguests:\n  - Samuel Okoro\n---",
			notes: "-",
		},
		{
			// Hansard: offices with the person in parentheses, the
			// Speaker named in the opening line, an interjection line,
			// a name with the electorate and a time, a group's speech.
			name: "hansard.txt",
			src: "The SPEAKER (Hon. Rajiv Menon) took the chair at 9.30 am.\n\n" +
				"The Hon. Member for Kingsford (Ms O'Connell): Minister, when will the hospital open?\n\n" +
				"The Minister for Health (Dr Ōtsuka): Next spring, on budget.\n\n" +
				"Opposition members interjecting—\n\n" +
				"The SPEAKER: Order! The minister has the call.\n\n" +
				"Dr Ōtsuka: As I said, next spring.\n\n" +
				"Ms KOVAČ (Fenner—Minister for Housing) (14:05): And the housing beside it opens this year.\n\n" +
				"Honourable members: Hear, hear!\n\n" +
				"Mr SPEAKER: The member for Kingsford.\n\n" +
				"Ms O'Connell: Thank you.\n",
			turns: "o'connell=Minister, when will the hospital open?; ōtsuka=Next spring, on budget.; " +
				"rajiv menon=Order! The minister has the call.; ōtsuka=As I said, next spring.; " +
				"kovač=And the housing beside it opens this year.; members=Hear, hear!; " +
				"rajiv menon=The member for Kingsford.; o'connell=Thank you.",
			words: "o'connell:8 ōtsuka:9 rajiv menon:10 kovač:8 members:2",
			front: "The SPEAKER (Hon. Rajiv Menon) took the chair at 9.30 am.",
			notes: "-",
		},
		{
			// Council minutes: the chair named in the roster, councillors
			// by surname, agenda items as headings.
			name: "council minutes.txt",
			src: "Hollins Parish Council - minutes of the meeting of 3 June 2024\n\n" +
				"Present: Cllr Helen Abebe (Chair), Cllr Tom Price, Cllr Rosa Diaz (Clerk)\n\n" +
				"Item 4: Meadow planting at Hollins Field\n\n" +
				"Chair: We move to the meadow. Councillor Price?\n\n" +
				"Cllr Price: The seed is bought and the volunteers are ready.\n\n" +
				"Cllr Diaz: The budget allows for it.\n\n" +
				"Item 5: Any other business\n\n" +
				"Chair: Nothing further. The meeting closed at 8 pm.\n",
			turns: "helen abebe=We move to the meadow. Councillor Price?; tom price=The seed is bought and the volunteers are ready.; " +
				"rosa diaz=The budget allows for it.; helen abebe=Nothing further. The meeting closed at 8 pm.",
			words: "helen abebe:15 tom price:9 rosa diaz:5",
			front: "Hollins Parish Council - minutes of the meeting of 3 June 2024\n\n" +
				"Present: Cllr Helen Abebe (Chair), Cllr Tom Price, Cllr Rosa Diaz (Clerk)\n\n" +
				"Item 4: Meadow planting at Hollins Field",
			notes: "-",
		},
		{
			name: "phone-in.txt",
			src: "Host: You're on the line. Go ahead.\n" +
				"Caller (Fatima, Leeds): Hi. I wanted to ask about bin collections.\n" +
				"Host: What's the problem?\n" +
				"Fatima: They haven't come for three weeks.\n" +
				"(call ends 09:16)\n" +
				"Host: Thanks, Fatima.\n",
			turns: "host=You're on the line. Go ahead.; fatima=Hi. I wanted to ask about bin collections.; " +
				"host=What's the problem?; fatima=They haven't come for three weeks.; host=Thanks, Fatima.",
			words: "host:11 fatima:14",
			notes: "-",
		},
		{
			// Running heads with page numbers, a lone page number in the
			// middle of a sentence, a tape marker and "[Music]" alone on
			// their lines: notes, and the turns go on across them.
			name: "oral history pages.txt",
			src: "Achterberg interview - page 1 of 3 - CONFIDENTIAL\n\n" +
				"Interviewer: Where did you work after the war?\n\n" +
				"Achterberg: At the harbour, first as a clerk and later as a foreman.\n" +
				"(Tape 44/2)\n" +
				"We unloaded grain from Argentina.\n\n" +
				"Achterberg interview - page 2 of 3 - CONFIDENTIAL\n\n" +
				"Interviewer: Were the unions strong?\n\n" +
				"Achterberg: Very strong. The strikes of 1951 were\n" +
				"17\n" +
				"the hardest of all.\n" +
				"[Music]\n\n" +
				"Achterberg interview - page 3 of 3 - CONFIDENTIAL\n\n" +
				"Interviewer: Thank you.\n",
			turns: "interviewer=Where did you work after the war?; " +
				"achterberg=At the harbour, first as a clerk and later as a foreman.|We unloaded grain from Argentina.; " +
				"interviewer=Were the unions strong?; achterberg=Very strong. The strikes of 1951 were|the hardest of all.; " +
				"interviewer=Thank you.",
			words: "interviewer:13 achterberg:28",
			front: "Achterberg interview - page 1 of 3 - CONFIDENTIAL",
			notes: "-",
		},
		{
			name: "mission log.txt",
			src: "[00 00:01:10] CDR: Houston, we are go for the burn.\n" +
				"[00 00:01:15] CC: Roger, copy go for the burn.\n" +
				"LOS\n" +
				"[00 00:45:02] CC: Apollo, Houston. How do you read?\n" +
				"AOS\n" +
				"[00 00:45:10] CDR: Loud and clear, Houston.\n" +
				"[00 00:45:20] CMP: Burn complete.\n" +
				"END OF TAPE\n",
			turns: "cdr=Houston, we are go for the burn.; cc=Roger, copy go for the burn.|Apollo, Houston. How do you read?; " +
				"cdr=Loud and clear, Houston.; cmp=Burn complete.",
			words: "cdr:11 cc:12 cmp:2",
			notes: "-",
		},
		{
			name: "irc log.txt",
			src: "[09:00] <anna> morning all\n" +
				"[09:01] * rahul waves\n" +
				"[09:01] <rahul> morning anna\n" +
				"[09:02] -- topic: release planning --\n" +
				"[09:02] rahul has joined #team\n" +
				"[09:03] <anna> shall we start?\n" +
				"[09:03] <rahul> yes\n",
			turns: "anna=morning all; rahul=morning anna; anna=shall we start?; rahul=yes",
			words: "anna:5 rahul:3",
			notes: "-",
		},
		{
			name: "meeting chat.txt",
			src: "[09:00:01] Anna: Morning, all.\n" +
				"[09:00:09] Rahul joined the meeting\n" +
				"[09:00:15] Rahul: Morning!\n" +
				"[09:01:00] Anna: Let's begin.\n",
			turns: "anna=Morning, all.; rahul=Morning!; anna=Let's begin.",
			words: "anna:4 rahul:1",
			notes: "-",
		},
		{
			// A press briefing: "Q" and a tab or spaces, no colon; each
			// question a turn, though two follow one another.
			name: "press briefing.txt",
			src: "THE WHITE HOUSE\nOffice of the Press Secretary\n\n" +
				"PRESS BRIEFING BY PRESS SECRETARY MAEVE O'MALLEY AND SECRETARY OF STATE KARIM AL-RASHID\n\n" +
				"1:04 P.M. EDT\n\n" +
				"MS. O'MALLEY:  Good afternoon, everyone. The Secretary will take a few questions.\n\n" +
				"SECRETARY AL-RASHID:  Thank you, Maeve.\n\n" +
				"Q    Mr. Secretary, thank you. What did the minister say about the ceasefire?\n\n" +
				"SECRETARY AL-RASHID:  He said it would hold.\n\n" +
				"Q    A follow-up, if I may.\n\n" +
				"Q\tOn another topic: the trade talks?\n\n" +
				"SECRETARY AL-RASHID:  Next week.\n\n" +
				"MS. O'MALLEY:  Thanks, everybody.\n\n" +
				"END 1:32 P.M. EDT\n",
			turns: "o'malley=Good afternoon, everyone. The Secretary will take a few questions.; al-rashid=Thank you, Maeve.; " +
				"q=Mr. Secretary, thank you. What did the minister say about the ceasefire?; al-rashid=He said it would hold.; " +
				"q=A follow-up, if I may.; q=On another topic: the trade talks?; al-rashid=Next week.; o'malley=Thanks, everybody.",
			words: "o'malley:12 al-rashid:10 q:23",
			front: "THE WHITE HOUSE\nOffice of the Press Secretary\n\n" +
				"PRESS BRIEFING BY PRESS SECRETARY MAEVE O'MALLEY AND SECRETARY OF STATE KARIM AL-RASHID\n\n" +
				"1:04 P.M. EDT",
			back:  "END 1:32 P.M. EDT",
			notes: "-",
		},
		// Traps.
		{
			// Two full names fit "Ann": she stays a speaker of her own.
			name: "ambiguous first name.txt",
			src: "Ann Lee: Welcome, both of you.\n" +
				"Ann Ray: Thanks.\n" +
				"Bob Stone: Glad to be here.\n" +
				"Ann: Which Ann am I?\n" +
				"Stone: You tell me.\n",
			turns: "ann lee=Welcome, both of you.; ann ray=Thanks.; bob stone=Glad to be here.; " +
				"ann=Which Ann am I?; bob stone=You tell me.",
			words: "ann lee:4 ann ray:1 bob stone:7 ann:4",
			notes: "-",
		},
		{
			// The office alone later is the person its first label named.
			name: "office later.txt",
			src: "The Minister for Health (Dr Ōtsuka): The plan is ready.\n\n" +
				"Ms Lee: When will it be published?\n\n" +
				"The Minister for Health: Tomorrow.\n\n" +
				"Ms Lee: Thank you.\n",
			turns: "ōtsuka=The plan is ready.; lee=When will it be published?; ōtsuka=Tomorrow.; lee=Thank you.",
			words: "ōtsuka:5 lee:7",
			notes: "-",
		},
		{
			// A role in parentheses that names no person; a number that
			// answers a question, right below its label, is no page
			// number; capitals in speech outside a log are speech.
			name: "moderator and numbers.txt",
			src: "Chris Wallace (Moderator): How many debates have you done?\n" +
				"Joe Biden:\n12\n" +
				"Chris Wallace (Moderator): And in LOS ANGELES?\n" +
				"Joe Biden:\nLOS ANGELES\n(laughs)\nNone there.\n",
			turns: "chris wallace=How many debates have you done?; joe biden=12; " +
				"chris wallace=And in LOS ANGELES?; joe biden=LOS ANGELES|None there.",
			words: "chris wallace:10 joe biden:5",
			notes: "stage:laughs",
		},
		{
			// A senate: the President named in the opening line with
			// "the Hon."; the Deputy President is someone else.
			name: "senate.txt",
			src: "The PRESIDENT (Senator the Hon. Sue Lines) took the chair at 09:30.\n\n" +
				"Senator WATT (Queensland—Minister for Employment) (09:31): I move the motion.\n\n" +
				"The DEPUTY PRESIDENT: Senator Watt, resume your seat.\n\n" +
				"Senator WATT: I will.\n\n" +
				"The PRESIDENT: The question is that the motion be agreed to.\n\n" +
				"Government senators interjecting—\n",
			turns: "watt=I move the motion.; the deputy president=Senator Watt, resume your seat.; watt=I will.; " +
				"sue lines=The question is that the motion be agreed to.",
			words: "watt:6 the deputy president:5 sue lines:9",
			front: "The PRESIDENT (Senator the Hon. Sue Lines) took the chair at 09:30.",
			notes: "-",
		},
		{
			name: "front matter name mappings.md",
			src: "---\ntitle: Field Notes\nhost:\n  - name: Dana Whitfield\nguests:\n  - name: Ravi Menon\n---\n\n" +
				"**Dana:** Ravi, welcome.\n\n" +
				"**Ravi:** Good to be here, Dana.\n\n" +
				"**Dana:** What are you growing?\n\n" +
				"**Ravi:** Mostly beans.\n",
			turns: "dana whitfield=Ravi, welcome.; ravi menon=Good to be here, Dana.; dana whitfield=What are you growing?; ravi menon=Mostly beans.",
			words: "dana whitfield:6 ravi menon:7",
			front: "---\ntitle: Field Notes\nhost:\n  - name: Dana Whitfield\nguests:\n  - name: Ravi Menon\n---",
			notes: "-",
		},
		{
			name: "committee minutes.txt",
			src: "Allotments Committee, 12 May 2025\n\n" +
				"Present: Grace Obi (in the Chair), Peter Hale, Sunita Rao\n\n" +
				"Agenda item 1: Water butts\n\n" +
				"Chair: Peter, the water butts?\n\n" +
				"Peter Hale: All six are fitted.\n\n" +
				"Agenda item 2: Rents\n\n" +
				"Chair: Sunita?\n\n" +
				"Sunita Rao: Rents rise by two pounds.\n",
			turns: "grace obi=Peter, the water butts?; peter hale=All six are fitted.; grace obi=Sunita?; sunita rao=Rents rise by two pounds.",
			words: "grace obi:5 peter hale:4 sunita rao:5",
			front: "Allotments Committee, 12 May 2025\n\nPresent: Grace Obi (in the Chair), Peter Hale, Sunita Rao\n\nAgenda item 1: Water butts",
			notes: "-",
		},
		{
			// A footer without a page number, repeated: furniture.
			name: "interview footer.txt",
			src: "Interviewer: When did you arrive?\n" +
				"Mensah: In 1962, by ship.\n" +
				"Mensah interview – CONFIDENTIAL\n" +
				"Interviewer: Alone?\n" +
				"Mensah: With my sister.\n" +
				"Mensah interview – CONFIDENTIAL\n" +
				"We stayed in Leeds.\n" +
				"Mensah interview – CONFIDENTIAL\n" +
				"Interviewer: Thank you.\n",
			turns: "interviewer=When did you arrive?; mensah=In 1962, by ship.; interviewer=Alone?; " +
				"mensah=With my sister.|We stayed in Leeds.; interviewer=Thank you.",
			words: "interviewer:7 mensah:11",
			notes: "-",
		},
		{
			// The Speaker's forms of address, no one named for the office.
			name: "speaker unnamed.txt",
			src: "The SPEAKER: Order.\n\nMr HOLT: Question.\n\nMadam SPEAKER: The minister.\n\n" +
				"Ms LEE: Answer.\n\nMr SPEAKER: Next.\n",
			turns: "speaker=Order.; holt=Question.; speaker=The minister.; lee=Answer.; speaker=Next.",
			words: "speaker:4 holt:1 lee:1",
			notes: "-",
		},
		{
			name: "rush timecodes.txt",
			src: "[14:02:11] >> LUCÍA FERNÁNDEZ, CHANNEL 7 ANCHOR: Good evening.\n" +
				"[14:02:20] >> OLUWASEUN ADEYEMI, CHANNEL 7 CORRESPONDENT: The water rose.\n" +
				"[14:02:30] >> FERNÁNDEZ: Thanks.\n" +
				"[14:02:40] >> ADEYEMI: Sure.\n",
			turns: "lucía fernández=Good evening.; oluwaseun adeyemi=The water rose.; lucía fernández=Thanks.; oluwaseun adeyemi=Sure.",
			words: "lucía fernández:3 oluwaseun adeyemi:4",
			notes: "-",
		},
		{
			// The header names the people its short labels stand for.
			name: "header names.txt",
			src: "Oral History Project\nInterviewer: John Smith\nInterviewee: Dr. Jane Doe\nDate: May 5, 2004\n\n" +
				"JS: Where were you born?\n" +
				"Jane: In Jackson.\n" +
				"JS: When?\n" +
				"Jane: In 1931.\n",
			turns: "john smith=Where were you born?; jane doe=In Jackson.; john smith=When?; jane doe=In 1931.",
			words: "john smith:5 jane doe:4",
			front: "Oral History Project\nInterviewer: John Smith\nInterviewee: Dr. Jane Doe\nDate: May 5, 2004",
			notes: "-",
		},
		{
			// Added after a probe (the expectation read off the sample,
			// then checked against the reader): a comma's role, then a
			// parenthesis; an unidentified voice; videotape markers.
			name: "rush voice-over.txt",
			src: ">> LUCÍA FERNÁNDEZ, CHANNEL 7 ANCHOR: Good evening.\n(BEGIN VIDEOTAPE)\n" +
				"UNIDENTIFIED MALE: It came so fast.\n" +
				">> OLUWASEUN ADEYEMI, CHANNEL 7 CORRESPONDENT (voice-over): The river rose.\n(END VIDEOTAPE)\n" +
				">> FERNÁNDEZ: Oluwaseun, thanks.\n>> ADEYEMI: You're welcome, Lucía.\n",
			turns: "lucía fernández=Good evening.; unidentified male=It came so fast.; oluwaseun adeyemi=The river rose.; " +
				"lucía fernández=Oluwaseun, thanks.; oluwaseun adeyemi=You're welcome, Lucía.",
			words: "lucía fernández:4 unidentified male:4 oluwaseun adeyemi:6",
			notes: "stage:BEGIN VIDEOTAPE stage:END VIDEOTAPE",
		},
		{
			// Added after a probe, as above: "p. 2" alone inside a
			// sentence, a running head with "p. N".
			name: "interview p numbers.txt",
			src: "Achterberg, J. — Interview 3 — p. 1\n\nInterviewer: Hi.\n\nAchterberg: Hello. I was\np. 2\nborn here.\n\n" +
				"Achterberg, J. — Interview 3 — p. 2\n\nInterviewer: Thanks.\n",
			turns: "interviewer=Hi.; achterberg=Hello. I was|born here.; interviewer=Thanks.",
			words: "interviewer:2 achterberg:5",
			front: "Achterberg, J. — Interview 3 — p. 1",
			notes: "furniture:p. 2 furniture:Achterberg, J. — Interview 3 — p. 2",
		},
	}
}
