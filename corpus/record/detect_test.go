package record

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
)

func TestDetect(t *testing.T) {
	d89, err := os.ReadFile(filepath.Join("testdata", "frus1961-63v05_d89.txt"))
	if err != nil {
		t.Fatal(err)
	}
	play := "THE PLAY\n\n" + strings.Repeat("JOHN. Where are you going?\n\nMARY. Out.\n\n", 20) + "MRS. UPJOHN puts the kettle on.\n\nMRS. UPJOHN says nothing.\n\n" + strings.Repeat("JOHN. And then?\n\nMARY. Home.\n\n", 20)
	for _, tc := range []struct {
		name, src string
		want      int
	}{
		{corpus.SampleName, string(corpus.Sample()), 2},
		{"d89.txt", string(d89), 2},
		{"memo", "MEMORANDUM OF CONVERSATION\nThe Secretary said that x.\nThe Secretary asked whether y.\nGromyko replied that z.\n", 2},
		{"cable.txt", "From: A.B. Smith\n\nI told him that x.\nHe said that y.\nI replied that z.\n", 2},
		{"record.csv", "Comrade STALIN says that x.\nZILLIACUS answers that y.\n", 0},
		{"letter.txt", "Dear Sir,\nThank you for your letter of 10:30 today. See http://example.org.\nNote: nothing here.\nSource: the archive.\n", 0},
		{"interview.txt", "Interviewer: How did it start?\nRespondent: Slowly.\nInterviewer: And then?\nRespondent: Fast.\n", 0},
		{"script.txt", "SMITH says that x.\nSmith:\nHello.\nJones:\nHi.\nSmith:\nBye.\n", 1},
		{"play.txt", play, 1},
		// Header fields of a memorandum or a telegram are front matter,
		// no script's cues.
		{"memo-fields.txt", "MEMORANDUM OF CONVERSATION\nDATE: May 3, 1962\nTIME: 10:30 a.m.\nSUBJECT: Berlin\nPARTICIPANTS: Secretary Rusk, Ambassador Dobrynin\nCopies to: S/S, EUR\n\n" +
			"The Secretary said that x.\nAmbassador Dobrynin replied that y.\nThe Secretary asked whether z.\nAmbassador Dobrynin said that w.\n", 2},
		{"cable-fields.txt", "TELEGRAM\nFROM: AMEMBASSY MOSCOW\nTO: SECSTATE WASHDC\nREF: DEPTEL 1542\nSUBJECT: Berlin\n\n1. I called on Gromyko. I told him that x.\n2. He replied that y.\n3. I said that z.\nTHOMPSON\n", 2},
		// The same fields before "Name:" lines: a script.
		{"script-fields.txt", "SUBJECT: Berlin\nDATE: May 3, 1962\nPARTICIPANTS: Rusk, Dobrynin\n\nRusk said that x.\nRusk: Hello.\nRusk said that y.\nDobrynin: Hi.\nRusk: Bye.\nDobrynin: Bye.\n", 1},
		// An office that speaks once, in a text that names no participants, is
		// no speaker.
		{"one.txt", "Just prose. The President said that once, and nobody else spoke.\n", 0},
	} {
		if got := Detect(tc.name, []byte(tc.src)); got != tc.want {
			t.Errorf("Detect(%s) = %d, want %d", tc.name, got, tc.want)
		}
	}
}
