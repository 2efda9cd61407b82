package analysis_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"parley/analysis"
	"parley/corpus"
)

// TestPhraseSpill counts the sample's turns as three documents, in memory
// and spilling, merged in every way the command and shards would: the
// tallies, their uses and their phrases are the same, and Close leaves no
// file behind.
func TestPhraseSpill(t *testing.T) {
	d := sample(t)
	parts := splitTurns(d, 15, 30)
	dir := t.TempDir()

	var mem analysis.PhraseTally
	for _, p := range parts {
		mem.Add(p)
	}
	want := mem.Phrases(analysis.PhraseOptions{})
	if len(want) < 10 {
		t.Fatalf("%d phrases in the sample", len(want))
	}

	var spilled analysis.PhraseTally
	spilled.Add(parts[0]) // counted in memory, then spilled with the rest
	if err := spilled.SpillUses(dir); err != nil {
		t.Fatal(err)
	}
	spilled.Add(parts[1])
	var third analysis.PhraseTally // an in-memory shard merged into a spilling tally
	third.Add(parts[2])
	spilled.Merge(&third)
	if got := spilled.Phrases(analysis.PhraseOptions{}); !reflect.DeepEqual(got, want) {
		t.Errorf("spilled phrases differ:\n got %v\nwant %v", got, want)
	}
	if analysis.PhraseDump(&spilled) != analysis.PhraseDump(&mem) {
		t.Error("spilled counts differ from the in-memory ones")
	}
	if got, wantTop := spilled.Phrases(analysis.PhraseOptions{Top: 5}), want[:5]; !reflect.DeepEqual(got, wantTop) {
		t.Errorf("Top 5 = %v, want %v", got, wantTop)
	}

	// An in-memory tally merged with a spilling one spills too; a
	// self-merge doubles.
	var other analysis.PhraseTally
	other.Merge(&spilled)
	if analysis.PhraseDump(&other) != analysis.PhraseDump(&mem) {
		t.Error("merging a spilling tally into an empty one changed the counts")
	}
	var twiceMem analysis.PhraseTally
	twiceMem.Merge(&mem)
	twiceMem.Merge(&mem)
	other.Merge(&other)
	if analysis.PhraseDump(&other) != analysis.PhraseDump(&twiceMem) {
		t.Error("a spilling tally merged with itself does not double")
	}
	for _, p := range []*analysis.PhraseTally{&spilled, &other} {
		if err := p.Err(); err != nil {
			t.Error(err)
		}
		if err := p.Close(); err != nil {
			t.Error(err)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(left) != 0 {
		t.Errorf("files left after Close: %v", left)
	}
	if spilled.Err() == nil {
		t.Error("a closed tally reports no error")
	}
	if err := (&analysis.PhraseTally{}).SpillUses(filepath.Join(dir, "missing")); !os.IsNotExist(err) {
		t.Errorf("SpillUses into a missing directory: %v", err)
	}
}

// splitTurns returns copies of d holding its turns cut at the indexes.
func splitTurns(d *corpus.Document, cuts ...int) []*corpus.Document {
	var out []*corpus.Document
	from := 0
	for _, c := range append(cuts, len(d.Turns)) {
		part := *d
		part.Turns = d.Turns[from:c]
		out = append(out, &part)
		from = c
	}
	return out
}
