package akomantoso

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
		akn(refs, `<speech by="#smith"><from>A</from><p>x <remark>(y)</remark> [z] &#8212;</p></speech><speech/><question by=""><from/></question>`),
		akn(refs, `<speech by="#smith" as="#speaker"><recordedTime time="T99:99"/><speech by="#ouma"><p>nested</p></speech></speech>`),
		"<akomaNtoso><debate><meta><TLCPerson eId='' showAs='(Dr.)'/></meta><speech by='#'><![CDATA[x]]></speech></debate></akomaNtoso>",
		"\ufeff<akomaNtoso><speech>x</speech>",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.xml", src, corpus.Options{})
		corpustest.CheckRead(t, src, d, err)
		Detect("fuzz.xml", src)
	})
}
