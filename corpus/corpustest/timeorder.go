package corpustest

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"parley/corpus"
)

// The checks of readers of files of tiers (corpus/elan, corpus/exmaralda,
// corpus/textgrid), whose documents are in time order, not in the file's
// (corpus.Builder.DocumentInTimeOrder). CheckInvariants asks that each
// utterance start after the one before it ends in the file, which a merge
// of tiers cannot keep; CheckInvariantsInTimeOrder asks everything else
// of it, on a view of the document in the file's order, and asks of the
// document itself that its utterances run in time order, that its turns
// alternate and are numbered 1..n, and that its notes' turns exist.

// inSourceOrder returns d with each utterance a turn of its own, in the
// file's order.
func inSourceOrder(d *corpus.Document) *corpus.Document {
	v := *d
	v.Turns = nil
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			v.Turns = append(v.Turns, corpus.Turn{Speaker: t.Speaker, Utterances: []corpus.Utterance{u}})
		}
	}
	sort.SliceStable(v.Turns, func(i, j int) bool { return v.Turns[i].Utterances[0].Text.Start < v.Turns[j].Utterances[0].Text.Start })
	for i := range v.Turns {
		t := &v.Turns[i]
		u := t.Utterances[0]
		t.Index, t.FirstLine, t.LastLine = i+1, d.Line(u.Text.Start), d.Line(max(u.Text.End-1, u.Text.Start))
	}
	return &v
}

// CheckInvariantsInTimeOrder is CheckInvariants for a document in time
// order: CheckInvariants of each utterance as a turn of its own in the
// file's order, CheckAlternating, turns numbered 1..n whose lines hold
// their utterances', utterances whose Start never goes back, and notes in
// turns that exist.
func CheckInvariantsInTimeOrder(t testing.TB, d *corpus.Document) {
	t.Helper()
	CheckInvariants(t, inSourceOrder(d))
	CheckAlternating(t, d)
	prev := -1.0
	for i, tr := range d.Turns {
		if tr.Index != i+1 || tr.FirstLine < 1 || tr.FirstLine > tr.LastLine {
			t.Errorf("turn %d: Index %d, lines %d-%d", i+1, tr.Index, tr.FirstLine, tr.LastLine)
		}
		for _, u := range tr.Utterances {
			if u.Start < prev {
				t.Errorf("turn %d: an utterance at %.3f s after one at %.3f s", tr.Index, u.Start, prev)
			}
			prev = u.Start
			if l, f := d.Line(max(u.Text.End-1, u.Text.Start)), d.Line(u.Text.Start); f < tr.FirstLine || l > tr.LastLine {
				t.Errorf("turn %d: an utterance on lines %d-%d, outside the turn's %d-%d", tr.Index, f, l, tr.FirstLine, tr.LastLine)
			}
		}
	}
	for _, n := range d.Notes {
		if n.Turn < 0 || n.Turn > len(d.Turns) {
			t.Errorf("a note in turn %d of %d", n.Turn, len(d.Turns))
		}
	}
}

// CheckReadInTimeOrder is CheckRead for a reader of documents in time
// order: no document and an *corpus.InputError, or a document that keeps
// its source, has turns and passes CheckInvariantsInTimeOrder.
func CheckReadInTimeOrder(t testing.TB, src []byte, d *corpus.Document, err error) {
	t.Helper()
	if err != nil {
		var ie *corpus.InputError
		if !errors.As(err, &ie) || d != nil {
			t.Fatalf("%v, %v (%T): want no document and an *InputError", d, err, err)
		}
		return
	}
	CheckDocument(t, inSourceOrder(d), src)
	CheckInvariantsInTimeOrder(t, d)
}

// RunCasesInTimeOrder is RunCases for a reader of documents in time
// order: it checks the turns and notes (Turns), the format and
// CheckInvariantsInTimeOrder.
func RunCasesInTimeOrder(t *testing.T, cases []Case, read ReadFunc, name, format string) {
	t.Helper()
	RunCasesWith(t, cases, read, name, Turns, CheckInvariantsInTimeOrder, func(t testing.TB, d *corpus.Document) {
		if d.Format != format {
			t.Errorf("Format %q", d.Format)
		}
	})
}

// ReadTestdataInTimeOrder is ReadTestdata for a reader of documents in
// time order: it reads the file of the package's testdata directory with
// read, fails the test on any error, and checks that the document keeps
// its source and has turns, and CheckInvariantsInTimeOrder.
func ReadTestdataInTimeOrder(t testing.TB, file string, read ReadFunc) *corpus.Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	d, err := read(file, src, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	CheckDocument(t, inSourceOrder(d), src)
	CheckInvariantsInTimeOrder(t, d)
	return d
}
