package akomantoso_test

import (
	"fmt"

	"parley/corpus"
	"parley/corpus/akomantoso"
)

// Speakers go by the references' showAs; the narrative between the
// speeches is a note.
func ExampleRead() {
	src := `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="hansard">
<meta><references source="#x"><TLCPerson eId="ouma" href="/ontology/person/ouma" showAs="Hon. Grace Ouma"/></references></meta>
<debateBody><debateSection><heading>QUESTIONS</heading>
<question by="#ouma"><from>Hon. Ouma:</from><p>When will the road be finished?</p></question>
<narrative>The Minister rose.</narrative>
<answer by="#minister"><from>The Minister for Roads:</from><p>In June.</p></answer>
</debateSection></debateBody></debate></akomaNtoso>`
	d, err := akomantoso.Read("sitting.xml", []byte(src), corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range d.Turns {
		s, _ := d.Speaker(t.Speaker)
		fmt.Printf("L%d %s: %s\n", t.FirstLine, s.Name, t.Utterances[0].Speech[0].In(d.Source))
	}
	for _, n := range d.Notes {
		fmt.Printf("%s in turn %d: %s\n", n.Kind, n.Turn, d.NoteText(n))
	}
	// Output:
	// L4 Grace Ouma: When will the road be finished?
	// L6 The Minister for Roads: In June.
	// narration in turn 1: The Minister rose.
}
