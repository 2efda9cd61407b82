package hansard

import (
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

func TestDetect(t *testing.T) {
	dtd := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE publicwhip\n[\n" + strings.Repeat("<!ENTITY ndash \"&#8211;\">\n", 100) + "]>\n<publicwhip>"
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{Name: "ParlParse", File: "debates2011-03-09a.xml", Src: pw(`<speech speakername="A"><p>x</p></speech>`), Want: 2},
		{Name: "ParlParse after a long internal DTD", File: "a.xml", Src: dtd, Want: 2},
		{Name: "Australian Hansard", File: "a.xml", Src: au(""), Want: 2},
		{Name: "Australian Hansard, 2014 layout", File: "a.xml", Src: `<?xml version="1.0"?><hansard version="2.2"><session.header>`, Want: 2},
		{Name: "another <hansard> root", File: "a.xml", Src: `<hansard><housecommons><debates>`, Want: 1},
		{Name: "the legacy upper-case layout is not read", File: "a.xml", Src: `<HANSARD DATE="08/05/1990"><CHAMBER.XSCRIPT>`, Want: 0},
		{Name: "a byte order mark", File: "a.xml", Src: "\ufeff<publicwhip>", Want: 2},
		{Name: "not .xml", File: "a.txt", Src: `<publicwhip>`, Want: 0},
		{Name: "TEI", File: "a.xml", Src: `<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><u who="#a">x</u></body></text></TEI>`, Want: 0},
		{Name: "TEI that mentions publicwhip", File: "a.xml", Src: `<TEI><teiHeader><note>from &lt;publicwhip&gt;</note></teiHeader>`, Want: 0},
		{Name: "Akoma Ntoso", File: "a.xml", Src: `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="hansard"><debateBody><speech by="#a">`, Want: 0},
		{Name: "EXMARaLDA", File: "a.xml", Src: `<?xml version="1.0"?><basic-transcription><head><speaker-table>`, Want: 0},
		{Name: "a speech element of another root", File: "a.xml", Src: `<debates><speech><talker><name>A</name></talker></speech></debates>`, Want: 0},
		{Name: "OpenAustralia's ParlParse under <debates>", File: "2007-09-20.xml", Src: `<?xml version="1.0"?>` + "\n<debates>\n" + `<speech id="uk.org.publicwhip/lords/2007-09-20.3.3" speakername="Alan Ferguson"><p>Order!</p></speech>`, Want: 2},
		{Name: "not XML", File: "a.xml", Src: "SMITH: Hello.\n", Want: 0},
		{Name: "empty", File: "a.xml", Src: "", Want: 0},
	})
}

func TestDetectRejectsCorpusSamples(t *testing.T) {
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestDetectSharedXML gives every file of ../shared/corpora, under its
// own name, to Detect: only the ParlParse debate is Hansard.
func TestDetectSharedXML(t *testing.T) {
	corpustest.CheckSharedDetected(t, Detect, twfyFile)
}
