package docx

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

func TestDetect(t *testing.T) {
	word := string(docxOf(t, wp(wr("x"))))
	odt := string(odtOf(t, "", "<text:p>x</text:p>", ""))
	xlsx := string(zipOf(t, part{"[Content_Types].xml", ctypes}, part{"xl/workbook.xml", "<workbook/>"}))
	ods := string(zipOf(t, part{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, part{"content.xml", "<x/>"}))
	epub := string(zipOf(t, part{"mimetype", "application/epub+zip"}, part{"content.xml", "<x/>"}))
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{Name: "a Word document", File: "a.docx", Src: word, Want: 2},
		{Name: "a Word document by any name", File: "a.txt", Src: word, Want: 2},
		{Name: "a Word document whose main part _rels/.rels names", File: "a.docm", Src: string(zipOf(t, part{"[Content_Types].xml", ctypes}, part{"_rels/.rels", rels})), Want: 2},
		{Name: "an OpenDocument text", File: "a.odt", Src: odt, Want: 2},
		{Name: "an OpenDocument text by another name", File: "a.ott", Src: odt, Want: 2},
		{Name: "a spreadsheet named .docx could be one", File: "a.docx", Src: xlsx, Want: 1},
		{Name: "a spreadsheet", File: "a.xlsx", Src: xlsx, Want: 0},
		{Name: "an OpenDocument spreadsheet", File: "a.ods", Src: ods, Want: 0},
		{Name: "an e-book", File: "a.epub", Src: epub, Want: 0},
		{Name: "a Word 97-2003 file named .docx could be one", File: "a.docx", Src: "\xd0\xcf\x11\xe0", Want: 1},
		{Name: "a Word 97-2003 .doc", File: "a.doc", Src: "\xd0\xcf\x11\xe0", Want: 0},
		{Name: "a zip cut short", File: "a.zip", Src: word[:40], Want: 0},
		{Name: "a script", File: "a.txt", Src: "SMITH: Hello.\nJONES: Hi.\n", Want: 0},
		{Name: "TEI", File: "a.xml", Src: `<TEI><text><sp who="#a"><p>x</p></sp></text></TEI>`, Want: 0},
		{Name: "a web page", File: "a.html", Src: "<!DOCTYPE html><p>x</p>", Want: 0},
		{Name: "the letters PK", File: "a.txt", Src: "PK is a name.", Want: 0},
		{Name: "nothing", File: "a.txt", Src: "", Want: 0},
	})
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestDetectShared asserts that no file of the shared corpora, by its
// own name, is taken for a word processor's document.
func TestDetectShared(t *testing.T) {
	corpustest.SkipWithoutShared(t)
	n := 0
	err := filepath.WalkDir(corpustest.SharedCorpora, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.Contains(path, "un-general-debates") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		if got := Detect(path, src); got != 0 {
			t.Errorf("%s: Detect = %d, want 0", path, got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files checked", n)
}
