package corpustest

import (
	"fmt"
	"strings"
	"testing"

	"parley/corpus"
)

// CheckTimings asserts where a reader of timed files (corpus/elan,
// corpus/exmaralda, corpus/transcriber) put each utterance's cue and what
// times it read: the utterances in the document's order, one want line
// each, as "L<line> <CueName> <Time, quoted> <Start>-<End> <the cue,
// quoted>", Start and End in seconds to the given decimals.
func CheckTimings(t testing.TB, d *corpus.Document, decimals int, want ...string) {
	t.Helper()
	var got []string
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			got = append(got, fmt.Sprintf("L%d %s %q %.*f-%.*f %q", u.Line, u.CueName, u.Time, decimals, u.Start, decimals, u.End, u.Cue.In(d.Source)))
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("utterances\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
