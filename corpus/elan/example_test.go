package elan_test

import (
	"fmt"

	"parley/corpus"
	"parley/corpus/elan"
)

// Two participants' tiers, merged in time order: Ben's "Hi." starts while
// Anna is still speaking, so it comes between her two utterances; the
// translation below Anna's first utterance is a note in her turn.
func ExampleRead() {
	src := `<ANNOTATION_DOCUMENT>
<HEADER TIME_UNITS="milliseconds"/>
<TIME_ORDER><TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="0"/><TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="1200"/>
<TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="900"/><TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="2500"/></TIME_ORDER>
<TIER TIER_ID="A" PARTICIPANT="Anna" LINGUISTIC_TYPE_REF="utterance">
<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>Guten Tag.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts2" TIME_SLOT_REF2="ts4"><ANNOTATION_VALUE>Wie geht's?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
</TIER>
<TIER TIER_ID="A-en" PARTICIPANT="Anna" LINGUISTIC_TYPE_REF="translation" PARENT_REF="A">
<ANNOTATION><REF_ANNOTATION ANNOTATION_ID="t1" ANNOTATION_REF="a1"><ANNOTATION_VALUE>Good day.</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>
</TIER>
<TIER TIER_ID="B" PARTICIPANT="Ben" LINGUISTIC_TYPE_REF="utterance">
<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="b1" TIME_SLOT_REF1="ts3" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>Hi.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
</TIER>
</ANNOTATION_DOCUMENT>`
	d, err := elan.Read("greeting.eaf", []byte(src), corpus.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			fmt.Printf("%d %s %.1f-%.1f s: %s\n", t.Index, t.Speaker, u.Start, u.End, u.Speech[0].In(d.Source))
		}
	}
	for _, n := range d.Notes {
		fmt.Printf("%s note in turn %d: %s\n", n.Kind, n.Turn, d.NoteText(n))
	}
	// Output:
	// 1 anna 0.0-1.2 s: Guten Tag.
	// 2 ben 0.9-1.2 s: Hi.
	// 3 anna 1.2-2.5 s: Wie geht's?
	// editorial note in turn 1: Good day.
}
