package screenplay

import (
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// checkInvariants checks the reader's contract on a document read from
// src: the source kept, and the contract every reader keeps
// (corpustest.CheckInvariants).
func checkInvariants(t *testing.T, src string, d *corpus.Document) {
	t.Helper()
	if d.Source != src {
		t.Fatal("the document does not keep its source")
	}
	corpustest.CheckInvariants(t, d)
}
