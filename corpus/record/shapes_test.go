package record

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// wordRe counts words for the tests independently of the tokenize stage:
// runs of letters and digits with inner apostrophes.
var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’][\p{L}]+)*`)

// turnsSummary renders a document's turns one to a line: the speaker, the
// cues, and the words of speech.
func turnsSummary(d *corpus.Document) string {
	var b strings.Builder
	for _, t := range d.Turns {
		var cues []string
		words := 0
		for _, u := range t.Utterances {
			cues = append(cues, u.Cue.In(d.Source))
			for _, s := range u.Speech {
				words += len(wordRe.FindAllString(s.In(d.Source), -1))
			}
		}
		fmt.Fprintf(&b, "%s [%s] %d\n", t.Speaker, strings.Join(cues, "; "), words)
	}
	return b.String()
}

// notesSummary renders a document's notes: kind, number and text.
func notesSummary(d *corpus.Document) string {
	var b strings.Builder
	for _, n := range d.Notes {
		fmt.Fprintf(&b, "%s %d L%d t%d %q\n", n.Kind, n.Number, n.Line, n.Turn, n.Anchor.In(d.Source))
	}
	return b.String()
}

// TestReadShapes reads hand-made records in the shapes the reader knows
// beyond the 1947 record: memoranda of conversation, Soviet and British
// records, first-person cables, page furniture.
// shapeCase is a record in a shape of the genre and how it reads.
type shapeCase struct {
	name, in string
	turns    string // turnsSummary
	notes    string // notesSummary, if set
	check    func(t *testing.T, d *corpus.Document)
}

// runShapes reads each case as one record and checks its turns, its notes
// where given, the reader's contract and the case's own check.
func runShapes(t *testing.T, tests []shapeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadOne("test.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := turnsSummary(d); got != tt.turns {
				t.Errorf("turns\n got:\n%s\nwant:\n%s", got, tt.turns)
			}
			if got := notesSummary(d); tt.notes != "" && got != tt.notes {
				t.Errorf("notes\n got:\n%s\nwant:\n%s", got, tt.notes)
			}
			corpustest.CheckInvariants(t, d)
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

func TestReadShapes(t *testing.T) {
	tests := []shapeCase{
		{
			name: "first-person cable: I is the author, he the other party",
			in: "TELEGRAM FROM THE EMBASSY IN THE SOVIET UNION TO THE DEPARTMENT OF STATE\n" +
				"Moscow, May 27, 1961, 6 p.m.\n" +
				"From: Llewellyn E. Thompson, Ambassador\n" +
				"SECRET\n\n" +
				"I called on Foreign Minister Gromyko this afternoon at his request. I told him that the President was looking forward to the meeting in Vienna.\n" +
				"He said that Khrushchev also attached great importance to it. He added that the Soviet side would raise Germany.\n" +
				"I replied that we expected as much, and that Berlin would be on our list too.\n" +
				"Gromyko then asked whether the President would bring the Secretary. I said I did not know.\n" +
				"Thompson\n",
			turns: "llewellyn e. thompson [I told him that] 10\n" +
				"gromyko [He said that; He added that] 13\n" +
				"llewellyn e. thompson [I replied that] 13\n" +
				"gromyko [Gromyko then asked] 7\n" +
				"llewellyn e. thompson [I said] 4\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-6", "10-10")
				corpustest.CheckMeta(t, d, "TELEGRAM FROM THE EMBASSY IN THE SOVIET UNION TO THE DEPARTMENT OF STATE", "1961-05-27")
				if sp, _ := d.Speaker("llewellyn e. thompson"); sp.Name != "Llewellyn E. Thompson" {
					t.Errorf("author %+v, want Thompson", sp)
				}
			},
		},
		{
			name: "first-person memorandum whose heading names the writer",
			in: "Memorandum for the Record by the Ambassador to the Soviet Union (Thompson)\nMoscow, March 10, 1961.\n\n" +
				"I saw Khrushchev at noon. I told him that the President hoped to meet him.\n" +
				"He replied that he would be glad to. I said that Vienna had been suggested.\n",
			turns: "thompson [I told him that] 6\n" +
				"khrushchev [He replied that] 5\n" +
				"thompson [I said that] 4\n",
		},
		{
			name: "telegram with numbered paragraphs, signed",
			in: "73. Telegram From the Embassy in the Soviet Union to the Department of State[1]\n" +
				"Moscow, March 10, 1961, 9 p.m.\n" +
				"2154. Eyes only for the Secretary. Policy.\n" +
				"1. I delivered the President's letter to Khrushchev at Novosibirsk this morning. He read it carefully and said that he welcomed the President's proposal for a meeting.\n" +
				"2. Khrushchev then went on to say that the Soviet Union wanted good relations. I replied that the United States did too but that Laos and Berlin stood in the way.\n" +
				"3. He said that on Laos an agreement was possible. On Berlin, he said, the Soviet position was well known.\n" +
				"Thompson\n" +
				"---- Footnotes ----\n" +
				"[1] Source: Department of State, Central Files. Secret; Niact.\n",
			turns: "khrushchev [He read it carefully and said that; 2. Khrushchev then went on to say that] 14\n" +
				"thompson [I replied that] 14\n" +
				"khrushchev [3. He said that; he said,] 14\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-4", "7-9")
			},
		},
		{
			name: "first-person record with no author named",
			in: "MEMORANDUM FOR THE RECORD\n\n" +
				"I asked Ambassador Dobrynin to call. I told him that we were concerned.\n" +
				"He replied that his government shared the concern.\n" +
				"I said that we would write.\n",
			turns: "the author [I asked; I told him that] 7\n" +
				"dobrynin [He replied that] 5\n" +
				"the author [I said that] 3\n",
		},
		{
			name: "Soviet record: initials, names learned from their cues, framing inside speech",
			in: "RECORD OF CONVERSATION\n" +
				"between A.A. Gromyko and D. Rusk, 14 September 1961\n\n" +
				"A.A. Gromyko said that the Soviet Government had studied the American note. The note, says Gromyko, contains nothing new.\n" +
				"D. Rusk replied that the United States saw it differently. He added that access to Berlin was vital.\n" +
				"A.A. Gromyko objected that access was not in question. Rusk's answer was that guarantees were needed.\n" +
				"Gromyko went on to say that a peace treaty would be signed this year, according to Gromyko, with or without the West.\n" +
				"D. Rusk noted that this would be a grave step.\n",
			turns: "gromyko [A.A. Gromyko said that; says Gromyko,] 13\n" +
				"rusk [D. Rusk replied that; He added that] 11\n" +
				"gromyko [A.A. Gromyko objected that] 5\n" +
				"rusk [Rusk's answer was that] 3\n" +
				"gromyko [Gromyko went on to say that; according to Gromyko,] 13\n" +
				"rusk [D. Rusk noted that] 6\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "RECORD OF CONVERSATION", "1961-09-14")
				if sp, _ := d.Speaker("gromyko"); sp.Name != "Gromyko" || len(sp.Forms) != 2 {
					t.Errorf("speaker %+v", sp)
				}
			},
		},
		{
			name: "inverted framing: continues Surname, says Surname",
			in: "Attendants: Zilliacus.\n" +
				"Comrade STALIN says that the war is over, continues Stalin. Continues Stalin: the peace is hard. It is hard, says Stalin, but it will hold.\n" +
				"ZILLIACUS answers that it must, continues Stalin, hold.\n",
			turns: "stalin [Comrade STALIN says that; Continues Stalin:; says Stalin,] 15\n" +
				"zilliacus [ZILLIACUS answers that] 5\n",
		},
		{
			name: "sides as speakers, a roster line going on below, first names before a known surname",
			in: "Record of Conversation\nParticipants: Premier Zhou Enlai\n  Ambassador Huang Hua\n  Mr. Khrushchev\n\n" +
				"The Chinese side stated that the talks should go on. The Soviet side replied that they would.\n" +
				"Nikita Khrushchev said that he agreed. The Chinese side noted that this was good. Zhou said that it was.\n" +
				"The Soviet side added nothing.\n",
			turns: "the chinese side [The Chinese side stated that] 5\n" +
				"the soviet side [The Soviet side replied that] 2\n" +
				"khrushchev [Nikita Khrushchev said that] 2\n" +
				"the chinese side [The Chinese side noted that] 3\n" +
				"zhou enlai [Zhou said that] 2\n" +
				"the soviet side [The Soviet side added] 1\n",
			check: func(t *testing.T, d *corpus.Document) {
				if len(d.Roster) != 3 || d.Roster[1].Name != "Huang Hua" || d.Roster[1].Role != "Ambassador" {
					t.Errorf("roster %+v", d.Roster)
				}
			},
		},
		{
			name: "an office whose holder the roster names in parentheses",
			in: "RECORD OF A CONVERSATION AT ADMIRALTY HOUSE\n" +
				"Present: The Prime Minister (Mr. Macmillan), The Foreign Secretary (Lord Home), Mr. Gromyko\n\n" +
				"The Prime Minister said that he welcomed the visit. Mr. Gromyko replied that he did too.\n" +
				"Mr. Macmillan then asked about Berlin. The Foreign Secretary added that time was short.\n",
			turns: "macmillan [The Prime Minister said that] 4\n" +
				"gromyko [Mr. Gromyko replied that] 3\n" +
				"macmillan [Mr. Macmillan then asked] 2\n" +
				"home [The Foreign Secretary added that] 3\n",
		},
		{
			name: "Soviet record in the present tense: initials with and without spaces, second verbs, jokes",
			in: "RECORD OF CONVERSATION\nof N.S. Khrushchev with the US Ambassador L. Thompson\n9 March 1961\n\n" +
				"Present: A.A. Gromyko, M.A. Menshikov\n\n" +
				"N.S. Khrushchev says that he is glad to see the Ambassador and asks how he has been.\n" +
				"L. Thompson thanks N.S. Khrushchev and says that he has brought a letter from the President.\n" +
				"N.S. Khrushchev reads the letter and says: \"This is a good letter.\"\n" +
				"A.A. Gromyko remarks that the letter is short. N. S. Khrushchev jokes that short letters are the best.\n" +
				"L. Thompson answers that the President wrote it himself.\n" +
				"Recorded by V. Sukhodrev\n",
			turns: "khrushchev [N.S. Khrushchev says that] 13\n" +
				"thompson [L. Thompson thanks N.S. Khrushchev and says that] 8\n" +
				"khrushchev [N.S. Khrushchev reads the letter and says:] 5\n" +
				"gromyko [A.A. Gromyko remarks that] 4\n" +
				"khrushchev [N. S. Khrushchev jokes that] 5\n" +
				"thompson [L. Thompson answers that] 5\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "RECORD OF CONVERSATION", "1961-03-09")
				corpustest.CheckMatter(t, d, "1-5", "12-12")
			},
		},
		{
			name: "a title or initials and a complementizer make a speaker of one cue; a bare name needs two",
			in:   "Comrade STALIN says that x.\nComrade Molotov says that y.\nComrade STALIN adds that z.\nPeters notes that w.\nA.Y. Vyshinsky remarks: v.\n",
			turns: "stalin [Comrade STALIN says that] 1\n" +
				"molotov [Comrade Molotov says that] 1\n" +
				"stalin [Comrade STALIN adds that] 5\n" +
				"vyshinsky [A.Y. Vyshinsky remarks:] 1\n",
		},
		{
			name: "British record of a meeting: offices as speakers, a block in two sides",
			in: "RECORD OF A MEETING HELD AT 10 DOWNING STREET ON 2 MARCH 1959 AT 11 A.M.\n\n" +
				"Present:\nThe Prime Minister\nThe Foreign Secretary\nSir Frank Roberts\n\nMr. Khrushchev\nMr. Gromyko\n\n" +
				"The Prime Minister opened the meeting by saying that he was glad to welcome Mr. Khrushchev.\n" +
				"Mr. Khrushchev thanked the Prime Minister. He said that the Soviet Union wanted peace.\n" +
				"The Foreign Secretary asked whether the Soviet Government would agree to a conference. Mr. Khrushchev replied that it would.\n" +
				"The Prime Minister then said that he would write to the President.\n",
			turns: "the prime minister [The Prime Minister opened the meeting by saying that] 7\n" +
				"khrushchev [Mr. Khrushchev thanked; He said that] 8\n" +
				"the foreign secretary [The Foreign Secretary asked] 9\n" +
				"khrushchev [Mr. Khrushchev replied that] 2\n" +
				"the prime minister [The Prime Minister then said that] 6\n",
			check: func(t *testing.T, d *corpus.Document) {
				var names []string
				for _, p := range d.Roster {
					names = append(names, p.Name+"/"+p.Role)
				}
				if got, want := strings.Join(names, ", "), "The Prime Minister/Prime Minister, The Foreign Secretary/Foreign Secretary, Frank Roberts/, Khrushchev/, Gromyko/"; got != want {
					t.Errorf("roster %s, want %s", got, want)
				}
				if sp, _ := d.Speaker("the prime minister"); sp.Name != "The Prime Minister" {
					t.Errorf("office speaker %+v", sp)
				}
			},
		},
		{
			name: "memorandum: offices resolve to the participant who holds them, stay offices where two do",
			in: "Memorandum of Conversation\nWashington, April 9, 1962.\nPARTICIPANTS\nUnited States\nSecretary Rusk\nAmb. Thompson (part-time)\nUSSR\nForeign Minister Gromyko and Ambassador Dobrynin\n" +
				"The Secretary said that he wished to discuss Laos. The Foreign Minister replied that he had no instructions.\n" +
				"The Ambassador said that Moscow had answered, and the Secretary asked what the answer was.\n" +
				"Mr. Gromyko said that it was favourable. He added that it was final.\n",
			turns: "rusk [The Secretary said that] 5\n" +
				"gromyko [The Foreign Minister replied that] 4\n" +
				"the ambassador [The Ambassador said that] 4\n" +
				"rusk [the Secretary asked] 4\n" +
				"gromyko [Mr. Gromyko said that; He added that] 6\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "Memorandum of Conversation", "1962-04-09")
				corpustest.CheckMatter(t, d, "1-8", "")
				if len(d.Roster) != 4 || d.Roster[1] != (corpus.Participant{Name: "Thompson", Role: "Amb., part-time", Line: 6}) {
					t.Errorf("roster %+v", d.Roster)
				}
				if sp, _ := d.Speaker("rusk"); strings.Join(sp.Forms, ",") != "The Secretary,the Secretary" {
					t.Errorf("forms %q", sp.Forms)
				}
			},
		},
		{
			name: "participants with offices after the name and of-phrases; a cue links an office to a name",
			in: "Memorandum of Conversation\nWashington, May 3, 1962.\nPARTICIPANTS\nThe Secretary of State\n" +
				"Anatoliy F. Dobrynin, Soviet Ambassador\nFoy D. Kohler, Assistant Secretary of State for European Affairs\n" +
				"Secretary Rusk opened the conversation by saying that he wished to discuss Berlin.\n" +
				"The Soviet Ambassador replied that he had instructions. Mr. Kohler asked whether they were new.\n" +
				"The Secretary of State said that time was short. The Ambassador agreed.\n",
			turns: "rusk [Secretary Rusk opened the conversation by saying that] 5\n" +
				"anatoliy f. dobrynin [The Soviet Ambassador replied that] 3\n" +
				"foy d. kohler [Mr. Kohler asked] 4\n" +
				"rusk [The Secretary of State said that] 3\n",
			check: func(t *testing.T, d *corpus.Document) {
				if d.Roster[0] != (corpus.Participant{Name: "The Secretary", Role: "Secretary of State", Line: 4}) || d.Roster[2].Role != "Assistant Secretary of State for European Affairs" {
					t.Errorf("roster %+v", d.Roster)
				}
			},
		},
		{
			name: "narration: adverbs, intros, parentheses, by saying, pronoun continuation",
			in: "MEMORANDUM OF CONVERSATION\nPARTICIPANTS\nThe President\nChairman Khrushchev\n" +
				"After lunch, the President said he wanted a word in private.\n" +
				"The President opened the conversation by saying that Berlin mattered. However, the President said, he would not press it. He continued that time was short.\n" +
				"Mr. Khrushchev replied that the treaty would be signed. This, he said, was final. In reply to the President's query whether troops would stay, the Chairman replied in the affirmative.\n" +
				"The President concluded the conversation by observing that it would be a cold winter.\n",
			turns: "the president [After lunch, the President said; The President opened the conversation by saying that; the President said,; He continued that] 17\n" +
				"khrushchev [Mr. Khrushchev replied that; he said,; In reply to the President's query whether troops would stay, the Chairman replied] 11\n" +
				"the president [The President concluded the conversation by observing that] 6\n",
		},
		{
			name: "page furniture and footnotes inside a turn break nothing",
			in: "MEMORANDUM OF CONVERSATION\nGeneva, July 20, 1955.\nPARTICIPANTS\nThe President\nMarshal Zhukov\n" +
				"The President said that he remembered their meeting in Berlin* and that the Senate22 had asked about it.\n" +
				"CONFIDENTIAL\n" +
				"FOREIGN RELATIONS, 1955-1957, VOLUME V 412\n" +
				"The war, he said, was long over.\n" +
				"[1] Source: Eisenhower Library.\n" +
				"- 2 -\n" +
				"Marshal Zhukov replied that he remembered it¹ too. He said the times were different.\n" +
				"SECRET\n" +
				"FOREIGN RELATIONS, 1955-1957, VOLUME V 413\n" +
				"The President agreed that they were.\n",
			turns: "the president [The President said that; he said,] 19\n" +
				"zhukov [Marshal Zhukov replied that; He said] 8\n" +
				"the president [The President agreed that] 2\n",
			notes: "footnote 0 L6 t1 \"*\"\n" +
				"footnote 22 L6 t1 \"22\"\n" +
				"furniture 0 L7 t1 \"CONFIDENTIAL\"\n" +
				"furniture 0 L8 t1 \"FOREIGN RELATIONS, 1955-1957, VOLUME V 412\"\n" +
				"footnote 1 L10 t1 \"[1] Source: Eisenhower Library.\"\n" +
				"furniture 0 L11 t1 \"- 2 -\"\n" +
				"footnote 1 L12 t2 \"¹\"\n" +
				"furniture 0 L13 t2 \"SECRET\"\n" +
				"furniture 0 L14 t2 \"FOREIGN RELATIONS, 1955-1957, VOLUME V 413\"\n",
		},
		{
			name: "page numbers glued to lines, a numbered footnote body at a page break",
			in: "MEMORANDUM OF CONVERSATION\nPARTICIPANTS\nThe President\nMarshal Zhukov\n" +
				"The President said that the Senate22 had asked about Berlin. 412\n" +
				"22 Hearings before the Committee on Foreign Relations, 1955.\n" +
				"413 The war, he said, was long over.\n" +
				"Marshal Zhukov replied that 1955 was a good year.\n",
			turns: "the president [The President said that; he said,] 11\n" +
				"zhukov [Marshal Zhukov replied that] 5\n",
			notes: "footnote 22 L5 t1 \"22\"\n" +
				"furniture 0 L5 t1 \"412\"\n" +
				"furniture 0 L7 t1 \"413\"\n",
			check: func(t *testing.T, d *corpus.Document) {
				if got := d.NoteText(d.Notes[0]); got != "Hearings before the Committee on Foreign Relations, 1955." {
					t.Errorf("body of footnote 22: %q", got)
				}
			},
		},
		{
			name: "headings in capitals inside a narrated record: a section's, a page's",
			in: "MEMORANDUM OF CONVERSATION\nPARTICIPANTS\nThe President\nChairman Khrushchev\n" +
				"The President said that he would begin with Laos.\n" +
				"VIENNA SUMMIT\n" +
				"Mr. Khrushchev replied that Laos was simple.\n" +
				"GERMANY AND BERLIN\n" +
				"The President said that Berlin was not.\n" +
				"VIENNA SUMMIT\n" +
				"Mr. Khrushchev agreed.\n",
			turns: "the president [The President said that] 5\n" +
				"khrushchev [Mr. Khrushchev replied that] 3\n" +
				"the president [The President said that] 3\n",
			notes: "furniture 0 L6 t1 \"VIENNA SUMMIT\"\neditorial 0 L8 t2 \"GERMANY AND BERLIN\"\nfurniture 0 L10 t3 \"VIENNA SUMMIT\"\n",
		},
		{
			name: "footnote markers in brackets pair with their bodies at the end",
			in: "89. Memorandum of Conversation[1]\nVienna, June 4, 1961.\nPARTICIPANTS\nThe President\nChairman Khrushchev\n" +
				"The President said that Berlin[2] mattered.\nMr. Khrushchev replied that it did.\n\n---- Footnotes ----\n[1] Source: Kennedy Library.\n[2] See Document 85.\n",
			turns: "the president [The President said that] 2\nkhrushchev [Mr. Khrushchev replied that] 2\n",
			notes: "footnote 1 L1 t0 \"[1]\"\nfootnote 2 L6 t1 \"[2]\"\n",
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "Memorandum of Conversation", "1961-06-04")
				corpustest.CheckMatter(t, d, "1-5", "9-11")
				if got := d.NoteText(d.Notes[1]); got != "See Document 85." {
					t.Errorf("body of footnote 2: %q", got)
				}
			},
		},
		{
			name: "traps: labels, times, URLs and one-off headings are no cues",
			in: "Memorandum of Conversation\nPARTICIPANTS\nSecretary Rusk\nAmbassador Dobrynin\n" +
				"The Secretary said that the meeting at 10:30 would be short.\n" +
				"Note: the Secretary said that this was informal.\n" +
				"Source: http://example.org/said said nothing.\n" +
				"Berlin said nothing either. Dobrynin replied that he agreed.\n",
			turns: "rusk [The Secretary said that] 27\ndobrynin [Dobrynin replied that] 2\n",
		},
	}
	runShapes(t, tests)
}

// TestReadSeveralRecords checks that each heading after a conversation
// begins a document of its own, with its own title, date and roster, and
// that text before the first conversation stays its front matter.
func TestReadSeveralRecords(t *testing.T) {
	src := "FOREIGN RELATIONS OF THE UNITED STATES\nVolume V\n\n" +
		"Memorandum of Conversation\nWashington, April 3, 1962.\nPARTICIPANTS\nSecretary Rusk\nAmbassador Dobrynin\n" +
		"The Secretary said that he wished to discuss Laos. Ambassador Dobrynin replied that he had no instructions.\n" +
		"The Secretary noted that time was short.\n" +
		"Memorandum of Conversation\nWashington, April 9, 1962.\nPARTICIPANTS\nThe Secretary\nAmbassador Dobrynin\nAmbassador Thompson\n" +
		"The Ambassador said that Moscow had answered. The Secretary asked what the answer was.\n" +
		"Dobrynin replied that it was favourable.\n"
	docs, err := Read("volume.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	want := []struct{ name, date, line, turns string }{
		{"volume.txt#1", "1962-04-03", "1", "rusk [The Secretary said that] 5\ndobrynin [Ambassador Dobrynin replied that] 4\nrusk [The Secretary noted that] 3\n"},
		{"volume.txt#2", "1962-04-09", "11", "the ambassador [The Ambassador said that] 3\nthe secretary [The Secretary asked] 4\ndobrynin [Dobrynin replied that] 3\n"},
	}
	for i, d := range docs {
		w := want[i]
		if d.Name != w.name || d.Date != w.date || d.Meta["line"] != w.line || d.Title != "Memorandum of Conversation" {
			t.Errorf("document %d: %s %s line %s %q", i+1, d.Name, d.Date, d.Meta["line"], d.Title)
		}
		if got := turnsSummary(d); got != w.turns {
			t.Errorf("document %d turns\n got:\n%s\nwant:\n%s", i+1, got, w.turns)
		}
		corpustest.CheckInvariants(t, d)
	}
	if !strings.HasPrefix(docs[0].Front.In(docs[0].Source), "FOREIGN RELATIONS") || len(docs[1].Roster) != 3 {
		t.Errorf("front %q, roster %+v", docs[0].Front.In(docs[0].Source), docs[1].Roster)
	}
	if _, err := ReadOne("volume.txt", []byte(src)); !corpus.IsInputError(err) {
		t.Errorf("ReadOne of two records: %v", err)
	}
}
