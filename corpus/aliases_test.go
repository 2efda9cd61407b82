package corpus_test

import (
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/script"
)

func TestAliases(t *testing.T) {
	src := "Vice President Joe Biden:\nHello.\n\nBiden:\nAnd more.\n\nChris Wallace:\nThank you.\n\nJoe Biden:\nAgain.\n"
	d, err := script.Read("d.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a, err := corpus.ReadAliases(strings.NewReader("# who is who\nJoe Biden: [Vice President Joe Biden, Biden]\n"), "aliases.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a.Apply(d)
	var got []string
	for _, turn := range d.Turns {
		got = append(got, turn.Speaker)
	}
	if strings.Join(got, ",") != "joe biden,chris wallace,joe biden" {
		t.Errorf("turns %q, want the first two joined", got)
	}
	if len(d.Speakers) != 2 || d.Speakers[0].Name != "Joe Biden" || len(d.Speakers[0].Forms) != 3 {
		t.Errorf("speakers %+v", d.Speakers)
	}
	for i, turn := range d.Turns {
		if turn.Index != i+1 {
			t.Errorf("turn %d has index %d", i+1, turn.Index)
		}
	}
}

func TestAliasErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"- a\n- b\n", "a.yaml:1: want a mapping"},
		{"Joe Biden: {x: 1}\n", "a.yaml:1: the aliases"},
		{"Joe Biden: [Biden]\nBiden Jr: [Biden]\n", "a.yaml:2: \"Biden\" is an alias of both"},
		{"a: [b\n", "a.yaml: not YAML"},
	} {
		_, err := corpus.ReadAliases(strings.NewReader(tc.src), "a.yaml")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %s...", tc.src, err, tc.want)
		}
	}
}
