package jsondoc_test

import (
	"fmt"

	"parley/corpus"
	"parley/corpus/jsondoc"
)

// A speech-to-text result holds the same words twice, as words[] and as
// utterances[]; the utterances are read, their speaker letters written
// "Speaker A", their whole milliseconds read as such.
func ExampleRead() {
	src := `{
  "text": "Good morning. Morning! [laughter] Shall we start?",
  "words": [{"text": "Good", "start": 120, "end": 400, "speaker": "A"}, {"text": "morning.", "start": 400, "end": 900, "speaker": "A"}],
  "utterances": [
    {"speaker": "A", "start": 120, "end": 900, "text": "Good morning."},
    {"speaker": "B", "start": 1400, "end": 2100, "text": "Morning! [laughter]"},
    {"speaker": "B", "start": 2300, "end": 3800, "text": "Shall we start?"}
  ]
}`
	d, err := jsondoc.Read("call.json", []byte(src), corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			fmt.Printf("L%d %s %.2f-%.2f %q\n", u.Line, t.Speaker, u.Start, u.End, u.Speech[0].In(d.Source))
		}
	}
	for _, n := range d.Notes {
		fmt.Printf("%s %q in turn %d\n", n.Kind, d.NoteText(n), n.Turn)
	}
	// Output:
	// L5 speaker a 0.12-0.90 "Good morning."
	// L6 speaker b 1.40-2.10 "Morning!"
	// L7 speaker b 2.30-3.80 "Shall we start?"
	// editorial "laughter" in turn 2
}

// Options name the members of a layout of one's own; a dotted key leads
// into an object.
func ExampleRead_options() {
	src := `{"log": [{"who": {"full": "Ann Lee"}, "said": "We agree."}, {"who": {"full": "Bo Park"}, "said": "We do not."}]}`
	d, err := jsondoc.Read("log.json", []byte(src), corpus.Options{SpeakerKey: "who.full", TextKey: "said"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Speakers {
		fmt.Println(s.Name)
	}
	// Output:
	// Ann Lee
	// Bo Park
}

func ExampleDetect() {
	fmt.Println(jsondoc.Detect("a.json", []byte(`{"segments": [{"speaker": "SPEAKER_00", "start": 0.0, "text": " Hello."}]}`)))
	fmt.Println(jsondoc.Detect("a.json", []byte(`{"name": "parley", "version": "1.0.0"}`)))
	fmt.Println(jsondoc.Detect("u.jsonl", []byte(`{"speaker": "A", "text": "ConvoKit's, not ours"}`)))
	// Output:
	// 2
	// 1
	// 0
}
