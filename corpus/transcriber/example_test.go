package transcriber_test

import (
	"fmt"

	"parley/corpus"
	"parley/corpus/transcriber"
)

// A turn of two speakers holds overlapping speech, split by Who.
func ExampleRead() {
	src := `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE Trans SYSTEM "trans-14.dtd">
<Trans><Speakers><Speaker id="spk1" name="Anne"/><Speaker id="spk2" name="Tom"/></Speakers>
<Episode><Section type="report" startTime="0" endTime="4">
<Turn speaker="spk1" startTime="0" endTime="2"><Sync time="0"/>The new timetable starts</Turn>
<Turn speaker="spk1 spk2" startTime="2" endTime="4"><Sync time="2"/><Who nb="1"/>on Monday<Who nb="2"/>yes, Monday</Turn>
</Section></Episode></Trans>`
	d, err := transcriber.Read("news.trs", []byte(src), corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			fmt.Printf("%d %s %.0f-%.0f s: %s\n", t.Index, t.Speaker, u.Start, u.End, u.Speech[0].In(d.Source))
		}
	}
	// Output:
	// 1 anne 0-2 s: The new timetable starts
	// 1 anne 2-4 s: on Monday
	// 2 tom 2-4 s: yes, Monday
}
