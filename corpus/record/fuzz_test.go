package record

import (
	"errors"
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
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := ReadOne("fuzz.txt", src)
		if err != nil {
			var ie *corpus.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v (%T) is not an *InputError", err, err)
			}
			if d != nil {
				t.Fatalf("a document and an error %v", err)
			}
			return
		}
		if d.Source != string(src) || len(d.Turns) == 0 {
			t.Fatalf("source changed (%v) or no turns (%d)", d.Source != string(src), len(d.Turns))
		}
		corpustest.CheckInvariants(t, d)
	})
}
