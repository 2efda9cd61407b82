package stages_test

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/formats"
	"parley/stages"
)

// TestEntitiesParallelSameAsSequential reads a document long enough for
// the entity stage to share its turns out among the cores, and checks the
// mentions are those of a run on one core.
func TestEntitiesParallelSameAsSequential(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 600; i++ {
		fmt.Fprintf(&b, "Smith: President Kennedy met Khrushchev in Vienna on day %d, and the United Nations Security Council heard Mr. Jones.\n\nJones: Yes, Smith. The Soviet Union and Britain agreed in Geneva.\n\n", i)
	}
	mentions := func(procs int) []corpus.Mention {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		docs, err := formats.Read("long.txt", []byte(b.String()), corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		e, err := stages.NewEntities()
		if err != nil {
			t.Fatal(err)
		}
		if err := stages.New(stages.NewNormalize(), e).Run(context.Background(), docs); err != nil {
			t.Fatal(err)
		}
		return docs[0].Mentions
	}
	one, two := mentions(1), mentions(4)
	if len(one) < 1000 || !reflect.DeepEqual(one, two) {
		t.Errorf("%d mentions on one core, %d on four; want the same, over a thousand", len(one), len(two))
	}
}
