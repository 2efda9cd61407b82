package stages_test

import (
	"context"
	"errors"
	"go/build"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"parley/corpus"
	"parley/stages"
)

// fake is a stage that logs each call and fails on one document. The
// pipeline runs documents in parallel, so the log is guarded.
type fake struct {
	name   string
	failOn string // a document name; "" never fails
	err    error
	log    *[]string
}

var logMu sync.Mutex

func (f fake) Name() string { return f.name }

func (f fake) Apply(ctx context.Context, d *corpus.Document) error {
	logMu.Lock()
	*f.log = append(*f.log, f.name+" "+d.Name)
	logMu.Unlock()
	if d.Name == f.failOn {
		return f.err
	}
	return nil
}

func docs(names ...string) []*corpus.Document {
	out := make([]*corpus.Document, len(names))
	for i, n := range names {
		out[i] = &corpus.Document{Name: n}
	}
	return out
}

func TestPipelineRun(t *testing.T) {
	errBoom := errors.New("boom")
	var log []string
	p := stages.Pipeline{
		fake{name: "first", log: &log},
		fake{name: "second", failOn: "b.txt", err: errBoom, log: &log},
		fake{name: "third", log: &log},
	}
	err := p.Run(context.Background(), docs("a.txt", "b.txt", "c.txt"))
	if !errors.Is(err, errBoom) {
		t.Fatalf("Run = %v, want an error wrapping %v", err, errBoom)
	}
	if want := "stage second: b.txt: boom"; err.Error() != want {
		t.Errorf("Run error = %q, want %q", err, want)
	}
	// Stage by stage within each document (documents run in parallel);
	// nothing after the failure in the failing document.
	perDoc := map[string][]string{}
	for _, call := range log {
		stage, doc, _ := strings.Cut(call, " ")
		perDoc[doc] = append(perDoc[doc], stage)
	}
	if got := perDoc["a.txt"]; !reflect.DeepEqual(got, []string{"first", "second", "third"}) {
		t.Errorf("a.txt: %q", got)
	}
	if got := perDoc["b.txt"]; !reflect.DeepEqual(got, []string{"first", "second"}) {
		t.Errorf("b.txt: %q", got)
	}
}

// TestPipelineRunEarliestError checks that with several failures the
// error of the earliest document wins, whatever the scheduling.
func TestPipelineRunEarliestError(t *testing.T) {
	var log []string
	p := stages.Pipeline{
		fake{name: "one", failOn: "b.txt", err: errors.New("b"), log: &log},
		fake{name: "two", failOn: "c.txt", err: errors.New("c"), log: &log},
	}
	for range 20 {
		if err := p.Run(context.Background(), docs("a.txt", "b.txt", "c.txt", "d.txt")); err == nil || err.Error() != "stage one: b.txt: b" {
			t.Fatalf("Run = %v, want b's error", err)
		}
	}
}

func TestPipelineRunOK(t *testing.T) {
	var log []string
	p := stages.Pipeline{fake{name: "only", log: &log}}
	if err := p.Run(context.Background(), docs("a.txt", "b.txt")); err != nil {
		t.Fatalf("Run = %v", err)
	}
	sort.Strings(log) // documents run in parallel
	if want := []string{"only a.txt", "only b.txt"}; !reflect.DeepEqual(log, want) {
		t.Errorf("calls %q, want %q", log, want)
	}
	// An empty pipeline and an empty corpus are no error.
	if err := (stages.Pipeline{}).Run(context.Background(), docs("a.txt")); err != nil {
		t.Errorf("empty pipeline: Run = %v", err)
	}
	if err := p.Run(context.Background(), nil); err != nil {
		t.Errorf("no documents: Run = %v", err)
	}
}

func TestPipelineNames(t *testing.T) {
	var log []string
	tests := []struct {
		p    stages.Pipeline
		want []string
	}{
		{stages.Default(), []string{"tokenize", "summarize", "normalize"}},
		{stages.Pipeline{fake{name: "a", log: &log}, stages.NewTokenize(), fake{name: "b", log: &log}}, []string{"a", "tokenize", "b"}},
		{stages.Pipeline{}, []string{}},
		{nil, []string{}},
	}
	for _, tt := range tests {
		if got := tt.p.Names(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Names() = %q, want %q", got, tt.want)
		}
	}
	if len(log) != 0 {
		t.Errorf("Names applied stages: %q", log)
	}
}

// TestImports checks the layering: stages builds on corpus and never
// imports reports, analysis or cmd.
func TestImports(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range pkg.Imports {
		if strings.HasPrefix(imp, "parley/") && imp != "parley/corpus" {
			t.Errorf("stages imports %s; it may import only parley/corpus of parley's packages", imp)
		}
	}
}
