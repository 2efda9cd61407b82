package corpus_test

import (
	"fmt"

	"parley/corpus"
	"parley/corpus/plain"
)

// ExampleCheck shows a reading that looks wrong: the mixed-case labels of
// an interview were not read as cues.
func ExampleCheck() {
	src := "Interviewer: How long?\nRespondent: Thirty years.\nInterviewer: Why?\nRespondent: The sea.\n"
	d, err := plain.Read("interview.txt", []byte(src), corpus.Options{})
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
