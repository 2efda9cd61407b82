package record

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// FuzzReadRecord feeds the reader arbitrary bytes. Whatever the input,
// Read must not panic; it either returns a document whose spans all
// lie within the source and whose turns are numbered 1..n, or an
// *InputError.
func FuzzReadRecord(f *testing.F) {
	f.Add(corpus.Sample())
	if src, err := os.ReadFile(filepath.Join("testdata", "frus1961-63v05_d89.txt")); err == nil {
		f.Add(src)
	}
	for _, s := range []string{
		"",
		"\x00",
		"\xff\xfe",
		"Comrade STALIN says that, x.\n",
		"ZILLIACUS answers that y.\r\nComrade Stalin says: z.\r\n",
		"Attendants: Champion, Allen and Hughes (secretary).\nChampion remarks that, x.\nAllen said that y.\n",
		"Answering to Parkin, Comrade STALIN says that, x.\n",
		"ALLEN notes that, x.   Comrade STALIN says that this is wrong.\nComrade STALIN says that y.\n",
		"PARKIN sets a question to Comrade Stalin: whether x.\n",
		"ALLEN continues his remarks and says that x.\n",
		"Comrade STALIN (smiling) says: \"x\" (delegates smile).\n",
		"Comrade STALIN says that x[footnoteRef:1] y.\n[1: a [b] c]\n[2: open [\n",
		"Comrade STALIN says that x.\n[…]\n[signature] [...] [. . .]\nEnd of conversation.\n",
		"Record of conversation, October, 14, 1947\nComrade STALIN says that x.\nMARKING\n",
		"[footnoteRef:1][1:][footnoteRef:][:]\nBING says (",
		"Comrade STALIN says that x.\n[1: body]",
		"Memorandum of Conversation[1]\nPARTICIPANTS\nUnited States\nSecretary Rusk\nAmb. Thompson (part-time)\nUSSR\nForeign Minister Gromyko\nThe Secretary said that x. Gromyko replied that y, and the Secretary asked z.\n---- Footnotes ----\n[1] Source: x.\n",
		"From: A.B. Smith\nI told him that x. He said that y; he added, he said, z.\nSmith\n",
		"The President said that x* and the Senate22 y¹.\nSECRET\n- 2 -\nHEAD LINE 3\nHEAD LINE 4\n* note\n¹ note\nThe President then went on to say that z.\nThe President's answer was that w.\n",
		"Record of Conversation\nA.A. Gromyko said that x.\nA.A. Gromyko noted that y.\nRecord of Conversation\nPRESENT\nThe Vice President, Senators A, B and C\nSenator A asked x. The Vice President said, according to Senator A, y.\n",
		"1. Mr. X said \n(a) \nII. \n, he said, , says , according to ,\n[7]\n[7] \n*\n**x**\n¹",
		"Present:\nThe Prime Minister        Mr. A B\n  (Mr. C D)              (Minister of Finance)\n   \t (\n\nThe Prime Minister welcomed Mr. B and said that x.\nThe Minister of Finance said that y.\nJ. O. W.\n12 October 1965\n",
		"TELEGRAM\nFROM: AMEMBASSY MOSCOW\nREF: X\n1. I SAW KUZNETSOV THIS MORNING AND TOLD HIM THAT X.\n2. HE REPLIED THAT Y. A.B. C. D.E\n3. I SAID THAT Z.\n5. COMMENT: W.\nKOHLER\n",
		"Present from the Chinese side: Marshal Chen Yi, Vice Premier; ; Comrade Wang;\nFrom the Soviet side: \nChen Yi noted that x.\nWang remarked that y.\nDistribution: S/S\nSECRET\n\nMemorandum of Conversation\nThe Ambassador said that z.\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		docs, err := Read("fuzz.txt", src)
		if err != nil {
			d := docs
			var ie *corpus.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v (%T) is not an *InputError", err, err)
			}
			if d != nil {
				t.Fatalf("a document and an error %v", err)
			}
			return
		}
		for _, d := range docs {
			if !strings.Contains(string(src), d.Source) || len(d.Turns) == 0 {
				t.Fatalf("source not in the input (%v) or no turns (%d)", !strings.Contains(string(src), d.Source), len(d.Turns))
			}
			corpustest.CheckInvariants(t, d)
		}
		if len(docs) == 1 && docs[0].Source != string(src) {
			t.Fatal("one document, and its Source is not the input")
		}
	})
}
