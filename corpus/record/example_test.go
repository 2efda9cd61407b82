package record_test

import (
	"fmt"
	"strings"

	"parley/corpus/record"
)

// A record in reported speech: each speaker cue ("Comrade STALIN asks")
// opens an utterance, and the text before the first cue and after the
// closing formula is front and back matter.
func ExampleReadOne() {
	src := `Record of conversation of Comrade Stalin with Zilliacus, October 14, 1947.
Comrade STALIN asks how the trip is going on.
ZILLIACUS answers that the trip is very good[footnoteRef:1]. [1: The delegation toured Yugoslavia first.]
End of conversation.
`
	d, err := record.ReadOne("record.txt", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Title)
	fmt.Println(d.Date)
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			var speech []string
			for _, s := range u.Speech {
				speech = append(speech, s.In(d.Source))
			}
			fmt.Printf("turn %d, line %d, %s: cue %q, speech %q\n", t.Index, u.Line, t.Speaker, u.Cue.In(d.Source), strings.Join(speech, ""))
		}
	}
	for _, n := range d.Notes {
		fmt.Printf("%s %d in turn %d: %s\n", n.Kind, n.Number, n.Turn, d.NoteText(n))
	}
	fmt.Println("back matter:", d.Back.In(d.Source))
	// Output:
	// Record of conversation of Comrade Stalin with Zilliacus, October 14, 1947.
	// 1947-10-14
	// turn 1, line 2, stalin: cue "Comrade STALIN asks", speech "how the trip is going on."
	// turn 2, line 3, zilliacus: cue "ZILLIACUS answers that", speech "the trip is very good."
	// footnote 1 in turn 2: The delegation toured Yugoslavia first.
	// back matter: End of conversation.
}
