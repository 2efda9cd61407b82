package hansard

import (
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// FuzzRead feeds the reader arbitrary text. Read must not panic; it
// returns a document whose spans lie in the source and whose turns are
// numbered 1..n, or an *InputError.
func FuzzRead(f *testing.F) {
	corpustest.AddSeeds(f, samples, []string{
		pw(`<speech speakername="A"><p>x &mdash; y <i>[</i>z<i>]</i></p></speech><speech nospeaker="true"><p>n</p></speech>`),
		au(`<speech><talk.start>` + tk("A", "A, B, MP", "Mr A") + `<para>x</para></talk.start><interjection/><continue><para>y</para></continue></speech>`),
		au(`<speech><talk.text><body><p><a type="MemberSpeech" href="a">A</a>: x<a type="OfficeInterjecting">B</a>&#8212;y</p></body></talk.text></speech>`),
		"<!DOCTYPE x [<!ENTITY e \"&#0;\"><!ENTITY f '&e;'>]><publicwhip><speech speakername=''><p>&f;&e;</p></speech></publicwhip>",
		"<hansard><continue><talk.start><talker/></talk.start>x</continue></hansard>",
		"\ufeff<publicwhip><speech speakername=\"A\"><![CDATA[x]]></speech>",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.xml", src, corpus.Options{})
		corpustest.CheckRead(t, src, d, err)
		Detect("fuzz.xml", src)
	})
}
