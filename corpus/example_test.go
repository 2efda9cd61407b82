package corpus_test

import (
	"fmt"
	"strings"

	"parley/corpus"
)

// A record in reported speech: each speaker cue ("Comrade STALIN asks")
// opens an utterance, and the text before the first cue and after the
// closing formula is front and back matter.
func ExampleReadRecord() {
	src := `Record of conversation of Comrade Stalin with Zilliacus, October 14, 1947.
Comrade STALIN asks how the trip is going on.
ZILLIACUS answers that the trip is very good[footnoteRef:1]. [1: The delegation toured Yugoslavia first.]
End of conversation.
`
	d, err := corpus.ReadRecord("record.txt", []byte(src))
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

// ExampleCheck shows a reading that looks wrong: the mixed-case labels of
// an interview were not read as cues.
func ExampleCheck() {
	src := "Interviewer: How long?\nRespondent: Thirty years.\nInterviewer: Why?\nRespondent: The sea.\n"
	d, err := corpus.ReadPlain("interview.txt", []byte(src), corpus.Options{})
	if err != nil {
		panic(err)
	}
	for _, w := range corpus.Check(d) {
		fmt.Println(w.Kind+":", w.Msg)
	}
	// Output:
	// one-speaker: one speaker (Unknown) has all the speech, but the text looks like dialogue: 2 label-like names open several lines each
	// unread-labels: 4 lines open with what looks like a speaker's label but was not read as a cue: line 1 "Interviewer:", line 2 "Respondent:", line 3 "Interviewer:", line 4 "Respondent:"
}
