package akomantoso

import (
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

func TestDetect(t *testing.T) {
	long := `<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><!--` + strings.Repeat("x", 20<<10) + `--><debate>`
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{Name: "a debate", File: "a.xml", Src: akn(refs, ""), Want: 2},
		{Name: "a debate report, prefixed", File: "a.akn", Src: `<?xml version="1.0"?><an:akomaNtoso xmlns:an="http://www.akomantoso.org/2.0"><an:debateReport>`, Want: 2},
		{Name: "the root in other case (Akoma Ntoso 1.0)", File: "a.xml", Src: `<akomantoso><debate>`, Want: 2},
		{Name: "a root whose document the head does not show", File: "a.xml", Src: long, Want: 1},
		{Name: "an act holds no speeches", File: "a.xml", Src: `<akomaNtoso><act contains="originalVersion"><meta>`, Want: 0},
		{Name: "a judgment", File: "a.xml", Src: `<akomaNtoso><judgment>`, Want: 0},
		{Name: "a debate record of Akoma Ntoso 1.0", File: "a.xml", Src: `<akomantoso xmlns="http://www.akomantoso.org/1.0"><debaterecord><meta>`, Want: 2},
		{Name: "a generic document of speeches", File: "a.xml", Src: `<akomaNtoso><doc name="debate"><meta/><body><speech by="#a">`, Want: 1},
		{Name: "a generic document without", File: "a.xml", Src: `<akomaNtoso><doc name="report"><meta/><body><p>`, Want: 0},
		{Name: "not .xml", File: "a.txt", Src: akn(refs, ""), Want: 0},
		{Name: "TEI", File: "a.xml", Src: `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><u who="#a">x</u></body></text></TEI>`, Want: 0},
		{Name: "TEI quoting Akoma Ntoso", File: "a.xml", Src: `<TEI><text><p>&lt;akomaNtoso&gt;<debate/></p></text></TEI>`, Want: 0},
		{Name: "ParlParse", File: "a.xml", Src: `<publicwhip><speech speakername="A"><p>x</p></speech></publicwhip>`, Want: 0},
		{Name: "Australian Hansard", File: "a.xml", Src: `<hansard><session.header/><chamber.xscript><debate><speech>`, Want: 0},
		{Name: "a debate root without Akoma Ntoso", File: "a.xml", Src: `<debate><speech by="#a">`, Want: 0},
		{Name: "not XML", File: "a.xml", Src: "SMITH: Hello.\n", Want: 0},
	})
}

func TestDetectRejectsCorpusSamples(t *testing.T) {
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestDetectSharedXML gives every file of ../shared/corpora, under its
// own name, to Detect: none is Akoma Ntoso.
func TestDetectSharedXML(t *testing.T) {
	corpustest.CheckSharedDetected(t, Detect)
}
