package exmaralda_test

import (
	"fmt"

	"parley/corpus"
	"parley/corpus/exmaralda"
)

// Two speakers' tiers on one timeline: their events are merged in the
// timeline's order, and HIAT's "((laughs))" is a stage note, not speech.
func ExampleRead() {
	src := `<basic-transcription>
<head><speakertable>
<speaker id="SPK0"><abbreviation>SS</abbreviation><ud-speaker-information><ud-information attribute-name="Name">Stephen Sackur</ud-information></ud-speaker-information></speaker>
<speaker id="SPK1"><abbreviation>DD</abbreviation><ud-speaker-information><ud-information attribute-name="Name">Daniel Dennett</ud-information></ud-speaker-information></speaker>
</speakertable></head>
<basic-body><common-timeline><tli id="T0" time="0.0"/><tli id="T1" time="1.4"/><tli id="T2" time="3.7"/></common-timeline>
<tier id="TIE0" speaker="SPK0" category="v" type="t"><event start="T0" end="T1">Welcome. </event></tier>
<tier id="TIE1" speaker="SPK1" category="v" type="t"><event start="T1" end="T2">Glad to be here. ((laughs)) </event></tier>
</basic-body></basic-transcription>`
	d, err := exmaralda.Read("hardtalk.exb", []byte(src), corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range d.Turns {
		u := t.Utterances[0]
		fmt.Printf("%s (%s s): %s\n", t.Speaker, u.Time, u.Speech[0].In(d.Source))
	}
	fmt.Printf("%s: %s\n", d.Notes[0].Kind, d.NoteText(d.Notes[0]))
	// Output:
	// stephen sackur (0.0 s): Welcome.
	// daniel dennett (1.4 s): Glad to be here.
	// stage: laughs
}
