package hansard

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// twfyFile is the real ParlParse sample: a Westminster Hall debate of 29
// October 2009, Hansard under the Open Parliament Licence, read from
// ../shared (the test skips when it is absent).
var twfyFile = filepath.Join("parliament", "twfy_westminster2009-10-29a.xml")

// TestGoldenParlParse reads the real ParlParse debate and compares its
// listing with testdata/twfy_westminster2009-10-29a.turns.golden; its
// turns and words per speaker are those counted from the raw XML by
// another route (parlParseWant).
func TestGoldenParlParse(t *testing.T) {
	src := corpustest.ReadShared(t, twfyFile)
	d, err := Read(filepath.Base(twfyFile), src, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckDocument(t, d, src)
	corpustest.CheckGolden(t, filepath.Join("testdata", "twfy_westminster2009-10-29a.turns.golden"), corpustest.SpeechListing(d))
	corpustest.CheckMeta(t, d, "Oil and Gas", "2009-10-29")
	if d.Meta["series"] != "westminhall" {
		t.Errorf("meta %v", d.Meta)
	}
	if got := speakerTally(d); got != parlParseWant {
		t.Errorf("turns and words per speaker\n got %s\nwant %s", got, parlParseWant)
	}
	if dump := os.Getenv("HANSARD_DUMP"); dump != "" {
		if err := os.WriteFile(dump, []byte(speechDump(d)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// parlParseWant is each speaker's turns and words in the real debate as
// counted from the XML by a script of its own (speakers by speakername,
// consecutive speeches of one speaker one turn, words by parley's rule
// over the text of the <p> that are not italic, less bracketed
// insertions), in the order of the speakers' first turns.
const parlParseWant = "paddy tipping 5/2752; simon hughes 8/3466; charles hendry 5/2755; nicholas winterton 5/247; david kidney 12/5417; robert smith 6/2195; michael weir 5/3416"

// speechDump renders a document's turns as "speaker<TAB>speech" lines,
// one a turn, for counting words outside Go.
func speechDump(d *corpus.Document) string {
	var b strings.Builder
	for _, tr := range d.Turns {
		fmt.Fprintf(&b, "%s\t%s\n", tr.Speaker, turnText(d, tr))
	}
	return b.String()
}
