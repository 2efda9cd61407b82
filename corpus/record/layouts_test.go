package record

import (
	"fmt"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// TestReadLayouts reads hand-made records in layouts seen in archives
// beyond those of TestReadShapes: British records of a meeting with a
// Present block in two columns, memoranda and telegrams whose headers
// hold "Field:" lines, telegrams in capitals, Soviet records of Chinese
// leaders, page furniture in hard-wrapped memoranda. The turns (speaker,
// cues, words of speech by wordRe) were written by hand before the
// reader was run.
func TestReadLayouts(t *testing.T) {
	tests := []shapeCase{
		{
			name: "an aside between the verb and that is framing",
			in: "MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS\nThe Secretary\nAmbassador Dobrynin\n\n" +
				"Ambassador Dobrynin said that the measures had been necessary.\n\n" +
				"The Secretary said, with a smile, that the United States also had security reasons.\n",
			turns: "dobrynin [Ambassador Dobrynin said that] 5\n" +
				"the secretary [The Secretary said, with a smile, that] 7\n",
		},
		{
			name: "British record of a meeting: a Present block in two columns, offices with the holder in parentheses below, numbered paragraphs, initials and a date below the text",
			in: "CONFIDENTIAL\n" +
				"\n" +
				"RECORD OF A MEETING BETWEEN THE PRIME MINISTER AND THE KENYAN MINISTER OF FINANCE AT 10 DOWNING STREET ON TUESDAY, 12 OCTOBER 1965, AT 11 A.M.\n" +
				"\n" +
				"Present:\n" +
				"\n" +
				"The Prime Minister                        Mr. Kamau Mwangi\n" +
				"   (Mr. Harold Wilson)                    (Minister of Finance)\n" +
				"The Foreign Secretary                     Mr. Peter Otieno\n" +
				"   (Mr. Michael Stewart)                  (High Commissioner)\n" +
				"Sir Burke Trend\n" +
				"Mr. J. O. Wright\n" +
				"\n" +
				"     The Prime Minister welcomed Mr. Mwangi and said that he was glad to see him in London.\n" +
				"\n" +
				"2. Mr. Mwangi thanked the Prime Minister for receiving him. He said that the Kenyan Government was anxious about the price of coffee.\n" +
				"\n" +
				"3. The Prime Minister said that Her Majesty's Government understood the difficulty. He said that the matter would be looked at by the Treasury.\n" +
				"\n" +
				"4. Mr. Otieno asked whether the loan could be discussed before the end of the year.\n" +
				"\n" +
				"5. The Foreign Secretary said that he saw no reason why not. Mr. Wilson added that a decision would be taken in November.\n" +
				"\n" +
				"6. Mr. Mwangi said that he was grateful.\n" +
				"\n" +
				"J. O. W.\n" +
				"\n" +
				"12 October 1965\n",
			turns: "harold wilson [The Prime Minister welcomed Mr. Mwangi and said that] 8\n" +
				"kamau mwangi [2. Mr. Mwangi thanked; He said that] 16\n" +
				"harold wilson [3. The Prime Minister said that; He said that] 15\n" +
				"peter otieno [4. Mr. Otieno asked] 12\n" +
				"michael stewart [5. The Foreign Secretary said that] 6\n" +
				"harold wilson [Mr. Wilson added that] 7\n" +
				"kamau mwangi [6. Mr. Mwangi said that] 3\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-12", "26-28")
				corpustest.CheckMeta(t, d, "RECORD OF A MEETING BETWEEN THE PRIME MINISTER AND THE KENYAN MINISTER OF FINANCE AT 10 DOWNING STREET ON TUESDAY, 12 OCTOBER 1965, AT 11 A.M.", "1965-10-12")
				// The left column first, then the right.
				if got, want := rosterSummary(d), "The Prime Minister/Prime Minister, Mr. Harold Wilson/7; The Foreign Secretary/Foreign Secretary, Mr. Michael Stewart/9; Burke Trend//11; J. O. Wright//12; Kamau Mwangi/Minister of Finance/7; Peter Otieno/High Commissioner/9"; got != want {
					t.Errorf("roster %s\nwant %s", got, want)
				}
				if sp, _ := d.Speaker("harold wilson"); sp.Name != "Harold Wilson" || len(sp.Forms) != 3 {
					t.Errorf("the Prime Minister: %+v", sp)
				}
			},
		},
		{
			name: "memorandum with header fields: DATE, TIME, PLACE, SUBJECT, PARTICIPANTS, Copies to",
			in: "MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"DATE: October 18, 1962\n" +
				"TIME: 5:00 p.m.\n" +
				"PLACE: Secretary's Office, Department of State\n" +
				"\n" +
				"SUBJECT: Berlin and Cuba\n" +
				"\n" +
				"PARTICIPANTS: The Secretary\n" +
				"              Ambassador Anatoliy F. Dobrynin, USSR\n" +
				"              Mr. Llewellyn E. Thompson, Ambassador at Large\n" +
				"\n" +
				"Copies to: S/S, EUR, G, White House\n" +
				"\n" +
				"The Secretary said that he had asked the Ambassador to come in to discuss Berlin. He said that the situation was serious.\n" +
				"\n" +
				"Ambassador Dobrynin replied that his Government had no wish to make it worse.\n" +
				"\n" +
				"The Secretary asked whether the Soviet Government had anything new to propose.\n" +
				"\n" +
				"Ambassador Dobrynin said that he had no instructions on that point.\n" +
				"\n" +
				"Mr. Thompson said that the last Soviet note had been very harsh.\n" +
				"\n" +
				"Ambassador Dobrynin replied that the note had been a reply to the American one.\n" +
				"\n" +
				"The Secretary said that he would report the conversation to the President.\n",
			turns: "the secretary [The Secretary said that; He said that] 15\n" +
				"anatoliy f. dobrynin [Ambassador Dobrynin replied that] 9\n" +
				"the secretary [The Secretary asked] 9\n" +
				"anatoliy f. dobrynin [Ambassador Dobrynin said that] 7\n" +
				"llewellyn e. thompson [Mr. Thompson said that] 8\n" +
				"anatoliy f. dobrynin [Ambassador Dobrynin replied that] 10\n" +
				"the secretary [The Secretary said that] 8\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-13", "")
				corpustest.CheckMeta(t, d, "MEMORANDUM OF CONVERSATION", "1962-10-18")
				if got, want := rosterSummary(d), "The Secretary//9; Anatoliy F. Dobrynin/Ambassador, USSR/10; Llewellyn E. Thompson/Ambassador at Large/11"; got != want {
					t.Errorf("roster %s\nwant %s", got, want)
				}
			},
		},
		{
			name: "first-person cable: header fields, numbered paragraphs, a comment, signed in capitals",
			in: "TELEGRAM\n" +
				"\n" +
				"SECRET\n" +
				"\n" +
				"FROM: AMEMBASSY MOSCOW\n" +
				"TO: SECSTATE WASHDC\n" +
				"NIACT 2154\n" +
				"REF: DEPTEL 1542\n" +
				"SUBJECT: Berlin talks\n" +
				"\n" +
				"1. I called on Gromyko this afternoon to deliver the message in reftel. I told him that the President attached the greatest importance to the talks.\n" +
				"\n" +
				"2. He replied that the Soviet Government shared this view but that the Western position had not changed. He said that a separate treaty remained possible.\n" +
				"\n" +
				"3. I said that this would be a most serious step and that we would have to respond.\n" +
				"\n" +
				"4. Gromyko then asked whether we had anything new on access. I told him that I had no instructions beyond reftel.\n" +
				"\n" +
				"5. Comment: Gromyko was calm throughout.\n" +
				"\n" +
				"THOMPSON\n",
			turns: "thompson [I told him that] 9\n" +
				"gromyko [2. He replied that; He said that] 19\n" +
				"thompson [3. I said that] 14\n" +
				"gromyko [4. Gromyko then asked] 7\n" +
				"thompson [I told him that] 6\n",
			check: func(t *testing.T, d *corpus.Document) {
				// The comment and the signature are back matter.
				corpustest.CheckMatter(t, d, "1-11", "19-21")
				corpustest.CheckMeta(t, d, "TELEGRAM", "")
				if sp, _ := d.Speaker("thompson"); sp.Name != "Thompson" {
					t.Errorf("author %+v", sp)
				}
			},
		},
		{
			name: "first-person cable in capitals throughout",
			in: "TELEGRAM\n" +
				"\n" +
				"CONFIDENTIAL\n" +
				"\n" +
				"FROM: AMEMBASSY MOSCOW\n" +
				"TO: SECSTATE WASHDC\n" +
				"REF: DEPTEL 1542\n" +
				"\n" +
				"1. I SAW KUZNETSOV THIS MORNING AND TOLD HIM THAT WE REGRETTED THE DELAY.\n" +
				"\n" +
				"2. HE REPLIED THAT THE SOVIET SIDE WAS NOT TO BLAME. HE SAID THAT THE NOTE HAD BEEN SENT ON TIME.\n" +
				"\n" +
				"3. I SAID THAT WE HAD NOT RECEIVED IT.\n" +
				"\n" +
				"KOHLER\n",
			turns: "kohler [1. I SAW KUZNETSOV THIS MORNING AND TOLD HIM THAT] 4\n" +
				"kuznetsov [2. HE REPLIED THAT; HE SAID THAT] 14\n" +
				"kohler [3. I SAID THAT] 5\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-7", "15-15")
				corpustest.CheckMeta(t, d, "TELEGRAM", "")
				if sp, _ := d.Speaker("kuznetsov"); sp.Name != "Kuznetsov" {
					t.Errorf("other party %+v", sp)
				}
			},
		},
		{
			name: "Soviet record: initials, a name in capitals, Chinese and Vietnamese names with the surname first, one-time speakers from the roster",
			in: "RECORD OF CONVERSATION\n" +
				"between A.A. Gromyko and Zhou Enlai\n" +
				"Beijing, 2 August 1958\n" +
				"\n" +
				"Present: Chen Yi (Vice Premier), Wang Bingnan (Deputy Foreign Minister), Pham Van Dong (Prime Minister of the DRV), S.F. Antonov (Counsellor of the Embassy of the USSR)\n" +
				"\n" +
				"A.A. GROMYKO said that the Soviet Government wished to be informed of the Chinese position on the Taiwan Strait.\n" +
				"\n" +
				"Zhou Enlai noted that the Chinese side had informed the Soviet comrades in good time. He said that the shelling was a punitive measure.\n" +
				"\n" +
				"Chen Yi remarked that the Americans were bluffing.\n" +
				"\n" +
				"A.A. GROMYKO asked whether the Chinese comrades expected an American landing.\n" +
				"\n" +
				"Zhou Enlai replied that they did not. Comrade Wang Bingnan added that the talks in Warsaw would go on.\n" +
				"\n" +
				"Pham Van Dong observed that the Vietnamese comrades supported the Chinese position.\n" +
				"\n" +
				"A.A. GROMYKO thanked the comrades for the information.\n" +
				"\n" +
				"Recorded by S.F. Antonov\n",
			turns: "gromyko [A.A. GROMYKO said that] 15\n" +
				"zhou enlai [Zhou Enlai noted that; He said that] 17\n" +
				"chen yi [Chen Yi remarked that] 4\n" +
				"gromyko [A.A. GROMYKO asked] 8\n" +
				"zhou enlai [Zhou Enlai replied that] 3\n" +
				"wang bingnan [Comrade Wang Bingnan added that] 7\n" +
				"pham van dong [Pham Van Dong observed that] 7\n" +
				"gromyko [A.A. GROMYKO thanked] 5\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-5", "21-21")
				corpustest.CheckMeta(t, d, "RECORD OF CONVERSATION", "1958-08-02")
			},
		},
		{
			name: "Soviet record: a roster line for each side, parts split at semicolons with glosses, a surname first alone",
			in: "RECORD OF CONVERSATION\n" +
				"of Chairman Mao Zedong with the Soviet Ambassador P.F. Yudin\n" +
				"22 July 1958\n" +
				"\n" +
				"Present from the Chinese side: Marshal Chen Yi, Vice Premier; Comrade Wang Bingnan, Deputy Foreign Minister; Yang Shangkun.\n" +
				"From the Soviet side: Counsellor N.G. Sudarikov.\n" +
				"\n" +
				"Mao Zedong said that he had read the Soviet proposal with attention. He added that the Chinese comrades had questions.\n" +
				"\n" +
				"P.F. Yudin replied that he would convey any questions to Moscow.\n" +
				"\n" +
				"Chen Yi noted that a joint fleet raised the question of command.\n" +
				"\n" +
				"Mao Zedong said that command must be Chinese. Yudin remarked that this was understood.\n" +
				"\n" +
				"Wang remarked that the Foreign Ministry would prepare a note.\n" +
				"\n" +
				"YANG SHANGKUN added that the Central Committee would discuss it.\n" +
				"\n" +
				"Sudarikov said that the Embassy was at the Chinese comrades' disposal.\n",
			turns: "mao zedong [Mao Zedong said that; He added that] 13\n" +
				"yudin [P.F. Yudin replied that] 7\n" +
				"chen yi [Chen Yi noted that] 8\n" +
				"mao zedong [Mao Zedong said that] 4\n" +
				"yudin [Yudin remarked that] 3\n" +
				"wang bingnan [Wang remarked that] 7\n" +
				"yang shangkun [YANG SHANGKUN added that] 6\n" +
				"sudarikov [Sudarikov said that] 8\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-6", "")
				if got, want := rosterSummary(d), "Chen Yi/Marshal, Vice Premier/5; Wang Bingnan/Deputy Foreign Minister/5; Yang Shangkun//5; Counsellor N.G. Sudarikov//6"; got != want {
					t.Errorf("roster %s\nwant %s", got, want)
				}
			},
		},
		{
			name: "page furniture in a hard-wrapped memorandum: classifications, a page number, a running head and a footnote at a page break inside a turn",
			in: "SECRET\n" +
				"\n" +
				"MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"DATE: June 4, 1961\n" +
				"PLACE: Soviet Embassy, Vienna\n" +
				"\n" +
				"PARTICIPANTS:\n" +
				"The President\n" +
				"Chairman Khrushchev\n" +
				"\n" +
				"The President said that he wished to talk about Laos. He said that\n" +
				"the United States wanted a neutral and independent Laos.\n" +
				"\n" +
				"Mr. Khrushchev replied that the Soviet Union wanted the same. He said\n" +
				"that the trouble was the American bases in the area.1\n" +
				"\n" +
				"1 Khrushchev was referring to SEATO.\n" +
				"\n" +
				"SECRET\n" +
				"\n" +
				"SECRET\n" +
				"\n" +
				"                              -2-\n" +
				"\n" +
				"PRESIDENT-KHRUSHCHEV MEETING, JUNE 4, 1961\n" +
				"\n" +
				"which the Soviet Union could not accept. The bases, he said, were\n" +
				"aimed at China.\n" +
				"\n" +
				"The President said that there were no American bases in Laos.\n" +
				"\n" +
				"SECRET\n",
			turns: "the president [The President said that; He said that] 15\n" +
				"khrushchev [Mr. Khrushchev replied that; He said\nthat; he said,] 28\n" +
				"the president [The President said that] 7\n",
			notes: "footnote 1 L16 t2 \"1\"\n" +
				"furniture 0 L20 t2 \"SECRET\"\n" +
				"furniture 0 L22 t2 \"SECRET\"\n" +
				"furniture 0 L24 t2 \"-2-\"\n" +
				"editorial 0 L26 t2 \"PRESIDENT-KHRUSHCHEV MEETING, JUNE 4, 1961\"\n" +
				"furniture 0 L33 t3 \"SECRET\"\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-10", "")
				if got := d.NoteText(d.Notes[0]); got != "Khrushchev was referring to SEATO." {
					t.Errorf("body of footnote 1: %q", got)
				}
			},
		},
		{
			name: "page furniture: a classification at the right margin and a page number between the lines of a sentence, an asterisk footnote",
			in: "SECRET\n" +
				"\n" +
				"MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"Participants: The Secretary\n" +
				"              Ambassador Menshikov\n" +
				"\n" +
				"The Secretary said that the United States was ready to resume the\n" +
				"talks on Berlin at any time.\n" +
				"\n" +
				"Ambassador Menshikov replied that his Government welcomed this but that\n" +
				"                                                             SECRET\n" +
				"-2-\n" +
				"it wished first to know the Western proposals.*\n" +
				"* The proposals were sent on May 5.\n" +
				"\n" +
				"                                                             SECRET\n" +
				"The Secretary said that they would be sent shortly.\n",
			turns: "the secretary [The Secretary said that] 14\n" +
				"menshikov [Ambassador Menshikov replied that] 14\n" +
				"the secretary [The Secretary said that] 5\n",
			notes: "furniture 0 L12 t2 \"SECRET\"\n" +
				"furniture 0 L13 t2 \"-2-\"\n" +
				"footnote 0 L14 t2 \"*\"\n" +
				"footnote 0 L15 t2 \"* The proposals were sent on May 5.\"\n" +
				"furniture 0 L17 t2 \"SECRET\"\n",
		},
		{
			name: "memorandum whose PARTICIPANTS field stands over two columns, a side to each, headed U.S. and USSR",
			in: "MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"DATE:           September 21, 1961\n" +
				"                10:00 a.m.\n" +
				"\n" +
				"SUBJECT:        Berlin\n" +
				"\n" +
				"PARTICIPANTS:   U.S.                          USSR\n" +
				"                The Secretary                 Foreign Minister Gromyko\n" +
				"                Ambassador Thompson           Ambassador Menshikov\n" +
				"                Mr. Kohler                    Mr. Sukhodrev, Interpreter\n" +
				"\n" +
				"COPIES TO:      S/S, EUR, White House\n" +
				"\n" +
				"The Secretary said that he was glad to continue the talks begun in Geneva.\n" +
				"\n" +
				"The Foreign Minister replied that the Soviet Government was ready.\n" +
				"\n" +
				"Ambassador Thompson noted that the access routes were the heart of the matter.\n" +
				"\n" +
				"Mr. Gromyko said that access was not the question. The question was the peace treaty.\n" +
				"\n" +
				"The Secretary asked whether the treaty would end Western rights in Berlin.\n" +
				"\n" +
				"Ambassador Menshikov said that the rights would lapse.\n",
			turns: "the secretary [The Secretary said that] 10\n" +
				"gromyko [The Foreign Minister replied that] 5\n" +
				"thompson [Ambassador Thompson noted that] 9\n" +
				"gromyko [Mr. Gromyko said that] 11\n" +
				"the secretary [The Secretary asked] 9\n" +
				"menshikov [Ambassador Menshikov said that] 4\n",
			check: func(t *testing.T, d *corpus.Document) {
				if got, want := rosterSummary(d), "The Secretary/Secretary/9; Thompson/Ambassador/10; Kohler//11; Gromyko/Foreign Minister/9; Menshikov/Ambassador/10; Sukhodrev/Interpreter/11"; got != want {
					t.Errorf("roster %s\nwant %s", got, want)
				}
			},
		},
		{
			name: "British record of a conversation: a Present block in two columns under the sides' headings",
			in: "RECORD OF A CONVERSATION BETWEEN THE FOREIGN SECRETARY AND THE SOVIET AMBASSADOR AT THE FOREIGN OFFICE ON 3 MAY 1966 AT 4 P.M.\n" +
				"\n" +
				"Present:\n" +
				"      United Kingdom                          Soviet Union\n" +
				"The Foreign Secretary                   M. Smirnovsky\n" +
				"   (Mr. Michael Stewart)                   (Soviet Ambassador)\n" +
				"Lord Chalfont                           M. Kuznetsov\n" +
				"   (Minister of State)                     (Counsellor)\n" +
				"Mr. N. J. Barrington\n" +
				"\n" +
				"The Foreign Secretary said that he had asked the Ambassador to call in order to discuss Viet-Nam.\n" +
				"\n" +
				"2. M. Smirnovsky said that the Soviet position was well known.\n" +
				"\n" +
				"3. Lord Chalfont asked whether the Soviet Government would support a conference.\n" +
				"\n" +
				"4. The Ambassador replied that it would not while the bombing continued.\n",
			turns: "michael stewart [The Foreign Secretary said that] 13\n" +
				"smirnovsky [2. M. Smirnovsky said that] 6\n" +
				"chalfont [3. Lord Chalfont asked] 8\n" +
				"smirnovsky [4. The Ambassador replied that] 7\n",
			check: func(t *testing.T, d *corpus.Document) {
				if got, want := rosterSummary(d), "The Foreign Secretary/Foreign Secretary, Mr. Michael Stewart/5; Chalfont/Minister of State/7; N. J. Barrington//9; M. Smirnovsky/Soviet Ambassador/5; M. Kuznetsov/Counsellor/7"; got != want {
					t.Errorf("roster %s\nwant %s", got, want)
				}
			},
		},
		{
			name: "a section's heading in mixed case, and a running head naming the memorandum with its page inside a sentence: one record",
			in: "SECRET\n" +
				"\n" +
				"MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"DATE: May 3, 1962\n" +
				"SUBJECT: Berlin\n" +
				"PARTICIPANTS: Secretary Rusk\n" +
				"              Ambassador Dobrynin\n" +
				"\n" +
				"The Secretary said that he wished to review the Berlin question once more.\n" +
				"\n" +
				"Ambassador Dobrynin replied that the Soviet position had not changed.\n" +
				"\n" +
				"Access\n" +
				"\n" +
				"The Secretary said that access to West Berlin was the crucial point and\n" +
				"SECRET\n" +
				"\n" +
				"Memorandum of Conversation, May 3, 1962, page 2\n" +
				"\n" +
				"that the United States could not accept any arrangement which left it in doubt.\n" +
				"\n" +
				"Ambassador Dobrynin said that he would report this to Moscow.\n",
			turns: "rusk [The Secretary said that] 9\n" +
				"dobrynin [Ambassador Dobrynin replied that] 6\n" +
				"rusk [The Secretary said that] 23\n" +
				"dobrynin [Ambassador Dobrynin said that] 6\n",
			notes: "editorial 0 L14 t2 \"Access\"\n" +
				"furniture 0 L17 t3 \"SECRET\"\n" +
				"furniture 0 L19 t3 \"Memorandum of Conversation, May 3, 1962, page 2\"\n",
		},
		{
			name: "teletype telegram in capitals: routing lines, a page's header inside the text, signed",
			in: "SECRET\n" +
				"\n" +
				"PAGE 01        MOSCOW 03456  031520Z\n" +
				"ACTION SS-25\n" +
				"\n" +
				"INFO  OCT-01  ISO-00  SSO-00  /026 W\n" +
				"                  ------------------031530Z 012345 /42\n" +
				"O 031500Z MAR 75\n" +
				"FM AMEMBASSY MOSCOW\n" +
				"TO SECSTATE WASHDC IMMEDIATE 1234\n" +
				"\n" +
				"S E C R E T MOSCOW 3456\n" +
				"\n" +
				"EXDIS\n" +
				"\n" +
				"E.O. 11652: GDS\n" +
				"TAGS: PFOR, UR, US\n" +
				"SUBJECT: CONVERSATION WITH GROMYKO ON CSCE\n" +
				"\n" +
				"REF: STATE 45678\n" +
				"\n" +
				"1. I CALLED ON GROMYKO THIS AFTERNOON AT HIS REQUEST. HE SAID THAT THE SOVIET GOVERNMENT WISHED TO CONCLUDE THE CONFERENCE BY THE SUMMER.\n" +
				"\n" +
				"2. I REPLIED THAT THE UNITED STATES ALSO WISHED AN EARLY CONCLUSION BUT THAT THE QUESTION OF HUMAN CONTACTS HAD NOT BEEN SETTLED.\n" +
				"\n" +
				"SECRET\n" +
				"\n" +
				"PAGE 02        MOSCOW 03456  031520Z\n" +
				"\n" +
				"3. GROMYKO SAID THAT THE SOVIET SIDE HAD MADE MANY CONCESSIONS ALREADY. HE ADDED THAT THE WEST WAS ASKING TOO MUCH.\n" +
				"\n" +
				"4. I TOLD HIM THAT I WOULD REPORT HIS VIEWS TO WASHINGTON.\n" +
				"\n" +
				"STOESSEL\n" +
				"\n" +
				"SECRET\n",
			turns: "gromyko [HE SAID THAT] 11\n" +
				"stoessel [2. I REPLIED THAT] 19\n" +
				"gromyko [3. GROMYKO SAID THAT; HE ADDED THAT] 14\n" +
				"stoessel [4. I TOLD HIM THAT] 7\n",
			check: func(t *testing.T, d *corpus.Document) {
				if b := strings.TrimSpace(d.Back.In(d.Source)); !strings.HasPrefix(b, "STOESSEL") {
					t.Errorf("back matter %q", b)
				}
			},
		},
		{
			name: "a typescript's footnote (marker 1/, its body at the foot of the page) and Page 2 of 3 between turns",
			in: "CONFIDENTIAL\n" +
				"\n" +
				"MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"PARTICIPANTS: The Under Secretary\n" +
				"              Ambassador Dobrynin\n" +
				"\n" +
				"The Under Secretary said that the United States had studied the Soviet\n" +
				"proposal 1/ with care.\n" +
				"\n" +
				"Ambassador Dobrynin asked whether there would be a written reply.\n" +
				"\n" +
				"1/ Transmitted in Moscow's telegram 2345.\n" +
				"\n" +
				"                                                   Page 2 of 3\n" +
				"\n" +
				"The Under Secretary replied that a reply would be given next week.\n",
			turns: "the under secretary [The Under Secretary said that] 10\n" +
				"dobrynin [Ambassador Dobrynin asked] 7\n" +
				"the under secretary [The Under Secretary replied that] 7\n",
			notes: "footnote 1 L9 t1 \"1/\"\n" +
				"furniture 0 L15 t2 \"Page 2 of 3\"\n",
			check: func(t *testing.T, d *corpus.Document) {
				if got := d.NoteText(d.Notes[0]); got != "Transmitted in Moscow's telegram 2345." {
					t.Errorf("body of footnote 1: %q", got)
				}
			},
		},
		{
			name: "participants on one line split at semicolons, glosses after commas; a cue with no words of its own",
			in: "MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"Washington, April 28, 1961, 11 a.m.\n" +
				"\n" +
				"PARTICIPANTS: The President; Prime Minister Macmillan; Sir Harold Caccia, British Ambassador; Mr. Bundy\n" +
				"\n" +
				"The President said that he wished to begin with Laos.\n" +
				"\n" +
				"The Prime Minister agreed. He said that the British Government favoured a conference.\n" +
				"\n" +
				"Sir Harold Caccia noted that the Geneva co-chairmen would meet on Monday.\n" +
				"\n" +
				"The President asked whether the Russians would accept a cease-fire first.\n" +
				"\n" +
				"The Ambassador replied that they might.\n",
			turns: "the president [The President said that] 6\n" +
				"macmillan [He said that] 6\n" +
				"harold caccia [Sir Harold Caccia noted that] 8\n" +
				"the president [The President asked] 9\n" +
				"harold caccia [The Ambassador replied that] 2\n",
			check: func(t *testing.T, d *corpus.Document) {
				if got, want := rosterSummary(d), "The President/President/5; Macmillan/Prime Minister/5; Harold Caccia/British Ambassador/5; Bundy//5"; got != want {
					t.Errorf("roster %s\nwant %s", got, want)
				}
			},
		},
		{
			name: "British record: 'The following were present:' over two columns, a name with a particle",
			in: "RECORD OF A MEETING HELD AT ADMIRALTY HOUSE ON 10 JULY 1961 AT 3 P.M.\n" +
				"\n" +
				"The following were present:\n" +
				"\n" +
				"The Prime Minister                       Dr. Adenauer\n" +
				"The Foreign Secretary                    Herr von Brentano\n" +
				"Sir Frank Roberts                        Herr Blankenhorn\n" +
				"\n" +
				"The Prime Minister said that he was glad to see the Chancellor again.\n" +
				"\n" +
				"Dr. Adenauer replied that he shared this pleasure.\n" +
				"\n" +
				"Herr von Brentano said that the Federal Government was anxious about Berlin.\n" +
				"\n" +
				"The Foreign Secretary said that Her Majesty's Government shared the anxiety.\n",
			turns: "the prime minister [The Prime Minister said that] 8\n" +
				"adenauer [Dr. Adenauer replied that] 4\n" +
				"von brentano [Herr von Brentano said that] 7\n" +
				"the foreign secretary [The Foreign Secretary said that] 6\n",
			check: func(t *testing.T, d *corpus.Document) {
				if got, want := rosterSummary(d), "The Prime Minister/Prime Minister/5; The Foreign Secretary/Foreign Secretary/6; Frank Roberts//7; Adenauer//5; von Brentano//6; Blankenhorn//7"; got != want {
					t.Errorf("roster %s\nwant %s", got, want)
				}
			},
		},
		{
			name: "FRUS telegram: a heading and source note in mixed case, the text in capitals, the writer in a From line",
			in: "73. Telegram From the Embassy in the Soviet Union to the Department of State[1]\n" +
				"Moscow, March 10, 1961, 9 p.m.\n" +
				"From: Llewellyn E. Thompson\n" +
				"2154. EYES ONLY FOR THE SECRETARY.\n" +
				"1. I DELIVERED THE PRESIDENT'S LETTER TO KHRUSHCHEV THIS MORNING AND TOLD HIM THAT THE PRESIDENT HOPED FOR AN EARLY REPLY.\n" +
				"2. KHRUSHCHEV READ IT CAREFULLY AND SAID THAT HE WELCOMED THE PROPOSAL FOR A MEETING.\n" +
				"3. I SAID THAT VIENNA HAD BEEN SUGGESTED. HE REPLIED THAT VIENNA WOULD SUIT HIM.\n" +
				"THOMPSON\n" +
				"---- Footnotes ----\n" +
				"[1] Source: Department of State, Central Files. Secret; Niact.\n",
			turns: "llewellyn e. thompson [1. I DELIVERED THE PRESIDENT'S LETTER TO KHRUSHCHEV THIS MORNING AND TOLD HIM THAT] 7\n" +
				"khrushchev [2. KHRUSHCHEV READ IT CAREFULLY AND SAID THAT] 7\n" +
				"llewellyn e. thompson [3. I SAID THAT] 4\n" +
				"khrushchev [HE REPLIED THAT] 4\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "Telegram From the Embassy in the Soviet Union to the Department of State", "1961-03-10")
				corpustest.CheckMatter(t, d, "1-4", "8-10")
			},
		},
		{
			name: "British record: the two columns begin on the Present line",
			in: "RECORD OF A MEETING AT 10 DOWNING STREET ON 12 OCTOBER 1965\n" +
				"\n" +
				"Present:   The Prime Minister                  Mr. Kamau Mwangi\n" +
				"             (Mr. Harold Wilson)                 (Minister of Finance)\n" +
				"           The Foreign Secretary               Mr. Peter Otieno\n" +
				"             (Mr. Michael Stewart)\n" +
				"\n" +
				"The Prime Minister said that he was glad to see Mr. Mwangi.\n" +
				"\n" +
				"2. The Minister of Finance thanked the Prime Minister.\n" +
				"\n" +
				"3. The Foreign Secretary said that the loan would be discussed. Mr. Otieno said that he was grateful.\n",
			turns: "harold wilson [The Prime Minister said that] 7\n" +
				"kamau mwangi [2. The Minister of Finance thanked] 3\n" +
				"michael stewart [3. The Foreign Secretary said that] 5\n" +
				"peter otieno [Mr. Otieno said that] 3\n",
			check: func(t *testing.T, d *corpus.Document) {
				if got, want := rosterSummary(d), "The Prime Minister/Prime Minister, Mr. Harold Wilson/3; The Foreign Secretary/Foreign Secretary, Mr. Michael Stewart/5; Kamau Mwangi/Minister of Finance/3; Peter Otieno//5"; got != want {
					t.Errorf("roster %s\nwant %s", got, want)
				}
			},
		},
		{
			name: "a footnote marker between an entry and its gloss makes no two columns",
			in: "Memorandum of Conversation\n" +
				"PARTICIPANTS\n" +
				"United States\n" +
				"Secretary Rusk\n" +
				"Amb. Thompson[2] (part-time)\n" +
				"USSR\n" +
				"Foreign Minister Gromyko\n" +
				"The Secretary said that he wished to discuss Laos. The Foreign Minister replied that he had no instructions.\n" +
				"Ambassador Thompson said that Moscow had answered.\n" +
				"---- Footnotes ----\n" +
				"[2] Thompson joined late.\n",
			turns: "rusk [The Secretary said that] 5\n" +
				"gromyko [The Foreign Minister replied that] 4\n" +
				"thompson [Ambassador Thompson said that] 3\n",
			check: func(t *testing.T, d *corpus.Document) {
				if got, want := rosterSummary(d), "Rusk/Secretary/4; Thompson/Amb., part-time/5; Gromyko/Foreign Minister/7"; got != want {
					t.Errorf("roster %s\nwant %s", got, want)
				}
			},
		},
		{
			name: "British minutes: offices and names in capitals at numbered paragraphs, the office's holder in parentheses, a closing sentence",
			in: "SECRET\n" +
				"\n" +
				"RECORD OF A MEETING HELD AT 10 DOWNING STREET AT 10.30 A.M. ON MONDAY, 4 JUNE 1962\n" +
				"\n" +
				"Present:\n" +
				"The Prime Minister\n" +
				"The Foreign Secretary (Lord Home)\n" +
				"Mr. Dean Rusk\n" +
				"Mr. David Bruce\n" +
				"\n" +
				"1. THE PRIME MINISTER said that he would like to begin with Berlin.\n" +
				"\n" +
				"2. MR. RUSK said that the United States Government believed that the talks with the Russians should continue. He added that General Clay shared this view.\n" +
				"\n" +
				"3. THE FOREIGN SECRETARY agreed. He thought that the Russians were not yet ready for a settlement.\n" +
				"\n" +
				"4. MR. BRUCE said that the President attached importance to an early meeting of the Foreign Ministers.\n" +
				"\n" +
				"The meeting ended at 12.15 p.m.\n",
			turns: "the prime minister [1. THE PRIME MINISTER said that] 7\n" +
				"dean rusk [2. MR. RUSK said that; He added that] 18\n" +
				"home [3. THE FOREIGN SECRETARY agreed] 12\n" +
				"david bruce [4. MR. BRUCE said that] 12\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-9", "19-19")
			},
		},
		{
			name: "Soviet record: a roster of comrades split at a semicolon before the other side's",
			in: "RECORD OF CONVERSATION\n" +
				"of Comrade N.S. Khrushchev with Comrade Mao Zedong\n" +
				"31 July 1958\n" +
				"\n" +
				"Present: Comrades Zhou Enlai, Peng Dehuai, Chen Yi, Wang Jiaxiang, Deng Xiaoping; from the Soviet side - Comrades B.N. Ponomarev, A.I. Antonov.\n" +
				"\n" +
				"N.S. KHRUSHCHEV said that he had come to discuss the question of the radio station.\n" +
				"\n" +
				"MAO ZEDONG noted that the question had been settled in the spring.\n" +
				"\n" +
				"Peng Dehuai remarked that the military side had no objections.\n" +
				"\n" +
				"N.S. KHRUSHCHEV replied that the Soviet side wished only to help.\n" +
				"\n" +
				"Deng Xiaoping observed that help was welcome if it respected sovereignty.\n" +
				"\n" +
				"MAO ZEDONG agreed with this.\n",
			turns: "khrushchev [N.S. KHRUSHCHEV said that] 11\n" +
				"mao zedong [MAO ZEDONG noted that] 8\n" +
				"peng dehuai [Peng Dehuai remarked that] 6\n" +
				"khrushchev [N.S. KHRUSHCHEV replied that] 7\n" +
				"deng xiaoping [Deng Xiaoping observed that] 7\n" +
				"mao zedong [MAO ZEDONG agreed] 2\n",
			check: func(t *testing.T, d *corpus.Document) {
				if len(d.Roster) != 7 || d.Roster[6].Name != "A.I. Antonov" {
					t.Errorf("roster %s", rosterSummary(d))
				}
			},
		},
		{
			name: "Soviet record: one-time speakers with offices, titles and names in capitals",
			in: "RECORD OF CONVERSATION\n" +
				"between Comrade N.S. Khrushchev and Comrade Mao Zedong\n" +
				"2 October 1959\n" +
				"\n" +
				"Present: Zhou Enlai, Liu Shaoqi, Chen Yi, Lin Biao, Wang Jiaxiang, M.A. Suslov, A.A. Gromyko.\n" +
				"\n" +
				"N.S. KHRUSHCHEV said that the Soviet comrades had come to talk frankly.\n" +
				"\n" +
				"MAO ZEDONG replied that frankness was welcome.\n" +
				"\n" +
				"Vice Premier Chen Yi remarked that the Soviet side had been wrong about India.\n" +
				"\n" +
				"Comrade LIN BIAO noted that the border clash had been provoked by the Indians.\n" +
				"\n" +
				"Marshal Lin Biao added that the army had acted with restraint.\n" +
				"\n" +
				"Comrade Liu Shaoqi asked whether the Soviet comrades had read the Chinese statement.\n" +
				"\n" +
				"M.A. SUSLOV answered that they had read it.\n" +
				"\n" +
				"A.A. Gromyko said that the statement had been published in Pravda.\n",
			turns: "khrushchev [N.S. KHRUSHCHEV said that] 8\n" +
				"mao zedong [MAO ZEDONG replied that] 3\n" +
				"chen yi [Vice Premier Chen Yi remarked that] 8\n" +
				"lin biao [Comrade LIN BIAO noted that; Marshal Lin Biao added that] 15\n" +
				"liu shaoqi [Comrade Liu Shaoqi asked] 9\n" +
				"suslov [M.A. SUSLOV answered that] 4\n" +
				"gromyko [A.A. Gromyko said that] 7\n",
		},
		{
			name: "Soviet record: a surname alone after an office, roles in parentheses",
			in: "RECORD OF CONVERSATION\n" +
				"of P.F. Yudin with Zhou Enlai\n" +
				"5 January 1959\n" +
				"\n" +
				"Present: Zhou Enlai (Premier of the State Council), Zhang Wentian (Deputy Minister of Foreign Affairs), Ye Jianying, the Soviet counsellor S.F. Antonov.\n" +
				"\n" +
				"P.F. Yudin said that he had been asked by Moscow to convey the following.\n" +
				"\n" +
				"Premier Zhou said that he was listening.\n" +
				"\n" +
				"Zhang remarked that the Ministry had prepared its answer.\n" +
				"\n" +
				"Marshal Ye Jianying observed that the military questions would be discussed separately.\n" +
				"\n" +
				"P.F. Yudin thanked Zhou Enlai for the reception.\n",
			turns: "yudin [P.F. Yudin said that] 10\n" +
				"zhou enlai [Premier Zhou said that] 3\n" +
				"zhang wentian [Zhang remarked that] 6\n" +
				"ye jianying [Marshal Ye Jianying observed that] 7\n" +
				"yudin [P.F. Yudin thanked] 5\n",
		},
		{
			name: "memorandum of the 1950s: opened by saying, pointed out, an introductory reply, interjected",
			in: "SECRET\n" +
				"\n" +
				"MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"Geneva, July 20, 1955\n" +
				"\n" +
				"SUBJECT: German Reunification\n" +
				"\n" +
				"PARTICIPANTS:\n" +
				"    The Secretary of State\n" +
				"    Mr. Livingston Merchant\n" +
				"    Foreign Minister Molotov\n" +
				"    Mr. Troyanovsky, interpreter\n" +
				"\n" +
				"The Secretary opened by saying that he wished to speak frankly about Germany.\n" +
				"\n" +
				"Mr. Molotov said he was always ready to listen to the Secretary.\n" +
				"\n" +
				"The Secretary pointed out that free elections were the only way to reunify Germany. He emphasized that the United States would not accept a neutralized Germany.\n" +
				"\n" +
				"In reply to a question from the Secretary, Mr. Molotov stated that the Soviet Government could not agree to elections at this time.\n" +
				"\n" +
				"Mr. Merchant interjected that the Western powers had made their proposals in good faith.\n" +
				"\n" +
				"Mr. Molotov said that he did not doubt it.\n" +
				"\n" +
				"The Secretary said that he would report the conversation to the President and to the other Foreign Ministers.\n",
			turns: "the secretary [The Secretary opened by saying that] 7\n" +
				"molotov [Mr. Molotov said] 9\n" +
				"the secretary [The Secretary pointed out that; He emphasized that] 18\n" +
				"molotov [In reply to a question from the Secretary, Mr. Molotov stated that] 11\n" +
				"livingston merchant [Mr. Merchant interjected that] 10\n" +
				"molotov [Mr. Molotov said that] 5\n" +
				"the secretary [The Secretary said that] 14\n",
		},
	}
	runShapes(t, tests)
}

// rosterSummary renders a document's roster: name/role/line; ...
func rosterSummary(d *corpus.Document) string {
	var parts []string
	for _, p := range d.Roster {
		parts = append(parts, fmt.Sprintf("%s/%s/%d", p.Name, p.Role, p.Line))
	}
	return strings.Join(parts, "; ")
}

// TestReadDossier reads files of two memoranda each, with header fields,
// classifications, a distribution line and a department's heading between
// them: each record is a document with its own participants, whose
// offices resolve to them ("The Ambassador" is Menshikov in the second,
// Dobrynin in the first), and the lines above a record's heading begin it.
func TestReadDossier(t *testing.T) {
	for _, tc := range []struct {
		name, src     string
		turns, fronts []string // turnsSummary and the first line of the front matter, per record
		back1         string   // the first record's back matter
		rosters       []int    // participants per record
	}{
		{
			name: "fields and classifications",
			src: "SECRET\n" +
				"\n" +
				"MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"DATE: April 3, 1962\n" +
				"SUBJECT: Laos\n" +
				"PARTICIPANTS: Secretary Rusk\n" +
				"              Ambassador Dobrynin\n" +
				"\n" +
				"The Secretary said that he wished to discuss Laos. Ambassador Dobrynin replied that he had no instructions.\n" +
				"\n" +
				"The Secretary noted that time was short.\n" +
				"\n" +
				"SECRET\n" +
				"\n" +
				"MEMORANDUM OF CONVERSATION\n" +
				"\n" +
				"DATE: April 9, 1962\n" +
				"SUBJECT: Berlin\n" +
				"PARTICIPANTS: The Secretary\n" +
				"              Mr. Kohler, Assistant Secretary\n" +
				"              Ambassador Menshikov\n" +
				"\n" +
				"The Ambassador said that Moscow had answered. The Secretary asked what the answer was.\n" +
				"\n" +
				"Mr. Kohler said that the answer had been published.\n" +
				"\n" +
				"The Ambassador replied that it was favourable.\n",
			turns: []string{
				"rusk [The Secretary said that] 5\ndobrynin [Ambassador Dobrynin replied that] 4\nrusk [The Secretary noted that] 3\n",
				"menshikov [The Ambassador said that] 3\nthe secretary [The Secretary asked] 4\nkohler [Mr. Kohler said that] 5\nmenshikov [The Ambassador replied that] 3\n",
			},
			fronts:  []string{"SECRET", "SECRET"},
			rosters: []int{2, 3},
		},
		{
			name: "blocks with sides, a distribution line, a department's heading",
			src: "DEPARTMENT OF STATE\n" +
				"Memorandum of Conversation\n" +
				"Washington, April 3, 1962, 4 p.m.\n" +
				"SUBJECT\n" +
				"Laos\n" +
				"PARTICIPANTS\n" +
				"U.S.\n" +
				"Secretary Rusk\n" +
				"Mr. Kohler\n" +
				"USSR\n" +
				"Ambassador Dobrynin\n" +
				"The Secretary said that he wished to discuss Laos. Ambassador Dobrynin replied that he had no instructions.\n" +
				"The Secretary noted that time was short. Mr. Kohler added that the Geneva talks would resume on Monday\n" +
				"Distribution: S/S, EUR/SOV, White House\n" +
				"DEPARTMENT OF STATE\n" +
				"Memorandum of Conversation\n" +
				"Washington, April 9, 1962, 11 a.m.\n" +
				"SUBJECT\n" +
				"Berlin\n" +
				"PARTICIPANTS\n" +
				"U.S.\n" +
				"The Secretary\n" +
				"Mr. Thompson, Ambassador at Large\n" +
				"UK\n" +
				"Sir David Ormsby Gore, British Ambassador\n" +
				"The Ambassador said that London had answered. The Secretary asked what the answer was.\n" +
				"Mr. Thompson said that the answer had been published.\n" +
				"The Ambassador replied that it was favourable.\n",
			turns: []string{
				"rusk [The Secretary said that] 5\ndobrynin [Ambassador Dobrynin replied that] 4\nrusk [The Secretary noted that] 3\nkohler [Mr. Kohler added that] 7\n",
				"david ormsby gore [The Ambassador said that] 3\nthe secretary [The Secretary asked] 4\nthompson [Mr. Thompson said that] 5\ndavid ormsby gore [The Ambassador replied that] 3\n",
			},
			fronts:  []string{"DEPARTMENT OF STATE", "DEPARTMENT OF STATE"},
			back1:   "Distribution: S/S, EUR/SOV, White House",
			rosters: []int{3, 3},
		},
		{
			name: "a drafting line without a period before the next heading",
			src: "MEMORANDUM OF CONVERSATION\n" +
				"Washington, May 3, 1962\n" +
				"PARTICIPANTS: Secretary Rusk, Ambassador Dobrynin\n" +
				"The Secretary said that he wished to discuss Laos. Ambassador Dobrynin replied that he had no instructions.\n" +
				"The Secretary noted that time was short.\n" +
				"Drafted by Kohler on May 4 and approved in S on May 6 1962\n" +
				"MEMORANDUM OF CONVERSATION\n" +
				"Washington, May 9, 1962\n" +
				"PARTICIPANTS: Secretary Rusk, Ambassador Menshikov\n" +
				"The Ambassador said that Moscow had answered. The Secretary asked what the answer was.\n" +
				"The Ambassador replied that it was favourable.\n",
			turns: []string{
				"rusk [The Secretary said that] 5\ndobrynin [Ambassador Dobrynin replied that] 4\nrusk [The Secretary noted that] 3\n",
				"menshikov [The Ambassador said that] 3\nrusk [The Secretary asked] 4\nmenshikov [The Ambassador replied that] 3\n",
			},
			fronts:  []string{"MEMORANDUM OF CONVERSATION", "MEMORANDUM OF CONVERSATION"},
			back1:   "Drafted by Kohler on May 4 and approved in S on May 6 1962",
			rosters: []int{2, 2},
		},
		{
			name: "Soviet records whose heading goes on in lower case",
			src: "RECORD OF CONVERSATION\n" +
				"between A.A. Gromyko and D. Rusk\n" +
				"14 September 1961\n" +
				"\n" +
				"A.A. GROMYKO said that the Soviet Government had studied the note.\n" +
				"\n" +
				"D. RUSK replied that the United States saw it differently.\n" +
				"\n" +
				"RECORD OF CONVERSATION\n" +
				"between A.A. Gromyko and Lord Home\n" +
				"15 September 1961\n" +
				"\n" +
				"A.A. GROMYKO said that he was glad to meet the Foreign Secretary.\n" +
				"\n" +
				"Lord HOME replied that he was glad too.\n",
			turns: []string{
				"gromyko [A.A. GROMYKO said that] 7\nrusk [D. RUSK replied that] 6\n",
				"gromyko [A.A. GROMYKO said that] 8\nhome [Lord HOME replied that] 4\n",
			},
			fronts:  []string{"RECORD OF CONVERSATION", "RECORD OF CONVERSATION"},
			rosters: []int{0, 0},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := Read("dossier.txt", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != len(tc.turns) {
				t.Fatalf("%d documents, want %d", len(docs), len(tc.turns))
			}
			for i, d := range docs {
				if got := turnsSummary(d); got != tc.turns[i] {
					t.Errorf("record %d turns\n got:\n%s\nwant:\n%s", i+1, got, tc.turns[i])
				}
				if got := strings.SplitN(d.Front.In(d.Source), "\n", 2)[0]; got != tc.fronts[i] {
					t.Errorf("record %d front begins %q, want %q", i+1, got, tc.fronts[i])
				}
				if len(d.Roster) != tc.rosters[i] {
					t.Errorf("record %d roster %+v", i+1, d.Roster)
				}
				corpustest.CheckInvariants(t, d)
			}
			if got := strings.TrimSpace(docs[0].Back.In(docs[0].Source)); got != tc.back1 {
				t.Errorf("record 1 back matter %q, want %q", got, tc.back1)
			}
		})
	}
}

// TestReadPresentOneColumn reads the British record's Present block in one
// column, each holder in parentheses below the office: it reads as the
// block in two columns does.
func TestReadPresentOneColumn(t *testing.T) {
	src := "RECORD OF A MEETING AT 10 DOWNING STREET ON 12 OCTOBER 1965\n\nPresent:\n\n" +
		"The Prime Minister\n   (Mr. Harold Wilson)\nThe Foreign Secretary\n   (Mr. Michael Stewart)\n\n" +
		"Mr. Kamau Mwangi\n(Minister of Finance)\n\n" +
		"The Prime Minister said that he was glad to see Mr. Mwangi.\n\n" +
		"2. The Minister of Finance thanked the Prime Minister.\n\n" +
		"3. The Foreign Secretary said that the loan would be discussed. Mr. Mwangi said that he was grateful.\n"
	d, err := ReadOne("one.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "harold wilson [The Prime Minister said that] 7\n" +
		"kamau mwangi [2. The Minister of Finance thanked] 3\n" +
		"michael stewart [3. The Foreign Secretary said that] 5\n" +
		"kamau mwangi [Mr. Mwangi said that] 3\n"
	if got := turnsSummary(d); got != want {
		t.Errorf("turns\n got:\n%s\nwant:\n%s", got, want)
	}
	corpustest.CheckInvariants(t, d)
}

// TestReadMemorandumForTheRecord checks that a "Memorandum for the Record"
// after a memorandum of conversation starts a document of its own, and
// that lines wrapped at 110 columns are joined so that a cue split over
// two lines ("Mr. Pierce" / "said that") is read.
func TestReadMemorandumForTheRecord(t *testing.T) {
	src := "1. Memorandum of Conversation\n\nWashington, May 4, 1962.\n\nPARTICIPANTS\nUnder Secretary Harlan Pierce\nAmbassador Miguel Ruiz, Embassy of Chile\n\n" +
		"The Ambassador said that he had come at the instruction of his Government to express concern about the\n" +
		"proposed release of copper from the stockpile, which had already lowered the price in London. Mr. Pierce\n" +
		"said that no decision had been taken, and that the Department would take Chile's interests into account.\n\n" +
		"The Ambassador asked whether Chile could be consulted before any announcement was made in Washington.\n\n\n" +
		"2. Memorandum for the Record\n\nWashington, May 9, 1962.\n\nPARTICIPANTS\nThe Secretary of the Treasury, Douglas Hale\nMinister of Finance Hassan al-Sadr\n\n" +
		"Minister al-Sadr said that Iraq was seeking a loan for the irrigation works on the lower Euphrates river.\n\n" +
		"The Secretary said that the Treasury was not itself a lending agency, but he would be glad to help him.\n"
	docs, err := Read("dossier.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	var got []string
	for _, d := range docs {
		got = append(got, strings.TrimSpace(turnsSummary(d)))
	}
	want := []string{
		"miguel ruiz [The Ambassador said that] 29\nharlan pierce [Mr. Pierce\nsaid that] 15\nmiguel ruiz [The Ambassador asked] 12",
		"hassan al-sadr [Minister al-Sadr said that] 14\ndouglas hale [The Secretary said that] 16",
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("document %d:\n got %s\nwant %s", i+1, got[i], want[i])
		}
	}
}

// TestReadSpeakerSequences checks the speaker of each turn on records
// whose shapes decide who speaks.
func TestReadSpeakerSequences(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{
			// "He replied" after the author's "I told him" is the other
			// party who spoke last, though two are present.
			"a first-person cable, he after I",
			"FM AMEMBASSY ATHENS\nTO SECSTATE WASHDC\nSUBJECT: TALKS\n\n" +
				"1. I called on Foreign Minister Stavrou this morning. His chef de cabinet, Lambrou, was present. Stavrou began by saying that he wished to respond informally.\n\n" +
				"2. I told him that Washington would welcome any step. He replied that Greece was ready to send experts.\n\n" +
				"3. Lambrou then noted that the press would be told nothing. I said that suited us.\n\nKEELER\n",
			"stavrou keeler stavrou lambrou keeler",
		},
		{
			// A roster's second side named inside the list without
			// punctuation: its one-time speaker is found.
			"a roster's side inside the list",
			"RECORD OF CONVERSATION WITH ZHOU ENLAI\n\n" +
				"Present: Comrades V.M. Zakharov, O.A. Troyanovsky (interpreter); from the Chinese side Wang Bingnan, Pu Shouchang (interpreter).\n\n" +
				"Comrade Zhou Enlai said that the delegation had arrived in good time.\n\n" +
				"A.A. Gromyko said that he was glad to see the Chinese comrades.\n\n" +
				"Wang Bingnan remarked that the Swiss had asked about the hotel.\n\n" +
				"A.A. Gromyko answered that this was no surprise.\n",
			"zhou enlai gromyko wang bingnan gromyko",
		},
		{
			// A short aside between the subject and the verb.
			"an aside before the verb",
			"RECORD OF A MEETING\n\nPresent:\nThe Prime Minister (Mr. Wilson)\nMr. Mwangi\n\n" +
				"Mr. Mwangi said that the plan depended on British aid.\n\n" +
				"The Prime Minister, summing up, said that he hoped the visit would be a success.\n\n" +
				"Mr. Mwangi, in reply, said that he was grateful.\n",
			"mwangi wilson mwangi",
		},
		{
			// "The Secretary and the Ambassador agreed", wrapped after
			// "and": a joint act, narration, no clause cue of the second.
			"a joint subject wrapped",
			"MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS\nThe Secretary\nAmbassador Dobrynin\n\n" +
				"Ambassador Dobrynin said that the measures had been necessary.\n\n" +
				"The Secretary said that an exchange of notes would be quite sufficient. The Secretary and\n" +
				"the Ambassador agreed that the two Embassies would go on at the working level.\n",
			"dobrynin the secretary",
		},
		{
			// A participant's act told between the speeches makes them
			// the one a following "He said" means.
			"a participant's act, then he",
			"MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS\nSecretary Rusk\nForeign Minister Gromyko\n\n" +
				"Gromyko said that the proposals were reasonable.\n\n" +
				"The Secretary said that this question could be discussed endlessly. Without replying directly to the Secretary, Mr. Gromyko entered into a history of disarmament talks. He said that they had led to no results.\n",
			"gromyko rusk gromyko",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadOne("r.txt", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, turn := range d.Turns {
				got = append(got, turn.Speaker)
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("turns %q, want %q", strings.Join(got, " "), tc.want)
			}
		})
	}
}
