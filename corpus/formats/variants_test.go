package formats

import (
	"strings"
	"testing"

	"parley/corpus"
)

// TestReadJoinsNameVariants checks that the loader joins the names one
// person goes by whatever the reader: a subtitle file's and a table's
// "Falko" is Falko Schindler's, "Mrs. Jones" beside "Tom Jones" stays
// hers.
func TestReadJoinsNameVariants(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      string // the turns' speakers
	}{
		{"talk.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Falko Schindler>Hello there.\n\n" +
			"00:02.000 --> 00:04.000\n<v Michael Kennedy>Welcome.\n\n00:04.000 --> 00:06.000\n<v Falko>Thanks.\n",
			"falko schindler michael kennedy falko schindler"},
		{"talk.csv", "speaker,text\nTom Jones,Hello.\nMrs. Jones,Hi Tom.\nTom,Bye.\n",
			"tom jones jones tom jones"},
	} {
		docs, err := Read(tc.name, []byte(tc.src), corpus.Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var got []string
		for _, tr := range docs[0].Turns {
			got = append(got, tr.Speaker)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: speakers %q, want %q", tc.name, strings.Join(got, " "), tc.want)
		}
	}
}
