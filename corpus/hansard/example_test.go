package hansard_test

import (
	"fmt"

	"parley/corpus"
	"parley/corpus/hansard"
)

// An Australian speech with an interjection by the Speaker: the
// interjection is a turn of its own, after which the member resumes, and
// the presiding officer keeps the office as the file prints it.
func ExampleRead() {
	src := `<hansard version="2.1"><session.header><date>2009-03-12</date></session.header>
<chamber.xscript><debate><debateinfo><title>BILLS</title></debateinfo>
<speech><talk.start><talker><name role="metadata">Smith, Tony, MP</name><name role="display">Mr SMITH</name><name.id>AB1</name.id></talker>
<para>—I move that the bill be read a second time.</para></talk.start>
<interjection><talk.start><talker><name role="metadata">SPEAKER, The</name><name role="display">The SPEAKER</name><name.id>10000</name.id></talker>
<para>—Order!</para></talk.start></interjection>
<para>As I was saying.</para>
</speech></debate></chamber.xscript></hansard>`
	d, err := hansard.Read("2009-03-12.xml", []byte(src), corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Title, d.Date)
	for _, t := range d.Turns {
		s, _ := d.Speaker(t.Speaker)
		fmt.Printf("L%d %s (%s):", t.FirstLine, s.Name, t.Utterances[0].CueName)
		for _, sp := range t.Utterances[0].Speech {
			fmt.Printf(" %s", sp.In(d.Source))
		}
		fmt.Println()
	}
	// Output:
	// BILLS 2009-03-12
	// L3 Tony Smith (Mr SMITH): —I move that the bill be read a second time.
	// L5 The SPEAKER (The SPEAKER): —Order!
	// L6 Tony Smith (Mr SMITH): As I was saying.
}

// Detect is sure of ParlParse's root and the Australian layout, and of
// nothing else.
func ExampleDetect() {
	fmt.Println(hansard.Detect("debates2011-03-09a.xml", []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><publicwhip>`)))
	fmt.Println(hansard.Detect("day.xml", []byte(`<hansard version="2.2"><session.header>`)))
	fmt.Println(hansard.Detect("play.xml", []byte(`<TEI><teiHeader/>`)))
	// Output:
	// 2
	// 2
	// 0
}
