package formats

import (
	"strings"
	"testing"
)

// TestDetectRecordMemos checks that memoranda and telegrams whose headers
// hold "Field:" lines ("SUBJECT:", "PARTICIPANTS:", "FROM:", "REF:",
// "Copies to:") are read as records, not as scripts; and that scripts
// with such a header, or with a narrated line or two, stay scripts.
func TestDetectRecordMemos(t *testing.T) {
	const memo = "MEMORANDUM OF CONVERSATION\n\n" +
		"DATE: October 18, 1962\nTIME: 5:00 p.m.\nPLACE: Secretary's Office, Department of State\n\n" +
		"SUBJECT: Berlin and Cuba\n\n" +
		"PARTICIPANTS: The Secretary\n              Ambassador Anatoliy F. Dobrynin, USSR\n\n" +
		"Copies to: S/S, EUR, G, White House\n\n" +
		"The Secretary said that he had asked the Ambassador to come in. He said that the situation was serious.\n\n" +
		"Ambassador Dobrynin replied that his Government had no wish to make it worse.\n\n" +
		"The Secretary asked whether the Soviet Government had anything new to propose.\n\n" +
		"Ambassador Dobrynin said that he had no instructions on that point.\n"
	const cable = "TELEGRAM\n\nSECRET\n\nFROM: AMEMBASSY MOSCOW\nTO: SECSTATE WASHDC\nNIACT 2154\nREF: DEPTEL 1542\nSUBJECT: Berlin talks\n\n" +
		"1. I called on Gromyko this afternoon. I told him that the President attached importance to the talks.\n\n" +
		"2. He replied that the Soviet Government shared this view. He said that a separate treaty remained possible.\n\n" +
		"3. I said that this would be a most serious step.\n\nTHOMPSON\n"
	// Hard-wrapped, with page furniture between the lines of a turn.
	const wrapped = "SECRET\n\nMEMORANDUM OF CONVERSATION\n\nDATE: June 4, 1961\nPLACE: Soviet Embassy, Vienna\nSUBJECT: Laos\n\n" +
		"PARTICIPANTS:\nThe President\nChairman Khrushchev\n\n" +
		"The President said that he wished to talk about Laos. He said that\nthe United States wanted a neutral and independent Laos.\n\n" +
		"Mr. Khrushchev replied that the Soviet Union wanted the same. He said\nthat the trouble was the bases in the area.\n\n" +
		"SECRET\n\n-2-\n\nwhich the Soviet Union could not accept. The bases, he said, were\naimed at China.\n\n" +
		"The President said that there were no American bases in Laos.\n"
	// One speaker holds forth for many paragraphs without a cue.
	monologue := strings.Replace(memo, "He said that the situation was serious.\n\n",
		"He said that the situation was serious.\n\n"+strings.Repeat("The Soviet note of last week had been read with care in Washington.\n\n", 40)+
			"In Laos, too, he said, the situation had grown worse.\n\n", 1)
	dossier := strings.Replace(memo, "October 18", "October 11", 1) + "\n" + memo
	for _, tc := range []struct {
		name, src, want string
	}{
		{"memo.txt", memo, "record"},
		{"cable.txt", cable, "record"},
		{"wrapped.txt", wrapped, "record"},
		{"dossier.txt", dossier, "record"},
		{"monologue.txt", monologue, "record"},
		// A transcript with the same header is a script: its cues are
		// "Name:" lines.
		{"transcript.txt", "SUBJECT: Berlin\nDATE: October 18, 1962\nPARTICIPANTS: Rusk, Dobrynin\n\n" +
			"Rusk: I asked you to come in.\nDobrynin: Thank you.\nRusk: The situation is serious.\nDobrynin: We do not wish to make it worse.\nRusk: Good.\n", "script"},
		// An interview whose answers tell of what someone said.
		{"interview.txt", "Interviewer: What happened then?\nRespondent: The Secretary said that he would call.\n" +
			"Interviewer: And did he?\nRespondent: The Secretary said that he would, twice.\nInterviewer: Thank you.\n", "script"},
	} {
		f, sure := Detect(tc.name, []byte(tc.src))
		got := f.Name
		if sure == 0 {
			got = "?"
		}
		if got != tc.want {
			t.Errorf("%s: detected %q (%d), want %q; detections %v", tc.name, got, sure, tc.want, Detections(tc.name, []byte(tc.src)))
		}
	}
}
