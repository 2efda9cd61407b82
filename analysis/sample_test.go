package analysis_test

import (
	"context"
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
	"parley/stages"
)

// annotated reads src as a record and runs the default pipeline on it.
// Only this external test package may use stages; analysis itself does not.
func annotated(t testing.TB, name string, src []byte) *corpus.Document {
	t.Helper()
	d, err := record.ReadOne(name, src)
	if err != nil {
		t.Fatalf("ReadRecord(%q): %v", name, err)
	}
	if err := stages.Default().Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	return d
}

func sample(t testing.TB) *corpus.Document {
	t.Helper()
	return annotated(t, corpus.SampleName, corpus.Sample())
}

// sampleTable is the speaker table of the 1947 sample after the default
// pipeline: speaker, turns, utterances, words, types, longest turn, first
// and last turn.
const sampleTable = `Stalin 18 20 2203 647 596 1 43
Zilliacus 9 10 747 328 300 2 42
Bing 4 4 378 194 258 15 44
Lee 2 2 354 190 346 23 37
Parkin 3 3 159 94 108 10 21
Allen 3 3 97 65 42 28 32
Thomas 3 3 75 63 59 24 40
Champion 2 2 49 38 31 33 35
`

func tableOf(rows []analysis.SpeakerRow) string {
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%s %d %d %d %d %d %d %d\n", r.Name, r.Turns, r.Utterances, r.Words, r.Types, r.MaxTurnWords, r.FirstTurn, r.LastTurn)
	}
	return b.String()
}

func TestSample(t *testing.T) {
	tally := analysis.Count(sample(t))
	if tally.Documents != 1 || tally.Turns != 44 || tally.Words != 4062 || tally.Notes != 47 {
		t.Errorf("documents, turns, words, notes = %d %d %d %d, want 1 44 4062 47",
			tally.Documents, tally.Turns, tally.Words, tally.Notes)
	}
	rows := tally.SpeakerTable()
	if got := tableOf(rows); got != sampleTable {
		t.Errorf("speaker table\n got:\n%s\nwant:\n%s", got, sampleTable)
	}
	turns, words := 0, 0
	for _, r := range rows {
		turns += r.Turns
		words += r.Words
		if want := strings.ToLower(r.Name); r.ID != want {
			t.Errorf("%s: ID %q, want %q", r.Name, r.ID, want)
		}
	}
	if turns != tally.Turns || words != tally.Words {
		t.Errorf("speakers' turns and words sum to %d and %d, the tally has %d and %d", turns, words, tally.Turns, tally.Words)
	}
	checkShares(t, rows)
}

// TestSampleParts counts the sample in two parts, split between turns, and
// merges them: every speaker's counts are those of the whole.
func TestSampleParts(t *testing.T) {
	d := sample(t)
	whole := analysis.Count(d)
	for _, cut := range []int{1, 22, 43} {
		first, second := *d, *d
		first.Turns, second.Turns = d.Turns[:cut], d.Turns[cut:]
		first.Notes, second.Notes = nil, nil
		for _, n := range d.Notes {
			if n.Turn <= cut {
				first.Notes = append(first.Notes, n)
			} else {
				second.Notes = append(second.Notes, n)
			}
		}
		m := merged(analysis.Count(&first), analysis.Count(&second))
		if m.Documents != 2 {
			t.Errorf("cut at %d: %d documents, want 2", cut, m.Documents)
		}
		m.Documents = 1
		checkTally(t, fmt.Sprintf("cut at %d", cut), m, countsOf(whole))
	}
}

// TestSampleTwice merges the sample's tally with itself: counts double,
// the turn bounds, longest turn and types do not.
func TestSampleTwice(t *testing.T) {
	d := sample(t)
	once := analysis.Count(d)
	twice := merged(once, once)
	if twice.Turns != 88 || twice.Words != 8124 || twice.Notes != 94 || twice.Documents != 2 {
		t.Errorf("twice: documents, turns, words, notes = %d %d %d %d, want 2 88 8124 94",
			twice.Documents, twice.Turns, twice.Words, twice.Notes)
	}
	for id, s := range once.Speakers {
		s2 := twice.Speakers[id]
		if s2.Turns != 2*s.Turns || s2.Utterances != 2*s.Utterances || s2.Words != 2*s.Words ||
			s2.MaxTurnWords != s.MaxTurnWords || s2.FirstTurn != s.FirstTurn || s2.LastTurn != s.LastTurn ||
			s2.Types() != s.Types() {
			t.Errorf("%s twice: %+v, once: %+v", id, *s2, *s)
		}
	}
}

// TestImports checks the layering: analysis depends on corpus alone of
// parley's packages. Its external tests (package analysis_test) may use
// stages, as these do.
func TestImports(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		if strings.HasPrefix(imp, "parley/") && imp != "parley/corpus" {
			t.Errorf("analysis imports %s; it may import only parley/corpus of parley's packages", imp)
		}
	}
}

// BenchmarkCount counts the tokenized sample.
func BenchmarkCount(b *testing.B) {
	d := sample(b)
	var tally *analysis.Tally
	for b.Loop() {
		tally = analysis.Count(d)
	}
	if tally.Words != 4062 || tally.Turns != 44 || len(tally.Speakers) != 8 {
		b.Fatalf("words, turns, speakers = %d %d %d, want 4062 44 8", tally.Words, tally.Turns, len(tally.Speakers))
	}
	b.ReportMetric(float64(tally.Words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// checkGolden compares got with the golden file at path, or rewrites the
// file under -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./analysis -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test ./analysis -update rewrites it)\n got:\n%s\nwant:\n%s", path, got, want)
	}
}
