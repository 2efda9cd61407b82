package stages

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"parley/corpus"
)

// Stage is one step of the pipeline.
//
// Apply annotates doc in place: it may set the annotations it owns (the
// tokenize stage owns Turn.Tokens) and must leave everything else as it
// found it: the Source, the turns' spans, the notes. Applying a stage
// twice gives the same result as applying it once.
//
// Apply fails only when the stage itself cannot work, or when ctx is
// cancelled, in which case it returns ctx.Err() promptly and leaves the
// document's annotations incomplete; input problems are the reader's to
// report, so a stage never rejects a document that a reader accepted. A
// Stage is safe for concurrent use on different documents.
type Stage interface {
	// Name is the stage's name in errors and in the report's methods.
	Name() string
	Apply(ctx context.Context, doc *corpus.Document) error
}

// Pipeline is a sequence of stages, applied in order.
type Pipeline []Stage

// Default returns the text pipeline: tokenize, summarize, normalize. New
// adds the entities stage.
func Default() Pipeline {
	return New(NewNormalize(), nil)
}

// New returns the standard pipeline: tokenize, summarize (the reading
// summary, counted with the same tokenizer), then the given normalize
// stage (one with extra stopwords, say), then the entities stage if e is
// not nil.
func New(n *Normalize, e *Entities) Pipeline {
	tok := NewTokenize()
	p := Pipeline{tok, NewSummarize(tok), n}
	if e != nil {
		p = append(p, e)
	}
	return p
}

// Run applies every stage to every document, stage by stage within a
// document, documents in parallel on all CPUs. The first error stops the
// run; it names the stage and the document ("stage tokenize: record.txt:
// ..."). With several failures, the one of the earliest document is
// returned, so the error does not depend on scheduling.
func (p Pipeline) Run(ctx context.Context, docs []*corpus.Document) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make([]error, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(docs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if errs[i] = p.apply(ctx, docs[i]); errs[i] != nil {
					cancel()
				}
			}
		}()
	}
	for i := range docs {
		next <- i // after a failure, the stages return at once
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// apply runs the stages over one document.
func (p Pipeline) apply(ctx context.Context, d *corpus.Document) error {
	for _, s := range p {
		if err := s.Apply(ctx, d); err != nil {
			return fmt.Errorf("stage %s: %s: %w", s.Name(), d.Name, err)
		}
	}
	return nil
}

// Names returns the names of the pipeline's stages, in order.
func (p Pipeline) Names() []string {
	names := make([]string, len(p))
	for i, s := range p {
		names[i] = s.Name()
	}
	return names
}
