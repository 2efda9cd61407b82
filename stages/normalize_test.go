package stages_test

import (
	"context"
	"strings"
	"testing"

	"parley/corpus"
	rec "parley/corpus/record"
	"parley/stages"
)

// terms reads a record, runs the default pipeline and returns each word of
// the first turn as "word=term" ("word=-" for no term).
func terms(t *testing.T, src string) string {
	t.Helper()
	d, err := rec.ReadOne("t.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if err := stages.Default().Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tok := range d.Turns[0].Tokens {
		if !tok.Word {
			continue
		}
		term := tok.Term
		if term == "" {
			term = "-"
		}
		out = append(out, tok.Norm+"="+term)
	}
	return strings.Join(out, " ")
}

func TestNormalize(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"stems and stopwords",
			"SMITH says that the Negotiations didn’t fail in 1947.\n",
			"the=- negotiations=negoti didn't=- fail=fail in=- 1947=-"},
		{"framing of reported speech",
			"SMITH says that, Comrade Smith thinks that trade grows. Smith always said it. Generalissimo Smith’s view.\n",
			"comrade=- smith=- thinks=- that=- trade=trade grows=grow smith=- always=alway said=- it=- generalissimo=- smith's=- view=view"},
		{"a title alone: capitalized names someone, lower case is a word",
			"SMITH says that his comrades met the Generalissimo.\n",
			"his=- comrades=comrad met=met the=- generalissimo=-"},
		{"other speakers' names too, and the verb after them",
			"SMITH says that Jones believes in peace.\nJONES says that no.\n",
			"jones=- believes=- in=- peace=peac"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := terms(t, tc.src); got != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestNormalizeStopwords(t *testing.T) {
	n := stages.NewNormalize()
	if n.Term("the") != "" || n.Term("Negotiations") != "negoti" || n.Term("2020") != "" {
		t.Errorf("shipped list: the=%q Negotiations=%q 2020=%q", n.Term("the"), n.Term("Negotiations"), n.Term("2020"))
	}
	if err := n.AddStopwords(strings.NewReader("# a comment\nTrade  treaty # and another\n"), "mine.txt"); err != nil {
		t.Fatal(err)
	}
	if n.Term("trade") != "" || n.Term("Treaty") != "" || n.Term("comment") == "" || n.Term("another") == "" {
		t.Errorf("added list not applied as documented")
	}
	if n.Stem("the") != "the" || n.Stem("Negotiations") != "negoti" {
		t.Errorf("Stem ignores stopwords: the=%q", n.Stem("the"))
	}
}

// BenchmarkNormalize normalizes the tokenized sample: stopwords, stems and
// the framing of reported speech.
func BenchmarkNormalize(b *testing.B) {
	d := sample(b)
	if err := stages.NewTokenize().Apply(context.Background(), d); err != nil {
		b.Fatal(err)
	}
	n := stages.NewNormalize()
	ctx := context.Background()
	for b.Loop() {
		if err := n.Apply(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	words, terms := 0, 0
	for _, t := range d.Turns {
		for _, tok := range t.Tokens {
			if tok.Word {
				words++
			}
			if tok.Term != "" {
				terms++
			}
		}
	}
	if words != 4062 || terms < 1500 || terms > 2500 {
		b.Fatalf("%d words, %d terms", words, terms)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestFoldFastPath(t *testing.T) {
	for _, w := range []string{"", "soviet", "Soviet", "USSR", "Didn’t", "didn't", "Émigré", "ÉMIGRÉ", "x’", "a1B2"} {
		if got, want := stages.Fold(w), strings.ReplaceAll(strings.ToLower(w), "’", "'"); got != want {
			t.Errorf("Fold(%q) = %q, want %q", w, got, want)
		}
	}
}
