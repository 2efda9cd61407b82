package elan

import (
	"errors"
	"sort"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// The checks for documents whose turns are in time order, not in the
// file's (see timeline.go). corpustest.CheckInvariants asks that each
// utterance start after the one before it ends in the file, which a
// merge of tiers cannot keep; checkTimed asks everything else of it, on a
// view of the document in the file's order, and asks of the document
// itself that its utterances run in time order, that its turns alternate
// and are numbered 1..n, and that its notes' turns exist.

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

// checkTimed asserts the invariants of a document in time order.
func checkTimed(t testing.TB, d *corpus.Document) {
	t.Helper()
	corpustest.CheckInvariants(t, inSourceOrder(d))
	corpustest.CheckAlternating(t, d)
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

// checkReadTimed is corpustest.CheckRead for a reader of documents in time
// order: no document and an *InputError, or a document that keeps its
// source, has turns and passes checkTimed.
func checkReadTimed(t testing.TB, src []byte, d *corpus.Document, err error) {
	t.Helper()
	if err != nil {
		var ie *corpus.InputError
		if !errors.As(err, &ie) || d != nil {
			t.Fatalf("%v, %v (%T): want no document and an *InputError", d, err, err)
		}
		return
	}
	corpustest.CheckDocument(t, inSourceOrder(d), src)
	checkTimed(t, d)
}

// runTimedCases is corpustest.RunCases for a reader of documents in time
// order.
func runTimedCases(t *testing.T, cases []corpustest.Case, read corpustest.ReadFunc, name, format string) {
	t.Helper()
	corpustest.RunCasesWith(t, cases, read, name, corpustest.Turns, checkTimed, func(t testing.TB, d *corpus.Document) {
		if d.Format != format {
			t.Errorf("Format %q", d.Format)
		}
	})
}
