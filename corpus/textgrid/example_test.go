package textgrid_test

import (
	"fmt"

	"parley/corpus"
	"parley/corpus/textgrid"
)

// A grid in the short text format: one speaker's tier, and a tier of her
// words, which are notes, since her own tier holds her speech.
func ExampleRead() {
	src := `File type = "ooTextFile"
Object class = "TextGrid"

0
2
<exists>
2
"IntervalTier"
"Maria"
0
2
2
0
0.4
""
0.4
2
"we'll see"
"IntervalTier"
"words"
0
2
2
0.4
1.1
"we'll"
1.1
2
"see"
`
	d, err := textgrid.Read("maria.TextGrid", []byte(src), corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	u := d.Turns[0].Utterances[0]
	fmt.Printf("%s %s-%.1f s: %s\n", d.Turns[0].Speaker, u.Time, u.End, u.Speech[0].In(d.Source))
	fmt.Println(len(d.Notes), "notes")
	// Output:
	// maria 0.4-2.0 s: we'll see
	// 2 notes
}
